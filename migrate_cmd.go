package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newMigrateCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Show or change the database schema version",
		Long: `Show or change the database schema version. "vigil serve" applies pending
migrations itself (under a PostgreSQL advisory lock, so replicas starting
together take turns); these commands are for operators.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "status",
			Short: "List every migration and whether it is applied",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				a, err := e.openApp(cmd.Context(), nil)
				if err != nil {
					return err
				}
				defer a.close()
				return a.migrator.Status(cmd.Context(), e.stdout)
			},
		},
		&cobra.Command{
			Use:   "up",
			Short: "Apply every pending migration",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				a, err := e.openApp(cmd.Context(), nil)
				if err != nil {
					return err
				}
				defer a.close()
				n, err := a.migrator.Up(cmd.Context())
				if err != nil {
					return err
				}
				unit := "migrations"
				if n == 1 {
					unit = "migration"
				}
				_, err = fmt.Fprintf(e.stdout, "applied %d %s\n", n, unit)
				return err
			},
		},
		&cobra.Command{
			Use:   "down",
			Short: "Roll back the most recent migration (one step)",
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				a, err := e.openApp(cmd.Context(), nil)
				if err != nil {
					return err
				}
				defer a.close()
				v, err := a.migrator.Down(cmd.Context())
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(e.stdout, "rolled back migration %05d\n", v)
				return err
			},
		},
	)
	return cmd
}
