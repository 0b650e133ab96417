// Package jobs runs durable background jobs on the database (River on
// PostgreSQL or SQLite) behind a small API, so modules never import River:
//
//	jobs.Register(runner, func(ctx context.Context, j jobs.Job[SendArgs]) error { ... })
//	runner.Periodic(time.Hour, CleanupArgs{}, true)
//	runner.Enqueue(ctx, SendArgs{...}) // joins the transaction in ctx
//
// A job enqueued inside database.WithTx is written in that transaction:
// it exists exactly when the business change commits. Any replica's
// workers may run it.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"vigil/platform/config"
	"vigil/platform/database"
)

// Args is a job's payload: a JSON-serialisable struct whose Kind names the
// job type (stable across releases: stored rows refer to it).
type Args interface {
	Kind() string
}

// Job is one execution of a job.
type Job[T Args] struct {
	ID      int64
	Attempt int // 1 on the first run
	Args    T
}

// Runner owns the workers, the periodic schedule and the River client.
// Register everything, then Start; Enqueue works once Start returned.
type Runner struct {
	db      *database.DB
	cfg     config.Jobs
	log     *slog.Logger
	workers *river.Workers

	mu       sync.Mutex
	periodic []*river.PeriodicJob
	client   *river.Client[*sql.Tx]
	working  bool
	// stopping is set when Stop begins: jobs interrupted from then on are
	// made available again at once (see funcWorker.Work).
	stopping atomic.Bool

	// scheduleEvery, when set (ScheduleEvery), is how often the runner
	// itself moves due scheduled jobs to available; stopSchedule ends that
	// loop and scheduleDone closes when it returned.
	scheduleEvery time.Duration
	stopSchedule  context.CancelFunc
	scheduleDone  chan struct{}
}

// RunnerOption tunes a Runner.
type RunnerOption func(*Runner)

// ScheduleEvery makes the working runner move jobs whose scheduled time
// (At, or a retry's backoff) is due to available every d, in addition to
// River's own scheduler, whose interval is a fixed 5 s: a job scheduled
// for one second later would otherwise wait up to six. It is meant for
// tests that follow such jobs step by step; production leaves it unset.
func ScheduleEvery(d time.Duration) RunnerOption {
	return func(r *Runner) { r.scheduleEvery = d }
}

// New prepares a runner on db; it starts nothing.
func New(db *database.DB, cfg config.Jobs, logger *slog.Logger, opts ...RunnerOption) (*Runner, error) {
	if db == nil {
		return nil, errors.New("jobs: nil database")
	}
	if logger == nil {
		return nil, errors.New("jobs: nil logger")
	}
	r := &Runner{db: db, cfg: cfg, log: logger, workers: river.NewWorkers()}
	for _, o := range opts {
		o(r)
	}
	return r, nil
}

// DefaultTimeout bounds one run of a job unless its worker sets Timeout:
// the job's ctx is cancelled after it, and the job is retried.
const DefaultTimeout = 15 * time.Minute

// WorkerOption tunes a registered worker.
type WorkerOption func(*workerOpts)

type workerOpts struct {
	timeout time.Duration
	backoff func(attempt int) time.Duration
}

// Timeout bounds one run of this worker's jobs (instead of DefaultTimeout).
func Timeout(d time.Duration) WorkerOption { return func(o *workerOpts) { o.timeout = d } }

// Backoff sets how long after its attempt-th failed run a job of this
// worker runs again (instead of River's default schedule, which waits
// attempt⁴ seconds).
func Backoff(wait func(attempt int) time.Duration) WorkerOption {
	return func(o *workerOpts) { o.backoff = wait }
}

type funcWorker[T Args] struct {
	river.WorkerDefaults[T]
	work     func(ctx context.Context, job Job[T]) error
	timeout  time.Duration
	backoff  func(attempt int) time.Duration
	stopping *atomic.Bool
}

type stoppingKey struct{}

// Stopping reports whether the runner running the job of ctx is shutting
// down (SIGTERM): once ctx is then cancelled, the job was interrupted by
// the shutdown, not by its own failure. A job that returns an error then
// is made available again at once for another worker, without spending
// one of its attempts; it should leave its work resumable (with a context
// of its own: ctx is cancelled).
func Stopping(ctx context.Context) bool {
	b, _ := ctx.Value(stoppingKey{}).(*atomic.Bool)
	return b != nil && b.Load()
}

