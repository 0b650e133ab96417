package isolate

import (
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// TestMain serves the worker when the test binary is started as one (the
// Runner under test re-executes this binary with Command), with a hook
// that misbehaves on files named for it.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == Command {
		os.Exit(Main(os.Args[2:], os.Stdin, os.Stderr, WorkerOptions{BeforeFile: misbehave}))
	}
	os.Exit(m.Run())
}

// misbehave crashes, stalls or probes the sandbox when a file's name asks.
func misbehave(rel string) {
	switch {
	case strings.Contains(rel, "segv"):
		_ = syscall.Kill(os.Getpid(), syscall.SIGSEGV)
		select {}
	case strings.Contains(rel, "sigkill"):
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	case strings.Contains(rel, "stall"):
		for { // burn CPU, as a runaway C call would
		}
	case strings.Contains(rel, "hog"):
		var held [][]byte
		for { // allocate and touch until the address-space limit stops it
			b := make([]byte, 64<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			held = append(held, b)
		}
	case strings.Contains(rel, "probe-net"):
		if c, err := net.Dial("tcp", os.Getenv("PROBE_ADDR")); err == nil {
			c.Close()
			os.Exit(41)
		}
	case strings.Contains(rel, "probe-read"):
		if _, err := os.ReadFile(os.Getenv("PROBE_FILE")); err == nil {
			os.Exit(42)
		}
	case strings.Contains(rel, "probe-write"):
		if err := os.WriteFile(os.Getenv("PROBE_FILE")+".new", []byte("x"), 0o600); err == nil {
			os.Exit(43)
		}
	case strings.Contains(rel, "probe-exec"):
		if err := exec.Command("/bin/true").Run(); err == nil {
			os.Exit(44)
		}
	}
}
