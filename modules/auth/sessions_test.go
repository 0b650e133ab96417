package auth

import (
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"vigil/modules/auth/internal/token"
)

// withAccess returns a fresh client that presents raw as its access cookie.
func (e *env) withAccess(raw string) *client {
	c := e.client()
	req, _ := http.NewRequest("GET", c.base, nil)
	c.hc.Jar.SetCookies(req.URL, []*http.Cookie{{Name: AccessCookie, Value: raw, Path: "/"}})
	return c
}

func TestAccessTokenAttacks(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, userID := e.user("ada@example.com")
		good := c.cookie(AccessCookie)
		claims, err := e.svc.access.Verify(good)
		if err != nil {
			t.Fatal(err)
		}
		sign := func(method jwt.SigningMethod, key any, mutate func(*Claims)) string {
			cl := *claims
			cl.Audience = jwt.ClaimStrings{token.Audience}
			if mutate != nil {
				mutate(&cl)
			}
			s, err := jwt.NewWithClaims(method, cl).SignedString(key)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		// The real signing key, derived as the token package does: tests of
		// claims checks must not fail on the signature first.
		key, err := hkdf.Key(sha256.New, []byte(e.cfg.SecretKey), nil, "vigil auth access-token v1", 32)
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.Split(good, ".")
		noneHeader := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
		cases := []struct {
			name   string
			raw    string
			status int
		}{
			{"valid", good, 200},
			{"forged signature", sign(jwt.SigningMethodHS256, []byte("not the key"), nil), 401},
			{"alg none", noneHeader + "." + parts[1] + ".", 401},
			{"alg none library", sign(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, nil), 401},
			{"HS512 with the right key", sign(jwt.SigningMethodHS512, key, nil), 401},
			{"expired", sign(jwt.SigningMethodHS256, key, func(c *Claims) {
				c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(-time.Minute))
			}), 401},
			{"wrong audience", sign(jwt.SigningMethodHS256, key, func(c *Claims) { c.Audience = jwt.ClaimStrings{"other-api"} }), 401},
			{"wrong issuer", sign(jwt.SigningMethodHS256, key, func(c *Claims) { c.Issuer = "https://evil.example" }), 401},
			{"other user in session", sign(jwt.SigningMethodHS256, key, func(c *Claims) { c.Subject = "01900000-0000-7000-8000-000000000000" }), 401},
			{"garbage", "abc.def.ghi", 401},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				expect(t, e.withAccess(tc.raw).do("GET", "/api/v1/auth/me", nil), tc.status)
				// As a bearer token too.
				b := e.client()
				b.bearer = tc.raw
				expect(t, b.do("GET", "/api/v1/auth/me", nil), tc.status)
			})
		}
		_ = userID
	})
}

type Claims = token.Claims

func TestRefreshRotationAndReuse(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, _ := e.user("ada@example.com")
		first := c.cookie(RefreshCookie)
		r := c.do("POST", "/api/v1/auth/refresh", nil)
		expect(t, r, 200)
		second := c.cookie(RefreshCookie)
		if second == "" || second == first {
			t.Fatal("refresh token not rotated")
		}
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 200)

		// An attacker replays the first (spent) token after the grace
		// window: refused, and the whole family is revoked, so the
		// legitimate client is out too.
		e.clock.Advance(refreshGrace + time.Second)
		thief := e.client()
		req, _ := http.NewRequest("GET", thief.base+"/api/v1/auth/", nil)
		thief.hc.Jar.SetCookies(req.URL, []*http.Cookie{{Name: RefreshCookie, Value: first, Path: "/api/v1/auth"}, {Name: CSRFCookie, Value: c.cookie(CSRFCookie), Path: "/"}})
		expect(t, thief.do("POST", "/api/v1/auth/refresh", nil), 401)
		expect(t, c.do("POST", "/api/v1/auth/refresh", nil), 401)
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 401)
		if !slices.Contains(e.audit.actions(), "auth.refresh.reuse") {
			t.Fatal("reuse not audited")
		}
	})
}

