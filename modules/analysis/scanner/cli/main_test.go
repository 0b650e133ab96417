package cli

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"vigil/modules/analysis/scanner/isolate"
)

// TestMain serves the scan worker when `vigil scan` under test starts this
// binary as one.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == isolate.Command {
		os.Exit(isolate.Main(os.Args[2:], os.Stdin, os.Stderr, isolate.WorkerOptions{BeforeFile: func(rel string) {
			if strings.Contains(rel, "segv") { // a parser crash Go cannot recover
				_ = syscall.Kill(os.Getpid(), syscall.SIGSEGV)
				select {}
			}
		}}))
	}
	os.Exit(m.Run())
}
