package main

import (
	"context"
	"time"

	"vigil/modules/analysis"
	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/auth"
	"vigil/platform/blob"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
)

// wireAnalysis builds the analysis module: sources in the blob store
// (database by default, S3-compatible when configured), cortex for the AI
// tiers (static-only, and saying so, when no provider is configured),
// credits from the credits module and authorization from auth; workspaces'
// own AI keys are sealed with the instance secret and called through the
// SSRF-guarded client. Its routes sit behind the Authenticate middleware
// that wireAuth put on /api/v1.
func wireAnalysis(a *application, runner *jobs.Runner, srv *httpserver.Server, authSvc *auth.Service, credits analysis.Credits, finished analysis.AnalysisEvents) (*analysis.Service, error) {
	blobs, err := newBlobStore(a)
	if err != nil {
		return nil, err
	}
	ai, err := cortex.New(cortex.Deps{
		AI:     a.cfg.AI,
		DB:     a.db,
		Logger: a.log.With("module", "cortex"),
	})
	if err != nil {
		return nil, err
	}
	// Workspaces' own AI providers have user-supplied URLs: every call to
	// them (the key check, then the analyses) goes through the SSRF guard;
	// the operator's outbound.allow lets chosen internal addresses through.
	guarded, err := netguard.NewClient(netguard.Options{Allow: a.cfg.Outbound.Allow})
	if err != nil {
		return nil, err
	}
	// Each analysis parses its source in a confined child process of this
	// binary: hostile input can crash or stall that process, not the server.
	scans, err := isolate.New(workerIsolation(a.cfg.OSV, nil, a.log.With("module", "scan-worker")))
	if err != nil {
		return nil, err
	}
	svc, err := analysis.New(analysis.Deps{
		DB:         a.db,
		Blobs:      blobs,
		Jobs:       runner,
		Authorizer: authSvc,
		Workspaces: authSvc,
		Credits:    credits,
		Config:     a.cfg.Analysis,
		Logger:     a.log.With("module", "analysis"),
		AI:         ai,
		Events:     a.events, // progress streams wake on it
		Sealer:     a.sealer,
		Outbound:   guarded,
		Audit:      a.audit,
		Scanner:    scans,
		Version:    version,
		// Instance administration goes through auth's one check.
		InstanceAdmin: authSvc.RequireInstanceAdmin,
		Setup:         setupChecks(*a.cfg),
		// Notifications hear of each analysis that ends.
		Finished: finished,
	})
	if err != nil {
		return nil, err
	}
	if err := svc.Jobs(runner); err != nil {
		return nil, err
	}
	if a.metrics != nil {
		for _, c := range append(ai.Collectors(), svc.Collectors()...) {
			a.metrics.MustRegister(c)
		}
	}
	if srv != nil {
		srv.Mount(svc.Routes()...)
	}
	return svc, nil
}

// newBlobStore picks where uploaded sources live: the database (default)
// or an S3-compatible bucket, checked at start-up.
func newBlobStore(a *application) (blob.Store, error) {
	if a.cfg.Blob.Backend != "s3" {
		return blob.NewDB(a.db)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return blob.NewS3(ctx, a.cfg.Blob.S3, nil)
}
