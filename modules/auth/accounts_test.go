package auth

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/platform/config"
)

func TestRegisterLoginMeLogout(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		c := e.client()
		r := c.do("POST", "/api/v1/auth/register", map[string]string{"email": "Ada@Example.com", "password": "correct horse battery", "name": "Ada"})
		expect(t, r, http.StatusAccepted)
		if len(r.header.Values("Set-Cookie")) != 0 {
			t.Fatalf("sign-up must not sign in (a taken email would get the same answer): %v", r.header.Values("Set-Cookie"))
		}
		r = c.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"})
		expect(t, r, http.StatusOK)
		me := r.m(t)
		if me["email"] != "ada@example.com" || me["instance_admin"] != true {
			t.Fatalf("first user: %v", me)
		}
		ws := me["workspace"].(map[string]any)
		if ws["role"] != "owner" || ws["personal"] != true {
			t.Fatalf("personal workspace: %v", ws)
		}
		for _, name := range []string{AccessCookie, RefreshCookie, CSRFCookie} {
			if c.cookie(name) == "" {
				t.Fatalf("cookie %s not set", name)
			}
		}
		cookies := strings.Join(r.header.Values("Set-Cookie"), "\n")
		if !strings.Contains(cookies, "vigil_access=") || !strings.Contains(cookies, "HttpOnly") || !strings.Contains(cookies, "SameSite=Lax") {
			t.Fatalf("cookie flags: %s", cookies)
		}
		if strings.Contains(cookies, "Secure") {
			t.Fatalf("Secure cookies on an http base URL break local use: %s", cookies)
		}
		expect(t, c.do("GET", "/api/v1/auth/me", nil), http.StatusOK)

		// Second user is no instance admin.
		c2 := e.client()
		expect(t, c2.do("POST", "/api/v1/auth/register", map[string]string{"email": "bob@example.com", "password": "another good one"}), http.StatusAccepted)
		r = c2.do("POST", "/api/v1/auth/login", map[string]string{"email": "bob@example.com", "password": "another good one"})
		expect(t, r, http.StatusOK)
		if r.m(t)["instance_admin"] != false {
			t.Fatal("second user became instance admin")
		}

		expect(t, c.do("POST", "/api/v1/auth/logout", nil), http.StatusNoContent)
		expect(t, c.do("GET", "/api/v1/auth/me", nil), http.StatusUnauthorized)
		r = c.do("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse battery"})
		expect(t, r, http.StatusOK)
		expect(t, c.do("GET", "/api/v1/auth/me", nil), http.StatusOK)

		acts := e.audit.actions()
		for _, want := range []string{"auth.signup", "auth.signin.success", "auth.logout"} {
			if !slices.Contains(acts, want) {
				t.Errorf("audit misses %s: %v", want, acts)
			}
		}
	})
}

func TestSecureCookiesOnHTTPS(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb, withConfig(func(c *config.Config) { c.BaseURL = "https://vigil.example.com" }))
	c := e.client()
	expect(t, c.do("POST", "/api/v1/auth/register", map[string]string{"email": "a@example.com", "password": "correct horse battery"}), http.StatusAccepted)
	r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": "a@example.com", "password": "correct horse battery"})
	expect(t, r, http.StatusOK)
	for _, ck := range r.header.Values("Set-Cookie") {
		if !strings.Contains(ck, "Secure") {
			t.Fatalf("cookie without Secure on https: %s", ck)
		}
	}
}

func TestValidationAndBadInput(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	cases := []struct {
		name   string
		body   any
		status int
		field  string
	}{
		{"bad email", map[string]string{"email": "nope", "password": "correct horse battery"}, 422, "email"},
		{"short password", map[string]string{"email": "a@example.com", "password": "short"}, 422, "password"},
		{"malformed json", `{"email":`, 400, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.client().do("POST", "/api/v1/auth/register", tc.body)
			expect(t, r, tc.status)
			if tc.field != "" && !strings.Contains(string(r.body), `"field":"`+tc.field+`"`) {
				t.Fatalf("field error for %s missing: %s", tc.field, r.body)
			}
		})
	}
}

func TestSignupDisabledAfterFirstUser(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb, withConfig(func(c *config.Config) { c.Auth.AllowSignup = false }))
	expect(t, e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "first@example.com", "password": "correct horse battery"}), 202)
	expect(t, e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "second@example.com", "password": "correct horse battery"}), 403)
}

func TestNoEnumeration(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		e.user("known@example.com")
		wrong := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "known@example.com", "password": "wrong password!"})
		unknown := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "ghost@example.com", "password": "wrong password!"})
		if wrong.status != 401 || unknown.status != 401 || sameProblem(t, wrong, unknown) != nil {
			t.Fatalf("sign-in differs: %d %s vs %d %s", wrong.status, wrong.body, unknown.status, unknown.body)
		}
		f1 := e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "known@example.com"})
		f2 := e.client().do("POST", "/api/v1/auth/password/forgot", map[string]string{"email": "ghost@example.com"})
		if f1.status != 202 || f2.status != 202 || sameProblem(t, f1, f2) != nil {
			t.Fatalf("forgot differs: %d %s vs %d %s", f1.status, f1.body, f2.status, f2.body)
		}
	})
}

