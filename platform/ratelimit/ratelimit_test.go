package ratelimit_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
	"vigil/platform/migrate"
	"vigil/platform/ratelimit"
)

func TestGCRASequence(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		base, err := ratelimit.New(db)
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		rate := ratelimit.PerSecond(1)
		steps := []struct {
			at        time.Duration
			allowed   bool
			retry     time.Duration
			remaining int
		}{
			{0, true, 0, 1},
			{0, true, 0, 0},
			{0, false, time.Second, 0},
			{500 * time.Millisecond, false, 500 * time.Millisecond, 0},
			{time.Second, true, 0, 0},
			{time.Second, false, time.Second, 0},
			{10 * time.Second, true, 0, 1}, // long idle: the full burst is back
		}
		for i, s := range steps {
			t.Run(fmt.Sprintf("step%d@%s", i, s.at), func(t *testing.T) {
				l := base.WithClock(func() time.Time { return t0.Add(s.at) })
				res, err := l.Allow(ctx, "ip:1.2.3.4", rate, 2)
				if err != nil {
					t.Fatal(err)
				}
				if res.Allowed != s.allowed || res.RetryAfter != s.retry || res.Remaining != s.remaining {
					t.Fatalf("got %+v, want allowed=%v retry=%s remaining=%d", res, s.allowed, s.retry, s.remaining)
				}
			})
		}
		// Keys are independent.
		res, err := base.WithClock(func() time.Time { return t0 }).Allow(ctx, "ip:5.6.7.8", rate, 2)
		if err != nil || !res.Allowed {
			t.Fatalf("other key: %+v, %v", res, err)
		}
		// Inside a caller's transaction the decision joins it.
		rollback := fmt.Errorf("rollback")
		err = db.WithTx(ctx, func(ctx context.Context) error {
			res, err := base.Allow(ctx, "tx-key", ratelimit.PerHour(1), 1)
			if err != nil || !res.Allowed {
				t.Fatalf("in tx: %+v, %v", res, err)
			}
			if res, _ := base.Allow(ctx, "tx-key", ratelimit.PerHour(1), 1); res.Allowed {
				t.Fatal("second request in tx allowed")
			}
			return rollback
		})
		if err != rollback {
			t.Fatal(err)
		}
		if res, err := base.Allow(ctx, "tx-key", ratelimit.PerHour(1), 1); err != nil || !res.Allowed {
			t.Fatalf("after rollback the budget is back: %+v, %v", res, err)
		}
		if _, err := base.Allow(ctx, "k", ratelimit.Rate{}, 1); err == nil {
			t.Fatal("a zero rate must be rejected")
		}
	})
}

// Two pools (two replicas) hammering one key let exactly the burst through.
func TestExactLimitAcrossPools(t *testing.T) {
	t.Parallel()
	dbtest.EachConfig(t, func(t *testing.T, cfg config.Config) {
		ctx := context.Background()
		a := dbtest.OpenConfig(t, cfg)
		m, err := migrate.New(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		b := dbtest.OpenConfig(t, cfg)
		const limit, goroutines, calls = 25, 16, 8
		var allowed, denied atomic.Int64
		var wg sync.WaitGroup
		for i := range goroutines {
			db := a
			if i%2 == 1 {
				db = b
			}
			l, _ := ratelimit.New(db)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range calls {
					res, err := l.Allow(ctx, "login:alice", ratelimit.PerHour(limit), limit)
					if err != nil {
						t.Error(err)
						return
					}
					if res.Allowed {
						allowed.Add(1)
					} else {
						denied.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		if allowed.Load() != limit || denied.Load() != goroutines*calls-limit {
			t.Fatalf("allowed %d denied %d, want exactly %d allowed of %d", allowed.Load(), denied.Load(), limit, goroutines*calls)
		}
	})
}

// The periodic cleanup job really runs through the job runner.
func TestCleanupJob(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		l, _ := ratelimit.New(db)
		past := l.WithClock(func() time.Time { return time.Now().Add(-2 * time.Hour) })
		for i := range 3 {
			if _, err := past.Allow(ctx, fmt.Sprintf("old:%d", i), ratelimit.PerMinute(60), 1); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := l.Allow(ctx, "fresh", ratelimit.PerHour(1), 1); err != nil {
			t.Fatal(err)
		}
		log := slog.New(slog.DiscardHandler)
		r, err := jobs.New(db, config.Jobs{Workers: 1, PollInterval: 100 * time.Millisecond}, log)
		if err != nil {
			t.Fatal(err)
		}
		if err := l.RegisterJobs(r, log); err != nil {
			t.Fatal(err)
		}
		if err := r.Start(ctx, true); err != nil {
			t.Fatal(err)
		}
		defer r.Stop(ctx)
		deadline := time.Now().Add(20 * time.Second)
		for {
			var keys []string
			if err := db.Conn(ctx).Raw("SELECT key FROM rate_limits ORDER BY key").Scan(&keys).Error; err != nil {
				t.Fatal(err)
			}
			if len(keys) == 1 && keys[0] == "fresh" {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("cleanup job did not run; keys left: %v", keys)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}
