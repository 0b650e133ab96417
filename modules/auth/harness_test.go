package auth

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/logging/logtest"
	"vigil/platform/notify"
	"vigil/platform/principal"
	"vigil/platform/ratelimit"
)

// testDB is one migrated database of one dialect.
type testDB struct {
	name string
	db   *database.DB
}

// forEachDB runs fn as a subtest on a fresh migrated SQLite database and a
// fresh migrated PostgreSQL database.
func forEachDB(t *testing.T, fn func(t *testing.T, tdb testDB)) {
	t.Helper()
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			fn(t, openTestDB(t, dialect))
		})
	}
}

func openTestDB(t *testing.T, dialect string) testDB {
	t.Helper()
	return testDB{name: dialect, db: dbtest.Open(t, dialect)}
}

// auditLog reads what the real (hash-chained) audit log recorded.
type auditLog struct {
	*audit.Log
	db *database.DB
}

type auditRow struct {
	ActorID, WorkspaceID, Action, Target, IP, UserAgent, Details string
}

func (a *auditLog) rows() []auditRow {
	var out []auditRow
	if err := a.db.Gorm().Table("audit_log").Order("seq").Find(&out).Error; err != nil {
		panic(err)
	}
	return out
}

func (a *auditLog) actions() []string {
	var out []string
	for _, r := range a.rows() {
		out = append(out, r.Action)
	}
	return out
}

// testClock is a settable clock shared by a test's services.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// env is one Vigil auth deployment under test: services (replicas) on one database.
type env struct {
	t       *testing.T
	db      testDB
	cfg     config.Config
	clock   *testClock
	audit   *auditLog
	limiter *ratelimit.Limiter
	logs    *logtest.Buffer
	svc     *Service
	srv     *httptest.Server
	// runner queues and runs the replicas' email jobs, as serve does.
	runner *jobs.Runner
	// mailBackoff, when set, replaces the email retry schedule.
	mailBackoff func(attempt int) time.Duration
	// cacheTTL is Deps.IdentityCacheTTL of every replica (0 = default).
	cacheTTL time.Duration
}

type envOption func(*env)

func withConfig(f func(*config.Config)) envOption { return func(e *env) { f(&e.cfg) } }

func newEnv(t *testing.T, tdb testDB, opts ...envOption) *env {
	t.Helper()
	clock := &testClock{t: time.Now().UTC()}
	al, err := audit.New(tdb.db)
	if err != nil {
		t.Fatal(err)
	}
	lim, err := ratelimit.New(tdb.db)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, db: tdb, clock: clock, audit: &auditLog{Log: al, db: tdb.db}, logs: &logtest.Buffer{},
		limiter: lim.WithClock(clock.Now)}
	e.cfg = config.Config{BaseURL: "http://vigil.test", SecretKey: "test-secret-key-0123456789abcdef"}
	e.cfg.Auth.AllowSignup = true
	// Cheap argon2 parameters keep the suite fast; production uses config defaults.
	e.cfg.Auth.Argon2 = config.Argon2{MemoryKiB: 1024, Iterations: 1, Parallelism: 1, MaxConcurrent: 4}
	for _, o := range opts {
		o(e)
	}
	// ScheduleEvery: an email retried after its backoff runs on time,
	// not at River's next 5 s scheduler tick.
	runner, err := jobs.New(tdb.db, config.Jobs{Workers: 2, PollInterval: 50 * time.Millisecond}, slog.New(slog.DiscardHandler),
		jobs.ScheduleEvery(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	e.runner = runner
	e.svc = e.newReplica()
	e.svc.mailBackoff = e.mailBackoff
	if err := e.svc.Jobs(runner); err != nil {
		t.Fatal(err)
	}
	if err := runner.Start(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Generous: on a loaded machine an email in flight may take a while.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := runner.Stop(ctx); err != nil {
			t.Logf("stopping the job runner: %v", err)
		}
		// Envs of one test share its database: what this env queued and
		// did not send must not reach the next env's mail server.
		dbtest.MustExec(t, tdb.db, "DELETE FROM river_job")
	})
	e.srv = e.serve(e.svc)
	return e
}

