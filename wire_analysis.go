package main

import (
	"vigil/modules/analysis"
	"vigil/modules/analysis/cortex"
	"vigil/modules/auth"
	"vigil/platform/blob"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
)

// wireAnalysis builds the analysis module: sources in the database blob
// store, cortex for the AI tiers (static-only, and saying so, when no
// provider is configured), credits from the credits module and
// authorization from auth. Its routes sit behind the Authenticate
// middleware that wireAuth put on /api/v1.
func wireAnalysis(a *application, runner *jobs.Runner, srv *httpserver.Server, authSvc *auth.Service, credits analysis.Credits) (*analysis.Service, error) {
	blobs, err := blob.NewDB(a.db)
	if err != nil {
		return nil, err
	}
	ai, err := cortex.New(cortex.Deps{
		AI:     a.cfg.AI,
		DB:     a.db.Gorm(),
		Logger: a.log.With("module", "cortex"),
	})
	if err != nil {
		return nil, err
	}
	svc, err := analysis.New(analysis.Deps{
		DB:         a.db,
		Blobs:      blobs,
		Jobs:       runner,
		Authorizer: authSvc,
		Credits:    credits,
		Config:     a.cfg.Analysis,
		Logger:     a.log.With("module", "analysis"),
		AI:         ai,
		ScanPasses: scanPasses(a.cfg.OSV),
	})
	if err != nil {
		return nil, err
	}
	if err := svc.Jobs(runner); err != nil {
		return nil, err
	}
	if srv != nil {
		for _, c := range ai.Collectors() {
			srv.Registry().MustRegister(c)
		}
		svc.Routes(srv.API())
		srv.AddOperations(svc.Operations()...)
	}
	return svc, nil
}
