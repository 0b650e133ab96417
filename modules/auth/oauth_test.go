package auth

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/oauth2-proxy/mockoidc"

	"vigil/platform/config"
)

// fakeGitHub speaks GitHub's OAuth web flow (authorize, access_token with
// PKCE) and the /user and /user/emails REST endpoints.
type fakeGitHub struct {
	srv    *httptest.Server
	mu     sync.Mutex
	codes  map[string]string // code -> S256 challenge
	tokens map[string]bool
	userID int64
	login  string
	emails []map[string]any
}

func newFakeGitHub(t *testing.T) *fakeGitHub {
	g := &fakeGitHub{codes: map[string]string{}, tokens: map[string]bool{}, userID: 4242, login: "octo",
		emails: []map[string]any{{"email": "octo@example.com", "primary": true, "verified": true}}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /login/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("client_id") != "gh-client" || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" {
			http.Error(w, "bad authorize request", 400)
			return
		}
		code := "code-" + q.Get("state")[:8]
		g.mu.Lock()
		g.codes[code] = q.Get("code_challenge")
		g.mu.Unlock()
		u, _ := url.Parse(q.Get("redirect_uri"))
		v := url.Values{"code": {code}, "state": {q.Get("state")}}
		u.RawQuery = v.Encode()
		http.Redirect(w, r, u.String(), http.StatusFound)
	})
	mux.HandleFunc("POST /login/oauth/access_token", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		g.mu.Lock()
		challenge, ok := g.codes[r.Form.Get("code")]
		delete(g.codes, r.Form.Get("code"))
		g.mu.Unlock()
		sum := sha256.Sum256([]byte(r.Form.Get("code_verifier")))
		if !ok || r.Form.Get("client_secret") != "gh-secret" || base64.RawURLEncoding.EncodeToString(sum[:]) != challenge {
			// GitHub answers 200 with an error body.
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "bad_verification_code", "error_description": "The code passed is incorrect or expired."})
			return
		}
		tok := "gho_" + r.Form.Get("code")
		g.mu.Lock()
		g.tokens[tok] = true
		g.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]string{"access_token": tok, "token_type": "bearer", "scope": "read:user,user:email"})
	})
	auth := func(r *http.Request) bool {
		g.mu.Lock()
		defer g.mu.Unlock()
		return g.tokens[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
	}
	mux.HandleFunc("GET /user", func(w http.ResponseWriter, r *http.Request) {
		if !auth(r) {
			http.Error(w, `{"message":"Bad credentials"}`, 401)
			return
		}
		g.mu.Lock()
		defer g.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"id": g.userID, "login": g.login, "name": "Octo Cat"})
	})
	mux.HandleFunc("GET /user/emails", func(w http.ResponseWriter, r *http.Request) {
		if !auth(r) {
			http.Error(w, `{"message":"Bad credentials"}`, 401)
			return
		}
		g.mu.Lock()
		defer g.mu.Unlock()
		_ = json.NewEncoder(w).Encode(g.emails)
	})
	g.srv = httptest.NewServer(mux)
	t.Cleanup(g.srv.Close)
	return g
}

func withGitHub(g *fakeGitHub) envOption {
	return withConfig(func(c *config.Config) {
		c.Auth.GitHub = config.OAuthClient{ClientID: "gh-client", ClientSecret: "gh-secret",
			AuthURL: g.srv.URL + "/login/oauth/authorize", TokenURL: g.srv.URL + "/login/oauth/access_token", APIURL: g.srv.URL}
	})
}

