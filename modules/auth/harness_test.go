package auth

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/pressly/goose/v3"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// testDB is one migrated database of one dialect.
type testDB struct {
	name string
	db   *database.DB
}

const pgAdminURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// forEachDB runs fn as a subtest on a fresh migrated SQLite database and a
// fresh migrated PostgreSQL database.
func forEachDB(t *testing.T, fn func(t *testing.T, tdb testDB)) {
	t.Helper()
	for _, dialect := range []string{database.SQLite, database.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			fn(t, openTestDB(t, dialect))
		})
	}
}

func openTestDB(t *testing.T, dialect string) testDB {
	t.Helper()
	ctx := context.Background()
	cfg := config.Config{DataDir: t.TempDir()}
	switch dialect {
	case database.SQLite:
		cfg.Database.URL = "sqlite:" + filepath.Join(cfg.DataDir, "vigil.db")
	case database.Postgres:
		admin, err := sql.Open("pgx", pgAdminURL)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("vigil_test_auth_%d", time.Now().UnixNano())
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
			t.Fatalf("PostgreSQL at 127.0.0.1:5432 is required: %v", err)
		}
		t.Cleanup(func() {
			_, _ = admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			_ = admin.Close()
		})
		cfg.Database.URL = "postgres://postgres@127.0.0.1:5432/" + name + "?sslmode=disable"
	}
	db, err := database.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	gd := goose.DialectPostgres
	if dialect == database.SQLite {
		gd = goose.DialectSQLite3
	}
	p, err := goose.NewProvider(gd, db.SQL(), os.DirFS(filepath.Join("..", "..", "migrations", dialect)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	return testDB{name: dialect, db: db}
}

// recordingAuditor keeps audit events for assertions.
type recordingAuditor struct {
	mu     sync.Mutex
	events []AuditEvent
}

func (a *recordingAuditor) Record(_ context.Context, e AuditEvent) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.events = append(a.events, e)
	return nil
}

func (a *recordingAuditor) actions() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for _, e := range a.events {
		out = append(out, e.Action)
	}
	return out
}

// gcraLimiter is an in-process GCRA used until the shared database limiter
// is wired in.
type gcraLimiter struct {
	mu  sync.Mutex
	tat map[string]time.Time
	now func() time.Time
}

func (l *gcraLimiter) Allow(_ context.Context, key string, limit int, period time.Duration) (time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	interval := period / time.Duration(limit)
	tat := l.tat[key]
	if tat.Before(now) {
		tat = now
	}
	allowAt := tat.Add(interval).Add(-period)
	if now.Before(allowAt) {
		return allowAt.Sub(now), nil
	}
	l.tat[key] = tat.Add(interval)
	return 0, nil
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
	audit   *recordingAuditor
	limiter *gcraLimiter
	logs    *bytes.Buffer
	svc     *Service
	srv     *httptest.Server
}

type envOption func(*env)

func withConfig(f func(*config.Config)) envOption { return func(e *env) { f(&e.cfg) } }

func newEnv(t *testing.T, tdb testDB, opts ...envOption) *env {
	t.Helper()
	clock := &testClock{t: time.Now().UTC()}
	e := &env{t: t, db: tdb, clock: clock, audit: &recordingAuditor{}, logs: &bytes.Buffer{},
		limiter: &gcraLimiter{tat: map[string]time.Time{}, now: clock.Now}}
	e.cfg = config.Config{BaseURL: "http://vigil.test", SecretKey: "test-secret-key-0123456789abcdef"}
	e.cfg.Auth.AllowSignup = true
	// Cheap argon2 parameters keep the suite fast; production uses config defaults.
	e.cfg.Auth.Argon2 = config.Argon2{MemoryKiB: 1024, Iterations: 1, Parallelism: 1, MaxConcurrent: 4}
	for _, o := range opts {
		o(e)
	}
	e.svc = e.newReplica()
	e.srv = e.serve(e.svc)
	return e
}

// newReplica builds another Service on the same database and configuration.
func (e *env) newReplica() *Service {
	e.t.Helper()
	svc, err := New(Deps{Config: e.cfg, DB: e.db.db, Limiter: e.limiter, Audit: e.audit,
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Now: e.clock.Now})
	if err != nil {
		e.t.Fatal(err)
	}
	return svc
}

// serve mounts svc the way main.go does: /api/v1 group with Authenticate.
func (e *env) serve(svc *Service) *httptest.Server {
	ec := echo.New()
	ec.HTTPErrorHandler = problemHandler
	api := ec.Group("/api/v1", svc.Authenticate)
	svc.Routes(api)
	// A route of another module guarded by Require, as main.go wires them.
	api.POST("/test/analyses", func(c echo.Context) error {
		p, _ := principal.From(c.Request().Context())
		return c.JSON(http.StatusCreated, map[string]string{"workspace_id": p.WorkspaceID})
	}, svc.Require("analysis:create"))
	srv := httptest.NewServer(ec)
	e.t.Cleanup(srv.Close)
	return srv
}

// problemHandler maps errors like the platform's handler does.
func problemHandler(err error, c echo.Context) {
	status, detail := http.StatusInternalServerError, "internal error"
	var fields []errs.FieldError
	var e *errs.Error
	var he *echo.HTTPError
	switch {
	case errors.As(err, &e):
		status, detail, fields = errs.StatusCode(e.Kind), e.Message, e.Fields
		if e.RetryAfter > 0 {
			c.Response().Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(e.RetryAfter.Seconds()))))
		}
	case errors.As(err, &he):
		status, detail = he.Code, fmt.Sprint(he.Message)
	default:
		c.Logger().Error(err)
	}
	c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
	c.Response().WriteHeader(status)
	_ = json.NewEncoder(c.Response()).Encode(map[string]any{"status": status, "detail": detail, "errors": fields})
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
