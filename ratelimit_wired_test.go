package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"vigil/platform/dbtest"
	"vigil/platform/redisconn"
)

// TestAPIRateLimits drives the configured budgets as served, on both
// databases: an API key runs out after its burst with RateLimit-* headers
// counting down and a 429 problem+json carrying Retry-After; the same
// user's browser session keeps working (the key's budget is the key's);
// anonymous requests carry no budget; analyses started are limited per
// workspace.
func TestAPIRateLimits(t *testing.T) {
	t.Setenv("VIGIL_RATE_LIMIT_API_KEY_RATE", "60")
	t.Setenv("VIGIL_RATE_LIMIT_API_KEY_BURST", "5")
	t.Setenv("VIGIL_RATE_LIMIT_USER_RATE", "6000")
	t.Setenv("VIGIL_RATE_LIMIT_USER_BURST", "1000")
	t.Setenv("VIGIL_RATE_LIMIT_ANALYSES_RATE", "2")
	t.Setenv("VIGIL_RATE_LIMIT_ANALYSES_BURST", "2")
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		browser := newAPIClient(t, app.base)
		browser.signUp("ci@example.com")
		key := browser.apiKey("read")
		get := func(c *apiClient) (*http.Response, string) {
			t.Helper()
			req, _ := http.NewRequest("GET", app.base+"/api/v1/auth/me", nil)
			if c.bearer != "" {
				req.Header.Set("Authorization", "Bearer "+c.bearer)
			}
			if c != nil && c.bearer == "" {
				for _, ck := range c.hc.Jar.Cookies(req.URL) {
					req.AddCookie(ck)
				}
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b := make([]byte, 4096)
			n, _ := res.Body.Read(b)
			return res, string(b[:n])
		}
		for want := 4; want >= 0; want-- {
			res, body := get(key)
			if res.StatusCode != 200 || res.Header.Get("RateLimit-Limit") != "5" || res.Header.Get("RateLimit-Remaining") != strconv.Itoa(want) {
				t.Fatalf("request with %d left: %d limit %q remaining %q: %s", want, res.StatusCode,
					res.Header.Get("RateLimit-Limit"), res.Header.Get("RateLimit-Remaining"), body)
			}
			if reset, err := strconv.Atoi(res.Header.Get("RateLimit-Reset")); err != nil || reset < 1 || reset > 5 {
				t.Fatalf("RateLimit-Reset %q", res.Header.Get("RateLimit-Reset"))
			}
		}
		res, body := get(key)
		if res.StatusCode != 429 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/problem+json") ||
			res.Header.Get("Retry-After") == "" || res.Header.Get("RateLimit-Remaining") != "0" || !strings.Contains(body, "rate_limited") {
			t.Fatalf("over budget: %d %v %s", res.StatusCode, res.Header, body)
		}
		if res, body := get(browser); res.StatusCode != 200 || res.Header.Get("RateLimit-Limit") != "1000" {
			t.Fatalf("the same user's browser: %d limit %q: %s", res.StatusCode, res.Header.Get("RateLimit-Limit"), body)
		}
		if res, _ := get(newAPIClient(t, app.base)); res.StatusCode != 401 || res.Header.Get("RateLimit-Limit") != "" {
			t.Fatalf("anonymous: %d with RateLimit-Limit %q", res.StatusCode, res.Header.Get("RateLimit-Limit"))
		}

		paste := map[string]any{"tier": "static", "filename": "x.py", "content": "eval(input())\n"}
		for i, want := range []int{201, 201, 429} {
			if r := browser.do("POST", "/api/v1/analyses", paste); r.status != want {
				t.Fatalf("analysis %d: %d, want %d: %s", i+1, r.status, want, r.body)
			}
		}
		if r := browser.do("GET", "/api/v1/analyses", nil); r.status != 200 {
			t.Fatalf("listing analyses after the workspace's start budget ran out: %d", r.status)
		}
	})
}

// TestAPIRateLimitsInRedis: with redis.url set, the served budgets and
// the sign-in limits keep their buckets in Redis under redis.prefix (the
// database's rate_limits table stays empty) and still refuse past the
// burst.
func TestAPIRateLimitsInRedis(t *testing.T) {
	redisURL := os.Getenv("VIGIL_TEST_REDIS_URL")
	if redisURL == "" {
		redisURL = "redis://127.0.0.1:6379/0"
	}
	rdb, err := redisconn.Open(context.Background(), redisURL)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Redis unreachable (CI=true requires it): %v", err)
		}
		t.Skipf("Redis unreachable, skipping: %v", err)
	}
	defer rdb.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	prefix := "vigil_test:" + hex.EncodeToString(b[:]) + ":"
	defer func() {
		if keys, _ := rdb.Keys(context.Background(), prefix+"*").Result(); len(keys) > 0 {
			_ = rdb.Del(context.Background(), keys...).Err()
		}
	}()
	t.Setenv("VIGIL_RATE_LIMIT_API_KEY_RATE", "60")
	t.Setenv("VIGIL_RATE_LIMIT_API_KEY_BURST", "3")
	t.Setenv("VIGIL_REDIS_URL", redisURL)
	t.Setenv("VIGIL_REDIS_PREFIX", prefix)
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		ctx := context.Background()
		browser := newAPIClient(t, app.base)
		browser.signUp(app.cfg.Database.Dialect() + "-redis@example.com")
		key := browser.apiKey("read")
		statuses := []int{}
		for range 4 {
			statuses = append(statuses, key.do("GET", "/api/v1/auth/me", nil).status)
		}
		if !slices.Equal(statuses, []int{200, 200, 200, 429}) {
			t.Fatalf("statuses %v, want the burst of 3 then 429", statuses)
		}
		for _, pattern := range []string{"ratelimit:api:key:*", "ratelimit:auth:signin:*"} {
			keys, err := rdb.Keys(ctx, prefix+pattern).Result()
			if err != nil || len(keys) == 0 {
				t.Fatalf("no %s bucket in Redis: %v %v", pattern, keys, err)
			}
		}
		db := dbtest.OpenConfig(t, app.cfg)
		var n int64
		if err := db.Gorm().Raw("SELECT count(*) FROM rate_limits").Scan(&n).Error; err != nil || n != 0 {
			t.Fatalf("rate_limits holds %d rows (%v); with Redis it should hold none", n, err)
		}
	})
}
