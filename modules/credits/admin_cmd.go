package credits

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// usageErr marks a command-line mistake: the process exits with status 2
// (main reads ExitCode).
type usageErr struct{ error }

// ExitCode is the process exit status for a usage mistake.
func (usageErr) ExitCode() int { return 2 }

// NewAdminCreditsCommand returns `credits grant|revoke` for the `vigil
// admin` command. newService is called only when a subcommand runs (so
// --help needs no database) and returns the service on a migrated
// database and a function that closes it.
func NewAdminCreditsCommand(newService func(ctx context.Context) (*Service, func(), error)) *cobra.Command {
	noArgs := func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageErr{fmt.Errorf("unexpected argument %q\nRun '%s --help' for usage", args[0], cmd.CommandPath())}
		}
		return nil
	}
	cmd := &cobra.Command{
		Use:   "credits",
		Short: "Grant or revoke a workspace's credits",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sign := range []int64{1, -1} {
		name := "grant"
		if sign < 0 {
			name = "revoke"
		}
		var workspace, reason, key string
		var amount int64
		sub := &cobra.Command{
			Use:   name + " --workspace ID --amount N --reason TEXT",
			Short: name + " credits with a reason (recorded in the ledger)",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				if workspace == "" || amount <= 0 || len(reason) < 3 {
					return usageErr{fmt.Errorf("--workspace, a positive --amount and a --reason of at least 3 characters are required")}
				}
				ctx := cmd.Context()
				if ctx == nil {
					ctx = context.Background()
				}
				svc, closeFn, err := newService(ctx)
				if err != nil {
					return err
				}
				defer closeFn()
				if key != "" {
					key = "admin:" + workspace + ":" + key
				}
				applied, err := svc.AdminGrant(ctx, workspace, sign*amount, key, reason+" (command line)")
				if err != nil {
					return err
				}
				b, err := svc.Balance(ctx, workspace)
				if err != nil {
					return err
				}
				state := "applied"
				if !applied {
					state = "already applied (same --idempotency-key)"
				}
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s %d credits: %s; balance %d\n", name, amount, state, b.Balance)
				return err
			},
		}
		sub.Flags().StringVar(&workspace, "workspace", "", "workspace id")
		sub.Flags().Int64Var(&amount, "amount", 0, "credits (positive)")
		sub.Flags().StringVar(&reason, "reason", "", "why (kept in the ledger)")
		sub.Flags().StringVar(&key, "idempotency-key", "", "makes a retried command apply once")
		cmd.AddCommand(sub)
	}
	return cmd
}
