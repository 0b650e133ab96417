package auth

import (
	"context"
	"net/http"
	"testing"
)

// TestPasswordChangeEndsResetLinksAndSessions: changing the password, or
// using one reset link, kills every outstanding reset link and every
// session of the account; the session that changed the password goes on
// with new credentials (its old cookies are dead too).
func TestPasswordChangeEndsResetLinksAndSessions(t *testing.T) {
	t.Parallel()
	const pw = "correct horse battery"
	tests := []struct {
		name string
		// change changes the password through browser a (or a link) and
		// returns whether a stays signed in.
		change func(t *testing.T, e *env, a *client, links []string) (keepsA bool, usedLink int)
	}{
		{"password changed in a session", func(t *testing.T, e *env, a *client, _ []string) (bool, int) {
			expect(t, a.do("POST", "/api/v1/auth/password", map[string]string{"current_password": pw, "new_password": "a new long password"}), 204)
			return true, -1
		}},
		{"one reset link used", func(t *testing.T, e *env, _ *client, links []string) (bool, int) {
			expect(t, e.client().do("POST", "/api/v1/auth/password/reset", map[string]string{"token": links[1], "password": "a new long password"}), 204)
			return false, 1
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachDB(t, func(t *testing.T, tdb testDB) {
				e := newEnv(t, tdb)
				a, id := e.user("ada@example.com")
				b := e.client()
				expect(t, b.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": pw}), 200)
				var links []string
				for range 3 {
					link, err := e.svc.newResetLink(context.Background(), id)
					if err != nil {
						t.Fatal(err)
					}
					links = append(links, resetLinkRe.FindStringSubmatch(link)[1])
				}
				// a's credentials as they were before the change.
				oldA := e.client()
				oldA.bearer = a.cookie(AccessCookie)
				oldRefresh, oldCSRF := a.cookie(RefreshCookie), a.cookie(CSRFCookie)

				keepsA, used := tt.change(t, e, a, links)

				if r := b.do("GET", "/api/v1/auth/me", nil); r.status != http.StatusUnauthorized {
					t.Errorf("other session after the change: %d; want 401", r.status)
				}
				if r := oldA.do("GET", "/api/v1/auth/me", nil); r.status != http.StatusUnauthorized {
					t.Errorf("the changing session's old access token: %d; want 401 (rotated)", r.status)
				}
				stale := e.client()
				stale.hc.Jar.SetCookies(mustURL(t, stale.base+"/api/v1/auth/"), []*http.Cookie{{Name: RefreshCookie, Value: oldRefresh}, {Name: CSRFCookie, Value: oldCSRF}})
				if r := stale.do("POST", "/api/v1/auth/refresh", nil); r.status != http.StatusUnauthorized {
					t.Errorf("the changing session's old refresh token: %d; want 401 (rotated)", r.status)
				}
				want := http.StatusUnauthorized
				if keepsA {
					want = http.StatusOK
				}
				if r := a.do("GET", "/api/v1/auth/me", nil); r.status != want {
					t.Errorf("the changing browser: %d; want %d", r.status, want)
				}
				if keepsA {
					expect(t, a.do("POST", "/api/v1/auth/refresh", nil), 200)
					expect(t, a.do("GET", "/api/v1/auth/me", nil), 200)
				}
				// Checked last: a link that still works changes the password.
				for i, tok := range links {
					if i == used {
						continue
					}
					r := e.client().do("POST", "/api/v1/auth/password/reset", map[string]string{"token": tok, "password": "taken over password"})
					if r.status != http.StatusUnprocessableEntity {
						t.Errorf("reset link %d after the change: %d %s; want 422", i, r.status, r.body)
					}
				}
			})
		})
	}
}
