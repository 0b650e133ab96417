package main

import (
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/ratelimit"
)

// wireModules constructs the platform services and the modules in
// dependency order, registers their jobs on runner and, when this process
// serves HTTP (srv != nil), their routes and OpenAPI operations.
func wireModules(a *application, runner *jobs.Runner, srv *httpserver.Server) error {
	limiter, err := ratelimit.New(a.db)
	if err != nil {
		return err
	}
	if err := limiter.RegisterJobs(runner, a.log); err != nil {
		return err
	}
	a.limiter = limiter
	return nil
}
