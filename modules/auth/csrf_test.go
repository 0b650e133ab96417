package auth

import (
	"net/http"
	"testing"
)

// TestCSRFTokenBoundToSession: the CSRF token is derived from the session,
// so a cookie/header pair planted by a sibling subdomain (which can set
// cookies for the parent domain) or copied from another session is
// refused on every unsafe cookie-authenticated route, while the session's
// own token keeps working across refreshes.
func TestCSRFTokenBoundToSession(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		victim, _ := e.user("ada@example.com")
		attacker, _ := e.user("mallory@example.com")
		own := victim.cookie(CSRFCookie)
		if own == "" {
			t.Fatal("no CSRF cookie after sign-in")
		}
		plant := func(value string) {
			for _, path := range []string{"/", "/api/v1/auth/"} {
				victim.hc.Jar.SetCookies(mustURL(t, victim.base+path), []*http.Cookie{{Name: CSRFCookie, Value: value, Path: "/"}})
			}
		}
		tests := []struct {
			name  string
			token string
		}{
			{"planted pair", "planted-by-a-sibling-subdomain"},
			{"another session's token", attacker.cookie(CSRFCookie)},
			{"empty", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				plant(tt.token)
				defer plant(own)
				for _, rt := range []struct{ method, path string }{
					{"POST", "/api/v1/workspaces"},
					{"PATCH", "/api/v1/auth/me"},
					{"POST", "/api/v1/auth/refresh"},
					{"POST", "/api/v1/auth/logout"},
				} {
					r := victim.do(rt.method, rt.path, map[string]string{"name": "x"})
					if r.status != http.StatusForbidden {
						t.Errorf("%s %s with a %s: %d %s; want 403", rt.method, rt.path, tt.name, r.status, r.body)
					}
				}
			})
		}
		// The session's own token works, and survives a refresh unchanged.
		expect(t, victim.do("POST", "/api/v1/auth/refresh", nil), 200)
		if got := victim.cookie(CSRFCookie); got != own {
			t.Errorf("CSRF token changed on refresh: %q, was %q", got, own)
		}
		expect(t, victim.do("PATCH", "/api/v1/auth/me", map[string]string{"name": "Ada"}), 200)
	})
}
