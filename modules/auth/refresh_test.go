package auth

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

// refreshWith posts to /auth/refresh on base with exactly this refresh
// cookie and the session's CSRF token (no cookie jar), as a browser tab
// holding them would.
func refreshWith(t *testing.T, base, refresh, csrf, userAgent string) (int, string, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", base+"/api/v1/auth/refresh", nil)
	req.AddCookie(&http.Cookie{Name: RefreshCookie, Value: refresh})
	req.AddCookie(&http.Cookie{Name: CSRFCookie, Value: csrf})
	req.Header.Set(CSRFHeader, csrf)
	req.Header.Set("User-Agent", userAgent)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0, "", ""
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, res.Body)
	var next, access string
	for _, ck := range res.Cookies() {
		switch ck.Name {
		case RefreshCookie:
			next = ck.Value
		case AccessCookie:
			access = ck.Value
		}
	}
	return res.StatusCode, next, access
}

func meWithAccess(t *testing.T, base, access string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/v1/auth/me", nil)
	req.AddCookie(&http.Cookie{Name: AccessCookie, Value: access})
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// TestConcurrentRefreshWithinGrace: several tabs of one browser refresh
// with the same token at the same instant, through two replicas. All of
// them get the same successor and the session survives; replaying the old
// token after the grace window still revokes the family.
func TestConcurrentRefreshWithinGrace(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		other := e.serve(e.newReplica())
		c, _ := e.user("ada@example.com")
		first, csrf := c.cookie(RefreshCookie), c.cookie(CSRFCookie)

		const tabs = 6
		type result struct {
			status       int
			next, access string
			replica      string
		}
		results := make([]result, tabs)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range tabs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				base := e.srv.URL
				if i%2 == 1 {
					base = other.URL
				}
				<-start
				st, next, access := refreshWith(t, base, first, csrf, "vigil-test")
				results[i] = result{st, next, access, base}
			}()
		}
		close(start)
		wg.Wait()

		for i, r := range results {
			if r.status != http.StatusOK {
				statuses := make([]int, 0, tabs)
				for _, x := range results {
					statuses = append(statuses, x.status)
				}
				t.Fatalf("tab %d: status %d, want 200 (all: %v)", i, r.status, statuses)
			}
			if r.next == "" || r.next == first || r.next != results[0].next {
				t.Fatalf("tab %d got successor %q, tab 0 %q: every tab must get the same new token", i, r.next, results[0].next)
			}
			if st := meWithAccess(t, r.replica, r.access); st != http.StatusOK {
				t.Fatalf("tab %d: /me with its new access token: %d", i, st)
			}
		}
		if slices.Contains(e.audit.actions(), "auth.refresh.reuse") {
			t.Fatal("a same-instant refresh was treated as reuse")
		}
		// The successor keeps working: the family was not revoked.
		st, second, _ := refreshWith(t, other.URL, results[0].next, csrf, "vigil-test")
		if st != http.StatusOK || second == "" {
			t.Fatalf("refresh with the shared successor: %d", st)
		}

		// Past the window, the first token is a replay: family revoked.
		e.clock.Advance(refreshGrace + time.Second)
		if st, _, _ := refreshWith(t, e.srv.URL, first, csrf, "vigil-test"); st != http.StatusUnauthorized {
			t.Fatalf("replay after the grace window: %d, want 401", st)
		}
		if st, _, _ := refreshWith(t, e.srv.URL, second, csrf, "vigil-test"); st != http.StatusUnauthorized {
			t.Fatalf("family not revoked after a late replay: %d", st)
		}
		if !slices.Contains(e.audit.actions(), "auth.refresh.reuse") {
			t.Fatal("late replay not audited as reuse")
		}
	})
}

// TestRefreshGraceRules covers the edges of the grace window one request at a time.
func TestRefreshGraceRules(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		cases := []struct {
			name    string
			wait    time.Duration
			agent   string
			revoked bool
		}{
			{name: "same browser just inside the window", wait: refreshGrace - time.Second, agent: "vigil-test"},
			{name: "same browser at the window's end", wait: refreshGrace, agent: "vigil-test", revoked: true},
			{name: "another user agent inside the window", wait: time.Second, agent: "curl/8.0", revoked: true},
		}
		for i, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				e := newEnv(t, tdb)
				c, _ := e.user(fmt.Sprintf("grace-%d@example.com", i))
				first, csrf := c.cookie(RefreshCookie), c.cookie(CSRFCookie)
				st, next, _ := refreshWith(t, e.srv.URL, first, csrf, "vigil-test")
				if st != http.StatusOK {
					t.Fatalf("first refresh: %d", st)
				}
				e.clock.Advance(tc.wait)
				st, again, _ := refreshWith(t, e.srv.URL, first, csrf, tc.agent)
				if tc.revoked {
					if st != http.StatusUnauthorized {
						t.Fatalf("second presentation: %d, want 401", st)
					}
					if st, _, _ := refreshWith(t, e.srv.URL, next, csrf, "vigil-test"); st != http.StatusUnauthorized {
						t.Fatalf("successor still works after reuse: %d", st)
					}
					return
				}
				if st != http.StatusOK || again != next {
					t.Fatalf("second presentation: %d, successor %q, want 200 and %q", st, again, next)
				}
			})
		}
	})
}

// TestRefreshGraceFollowsChain: a request that arrives after the other tab
// has already rotated twice gets the newest token, not a spent one.
func TestRefreshGraceFollowsChain(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, _ := e.user("chain@example.com")
		first, csrf := c.cookie(RefreshCookie), c.cookie(CSRFCookie)
		_, second, _ := refreshWith(t, e.srv.URL, first, csrf, "vigil-test")
		_, third, _ := refreshWith(t, e.srv.URL, second, csrf, "vigil-test")
		if third == "" || third == second {
			t.Fatal("no rotation")
		}
		st, got, _ := refreshWith(t, e.srv.URL, first, csrf, "vigil-test")
		if st != http.StatusOK || got != third {
			t.Fatalf("late tab: %d %q, want 200 and the newest token %q", st, got, third)
		}
		if st, _, _ := refreshWith(t, e.srv.URL, third, csrf, "vigil-test"); st != http.StatusOK {
			t.Fatalf("newest token after the late tab: %d", st)
		}
	})
}