// NextRetry implements river.Worker: the Backoff option's schedule, or
// River's default (zero time).
func (w *funcWorker[T]) NextRetry(j *river.Job[T]) time.Time {
	if w.backoff == nil {
		return time.Time{}
	}
	return time.Now().Add(w.backoff(j.Attempt))
}

// Expected marks err as a failure the job's retries exist for (a
// receiver that is down, say): River retries it on schedule like any
// error, but Sentry hears of it only when no attempt is left.
func Expected(err error) error {
	if err == nil {
		return nil
	}
	return expectedError{err}
}

type expectedError struct{ err error }

func (e expectedError) Error() string { return e.err.Error() }
func (e expectedError) Unwrap() error { return e.err }

// Work runs one job inside a span "job <kind>" (a no-op unless tracing is
// configured), so work a job does — queries, AI calls — nests under it.
func (w *funcWorker[T]) Work(ctx context.Context, j *river.Job[T]) error {
	ctx, span := otel.Tracer("vigil/jobs").Start(ctx, "job "+j.Kind, trace.WithAttributes(
		attribute.String("job.kind", j.Kind), attribute.Int64("job.id", j.ID), attribute.Int("job.attempt", j.Attempt)))
	defer span.End()
	err := w.work(context.WithValue(ctx, stoppingKey{}, w.stopping), Job[T]{ID: j.ID, Attempt: j.Attempt, Args: j.Args})
	if err != nil && ctx.Err() != nil && w.stopping.Load() && !errors.Is(err, context.Canceled) {
		// Interrupted by the shutdown, whatever the job made of the
		// cancellation (a killed scan process, a failed query): River
		// makes a job that reports the cancellation available again at
		// once, without spending its attempt.
		err = fmt.Errorf("%w by the shutdown: %v", context.Canceled, err)
	}
	if err != nil && ctx.Err() != nil && w.stopping.Load() {
		span.SetAttributes(attribute.Bool("job.interrupted", true))
		return err
	}
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "job failed")
	}
	return err
}

func (w *funcWorker[T]) Timeout(*river.Job[T]) time.Duration { return w.timeout }

// Register adds the worker for jobs of T's kind. It is a function, not a
// method, because Go methods cannot take type parameters.
func Register[T Args](r *Runner, work func(ctx context.Context, job Job[T]) error, opts ...WorkerOption) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.client != nil {
		return errors.New("jobs: Register after Start")
	}
	o := workerOpts{timeout: DefaultTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	w := &funcWorker[T]{work: work, timeout: o.timeout, backoff: o.backoff, stopping: &r.stopping}
	if err := river.AddWorkerSafely(r.workers, w); err != nil {
		return fmt.Errorf("jobs: register: %w", err)
	}
	return nil
}

// Periodic enqueues args every interval (one replica, the elected leader,
// schedules); runOnStart also enqueues it when the workers start. A worker
// for args' kind must be registered.
func (r *Runner) Periodic(every time.Duration, args Args, runOnStart bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.client != nil {
		return errors.New("jobs: Periodic after Start")
	}
	if every <= 0 {
		return fmt.Errorf("jobs: periodic %s: interval must be positive", args.Kind())
	}
	r.periodic = append(r.periodic, river.NewPeriodicJob(
		river.PeriodicInterval(every),
		func() (river.JobArgs, *river.InsertOpts) { return args, nil },
		&river.PeriodicJobOpts{RunOnStart: runOnStart, ID: args.Kind()},
	))
	return nil
}

