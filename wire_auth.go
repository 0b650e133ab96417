package main

import (
	"context"

	"github.com/spf13/cobra"

	"vigil/modules/auth"
	"vigil/platform/audit"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/notify"
	"vigil/platform/ratelimit"
	"vigil/platform/secrets"
)

// wireAuth builds the identity module from the platform services wired
// before it and, when this process serves HTTP, puts Authenticate in front
// of every /api/v1 route (registered after this call) and mounts the
// module's routes. Other modules take authSvc.Can / authSvc.Require.
// With a runner, emails are queued on it and its workers send them; admin
// commands pass none and send no email.
func wireAuth(a *application, runner *jobs.Runner, srv *httpserver.Server) (*auth.Service, error) {
	var queue auth.Enqueuer
	if runner != nil {
		queue = runner
	}
	// Replicas that serve requests hear each other's revocations through
	// the process's notify hub (listening only then); others cache nothing
	// on PostgreSQL.
	var hub *notify.Hub
	if srv != nil {
		hub = a.events
	}
	authSvc, err := auth.New(auth.Deps{
		Config:    *a.cfg,
		SecretKey: a.secretKey,
		Sealer:    a.sealer,
		DB:        a.db,
		Limiter:   a.limiter,
		Audit:     a.audit,
		Logger:    a.log.With("module", "auth"),
		Jobs:      queue,
		Notify:    hub,
	})
	if err != nil {
		return nil, err
	}
	if runner != nil {
		if err := authSvc.Jobs(runner); err != nil {
			return nil, err
		}
	}
	if srv != nil {
		api := srv.API()
		api.Use(authSvc.Authenticate, a.apiRateLimit())
		srv.Mount(authSvc.Routes()...)
	}
	return authSvc, nil
}

// newAdminCreateUserCmd is `vigil admin create-user`: it opens the
// configured database (applying pending migrations) and builds the auth
// service on it.
func newAdminCreateUserCmd(e *env) *cobra.Command {
	return auth.NewAdminCreateUserCommand(func(ctx context.Context) (*auth.Service, func(), error) {
		a, err := e.openMigrated(ctx)
		if err != nil {
			return nil, nil, err
		}
		svc, err := cliAuth(a)
		if err != nil {
			a.close()
			return nil, nil, err
		}
		return svc, func() { a.close() }, nil
	})
}

// openMigrated opens the configured database for an admin command and
// applies pending migrations: the bootstrap every `vigil admin` command
// that needs the modules shares.
func (e *env) openMigrated(ctx context.Context) (*application, error) {
	a, err := e.openApp(ctx, nil)
	if err != nil {
		return nil, err
	}
	if _, err := a.migrator.Up(ctx); err != nil {
		a.close()
		return nil, err
	}
	return a, nil
}

// cliAuth builds the auth service for an admin command on an opened,
// migrated application (no HTTP).
func cliAuth(a *application) (*auth.Service, error) {
	var err error
	if a.secretKey, err = secrets.Resolve(*a.cfg); err != nil {
		return nil, err
	}
	if a.audit, err = audit.New(a.db); err != nil {
		return nil, err
	}
	if a.limiter, err = ratelimit.New(a.db); err != nil {
		return nil, err
	}
	return wireAuth(a, nil, nil)
}
