// Command vigil-scan is the offline scanner alone: the same `scan` and
// `rules` commands the vigil binary mounts, without the server. The bench
// scripts build it so they do not depend on the full binary.
//
// --cpuprofile FILE and --memprofile FILE write pprof profiles of this
// process. The files are scanned in a confined child (the hidden
// scan-worker command), which they do not cover: profile the scanner itself
// with `go test -bench BenchmarkScanPythonEngines -cpuprofile FILE`
// (VIGIL_BENCH_PY_DIR=DIR scans real code).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/cli"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/secrets"
)

// workerCommand is the hidden `scan-worker` the isolated scan starts
// (isolate.Runner re-executes this binary): without it every scan of
// vigil-scan failed with "unknown command". It runs the secrets pass as
// vigil's worker does; the dependency pass, which needs the server's OSV
// settings, is left out.
func workerCommand() *cobra.Command {
	return &cobra.Command{
		Use:                isolate.Command,
		Hidden:             true,
		DisableFlagParsing: true,
		SilenceUsage:       true,
		SilenceErrors:      true,
		RunE: func(_ *cobra.Command, args []string) error {
			cli.TuneGC()
			passes := func() []scanner.Pass {
				p, err := secrets.New(secrets.Options{})
				if err != nil {
					return nil
				}
				return []scanner.Pass{p}
			}
			if code := isolate.Main(args, os.Stdin, os.Stderr, isolate.WorkerOptions{Passes: passes}); code != 0 {
				return &cli.ExitCodeError{Code: code, Err: errors.New("scan worker failed")}
			}
			return nil
		},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var cpuProfile, memProfile string
	root := &cobra.Command{Use: "vigil-scan", SilenceUsage: true, SilenceErrors: true}
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	root.PersistentFlags().StringVar(&memProfile, "memprofile", "", "write a heap profile at the end of the run to this file")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuProfile == "" {
			return nil
		}
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		return pprof.StartCPUProfile(f)
	}
	root.AddCommand(cli.NewScanCommand(cli.Options{}), cli.NewRulesCommand(), workerCommand())
	err := root.ExecuteContext(ctx)
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if memProfile != "" {
		if f, ferr := os.Create(memProfile); ferr == nil {
			runtime.GC()
			_ = pprof.WriteHeapProfile(f)
			_ = f.Close()
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vigil:", err)
		var ce *cli.ExitCodeError
		if errors.As(err, &ce) {
			os.Exit(ce.ExitCode())
		}
		os.Exit(cli.ExitError)
	}
}
