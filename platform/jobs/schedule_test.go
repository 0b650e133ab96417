package jobs

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

type laterArgs struct{}

func (laterArgs) Kind() string { return "test_later" }

// schedule (ScheduleEvery's loop) makes a due scheduled job available.
// The runner has no workers, so no River scheduler runs beside it: the
// job would stay scheduled without the loop, however long the test waits.
func TestScheduleMakesDueJobsAvailable(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		r, err := New(db, config.Jobs{}, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		if err := Register(r, func(context.Context, Job[laterArgs]) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if err := r.Start(ctx, false); err != nil {
			t.Fatal(err)
		}
		if err := r.Enqueue(ctx, laterArgs{}, At(time.Now().Add(50*time.Millisecond))); err != nil {
			t.Fatal(err)
		}
		state := func() string {
			var s string
			if err := db.Gorm().Table("river_job").Where("kind = ?", laterArgs{}.Kind()).Select("state").Scan(&s).Error; err != nil {
				t.Fatal(err)
			}
			return s
		}
		if s := state(); s != "scheduled" {
			t.Fatalf("job enqueued for later is %q, want scheduled", s)
		}
		sctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go r.schedule(sctx, r.driver().GetExecutor(), 20*time.Millisecond, done)
		defer func() { cancel(); <-done }()
		deadline := time.Now().Add(15 * time.Second)
		for state() != "available" {
			if time.Now().After(deadline) {
				t.Fatalf("job still %q", state())
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

// A working runner with ScheduleEvery runs the loop from Start, and Stop
// ends it before returning; without the option there is none.
func TestScheduleEveryLoopLivesFromStartToStop(t *testing.T) {
	for _, every := range []time.Duration{0, 20 * time.Millisecond} {
		db := dbtest.Open(t, database.SQLite)
		ctx := context.Background()
		r, err := New(db, config.Jobs{PollInterval: 100 * time.Millisecond}, slog.New(slog.DiscardHandler), ScheduleEvery(every))
		if err != nil {
			t.Fatal(err)
		}
		if err := Register(r, func(context.Context, Job[laterArgs]) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if err := r.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		done := r.scheduleDone
		if (done != nil) != (every > 0) {
			t.Fatalf("ScheduleEvery(%v): loop running %v", every, done != nil)
		}
		if err := r.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		if done != nil {
			select {
			case <-done:
			default:
				t.Fatalf("ScheduleEvery(%v): the loop outlived Stop", every)
			}
		}
	}
}