// TestEveryFailedSignInPaysOneHash: unknown emails, accounts without a
// password and wrong passwords each run exactly one argon2 computation, so
// response times do not tell them apart.
func TestEveryFailedSignInPaysOneHash(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	if _, err := e.svc.CreateUser(t.Context(), "known@example.com", "correct horse battery", false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.createUser(t.Context(), "oauth-only@example.com", "", nil, false, true); err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{"known@example.com", "ghost@example.com", "oauth-only@example.com"} {
		t.Run(email, func(t *testing.T) {
			before := e.svc.hasher.Computations()
			if _, err := e.svc.Login(t.Context(), Meta{IP: nextIP()}, email, "wrong password!"); err == nil {
				t.Fatal("login succeeded")
			}
			if n := e.svc.hasher.Computations() - before; n != 1 {
				t.Fatalf("%d argon2 computations, want 1", n)
			}
		})
	}
	// Sign-up pays one hash whether or not the email is taken.
	for _, email := range []string{"known@example.com", "fresh@example.com"} {
		before := e.svc.hasher.Computations()
		_ = e.svc.Register(t.Context(), Meta{IP: nextIP()}, email, "correct horse battery", "")
		if n := e.svc.hasher.Computations() - before; n != 1 {
			t.Fatalf("register %s: %d argon2 computations, want 1", email, n)
		}
	}
}

// TestSignInTimingDoesNotEnumerate compares unknown-email and wrong-password
// sign-ins with production argon2 parameters (fastest of several runs, to
// shrug off a busy machine).
func TestSignInTimingDoesNotEnumerate(t *testing.T) {
	// Not parallel: it compares durations, which other tests' load would skew.
	if testing.Short() {
		t.Skip("slow: production argon2 parameters")
	}
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb, withConfig(func(c *config.Config) { c.Auth.Argon2 = config.Argon2{MaxConcurrent: 2} }))
	if _, err := e.svc.CreateUser(t.Context(), "known@example.com", "correct horse battery", false); err != nil {
		t.Fatal(err)
	}
	try := func(email string) time.Duration {
		e.clock.Advance(time.Minute) // stay under the rate limits
		start := time.Now()
		_, err := e.svc.Login(t.Context(), Meta{IP: nextIP()}, email, "wrong password!")
		if err == nil {
			t.Fatal("login succeeded")
		}
		return time.Since(start)
	}
	// A busy machine adds noise; a real leak (one path skipping the hash)
	// differs by the full hash time in every round.
	var known, unknown time.Duration
	for round := range 3 {
		known, unknown = time.Hour, time.Hour
		for range 4 { // stays below the lockout threshold
			known = min(known, try("known@example.com"))
			unknown = min(unknown, try("ghost@example.com"))
		}
		e.clock.Advance(time.Hour) // the next round starts unlocked
		for _, email := range []string{"known@example.com", "ghost@example.com"} {
			if err := e.svc.store.ClearSignInLock(t.Context(), emailKey(email)); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("round %d: wrong password %v, unknown email %v", round, known, unknown)
		if ratio := float64(known) / float64(unknown); ratio > 0.5 && ratio < 2 {
			return
		}
	}
	t.Fatalf("timings differ too much: wrong password %v vs unknown email %v", known, unknown)
}

// sameProblem compares two responses ignoring the per-request id.
func sameProblem(t *testing.T, a, b resp) error {
	ma, mb := a.m(t), b.m(t)
	delete(ma, "request_id")
	delete(mb, "request_id")
	if fmt.Sprint(ma) != fmt.Sprint(mb) {
		return fmt.Errorf("%v != %v", ma, mb)
	}
	return nil
}

// TestOnlyOneFirstAdmin races sign-ups on an empty instance: exactly one
// account becomes the instance administrator.
func TestOnlyOneFirstAdmin(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb)
		var wg sync.WaitGroup
		for i := range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := e.svc.Register(t.Context(), Meta{IP: nextIP()}, fmt.Sprintf("u%d@example.com", i), "correct horse battery", ""); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		var admins int64
		if err := tdb.db.Gorm().Table("auth_users").Where("instance_admin = ?", true).Count(&admins).Error; err != nil {
			t.Fatal(err)
		}
		if admins != 1 {
			t.Fatalf("%d instance admins, want 1", admins)
		}
	})
}

func TestJSONOnly(t *testing.T) {
	t.Parallel()
	tdb := openTestDB(t, "sqlite")
	e := newEnv(t, tdb)
	c := e.client()
	req, _ := http.NewRequest("POST", c.base+"/api/v1/auth/login", strings.NewReader("email=a%40example.com&password=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnsupportedMediaType {
		t.Fatalf("form post: %d", res.StatusCode)
	}
}
