// Command vigil-scan is the offline scanner alone: the same `scan` and
// `rules` commands the vigil binary mounts, without the server. The bench
// scripts build it so they do not depend on the full binary.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := &cobra.Command{Use: "vigil-scan", SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(cli.NewScanCommand(), cli.NewRulesCommand())
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "vigil:", err)
		var ce *cli.ExitCodeError
		if errors.As(err, &ce) {
			os.Exit(ce.ExitCode())
		}
		os.Exit(cli.ExitError)
	}
}