// browse follows the OAuth dance like a browser: Vigil's start → provider
// authorize → back to Vigil's callback (re-targeted from the configured
// base URL to the test server). It returns the final redirect target.
func (c *client) oauth(t *testing.T, provider, next string, tamper func(*url.URL)) string {
	t.Helper()
	r := c.do("GET", "/api/v1/auth/oauth/"+provider+"/start?next="+url.QueryEscape(next), nil)
	if r.status != http.StatusFound {
		t.Fatalf("start: %d %s", r.status, r.body)
	}
	loc := r.header.Get("Location")
	if strings.Contains(loc, "/auth/error") {
		return loc
	}
	res, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Get(loc)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	cb, err := url.Parse(res.Header.Get("Location"))
	if err != nil || res.StatusCode != http.StatusFound {
		t.Fatalf("provider authorize: %d %v", res.StatusCode, err)
	}
	if tamper != nil {
		tamper(cb)
	}
	r = c.do("GET", cb.Path+"?"+cb.RawQuery, nil)
	if r.status != http.StatusFound {
		t.Fatalf("callback: %d %s", r.status, r.body)
	}
	return r.header.Get("Location")
}

func errorCode(t *testing.T, loc string) string {
	t.Helper()
	u, err := url.Parse(loc)
	if err != nil || u.Path != "/auth/error" {
		return ""
	}
	return u.Query().Get("code")
}

func TestGitHubOAuth(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		gh := newFakeGitHub(t)
		e := newEnv(t, tdb, withGitHub(gh))

		r := e.client().do("GET", "/api/v1/auth/providers", nil)
		expect(t, r, 200)
		if !strings.Contains(string(r.body), `"id":"github"`) || strings.Contains(string(r.body), `"google"`) {
			t.Fatalf("providers: %s", r.body)
		}

		c := e.client()
		loc := c.oauth(t, "github", "/dashboard?tab=1", nil)
		if loc != "http://vigil.test/dashboard?tab=1" {
			t.Fatalf("landed on %s", loc)
		}
		r = c.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if r.m(t)["email"] != "octo@example.com" {
			t.Fatalf("me: %s", r.body)
		}
		// The second sign-in finds the same account.
		c2 := e.client()
		c2.oauth(t, "github", "/", nil)
		r2 := c2.do("GET", "/api/v1/auth/me", nil)
		if r2.m(t)["id"] != r.m(t)["id"] {
			t.Fatal("second GitHub sign-in created another account")
		}

		t.Run("refusals", func(t *testing.T) {
			cases := []struct {
				name   string
				next   string
				tamper func(*url.URL)
				setup  func()
				code   string
			}{
				{name: "bad state", tamper: func(u *url.URL) { q := u.Query(); q.Set("state", "forged"); u.RawQuery = q.Encode() }, code: "invalid_state"},
				{name: "missing state", tamper: func(u *url.URL) { q := u.Query(); q.Del("state"); u.RawQuery = q.Encode() }, code: "invalid_state"},
				{name: "provider error", tamper: func(u *url.URL) {
					u.RawQuery = url.Values{"error": {"server_error"}, "state": {u.Query().Get("state")}}.Encode()
				}, code: "provider_error"},
				{name: "denied", tamper: func(u *url.URL) {
					u.RawQuery = url.Values{"error": {"access_denied"}, "state": {u.Query().Get("state")}}.Encode()
				}, code: "access_denied"},
				{name: "wrong code", tamper: func(u *url.URL) { q := u.Query(); q.Set("code", "stolen"); u.RawQuery = q.Encode() }, code: "provider_error"},
				{name: "open redirect //", next: "//evil.example/x", code: "invalid_redirect"},
				{name: "open redirect absolute", next: "https://evil.example/", code: "invalid_redirect"},
				{name: "open redirect backslash", next: "/\\evil.example", code: "invalid_redirect"},
				{name: "open redirect scheme", next: "javascript:alert(1)", code: "invalid_redirect"},
				{name: "unverified email", setup: func() {
					gh.mu.Lock()
					gh.emails = []map[string]any{{"email": "octo@example.com", "primary": true, "verified": false}}
					gh.mu.Unlock()
				}, code: "email_unverified"},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					if tc.setup != nil {
						tc.setup()
					}
					next := tc.next
					if next == "" {
						next = "/"
					}
					c := e.client()
					loc := c.oauth(t, "github", next, tc.tamper)
					if got := errorCode(t, loc); got != tc.code {
						t.Fatalf("redirected to %s, want error %s", loc, tc.code)
					}
					if !strings.HasPrefix(loc, "http://vigil.test/") {
						t.Fatalf("redirect left the site: %s", loc)
					}
					expect(t, c.do("GET", "/api/v1/auth/me", nil), 401)
				})
			}
		})

		t.Run("expired flow", func(t *testing.T) {
			c := e.client()
			loc := c.oauth(t, "github", "/", func(*url.URL) { e.clock.Advance(11 * time.Minute) })
			if errorCode(t, loc) != "invalid_state" {
				t.Fatalf("expired flow accepted: %s", loc)
			}
		})

		t.Run("no flow cookie", func(t *testing.T) {
			r := e.client().do("GET", "/api/v1/auth/oauth/github/callback?code=x&state=y", nil)
			if errorCode(t, r.header.Get("Location")) != "invalid_state" {
				t.Fatalf("callback without cookie: %d %v", r.status, r.header)
			}
		})

		// Code injection: a code issued for another flow (other PKCE
		// challenge) fails at the token endpoint because our verifier
		// does not match.
		t.Run("wrong verifier", func(t *testing.T) {
			gh.mu.Lock()
			gh.emails = []map[string]any{{"email": "octo@example.com", "primary": true, "verified": true}}
			gh.mu.Unlock()
			victim, attacker := e.client(), e.client()
			ra := attacker.do("GET", "/api/v1/auth/oauth/github/start", nil)
			res, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Get(ra.header.Get("Location"))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			attackerCode := mustURL(t, res.Header.Get("Location")).Query().Get("code")
			loc := victim.oauth(t, "github", "/", func(u *url.URL) {
				q := u.Query()
				q.Set("code", attackerCode)
				u.RawQuery = q.Encode()
			})
			if errorCode(t, loc) != "provider_error" {
				t.Fatalf("wrong verifier accepted: %s", loc)
			}
		})
	})
}

