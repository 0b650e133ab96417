// Command vigil-scan is the offline scanner alone: the same `scan` and
// `rules` commands the vigil binary mounts, without the server. The bench
// scripts build it so they do not depend on the full binary.
//
// --cpuprofile FILE and --memprofile FILE write pprof profiles of the run
// (for work on the scanner's speed; the vigil binary has no such flags).
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

	"vigil/modules/analysis/scanner/cli"
)

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
	root.AddCommand(cli.NewScanCommand(), cli.NewRulesCommand())
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
