package main

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
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
