package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"vigil/frontend"
	"vigil/platform/config"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
)

// Roles of a serve process: all (HTTP + job workers), web (HTTP only; jobs
// are still enqueued), worker (job workers only).
var roles = []string{"all", "web", "worker"}

func newServeCmd(e *env) *cobra.Command {
	var role, addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the web server and the job workers",
		Long: `Run Vigil: apply pending database migrations, start the job workers and
serve the API and the web app until SIGINT or SIGTERM. On a signal the
server stops accepting connections and taking jobs, reports not ready,
ends progress streams with a "restarting" event (browsers reconnect to
another replica), lets in-flight requests and running jobs finish
(http.shutdown_timeout), queues the jobs still running again at once
for the other replicas, and exits.

Replicas are stateless: run several behind a load balancer on one
PostgreSQL database (VIGIL_DATABASE_URL, VIGIL_SECRET_KEY), and scale job
workers separately with --role worker (which still answers /healthz/live,
/healthz/ready and /metrics on --addr for probes and Prometheus).`,
		Example: `  vigil serve
  vigil serve --addr 127.0.0.1:9090 --config /etc/vigil/vigil.yaml
  VIGIL_DATABASE_URL=postgres://vigil:pw@db:5432/vigil VIGIL_SECRET_KEY=... vigil serve --role web`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains(roles, role) {
				return usageError{fmt.Errorf("--role: %q is not one of all, web, worker", role)}
			}
			overrides := map[string]any{}
			if cmd.Flags().Changed("addr") {
				overrides["http.addr"] = addr
			}
			return e.serve(cmd.Context(), role, overrides)
		},
	}
	cmd.Flags().StringVar(&role, "role", "all", "what this process runs: all (HTTP + job workers), web (HTTP only) or worker (job workers only)")
	cmd.Flags().StringVar(&addr, "addr", "", `listen address, e.g. ":8080" (overrides http.addr / VIGIL_HTTP_ADDR)`)
	return cmd
}

// serve starts the platform in order (config → logging/Sentry → database →
// migrations → jobs → modules → HTTP → SPA) and stops it in reverse when
// ctx is cancelled: HTTP drains, the job workers stop, the database closes.
func (e *env) serve(ctx context.Context, role string, overrides map[string]any) error {
	a, err := e.openApp(ctx, overrides)
	if err != nil {
		return err
	}
	defer a.close()
	if err := a.startTracing(ctx); err != nil {
		return err
	}
	log := a.log.With("role", role)

	n, err := a.migrator.Up(ctx)
	if err != nil {
		return err
	}
	log.Info("database migrations applied", "count", n, "dialect", a.db.Dialect())

	runner, err := jobs.New(a.db, a.cfg.Jobs, log)
	if err != nil {
		return err
	}
	// Every role listens on http.addr: a worker serves only /healthz/* and
	// /metrics there (container probes, Prometheus), never the API or app.
	srv, err := httpserver.New(httpserver.Options{
		Config:        a.cfg.HTTP,
		BaseURL:       a.cfg.BaseURL,
		Logger:        log,
		DB:            a.db.SQL(),
		Ready:         a.ready,
		Version:       version,
		SentryEnabled: a.cfg.Sentry.DSN != "",
		Tracing:       a.cfg.OTel.Endpoint != "",
		BrowserSentry: browserSentry(a.cfg.Sentry),
	})
	if err != nil {
		return err
	}
	a.metrics = srv.Registry()
	a.metrics.MustRegister(runner.Collector()) // vigil_jobs: queue depth and failures on /metrics
	api := srv
	if role == "worker" {
		api = nil
	}
	if err := wireModules(a, runner, api); err != nil {
		return err
	}

	// Workers get a context that outlives ctx: on a signal they stop
	// taking jobs at once, beside the HTTP drain, and the running ones get
	// the same drain timeout; jobs still running then are cancelled and
	// available again to the other replicas at once (jobs.Runner.Stop).
	if err := runner.Start(context.WithoutCancel(ctx), role != "web"); err != nil {
		return err
	}
	drain := a.cfg.HTTP.ShutdownTimeout
	if drain <= 0 {
		drain = httpserver.DefaultShutdownTimeout
	}
	stopCtx, stopJobs := context.WithCancel(ctx)
	jobsStopped := make(chan struct{})
	go func() {
		defer close(jobsStopped)
		<-stopCtx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drain)
		defer cancel()
		if err := runner.Stop(sctx); err != nil {
			log.Error("jobs did not stop cleanly", "error", err.Error())
		}
	}()
	defer func() {
		stopJobs() // also when serve fails before a signal
		<-jobsStopped
	}()

	if api != nil {
		if e.hooks.beforeSPA != nil {
			if err := e.hooks.beforeSPA(srv); err != nil {
				return err
			}
		}
		// The SPA is mounted last: it is the fallback for every path no route claimed.
		if err := srv.MountSPA(frontend.Dist()); err != nil {
			return err
		}
	}
	log.Info("vigil starting", "addr", a.cfg.HTTP.Addr, "base_url", a.cfg.BaseURL, "api", api != nil)
	start := time.Now()
	if err := srv.Start(ctx); err != nil {
		return err
	}
	log.Info("http drained", "uptime", time.Since(start).Round(time.Second).String())
	return nil
}

// browserSentry is what the web app is told about error reporting: the
// server's DSN, environment and release when sentry.browser allows it,
// else nothing (and the app loads no reporting code).
func browserSentry(c config.Sentry) httpserver.BrowserSentry {
	if c.DSN == "" || !c.Browser {
		return httpserver.BrowserSentry{}
	}
	return httpserver.BrowserSentry{DSN: c.DSN, Environment: c.Environment, Release: "vigil@" + version, SampleRate: c.SampleRate}
}