// newReplica builds another Service on the same database and configuration.
func (e *env) newReplica() *Service {
	e.t.Helper()
	// Each replica is a process of its own with its own notify hub, as
	// wireModules starts one for serving processes (a no-op on SQLite).
	hub := notify.New(e.db.db, nil)
	hub.Start(context.Background())
	e.t.Cleanup(hub.Stop)
	svc, err := New(Deps{Config: e.cfg, DB: e.db.db, Limiter: e.limiter, Audit: e.audit.Log,
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Now: e.clock.Now, IdentityCacheTTL: e.cacheTTL, Jobs: e.runner,
		Notify: hub})
	if err != nil {
		e.t.Fatal(err)
	}
	return svc
}

// serve mounts svc the way main.go does: /api/v1 group with Authenticate.
func (e *env) serve(svc *Service) *httptest.Server {
	hs, err := httpserver.New(httpserver.Options{Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), BaseURL: e.cfg.BaseURL})
	if err != nil {
		e.t.Fatal(err)
	}
	ec := hs.Echo()
	// Trust X-Forwarded-For from the test client so each client has its own IP.
	ec.IPExtractor = echo.ExtractIPFromXFFHeader(echo.TrustLoopback(true))
	api := hs.API()
	api.Use(svc.Authenticate)
	hs.Mount(svc.Routes()...)
	// A route of another module guarded by Require, as main.go wires them.
	api.POST("/test/analyses", func(c echo.Context) error {
		p, _ := principal.From(c.Request().Context())
		return c.JSON(http.StatusCreated, map[string]string{"workspace_id": p.WorkspaceID})
	}, svc.Require("analysis:create"))
	srv := httptest.NewServer(ec)
	e.t.Cleanup(srv.Close)
	return srv
}

// client is one browser or CLI talking to a replica.
type client struct {
	t         *testing.T
	base      string
	hc        *http.Client
	bearer    string
	workspace string
	ip        string
	noCSRF    bool
}

var ipCounter struct {
	sync.Mutex
	n int
}

func nextIP() string {
	ipCounter.Lock()
	defer ipCounter.Unlock()
	ipCounter.n++
	return fmt.Sprintf("198.51.%d.%d", ipCounter.n/250, ipCounter.n%250+1)
}

func (e *env) client() *client { return e.clientOf(e.srv) }

func (e *env) clientOf(srv *httptest.Server) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: e.t, base: srv.URL, ip: nextIP(), hc: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

func (r resp) m(t *testing.T) map[string]any {
	var v map[string]any
	r.json(t, &v)
	return v
}

func (c *client) cookie(name string) string {
	u, _ := url.Parse(c.base + "/api/v1/auth/")
	for _, ck := range c.hc.Jar.Cookies(u) {
		if ck.Name == name {
			return ck.Value
		}
	}
	return ""
}

func (c *client) do(method, path string, body any) resp {
	c.t.Helper()
	var rd io.Reader
	if body != nil {
		if s, ok := body.(string); ok {
			rd = strings.NewReader(s)
		} else {
			b, _ := json.Marshal(body)
			rd = bytes.NewReader(b)
		}
	}
	req, _ := http.NewRequest(method, c.base+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("X-Forwarded-For", c.ip)
	req.Header.Set("User-Agent", "vigil-test")
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	if c.workspace != "" {
		req.Header.Set(WorkspaceHeader, c.workspace)
	}
	if csrf := c.cookie(CSRFCookie); csrf != "" && !c.noCSRF {
		req.Header.Set(CSRFHeader, csrf)
	}
	res, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{status: res.StatusCode, header: res.Header, body: b}
}

func expect(t *testing.T, r resp, status int) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
}

// user creates an account directly through the service and returns a
// signed-in browser client for it.
func (e *env) user(email string) (*client, string) {
	e.t.Helper()
	if _, err := e.svc.CreateUser(context.Background(), email, "correct horse battery", false); err != nil {
		e.t.Fatal(err)
	}
	c := e.client()
	r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": "correct horse battery"})
	expect(e.t, r, http.StatusOK)
	return c, r.m(e.t)["id"].(string)
}

func principalFor(userID, role string) *principal.Principal {
	return &principal.Principal{UserID: userID, Role: "", WorkspaceID: ""}
}
