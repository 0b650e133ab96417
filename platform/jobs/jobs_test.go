package jobs_test

import (
	"context"
	"errors"
	"fmt"
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

type longArgs struct {
	N int `json:"n"`
}

func (longArgs) Kind() string { return "test_long" }

// TestStopDrainsThenRequeuesAtOnce: Stop lets a short job finish, and a
// job still running when the drain ends is cancelled, told it was a
// shutdown (Stopping), and left available at once, its attempt not spent,
// whatever error it returned, so the next runner (another replica) runs it
// without waiting.
func TestStopDrainsThenRequeuesAtOnce(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, _ := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		started := make(chan int, 4)
		results := make(chan string, 4)
		_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[longArgs]) error {
			started <- j.Args.N
			select {
			case <-ctx.Done():
				results <- fmt.Sprintf("%d interrupted, stopping=%v", j.Args.N, jobs.Stopping(ctx))
				// As a job whose subprocess died with the cancellation
				// reports it: not as a context error.
				return errors.New("scan worker: signal: killed")
			case <-time.After(time.Duration(j.Args.N) * 100 * time.Millisecond):
				results <- fmt.Sprintf("%d finished", j.Args.N)
				return nil
			}
		})
		if err := r.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{2, 600} { // 200 ms and a minute
			if err := r.Enqueue(ctx, longArgs{N: n}, jobs.MaxAttempts(1)); err != nil {
				t.Fatal(err)
			}
		}
		<-started
		<-started
		sctx, cancel := context.WithTimeout(ctx, time.Second) // the drain timeout
		defer cancel()
		t0 := time.Now()
		if err := r.Stop(sctx); err != nil {
			t.Fatal(err)
		}
		if took := time.Since(t0); took > 5*time.Second {
			t.Fatalf("Stop took %s", took)
		}
		got := []string{<-results, <-results}
		if got[0] != "2 finished" || got[1] != "600 interrupted, stopping=true" {
			t.Fatalf("results %v", got)
		}
		var row struct {
			State       string
			Attempt     int
			ScheduledAt time.Time
		}
		if err := db.Gorm().Raw(`SELECT state, attempt, scheduled_at FROM river_job WHERE kind = 'test_long' ORDER BY id DESC LIMIT 1`).Scan(&row).Error; err != nil {
			t.Fatal(err)
		}
		if (row.State != "available" && row.State != "scheduled") || time.Until(row.ScheduledAt) > time.Second {
			t.Fatalf("interrupted job %+v, want available again now", row)
		}

		// The next replica picks it up at once; with MaxAttempts(1) it
		// could not run again had the interruption spent its attempt.
		r2, _ := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
		again := make(chan int, 1)
		_ = jobs.Register(r2, func(ctx context.Context, j jobs.Job[longArgs]) error { again <- j.Args.N; return nil })
		if err := r2.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		defer r2.Stop(ctx)
		select {
		case n := <-again:
			if n != 600 {
				t.Fatalf("ran %d", n)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the interrupted job was not run again")
		}
	})
}
