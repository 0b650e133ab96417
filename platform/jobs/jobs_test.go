package jobs_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
)

type echoArgs struct {
	Msg string `json:"msg"`
}

func (echoArgs) Kind() string { return "test_echo" }

type tickArgs struct{}

func (tickArgs) Kind() string { return "test_tick" }

func fastConfig() config.Jobs { return config.Jobs{Workers: 2, PollInterval: 100 * time.Millisecond} }

func waitFor(t *testing.T, ch <-chan string, want string) {
	t.Helper()
	select {
	case got := <-ch:
		if got != want {
			t.Fatalf("ran %q, want %q", got, want)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("job %q did not run", want)
	}
}

func TestEnqueueJoinsTransactionAndRuns(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		ran := make(chan string, 10)
		if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[echoArgs]) error {
			ran <- j.Args.Msg
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if err := r.Enqueue(ctx, echoArgs{}); err == nil {
			t.Fatal("Enqueue before Start must fail")
		}
		if err := r.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := r.Stop(sctx); err != nil {
				t.Error(err)
			}
		})

		// Rolled back: the job never existed.
		boom := errors.New("boom")
		err = db.WithTx(ctx, func(ctx context.Context) error {
			if err := r.Enqueue(ctx, echoArgs{Msg: "rolled back"}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		// Committed: it runs.
		if err := db.WithTx(ctx, func(ctx context.Context) error {
			return r.Enqueue(ctx, echoArgs{Msg: "committed"})
		}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ran, "committed")
		// Outside a transaction.
		if err := r.Enqueue(ctx, echoArgs{Msg: "plain"}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ran, "plain")
		select {
		case got := <-ran:
			t.Fatalf("unexpected job %q", got)
		case <-time.After(300 * time.Millisecond):
		}
	})
}

func TestPeriodicRunsOnStart(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		ran := make(chan string, 10)
		if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[tickArgs]) error {
			ran <- "tick"
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if err := r.Periodic(time.Hour, tickArgs{}, true); err != nil {
			t.Fatal(err)
		}
		if err := r.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		defer r.Stop(ctx)
		waitFor(t, ran, "tick")
	})
}

// A worker's Timeout cancels its job's ctx.
func TestWorkerTimeout(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, database.SQLite)
	ctx := context.Background()
	r, _ := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
	ran := make(chan string, 1)
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[echoArgs]) error {
		select {
		case <-ctx.Done():
			ran <- "cancelled"
		case <-time.After(10 * time.Second):
			ran <- "not cancelled"
		}
		return ctx.Err()
	}, jobs.Timeout(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if err := r.Start(ctx, true); err != nil {
		t.Fatal(err)
	}
	defer r.Stop(ctx)
	if err := r.Enqueue(ctx, echoArgs{}, jobs.MaxAttempts(1)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ran, "cancelled")
}

// A web-only runner enqueues but never runs jobs.
func TestWorkerlessRunnerOnlyEnqueues(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, _ := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		ran := make(chan string, 1)
		_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[echoArgs]) error { ran <- j.Args.Msg; return nil })
		if err := r.Start(ctx, false); err != nil {
			t.Fatal(err)
		}
		if err := r.Enqueue(ctx, echoArgs{Msg: "later"}); err != nil {
			t.Fatal(err)
		}
		var n int64
		if err := db.Conn(ctx).Raw("SELECT count(*) FROM river_job WHERE kind = 'test_echo'").Scan(&n).Error; err != nil || n != 1 {
			t.Fatalf("stored jobs = %d, %v", n, err)
		}
		select {
		case <-ran:
			t.Fatal("a worker-less runner ran a job")
		case <-time.After(500 * time.Millisecond):
		}
		if err := r.Stop(ctx); err != nil {
			t.Fatal(err)
		}
	})
}
