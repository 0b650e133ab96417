package ratelimit_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/redis/go-redis/v9"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/ratelimit"
	"vigil/platform/redisconn"
)

// The helpers of this file run one test on every backend the limiter has
// (the database in both dialects, and Redis), so a behaviour is written
// once and checked everywhere.

// testRedisURL is the Redis the tests use (VIGIL_TEST_REDIS_URL, default
// the local server). Unreachable, the Redis tests are skipped, except
// under CI=true where they fail.
func testRedisURL() string {
	if u := os.Getenv("VIGIL_TEST_REDIS_URL"); u != "" {
		return u
	}
	return "redis://127.0.0.1:6379/0"
}

// redisClient returns a new client (one per simulated replica) and a key
// prefix of this test's own; the test's keys are deleted at its end.
func redisClient(t testing.TB) (*redis.Client, string) {
	t.Helper()
	c, err := redisconn.Open(context.Background(), testRedisURL())
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Redis unreachable (CI=true requires it): %v", err)
		}
		t.Skipf("Redis unreachable, skipping: %v", err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	prefix := "vigil_test:" + hex.EncodeToString(b[:]) + ":"
	t.Cleanup(func() {
		ctx := context.Background()
		keys, _ := c.Keys(ctx, prefix+"*").Result()
		if len(keys) > 0 {
			_ = c.Del(ctx, keys...).Err()
		}
		_ = c.Close()
	})
	return c, prefix
}

// eachBackend runs fn on a limiter of every backend: the database (both
// dialects) and Redis.
func eachBackend(t *testing.T, fn func(t *testing.T, l *ratelimit.Limiter)) {
	t.Helper()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		l, err := ratelimit.New(db)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, l)
	})
	t.Run("redis", func(t *testing.T) {
		c, prefix := redisClient(t)
		l, err := ratelimit.NewRedis(c, prefix)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, l)
	})
}

// eachReplicaPair runs fn on every backend with two limiters standing for
// two replicas that share one budget: two connection pools on one
// database (each dialect), two clients on one Redis key prefix.
func eachReplicaPair(t *testing.T, fn func(t *testing.T, a, b *ratelimit.Limiter)) {
	t.Helper()
	dbtest.EachPair(t, func(t *testing.T, dba, dbb *database.DB) {
		a, err := ratelimit.New(dba)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ratelimit.New(dbb)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, a, b)
	})
	t.Run("redis", func(t *testing.T) {
		ca, prefix := redisClient(t)
		cb, _ := redisClient(t)
		a, err := ratelimit.NewRedis(ca, prefix)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ratelimit.NewRedis(cb, prefix)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, a, b)
	})
}

// hammer runs goroutines that each make calls decisions through take (given
// the goroutine's number, to pick a replica) and counts the outcomes.
func hammer(t *testing.T, goroutines, calls int, take func(g int) (ratelimit.Result, error)) (allowed, denied int64) {
	t.Helper()
	var a, d atomic.Int64
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for range calls {
				res, err := take(g)
				if err != nil {
					t.Error(err)
					return
				}
				if res.Allowed {
					a.Add(1)
				} else {
					d.Add(1)
				}
			}
		})
	}
	wg.Wait()
	return a.Load(), d.Load()
}
