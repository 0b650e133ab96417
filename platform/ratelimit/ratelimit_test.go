package ratelimit_test

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
	"vigil/platform/ratelimit"
)

// TestAllowJoinsCallerTransaction: inside a caller's transaction the
// decision joins it, so a rollback gives the budget back. (The GCRA
// arithmetic itself is TestGCRASequenceEveryBackend.)
func TestAllowJoinsCallerTransaction(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		base, err := ratelimit.New(db)
		if err != nil {
			t.Fatal(err)
		}
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
	})
}

// TestZeroRateRejected: a rate of no events is a configuration error on
// every backend, not a limiter that refuses everything.
func TestZeroRateRejected(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, l *ratelimit.Limiter) {
		if _, err := l.Allow(context.Background(), "k", ratelimit.Rate{}, 1); err == nil {
			t.Fatal("a zero rate must be rejected")
		}
	})
}

// TestExactLimitAcrossReplicas: two replicas hammering one key let exactly
// the burst through, on every backend, and the second replica then sees
// the budget the first spent.
func TestExactLimitAcrossReplicas(t *testing.T) {
	t.Parallel()
	eachReplicaPair(t, func(t *testing.T, a, b *ratelimit.Limiter) {
		ctx := context.Background()
		const limit, goroutines, calls = 25, 16, 8
		replicas := []*ratelimit.Limiter{a, b}
		allowed, denied := hammer(t, goroutines, calls, func(g int) (ratelimit.Result, error) {
			return replicas[g%2].Allow(ctx, "login:alice", ratelimit.PerHour(limit), limit)
		})
		if allowed != limit || denied != goroutines*calls-limit {
			t.Fatalf("allowed %d denied %d, want exactly %d allowed of %d", allowed, denied, limit, goroutines*calls)
		}
		res, err := b.Allow(ctx, "login:alice", ratelimit.PerHour(limit), limit)
		if err != nil || res.Allowed || res.RetryAfter <= 0 {
			t.Fatalf("after the burst: %+v, %v", res, err)
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
