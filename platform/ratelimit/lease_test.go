package ratelimit_test

import (
	"context"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/ratelimit"
)

// TestLeasesNeverExceedTheSharedLimit: two replicas (two Leases) hammer
// one key; together they pass at most the burst, and lose at most one
// lease each to tokens left unused, on every backend.
func TestLeasesNeverExceedTheSharedLimit(t *testing.T) {
	t.Parallel()
	eachReplicaPair(t, func(t *testing.T, a, b *ratelimit.Limiter) {
		ctx := context.Background()
		t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		clock := func() time.Time { return t0 }
		policy := ratelimit.Policy{Rate: ratelimit.PerSecond(160), Burst: 160} // leases of 16
		replicas := []*ratelimit.Leases{ratelimit.NewLeases(a.WithClock(clock)), ratelimit.NewLeases(b.WithClock(clock))}
		const goroutines, calls = 8, 40
		allowed, _ := hammer(t, goroutines, calls, func(g int) (ratelimit.Result, error) {
			return replicas[g%2].Take(ctx, "api:key:k1", policy)
		})
		if allowed > int64(policy.Burst) || allowed < int64(policy.Burst-2*16) {
			t.Fatalf("allowed %d of %d requests, want between %d and %d", allowed, goroutines*calls, policy.Burst-2*16, policy.Burst)
		}
	})
}

// TestSlowBudgetKeepsItsBurstAcrossReplicas: the analyses budget (120 an
// hour, burst 30) spent by requests a few seconds apart, alternating
// between two replicas, allows the whole burst (plus what refills
// meanwhile) and no more, on every backend. Leases of 3 that expired
// after one use gave about 10.
func TestSlowBudgetKeepsItsBurstAcrossReplicas(t *testing.T) {
	t.Parallel()
	eachReplicaPair(t, func(t *testing.T, a, b *ratelimit.Limiter) {
		ctx := context.Background()
		t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		now := t0
		clock := func() time.Time { return now }
		replicas := []*ratelimit.Leases{ratelimit.NewLeases(a.WithClock(clock)), ratelimit.NewLeases(b.WithClock(clock))}
		def := config.Default().RateLimit.Analyses
		policy := ratelimit.Policy{Rate: ratelimit.Rate{Events: def.Rate, Per: def.Per}, Burst: def.Burst}
		const requests, gap = 40, 2 * time.Second
		allowed := 0
		for i := range requests {
			now = t0.Add(time.Duration(i) * gap)
			res, err := replicas[i%2].Take(ctx, "analyses:ws:w1", policy)
			if err != nil {
				t.Fatal(err)
			}
			if res.Allowed {
				allowed++
			}
		}
		refilled := int(float64(def.Rate) * (time.Duration(requests-1) * gap).Seconds() / def.Per.Seconds())
		if allowed < def.Burst || allowed > def.Burst+refilled {
			t.Fatalf("allowed %d of %d analyses, want the burst %d (at most %d with what refilled)", allowed, requests, def.Burst, def.Burst+refilled)
		}
	})
}

// TestLeaseRemainingCountsDown: one replica sees Remaining fall by one per
// request across leases, and the request after the burst is refused with
// a Retry-After of one interval.
func TestLeaseRemainingCountsDown(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		l, _ := ratelimit.New(db)
		s := ratelimit.NewLeases(l.WithClock(func() time.Time { return t0 }))
		policy := ratelimit.Policy{Rate: ratelimit.PerSecond(2), Burst: 20} // leases of 2
		for want := 19; want >= 0; want-- {
			res, err := s.Take(ctx, "k", policy)
			if err != nil || !res.Allowed || res.Remaining != want {
				t.Fatalf("request %d: %+v %v, want allowed with %d remaining", 20-want, res, err, want)
			}
		}
		res, err := s.Take(ctx, "k", policy)
		if err != nil || res.Allowed || res.RetryAfter != 500*time.Millisecond {
			t.Fatalf("over the burst: %+v %v, want refused with one interval (500ms) to wait", res, err)
		}
	})
}

// TestLeaseRefusalIsRememberedUntilRetryAfter: once refused, a replica
// refuses from memory (the shared bucket is not touched, so another
// replica's tokens are not spent on retries) and allows again when the
// Retry-After has passed.
func TestLeaseRefusalIsRememberedUntilRetryAfter(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		l, _ := ratelimit.New(db)
		l = l.WithClock(func() time.Time { return now })
		s := ratelimit.NewLeases(l)
		policy := ratelimit.Policy{Rate: ratelimit.PerMinute(60), Burst: 1}
		steps := []struct {
			at      time.Duration
			allowed bool
		}{{0, true}, {0, false}, {500 * time.Millisecond, false}, {time.Second, true}, {time.Second, false}}
		t0 := now
		for i, st := range steps {
			now = t0.Add(st.at)
			res, err := s.Take(ctx, "k", policy)
			if err != nil || res.Allowed != st.allowed {
				t.Fatalf("step %d at %s: %+v %v, want allowed=%v", i, st.at, res, err, st.allowed)
			}
			if !res.Allowed && res.RetryAfter <= 0 {
				t.Fatalf("step %d: refused without Retry-After", i)
			}
		}
		// The remembered refusals did not spend the shared bucket: a
		// second replica at t0+1s finds it exactly as the first left it.
		var tat int64
		if err := db.Gorm().Raw("SELECT tat_us FROM rate_limits WHERE key = 'k'").Scan(&tat).Error; err != nil {
			t.Fatal(err)
		}
		if want := t0.Add(2 * time.Second).UnixMicro(); tat != want {
			t.Fatalf("tat %d, want %d (two requests allowed, no refusal recorded)", tat, want)
		}
	})
}

// BenchmarkLeasesTake is the per-request cost on the API's hot path with
// the default API-key budget's lease size (SQLite).
func BenchmarkLeasesTake(b *testing.B) {
	db := dbtest.Open(b, database.SQLite)
	l, _ := ratelimit.New(db)
	s := ratelimit.NewLeases(l)
	policy := ratelimit.Policy{Rate: ratelimit.Rate{Events: 1 << 30, Per: time.Minute}, Burst: 120}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Take(ctx, "api:key:bench", policy); err != nil {
			b.Fatal(err)
		}
	}
}
