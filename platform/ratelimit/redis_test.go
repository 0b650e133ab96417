package ratelimit_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/logging/logtest"
	"vigil/platform/ratelimit"
	"vigil/platform/redisconn"
)

// The same GCRA sequence decides the same way on every backend, including
// a request of several tokens (AllowN) and a key idle past its window.
func TestGCRASequenceEveryBackend(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	steps := []struct {
		at        time.Duration
		n         int
		allowed   bool
		retry     time.Duration
		remaining int
	}{
		{0, 1, true, 0, 3},
		{0, 2, true, 0, 1},
		{0, 2, false, time.Second, 1}, // two asked, one left: none spent
		{0, 1, true, 0, 0},
		{250 * time.Millisecond, 1, false, 750 * time.Millisecond, 0},
		{time.Second, 1, true, 0, 0},
		{time.Minute, 4, true, 0, 0}, // idle: the whole burst is back
	}
	eachBackend(t, func(t *testing.T, base *ratelimit.Limiter) {
		ctx := context.Background()
		for i, s := range steps {
			l := base.WithClock(func() time.Time { return t0.Add(s.at) })
			res, err := l.AllowN(ctx, "ip:1.2.3.4", ratelimit.PerSecond(1), 4, s.n)
			if err != nil {
				t.Fatal(err)
			}
			if res.Allowed != s.allowed || res.RetryAfter != s.retry || res.Remaining != s.remaining {
				t.Fatalf("step %d at %s (n=%d): got %+v, want allowed=%v retry=%s remaining=%d", i, s.at, s.n, res, s.allowed, s.retry, s.remaining)
			}
		}
		res, err := base.WithClock(func() time.Time { return t0 }).Allow(ctx, "ip:5.6.7.8", ratelimit.PerSecond(1), 4)
		if err != nil || !res.Allowed || res.Remaining != 3 {
			t.Fatalf("other key: %+v, %v", res, err)
		}
	})
}

// A Redis key lives until its arrival time and no longer: Redis never
// keeps buckets that would behave as absent.
func TestRedisKeysExpire(t *testing.T) {
	t.Parallel()
	c, prefix := redisClient(t)
	l, _ := ratelimit.NewRedis(c, prefix)
	if l.Backend() != "redis" {
		t.Fatalf("Backend() = %q", l.Backend())
	}
	ctx := context.Background()
	for range 3 {
		if _, err := l.Allow(ctx, "ttl", ratelimit.PerMinute(60), 10); err != nil {
			t.Fatal(err)
		}
	}
	ttl, err := c.PTTL(ctx, prefix+"ttl").Result()
	if err != nil {
		t.Fatal(err)
	}
	// Three requests at one a second put the arrival time ~3s ahead.
	if ttl < 2*time.Second || ttl > 4*time.Second {
		t.Fatalf("key TTL %s, want about 3s", ttl)
	}
	if n, err := l.Cleanup(ctx); err != nil || n != 0 {
		t.Fatalf("Cleanup = %d, %v (Redis keys expire by themselves)", n, err)
	}
}

// An unreachable Redis is an error naming the backend (the API middleware
// then lets the request through and logs it), returned quickly.
func TestRedisUnreachable(t *testing.T) {
	t.Parallel()
	opts, err := redisconn.Options("redis://127.0.0.1:1/0")
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opts)
	defer c.Close()
	l, _ := ratelimit.NewRedis(c, "x:")
	start := time.Now()
	_, err = l.Allow(context.Background(), "k", ratelimit.PerSecond(1), 1)
	if err == nil || !strings.Contains(err.Error(), "redis") {
		t.Fatalf("err = %v, want a redis error", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("took %s", d)
	}
	if _, err := ratelimit.NewRedis(nil, ""); err == nil {
		t.Fatal("nil client accepted")
	}
}

// With the database as fallback, an unreachable Redis still limits: the
// decisions are made (and counted) in the rate_limits table, with a
// warning logged once, not once per request.
func TestRedisFallsBackToTheDatabase(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		opts, err := redisconn.Options("redis://127.0.0.1:1/0")
		if err != nil {
			t.Fatal(err)
		}
		c := redis.NewClient(opts)
		defer c.Close()
		down, _ := ratelimit.NewRedis(c, "x:")
		sql, err := ratelimit.New(db)
		if err != nil {
			t.Fatal(err)
		}
		var logs logtest.Buffer
		l := down.WithFallback(sql, slog.New(slog.NewTextHandler(&logs, nil)))
		ctx := context.Background()
		for i, want := range []bool{true, true, false} {
			res, err := l.Allow(ctx, "login:bob", ratelimit.PerHour(2), 2)
			if err != nil || res.Allowed != want {
				t.Fatalf("request %d: %+v, %v, want allowed=%v", i, res, err, want)
			}
		}
		var n int64
		if err := db.Gorm().Raw("SELECT count(*) FROM rate_limits WHERE key = 'login:bob'").Scan(&n).Error; err != nil || n != 1 {
			t.Fatalf("fallback rows %d, %v; want the bucket in the database", n, err)
		}
		if got := strings.Count(logs.String(), "rate limiter backend unavailable"); got != 1 {
			t.Fatalf("%d warnings, want 1:\n%s", got, logs.String())
		}
	})
}