func TestRevokedAndExpiredRefresh(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, _ := e.user("ada@example.com")
		other := e.client()
		expect(t, other.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)

		// Revoke c's session from the other browser.
		var list struct {
			Items []sessionJSON `json:"items"`
		}
		r := other.do("GET", "/api/v1/auth/sessions", nil)
		expect(t, r, 200)
		r.json(t, &list)
		if len(list.Items) != 2 {
			t.Fatalf("sessions: %+v", list.Items)
		}
		var target string
		for _, s := range list.Items {
			if !s.Current {
				target = s.ID
			}
		}
		expect(t, other.do("DELETE", "/api/v1/auth/sessions/"+target, nil), 204)
		expect(t, c.do("POST", "/api/v1/auth/refresh", nil), 401)
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 401)

		// Expired: past the refresh TTL.
		e.clock.Advance(e.svc.refreshTTL + time.Minute)
		expect(t, other.do("POST", "/api/v1/auth/refresh", nil), 401)
	})
}

func TestSignOutEverywhereAndPasswordChange(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		a, _ := e.user("ada@example.com")
		b := e.client()
		expect(t, b.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)

		expect(t, a.do("POST", "/api/v1/auth/password", map[string]string{"current_password": "wrong one!!", "new_password": "a new long password"}), 422)
		expect(t, a.do("POST", "/api/v1/auth/password", map[string]string{"current_password": "correct horse battery", "new_password": "a new long password"}), 204)
		// The other session ended, this one lives on.
		expect(t, b.do("GET", "/api/v1/auth/me", nil), 401)
		expect(t, a.do("GET", "/api/v1/auth/me", nil), 200)
		expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 401)
		e.clock.Advance(time.Minute) // below the per-account sign-in limit again
		expect(t, b.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "a new long password"}), 200)

		expect(t, a.do("POST", "/api/v1/auth/sessions/revoke-all", nil), 204)
		expect(t, a.do("GET", "/api/v1/auth/me", nil), 401)
		expect(t, b.do("GET", "/api/v1/auth/me", nil), 401)
	})
}

