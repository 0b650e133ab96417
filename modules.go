package main

import (
	"context"

	"vigil/modules/analysis"
	"vigil/modules/auth"
	"vigil/modules/credits"
	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/notify"
	"vigil/platform/secrets"
)

// wireModules constructs the platform services and the modules in
// dependency order, registers their jobs on runner and, when this process
// serves HTTP (srv != nil), their routes and OpenAPI operations.
func wireModules(a *application, runner *jobs.Runner, srv *httpserver.Server) error {
	key, err := secrets.Resolve(*a.cfg)
	if err != nil {
		return err
	}
	sealer, err := secrets.NewSealer(key, a.cfg.SecretKeyPrevious...)
	if err != nil {
		return err
	}
	auditLog, err := audit.New(a.db)
	if err != nil {
		return err
	}
	limiter, err := a.newLimiter()
	if err != nil {
		return err
	}
	if err := limiter.RegisterJobs(runner, a.log); err != nil {
		return err
	}
	a.secretKey, a.sealer, a.audit, a.limiter = key, sealer, auditLog, limiter
	// One LISTEN connection per process carries every module's "look
	// again" signals (PostgreSQL; in memory on SQLite); only a process
	// serving HTTP listens. Stopped before the database closes.
	a.events = notify.New(a.db, a.log.With("module", "notify"))
	if srv != nil {
		a.events.Start(context.Background())
		a.closers = append(a.closers, func() error { a.events.Stop(); return nil })
	}

	authSvc, err := wireAuth(a, runner, srv)
	if err != nil {
		return err
	}
	// Notifications come before the modules that raise them.
	integrationsSvc, err := wireIntegrations(a, runner, srv, authSvc)
	if err != nil {
		return err
	}
	creditsSvc, err := wireCredits(a, runner, srv, authSvc, creditsNotifier{integrationsSvc})
	if err != nil {
		return err
	}
	analysisSvc, err := wireAnalysis(a, runner, srv, authSvc, creditsSvc, analysisNotifier{integrationsSvc})
	if err != nil {
		return err
	}
	reposSvc, err := wireRepositories(a, runner, srv, authSvc, analysisSvc)
	if err != nil {
		return err
	}
	// The instance overview reads every module above through its read model.
	if err := wireAdmin(a, srv, authSvc, creditsSvc, analysisSvc); err != nil {
		return err
	}
	return wireHousekeeping(a, runner, authSvc, analysisSvc, reposSvc)
}

// moduleValidators check the configuration sections modules own, each by
// the module's own rules (see config.Validator).
var moduleValidators = []config.Validator{auth.ValidateConfig, credits.ValidateConfig, analysis.ValidateConfig}
