package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"vigil/platform/config"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/logging/logtest"
)

// wiredApp is the whole application as serve builds it.
type wiredApp struct {
	srv *httpserver.Server
	// base is the URL of a test listener serving srv.
	base string
	// cfg is the database configuration (open another handle with
	// dbtest.OpenConfig to look at what the requests stored).
	cfg config.Config
	// logs is what the application logged (level error and above).
	logs *logtest.Buffer
}

// errWiredDone stops serve once a wired test has run.
var errWiredDone = errors.New("wired test done")

// eachWiredApp builds the whole application as `serve` does, once on a
// fresh SQLite database and once on a fresh PostgreSQL database, and runs
// fn against its routes (through a test listener) before serve would start
// listening.
func eachWiredApp(t *testing.T, fn func(t *testing.T, app wiredApp)) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			cfg := dbtest.Config(t, dialect)
			t.Setenv("VIGIL_DATA_DIR", cfg.DataDir)
			t.Setenv("VIGIL_DATABASE_URL", cfg.Database.URL)
			t.Setenv("VIGIL_SECRET_KEY", cfg.SecretKey)
			t.Setenv("VIGIL_LOG_LEVEL", "error")
			t.Setenv("VIGIL_AUTH_ARGON2_MEMORY_KIB", "7168")
			t.Setenv("VIGIL_AUTH_ARGON2_ITERATIONS", "1")
			t.Setenv("VIGIL_JOBS_WORKERS", "1")
			// These walks send hundreds of requests per user to check
			// authorization and input; budgets have tests of their own.
			// A test about budgets sets its own.
			for _, budget := range []string{"API_KEY", "USER", "ANALYSES"} {
				if _, set := os.LookupEnv("VIGIL_RATE_LIMIT_" + budget + "_RATE"); !set {
					t.Setenv("VIGIL_RATE_LIMIT_"+budget+"_RATE", "0")
				}
			}
			logs := &logtest.Buffer{}
			h := hooks{beforeSPA: func(srv *httpserver.Server) error {
				ts := httptest.NewServer(srv.Echo())
				defer ts.Close()
				fn(t, wiredApp{srv: srv, base: ts.URL, cfg: cfg, logs: logs})
				return errWiredDone
			}}
			err := runWith(context.Background(), []string{"serve", "--role", "web", "--addr", freeAddr(t)}, io.Discard, logs, h)
			if !errors.Is(err, errWiredDone) {
				t.Fatalf("serve did not reach the test: %v\n%s", err, logs.String())
			}
		})
	}
}

// apiClient is a browser (cookies and the CSRF header) or a CLI (an API
// key) talking to a wired application.
type apiClient struct {
	t      *testing.T
	base   string
	hc     *http.Client
	bearer string
	header map[string]string
}

func newAPIClient(t *testing.T, base string) *apiClient {
	jar, _ := cookiejar.New(nil)
	return &apiClient{t: t, base: base, header: map[string]string{},
		hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// apiResponse is a status and a decoded (or raw) body.
type apiResponse struct {
	status int
	body   []byte
}

func (r apiResponse) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("status %d, body not JSON: %v: %s", r.status, err, r.body)
	}
	return m
}

// do sends a request; body is marshalled as JSON unless it is nil. The
// path is used as given (already escaped).
func (c *apiClient) do(method, path string, body any) apiResponse {
	c.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, rd)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	} else if u, err := url.Parse(c.base); err == nil {
		for _, ck := range c.hc.Jar.Cookies(u) {
			if ck.Name == "vigil_csrf" {
				req.Header.Set("X-CSRF-Token", ck.Value)
			}
		}
	}
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	res, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return apiResponse{status: res.StatusCode, body: b}
}

// signUp registers email and signs the browser in; it returns the
// account's personal workspace id.
func (c *apiClient) signUp(email string) string {
	c.t.Helper()
	creds := map[string]string{"email": email, "password": "correct horse battery", "name": strings.Split(email, "@")[0]}
	if r := c.do("POST", "/api/v1/auth/register", creds); r.status != http.StatusAccepted {
		c.t.Fatalf("register %s: %d %s", email, r.status, r.body)
	}
	r := c.do("POST", "/api/v1/auth/login", creds)
	if r.status != http.StatusOK {
		c.t.Fatalf("login %s: %d %s", email, r.status, r.body)
	}
	ws, _ := r.json(c.t)["workspace"].(map[string]any)
	id, _ := ws["id"].(string)
	if id == "" {
		c.t.Fatalf("login %s: no workspace: %s", email, r.body)
	}
	return id
}

// apiKey creates a key with scopes in the browser's personal workspace
// and returns a CLI client using it.
func (c *apiClient) apiKey(scopes ...string) *apiClient {
	c.t.Helper()
	r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": strings.Join(scopes, "+"), "scopes": scopes})
	if r.status != http.StatusCreated {
		c.t.Fatalf("create key %v: %d %s", scopes, r.status, r.body)
	}
	k := newAPIClient(c.t, c.base)
	k.bearer, _ = r.json(c.t)["key"].(string)
	return k
}
