package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/prometheus/client_golang/prometheus"
	"log/slog"
	"time"

	"github.com/getsentry/sentry-go"

	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/logging"
	"vigil/platform/migrate"
	"vigil/platform/notify"
	"vigil/platform/ratelimit"
	"vigil/platform/secrets"
	"vigil/platform/tracing"
)

// application holds what the platform opened for one command, in start-up
// order; close releases it in reverse.
type application struct {
	cfg      *config.Config
	log      *slog.Logger
	db       *database.DB
	migrator *migrate.Migrator
	// Platform services handed to modules through their Deps (serve).
	secretKey string
	sealer    *secrets.Sealer
	audit     *audit.Log
	limiter   *ratelimit.Limiter
	// events is the process's one notify hub (LISTEN/NOTIFY on
	// PostgreSQL), listening only in a process that serves HTTP.
	events *notify.Hub
	// metrics is the /metrics registry every role serves: module
	// collectors go here whether or not this process serves the API (a
	// worker runs the jobs whose counters they are).
	metrics prometheus.Registerer
	closers []func() error
}

// loadConfig reads and validates the configuration (the platform's
// sections, then each module's through its own validator); overrides come
// from command-line flags.
func (e *env) loadConfig(overrides map[string]any) (*config.Config, error) {
	cfg, err := config.Load(config.LoadOptions{File: e.configFile, Overrides: overrides, Validators: moduleValidators})
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// openApp runs the start-up steps shared by serve, migrate and admin:
// config → logging/Sentry → database → migrator. Tracing is serve's alone
// (startTracing): a one-shot command exports no spans.
func (e *env) openApp(ctx context.Context, overrides map[string]any) (*application, error) {
	cfg, err := e.loadConfig(overrides)
	if err != nil {
		return nil, err
	}
	// Log lines are batched (one write per flush, not per request) and
	// warnings flush at once; the closer registered first runs last, so
	// every line written during shutdown still reaches stderr.
	logOut := logging.NewBufferedWriter(e.stderr, 64<<10)
	go logOut.Run(200 * time.Millisecond)
	a := &application{cfg: cfg, log: logging.NewBuffered(logOut, cfg.Log)}
	a.closers = append(a.closers, func() error { return logOut.Close(true) })
	a.log = a.log.With("version", version)
	if cfg.Sentry.DSN != "" {
		if err := sentry.Init(sentry.ClientOptions{
			Dsn:         cfg.Sentry.DSN,
			Environment: cfg.Sentry.Environment,
			SampleRate:  cfg.Sentry.SampleRate,
			Release:     "vigil@" + version,
		}); err != nil {
			return nil, fmt.Errorf("sentry: %w", err)
		}
		a.closers = append(a.closers, func() error { sentry.Flush(2 * time.Second); return nil })
	}
	a.db, err = database.Open(ctx, *cfg, a.log)
	if err != nil {
		a.close()
		return nil, err
	}
	a.closers = append(a.closers, a.db.Close)
	a.migrator, err = migrate.New(a.db, a.log)
	if err != nil {
		a.close()
		return nil, err
	}
	return a, nil
}

// startTracing installs the OTLP exporter when otel.endpoint is set, for
// the long-running serve process (any role: the workers' jobs are traced
// too); close flushes it.
func (a *application) startTracing(ctx context.Context) error {
	if a.cfg.OTel.Endpoint == "" {
		return nil
	}
	stop, err := tracing.Setup(ctx, a.cfg.OTel.Endpoint, version)
	if err != nil {
		return err
	}
	a.closers = append(a.closers, func() error {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return stop(sctx)
	})
	return nil
}

// ready is the readiness check: the database answers and every migration
// this binary knows is applied.
func (a *application) ready(ctx context.Context) error {
	if err := a.db.Ping(ctx); err != nil {
		return err
	}
	ok, err := a.migrator.Current(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("database migrations pending")
	}
	return nil
}

// close releases everything in reverse start-up order.
func (a *application) close() error {
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		errs = append(errs, a.closers[i]())
	}
	a.closers = nil
	return errors.Join(errs...)
}
