//go:build !linux

package isolate

import (
	"errors"
	"os"
	"syscall"
)

// restrictProcess has no implementation off Linux: the worker still runs
// in its own process (a crash, a stall or a cancel costs only it), without
// resource limits or a file-system sandbox.
func restrictProcess(Limits, []string, []string, string, bool) (applied, unavailable []string, err error) {
	return nil, []string{"rlimits, no-new-privs and landlock: Linux only"}, nil
}

// denySyscalls has no implementation off Linux.
func denySyscalls(bool) error { return errors.New("seccomp: Linux only") }

// workerProcAttr has nothing to add off Linux.
func workerProcAttr() *syscall.SysProcAttr { return nil }

// killWorker kills the worker process.
func killWorker(p *os.Process) { _ = p.Kill() }