func TestCSRF(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c, _ := e.user("ada@example.com")
		c.noCSRF = true
		body := map[string]string{"name": "team"}
		r := c.do("POST", "/api/v1/workspaces", body)
		expect(t, r, 403)
		if !strings.Contains(string(r.body), "CSRF") {
			t.Fatalf("unhelpful message: %s", r.body)
		}
		expect(t, c.do("POST", "/api/v1/auth/refresh", nil), 403)
		expect(t, c.do("POST", "/api/v1/auth/logout", nil), 403)
		// A wrong token is as bad as none.
		req, _ := http.NewRequest("POST", c.base+"/api/v1/workspaces", strings.NewReader(`{"name":"x"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(CSRFHeader, "guess")
		res, err := c.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 403 {
			t.Fatalf("wrong CSRF token: %d", res.StatusCode)
		}
		// GET needs none; with the header the write works.
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 200)
		c.noCSRF = false
		expect(t, c.do("POST", "/api/v1/workspaces", body), 201)
	})
}

// TestMultiReplica signs in on one replica and continues on another that
// shares only the database, as behind a round-robin load balancer.
func TestMultiReplica(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		second := e.serve(e.newReplica())
		c := e.client()
		expect(t, c.do("POST", "/api/v1/auth/register", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 202)
		expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)
		c.base = second.URL // same cookies (same host 127.0.0.1), other replica
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 200)
		expect(t, c.do("POST", "/api/v1/auth/refresh", nil), 200)
		c.base = e.srv.URL
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 200)
		expect(t, c.do("POST", "/api/v1/auth/refresh", nil), 200)
		c.base = second.URL
		expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204)
		c.base = e.srv.URL
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 401)
	})
}

func TestRateLimitsAndLockout(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		e.user("ada@example.com")
		e.clock.Advance(time.Minute) // forget the sign-in of the fixture
		bad := map[string]string{"email": "ada@example.com", "password": "wrong password!"}

		// Per account: 5 per minute whatever the IP.
		for i := range 4 {
			expect(t, e.client().do("POST", "/api/v1/auth/login", bad), 401)
			_ = i
		}
		r := e.client().do("POST", "/api/v1/auth/login", bad)
		// The fifth consecutive failure locks the account.
		expect(t, r, 423)
		if !strings.Contains(string(r.body), "locked") || r.header.Get("Retry-After") == "" {
			t.Fatalf("lockout response: %v %s", r.header, r.body)
		}
		r = e.client().do("POST", "/api/v1/auth/login", bad)
		expect(t, r, 429)
		if r.header.Get("Retry-After") == "" {
			t.Fatal("429 without Retry-After")
		}
		// Even the right password is refused while locked.
		e.clock.Advance(30 * time.Second)
		expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 423)
		e.clock.Advance(31 * time.Second)
		expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)

		// The lock grows: after the next 5 failures it lasts 2 minutes.
		// (A success resets the level, so fail from a clean state twice.)
		for range 5 {
			e.clock.Advance(13 * time.Second)
			e.client().do("POST", "/api/v1/auth/login", bad)
		}
		for range 5 {
			e.clock.Advance(70 * time.Second)
			e.client().do("POST", "/api/v1/auth/login", bad)
		}
		r = e.client().do("POST", "/api/v1/auth/login", bad)
		expect(t, r, 423)
		if !strings.Contains(string(r.body), "2 minute") {
			t.Fatalf("second lockout should last 2 minutes: %s", r.body)
		}
		// Unknown emails lock exactly like accounts: 423 reveals nothing.
		ghost := map[string]string{"email": "ghost@example.com", "password": "wrong password!"}
		for range 4 {
			e.clock.Advance(13 * time.Second)
			expect(t, e.client().do("POST", "/api/v1/auth/login", ghost), 401)
		}
		e.clock.Advance(13 * time.Second)
		expect(t, e.client().do("POST", "/api/v1/auth/login", ghost), 423)

		acts := e.audit.actions()
		if !slices.Contains(acts, "auth.lockout") || !slices.Contains(acts, "auth.signin.failure") {
			t.Fatalf("audit: %v", acts)
		}

		// Per IP: 20 per minute across accounts.
		e.clock.Advance(time.Hour)
		c := e.client()
		for i := range 20 {
			expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": "ghost" + string(rune('a'+i)) + "@example.com", "password": "whatever123"}), 401)
		}
		expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": "another@example.com", "password": "whatever123"}), 429)

		// Sign-up: 3 per minute per IP.
		c = e.client()
		for i := range 3 {
			expect(t, c.do("POST", "/api/v1/auth/register", map[string]string{"email": "new" + string(rune('a'+i)) + "@example.com", "password": "correct horse battery"}), 202)
		}
		expect(t, c.do("POST", "/api/v1/auth/register", map[string]string{"email": "newz@example.com", "password": "correct horse battery"}), 429)
	})
}

func TestSecretsNeverLogged(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	c, _ := e.user("ada@example.com")
	c.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "wrong password!"})
	r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": "ci", "scopes": []string{"read"}})
	expect(t, r, 201)
	key := r.m(t)["key"].(string)
	secrets := []string{"correct horse battery", "wrong password!", key, c.cookie(AccessCookie), c.cookie(RefreshCookie)}
	logs := e.logs.String()
	for _, r := range e.audit.rows() {
		logs += fmt.Sprintf("%+v\n", r)
	}
	if !strings.Contains(logs, "auth.signin.failure") {
		t.Fatal("audit log not captured")
	}
	for _, s := range secrets {
		if s != "" && strings.Contains(logs, s) {
			t.Fatalf("secret %q appears in logs or audit", s[:4])
		}
	}
}

// TestRevocationReachesOtherReplicas: a session revoked on one replica is
// refused by another within the identity cache TTL (at once on the
// replica that revoked it).
func TestRevocationReachesOtherReplicas(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		second := e.serve(e.newReplica())
		c, _ := e.user("ada@example.com")
		other := e.client()
		expect(t, other.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)
		r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": "k", "scopes": []string{"read"}})
		expect(t, r, 201)
		key, keyID := r.m(t)["key"].(string), r.m(t)["id"].(string)
		cli := e.clientOf(second)
		cli.bearer = key

		// Both credentials are in use on the second replica.
		onSecond := *c
		onSecond.base = second.URL
		expect(t, onSecond.do("GET", "/api/v1/auth/me", nil), 200)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 200)

		// Revoke both on the first replica.
		expect(t, other.do("POST", "/api/v1/auth/sessions/revoke-all", nil), 204)
		e.clock.Advance(time.Minute) // let the other session sign in again
		expect(t, other.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"}), 200)
		expect(t, other.do("DELETE", "/api/v1/api-keys/"+keyID, nil), 204)
		expect(t, c.do("GET", "/api/v1/auth/me", nil), 401) // same replica: at once

		e.clock.Advance(defaultIdentityCacheTTL)
		expect(t, onSecond.do("GET", "/api/v1/auth/me", nil), 401)
		expect(t, cli.do("GET", "/api/v1/auth/me", nil), 401)
	})
}
