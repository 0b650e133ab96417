package isolate

import "time"

// Limits bound one worker process. The zero value means the defaults.
type Limits struct {
	// CPU is the worker's CPU time over all its threads (RLIMIT_CPU): a
	// backstop; stalled files are caught earlier by the per-file budget.
	CPU time.Duration
	// Memory is the worker's address space (RLIMIT_AS), in bytes.
	Memory int64
	// Files is how many files the worker may hold open (RLIMIT_NOFILE).
	Files int
}

// Defaults for Limits.
const (
	DefaultCPU    = time.Hour
	DefaultMemory = 4 << 30
	DefaultFiles  = 256
)

func (l Limits) withDefaults() Limits {
	if l.CPU <= 0 {
		l.CPU = DefaultCPU
	}
	if l.Memory <= 0 {
		l.Memory = DefaultMemory
	}
	if l.Files <= 0 {
		l.Files = DefaultFiles
	}
	return l
}

// systemExecPaths are what the dynamic loader needs to start the worker
// again after the file-system sandbox is in place (the binary is linked
// against the C library for tree-sitter).
var systemExecPaths = []string{"/lib", "/lib64", "/usr/lib", "/usr/lib64", "/etc/ld.so.cache"}

// networkReadPaths are what a worker allowed the network needs to read:
// name resolution and the certificate authorities of TLS.
var networkReadPaths = []string{"/etc/resolv.conf", "/etc/hosts", "/etc/nsswitch.conf", "/etc/ssl", "/etc/pki",
	"/etc/ca-certificates", "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"}
