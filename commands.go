package main

import (
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/cobra"

	"vigil/modules/analysis/scanner/cli"
)

// env is what every command shares: the writers and test hooks of run, and
// the --config flag.
type env struct {
	stdout, stderr io.Writer
	hooks          hooks
	configFile     string
}

// newRootCmd assembles the command tree. Modules that ship commands (the
// offline scanner's scan and rules, admin subcommands) are added here.
func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "vigil",
		Short: "Vigil: AI-assisted code security analysis",
		Long: `Vigil finds security problems in source code: rules over syntax trees,
taint flows, secrets and vulnerable dependencies, triaged by language models.

With no configuration at all, "vigil serve" runs a single node on an
embedded SQLite database under ./data and listens on http://localhost:8080.

Configuration comes from built-in defaults, then configs/vigil.yaml (or
--config FILE), then VIGIL_* environment variables (key "http.addr" is
VIGIL_HTTP_ADDR). Every invalid value is reported at once.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&e.configFile, "config", "", "configuration file (default configs/vigil.yaml when it exists)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w\nRun '%s --help' for usage", err, c.CommandPath())}
	})
	root.AddCommand(
		newServeCmd(e),
		newMigrateCmd(e),
		newVersionCmd(e),
		newConfigCmd(e),
		newAdminCmd(e),
		newHealthcheckCmd(e),
		newOSVCmd(e),
		// the scanner names itself in SARIF and JSON reports
		cli.NewScanCommand(cli.Options{Version: version, Isolation: cliIsolation}),
		cli.NewRulesCommand(),
		newScanWorkerCmd(),
	)
	return root
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and build date",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(e.stdout, "vigil %s (commit %s, built %s, %s)\n", version, commit, date, runtime.Version())
			return err
		},
	}
}

// newAdminCmd is the parent of instance administration commands (create a
// user, grant credits, ...), which the modules that own the data add.
func newAdminCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "admin",
		Short: "Administer this Vigil instance (users, credits)",
		Long: `Administer this Vigil instance. The subcommands open the configured
database directly, so run them where "vigil serve" would run.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newAdminCreateUserCmd(e), newAdminCreditsCmd(e), newAdminAuditCmd(e), newAdminBackupCmd(e), newAdminRestoreCmd(e))
	return cmd
}

// noArgs rejects positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("unexpected argument %q\nRun '%s --help' for usage", args[0], cmd.CommandPath())}
	}
	return nil
}