func mustURL(t *testing.T, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestOAuthLinkingNeverSilent(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		gh := newFakeGitHub(t)
		e := newEnv(t, tdb, withGitHub(gh))
		// A password account with the GitHub account's email.
		pw, id := e.user("octo@example.com")
		// Signing in with GitHub while signed out does not take it over.
		c := e.client()
		if code := errorCode(t, c.oauth(t, "github", "/", nil)); code != "account_exists" {
			t.Fatalf("silent link: %s", code)
		}
		// Signed in, the owner links GitHub.
		if loc := pw.oauth(t, "github", "/settings/account", nil); loc != "http://vigil.test/settings/account" {
			t.Fatalf("link: %s", loc)
		}
		// Now GitHub signs in to that account.
		c = e.client()
		c.oauth(t, "github", "/", nil)
		r := c.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if r.m(t)["id"] != id {
			t.Fatal("GitHub sign-in did not reach the linked account")
		}
		// Another signed-in account cannot claim the same GitHub identity.
		other, _ := e.user("other@example.com")
		if code := errorCode(t, other.oauth(t, "github", "/", nil)); code != "identity_in_use" {
			t.Fatalf("identity stolen: %s", code)
		}
	})
}

func TestGoogleOIDC(t *testing.T) {
	t.Parallel()
	m, err := mockoidc.Run()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Shutdown() })
	mc := m.Config()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		e := newEnv(t, tdb, withConfig(func(c *config.Config) {
			c.Auth.Google = config.OAuthClient{ClientID: mc.ClientID, ClientSecret: mc.ClientSecret, IssuerURL: m.Issuer()}
		}))
		r := e.client().do("GET", "/api/v1/auth/providers", nil)
		if !strings.Contains(string(r.body), `"id":"google"`) {
			t.Fatalf("providers: %s", r.body)
		}
		c := e.client()
		m.QueueUser(&mockoidc.MockUser{Subject: "g-1", Email: "jane@example.com", EmailVerified: true})
		if loc := c.oauth(t, "google", "/dashboard", nil); loc != "http://vigil.test/dashboard" {
			t.Fatalf("landed on %s", loc)
		}
		r = c.do("GET", "/api/v1/auth/me", nil)
		expect(t, r, 200)
		if r.m(t)["email"] != "jane@example.com" {
			t.Fatalf("me: %s", r.body)
		}

		m.QueueUser(&mockoidc.MockUser{Subject: "g-2", Email: "unverified@example.com", EmailVerified: false})
		if code := errorCode(t, e.client().oauth(t, "google", "/", nil)); code != "email_unverified" {
			t.Fatalf("unverified email accepted: %s", code)
		}
		m.QueueUser(&mockoidc.MockUser{Subject: "g-3", Email: "x@example.com", EmailVerified: true})
		code := errorCode(t, e.client().oauth(t, "google", "/", func(u *url.URL) {
			q := u.Query()
			q.Set("state", "forged")
			u.RawQuery = q.Encode()
		}))
		if code != "invalid_state" {
			t.Fatalf("forged state: %s", code)
		}
		// A provider we did not enable.
		r = e.client().do("GET", "/api/v1/auth/oauth/github/start", nil)
		if errorCode(t, r.header.Get("Location")) != "provider_disabled" {
			t.Fatalf("disabled provider: %v", r.header)
		}
	})
}

