package cli

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/secrets"
)

// TestMain serves the scan worker when `vigil scan` under test starts this
// binary as one.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == isolate.Command {
		os.Exit(isolate.Main(os.Args[2:], os.Stdin, os.Stderr, isolate.WorkerOptions{Passes: testPasses, BeforeFile: func(rel string) {
			if strings.Contains(rel, "segv") { // a parser crash Go cannot recover
				_ = syscall.Kill(os.Getpid(), syscall.SIGSEGV)
				select {}
			}
		}}))
	}
	os.Exit(m.Run())
}

// workerPassesEnv names the passes a test's scan workers run ("secrets").
const workerPassesEnv = "CLI_TEST_WORKER_PASSES"

func testPasses() []scanner.Pass {
	if os.Getenv(workerPassesEnv) != "secrets" {
		return nil
	}
	p, err := secrets.New(secrets.Options{})
	if err != nil {
		panic(err)
	}
	return []scanner.Pass{p}
}