// Start creates the client and, when withWorkers, starts fetching and
// running jobs until Stop. Without workers (serve --role web) the runner
// only enqueues.
func (r *Runner) Start(ctx context.Context, withWorkers bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.client != nil {
		return errors.New("jobs: already started")
	}
	driver := r.driver()
	poll := r.cfg.PollInterval
	if poll <= 0 {
		poll = time.Second
	}
	rc := &river.Config{
		Logger:            r.log.With("component", "jobs"),
		ErrorHandler:      sentryReporter{},
		JobTimeout:        DefaultTimeout,
		Workers:           r.workers,
		FetchPollInterval: poll,
		// River requires FetchPollInterval >= FetchCooldown.
		FetchCooldown: min(100*time.Millisecond, poll),
	}
	if withWorkers {
		rc.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(r.cfg.Workers, 1)}}
		rc.PeriodicJobs = r.periodic
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		return fmt.Errorf("jobs: %w", err)
	}
	if withWorkers {
		if err := client.Start(ctx); err != nil {
			return fmt.Errorf("jobs: start: %w", err)
		}
		if r.scheduleEvery > 0 {
			sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
			r.stopSchedule, r.scheduleDone = cancel, make(chan struct{})
			go r.schedule(sctx, driver.GetExecutor(), r.scheduleEvery, r.scheduleDone)
		}
	}
	r.client, r.working = client, withWorkers
	r.log.Info("jobs started", "workers", withWorkers, "dialect", r.db.Dialect())
	return nil
}

// driver is River's driver for the runner's database.
func (r *Runner) driver() riverdriver.Driver[*sql.Tx] {
	if r.db.Dialect() == database.Postgres {
		return riverdatabasesql.NewWithPgxListener(r.db.SQL(), r.db.Pool())
	}
	return riversqlite.New(r.db.SQL())
}

// Stop stops taking jobs at once, lets running jobs finish until ctx is
// done, then cancels them: a job that returns after that cancellation is
// available again at once to any worker (another replica, or this one's
// successor), its attempt not spent (see Stopping).
func (r *Runner) Stop(ctx context.Context) error {
	r.mu.Lock()
	client, working := r.client, r.working
	r.working = false
	stopSchedule, scheduleDone := r.stopSchedule, r.scheduleDone
	r.stopSchedule, r.scheduleDone = nil, nil
	r.mu.Unlock()
	r.stopping.Store(true)
	if stopSchedule != nil {
		stopSchedule()
		<-scheduleDone
	}
	if client == nil || !working {
		return nil
	}
	err := client.Stop(ctx)
	if err != nil && ctx.Err() != nil {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		err = client.StopAndCancel(cctx)
	}
	if err != nil {
		return fmt.Errorf("jobs: stop: %w", err)
	}
	r.log.Info("jobs stopped")
	return nil
}

// schedule does what River's scheduler does, every d until ctx ends:
// scheduled and retryable jobs due within d become available (a fetch
// still waits for their time). Each run is one statement (a transaction
// on SQLite) that skips rows another replica holds, so it is safe beside
// River's scheduler and other runners.
func (r *Runner) schedule(ctx context.Context, exec riverdriver.Executor, d time.Duration, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		due := time.Now().Add(d)
		if _, err := exec.JobSchedule(ctx, &riverdriver.JobScheduleParams{Max: 1000, Now: &due}); err != nil && ctx.Err() == nil {
			r.log.Warn("jobs: schedule due jobs", "err", err)
		}
	}
}

// Option tunes one Enqueue.
type Option func(*river.InsertOpts)

// At schedules the job for t instead of now.
func At(t time.Time) Option { return func(o *river.InsertOpts) { o.ScheduledAt = t } }

// MaxAttempts bounds retries (River's default is 25).
func MaxAttempts(n int) Option { return func(o *river.InsertOpts) { o.MaxAttempts = n } }

// UniqueByArgs skips the insert when a job of the same kind and arguments
// is already waiting or running.
func UniqueByArgs() Option {
	return func(o *river.InsertOpts) { o.UniqueOpts = river.UniqueOpts{ByArgs: true} }
}

// Enqueue stores a job. Inside database.WithTx it joins that transaction,
// so the job exists only if the transaction commits.
func (r *Runner) Enqueue(ctx context.Context, args Args, opts ...Option) error {
	r.mu.Lock()
	client := r.client
	r.mu.Unlock()
	if client == nil {
		return errors.New("jobs: Enqueue before Start")
	}
	var io river.InsertOpts
	for _, o := range opts {
		o(&io)
	}
	var err error
	if tx, ok := r.db.SQLTx(ctx); ok {
		_, err = client.InsertTx(ctx, tx, args, &io)
	} else {
		_, err = client.Insert(ctx, args, &io)
	}
	if err != nil {
		return fmt.Errorf("jobs: enqueue %s: %w", args.Kind(), err)
	}
	return nil
}
