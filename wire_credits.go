package main

import (
	"context"

	"github.com/spf13/cobra"

	"vigil/modules/auth"
	"vigil/modules/credits"
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
		srv.Mount(svc.Routes()...)
	}
	return svc, nil
}

// newAdminCreditsCmd is `vigil admin credits grant|revoke` (credits owns
// the command; the root only opens the database and wires the service).
func newAdminCreditsCmd(e *env) *cobra.Command {
	return credits.NewAdminCreditsCommand(func(ctx context.Context) (*credits.Service, func(), error) {
		a, err := e.openMigrated(ctx)
		if err != nil {
			return nil, nil, err
		}
		svc, err := func() (*credits.Service, error) {
			// auth says whether the workspace exists.
			authSvc, err := cliAuth(a)
			if err != nil {
				return nil, err
			}
			return credits.New(credits.Deps{DB: a.db, Config: *a.cfg, Logger: a.log, Workspaces: authSvc, Audit: a.audit})
		}()
		if err != nil {
			a.close()
			return nil, nil, err
		}
		return svc, func() { a.close() }, nil
	})
}