func TestSafeNext(t *testing.T) {
	t.Parallel()
	for in, ok := range map[string]bool{
		"": true, "/": true, "/dashboard?x=1#y": true, "/a/b": true,
		"//evil.com": false, "/\\evil.com": false, "https://evil.com": false, "evil.com": false,
		"javascript:alert(1)": false, "/a\nb": false, "/%2F%2Fevil": true,
	} {
		if _, got := safeNext(in); got != ok {
			t.Errorf("safeNext(%q) = %v, want %v", in, got, ok)
		}
	}
}

// TestOAuthFlowCookieSurvivesKeyRotation: the flow cookie is sealed with
// platform/secrets, so a replica rotated to a new secret key (the old one
// kept in secret_key_previous) still finishes a flow started before the
// rotation, while a replica that dropped the old key refuses it.
func TestOAuthFlowCookieSurvivesKeyRotation(t *testing.T) {
	t.Parallel()
	forEachDB(t, func(t *testing.T, tdb testDB) {
		gh := newFakeGitHub(t)
		e := newEnv(t, tdb, withGitHub(gh))
		oldKey := e.cfg.SecretKey
		rotated := func(previous ...string) *httptest.Server {
			cfg := e.cfg
			cfg.SecretKey = "rotated-secret-key-0123456789abcdefgh"
			cfg.SecretKeyPrevious = previous
			svc, err := New(Deps{Config: cfg, DB: e.db.db, Limiter: e.limiter, Audit: e.audit.Log,
				Logger: e.svc.log, Now: e.clock.Now})
			if err != nil {
				t.Fatal(err)
			}
			return e.serve(svc)
		}
		cases := []struct {
			name   string
			srv    *httptest.Server
			refuse bool
		}{
			{name: "previous key kept", srv: rotated(oldKey)},
			{name: "previous key dropped", srv: rotated(), refuse: true},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				c := e.client()
				// Start on a replica with the old key, finish on the rotated one.
				loc := c.oauth(t, "github", "/after", func(*url.URL) { c.base = tc.srv.URL })
				if tc.refuse {
					if code := errorCode(t, loc); code != "invalid_state" {
						t.Fatalf("landed on %s, want invalid_state", loc)
					}
					return
				}
				if loc != "http://vigil.test/after" {
					t.Fatalf("landed on %s", loc)
				}
				r := c.do("GET", "/api/v1/auth/me", nil)
				expect(t, r, 200)
				if r.m(t)["email"] != "octo@example.com" {
					t.Fatalf("me: %s", r.body)
				}
			})
		}
	})
}
