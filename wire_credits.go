package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"vigil/modules/auth"
	"vigil/modules/credits"
	"vigil/platform/audit"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
)

// wireCredits builds the credits ledger, registers its recovery and check
// jobs and, when this process serves HTTP, its routes.
func wireCredits(a *application, runner *jobs.Runner, srv *httpserver.Server, authSvc *auth.Service, low credits.LowBalanceObserver) (*credits.Service, error) {
	svc, err := credits.New(credits.Deps{
		DB:            a.db,
		Config:        *a.cfg,
		Authorizer:    authSvc,
		InstanceAdmin: authSvc.RequireInstanceAdmin,
		Workspaces:    authSvc,
		Audit:         a.audit,
		Logger:        a.log.With("module", "credits"),
		LowBalance:    low,
	})
	if err != nil {
		return nil, err
	}
	if err := svc.Jobs(runner); err != nil {
		return nil, err
	}
	if a.metrics != nil {
		for _, c := range svc.Collectors() {
			a.metrics.MustRegister(c)
		}
	}
	if srv != nil {
		svc.Routes(srv.API())
		srv.AddOperations(svc.Operations()...)
	}
	return svc, nil
}

// newAdminCreditsCmd is `vigil admin credits grant|revoke`.
func newAdminCreditsCmd(e *env) *cobra.Command {
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
					return usageError{fmt.Errorf("--workspace, a positive --amount and a --reason of at least 3 characters are required")}
				}
				ctx := cmd.Context()
				if ctx == nil {
					ctx = context.Background()
				}
				a, err := e.openApp(ctx, nil)
				if err != nil {
					return err
				}
				defer a.close()
				if _, err := a.migrator.Up(ctx); err != nil {
					return err
				}
				// auth says whether the workspace exists.
				authSvc, err := cliAuth(a)
				if err != nil {
					return err
				}
				auditLog, err := audit.New(a.db)
				if err != nil {
					return err
				}
				svc, err := credits.New(credits.Deps{DB: a.db, Config: *a.cfg, Logger: a.log, Workspaces: authSvc, Audit: auditLog})
				if err != nil {
					return err
				}
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
				_, err = fmt.Fprintf(e.stdout, "%s %d credits: %s; balance %d\n", name, amount, state, b.Balance)
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
