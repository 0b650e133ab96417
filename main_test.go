package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/httpserver"
)

func runCapture(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errw bytes.Buffer
	err := run(context.Background(), args, &out, &errw)
	return out.String(), errw.String(), err
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantOut  []string
		wantErr  []string
		exitCode int
	}{
		{"help", []string{"--help"}, []string{"Usage:", "serve", "migrate", "version", "admin", "VIGIL_HTTP_ADDR"}, nil, 0},
		{"serve help", []string{"serve", "--help"}, []string{"--role", "--addr", "--config", "SIGTERM"}, nil, 0},
		{"migrate help", []string{"migrate", "--help"}, []string{"status", "up", "down"}, nil, 0},
		{"version", []string{"version"}, []string{"vigil dev (commit none"}, nil, 0},
		{"config", []string{"config"}, []string{"http.addr", "VIGIL_HTTP_ADDR", ":8080", "VIGIL_AI_PROVIDERS"}, nil, 0},
		{"unknown flag", []string{"serve", "--bogus"}, nil, []string{"unknown flag: --bogus", "vigil serve --help"}, 2},
		{"unknown command", []string{"frobnicate"}, nil, []string{`unknown command "frobnicate"`}, 2},
		{"bad role", []string{"serve", "--role", "chef"}, nil, []string{`--role: "chef" is not one of all, web, worker`}, 2},
		{"extra argument", []string{"version", "now"}, nil, []string{`unexpected argument "now"`}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCapture(t, tt.args...)
			if tt.exitCode == 0 && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.exitCode != 0 {
				if err == nil {
					t.Fatal("want an error")
				}
				if got := exitCode(err); got != tt.exitCode {
					t.Errorf("exit code %d, want %d", got, tt.exitCode)
				}
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q: %v", w, err)
				}
			}
		})
	}
}

type codedError struct{ code int }

func (e codedError) Error() string { return "coded" }
func (e codedError) ExitCode() int { return e.code }

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{io.EOF, 1},
		{usageError{io.EOF}, 2},
		{fmt.Errorf("wrapped: %w", codedError{3}), 3},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestBadConfigListsEveryProblem(t *testing.T) {
	t.Setenv("VIGIL_LOG_LEVEL", "loud")
	t.Setenv("VIGIL_BILLING", "maybe")
	t.Setenv("VIGIL_JOBS_POLL_INTERVAL", "often")
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	for _, args := range [][]string{{"serve", "--addr", "nowhere"}, {"migrate", "status"}} {
		t.Run(args[0], func(t *testing.T) {
			_, _, err := runCapture(t, args...)
			if err == nil {
				t.Fatal("want an error")
			}
			if exitCode(err) == 0 {
				t.Fatal("exit code 0")
			}
			want := []string{
				`log.level: "loud" is not one of debug, info, warn, error`,
				`billing: "maybe" is not one of auto, on, off`,
				`jobs.poll_interval: "often" is not a valid duration`,
			}
			if args[0] == "serve" {
				want = append(want, `http.addr: "nowhere" is not a listen address`)
			}
			for _, w := range want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestUnreachableDatabaseFailsClearly(t *testing.T) {
	t.Setenv("VIGIL_DATABASE_URL", "postgres://vigil:s3cretpw@127.0.0.1:1/vigil?sslmode=disable&connect_timeout=1")
	t.Setenv("VIGIL_SECRET_KEY", "0123456789abcdef0123456789abcdef0123")
	t.Setenv("VIGIL_DATABASE_CONNECT_ATTEMPTS", "2")
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	_, _, err := runCapture(t, "serve", "--addr", freeAddr(t))
	if err == nil || exitCode(err) == 0 {
		t.Fatalf("want a failure, got %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "cannot reach PostgreSQL at 127.0.0.1:1") || strings.Contains(msg, "s3cretpw") {
		t.Fatalf("message must name the host and hide the password: %s", msg)
	}
}

func TestMigrateCommands(t *testing.T) {
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	out, _, err := runCapture(t, "migrate", "status")
	if err != nil || !strings.Contains(out, "pending") {
		t.Fatalf("status: %v\n%s", err, out)
	}
	if out, _, err = runCapture(t, "migrate", "up"); err != nil || !strings.Contains(out, "applied") {
		t.Fatalf("up: %v\n%s", err, out)
	}
	if out, _, err = runCapture(t, "migrate", "status"); err != nil || !strings.Contains(out, ", 0 pending") {
		t.Fatalf("status after up: %v\n%s", err, out)
	}
	if out, _, err = runCapture(t, "migrate", "down"); err != nil || !strings.Contains(out, "rolled back migration") {
		t.Fatalf("down: %v\n%s", err, out)
	}
	if out, _, err = runCapture(t, "migrate", "status"); err != nil || !strings.Contains(out, ", 1 pending") {
		t.Fatalf("status after down: %v\n%s", err, out)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// serve on SQLite becomes ready; cancelling its context (what SIGTERM does)
// lets a slow in-flight request finish before run returns.
func TestServeDrainsOnShutdown(t *testing.T) {
	dataDir := t.TempDir()
	t.Setenv("VIGIL_DATA_DIR", dataDir)
	t.Setenv("VIGIL_LOG_LEVEL", "warn")
	addr := freeAddr(t)
	base := "http://" + addr

	started := make(chan struct{})
	h := hooks{beforeSPA: func(srv *httpserver.Server) error {
		srv.Echo().GET("/test-slow", func(c echo.Context) error {
			close(started)
			time.Sleep(1500 * time.Millisecond)
			return c.String(http.StatusOK, "finished")
		})
		return nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- runWith(ctx, []string{"serve", "--addr", addr}, io.Discard, io.Discard, h) }()

	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after 30s (last error %v)", err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// The embedded app answers client-side routes.
	resp, err := http.Get(base + "/some/client/route")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(strings.ToLower(string(page)), "<!doctype html") {
		t.Fatalf("SPA: %d %.200s", resp.StatusCode, page)
	}

	// A single SQLite node generated its secret key, private to its user.
	if st, err := os.Stat(filepath.Join(dataDir, "secret.key")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("secret.key: %v %v", st, err)
	}

	type result struct {
		body string
		code int
		err  error
	}
	slow := make(chan result, 1)
	go func() {
		resp, err := http.Get(base + "/test-slow")
		if err != nil {
			slow <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		slow <- result{string(b), resp.StatusCode, err}
	}()
	<-started
	cancel() // SIGTERM

	r := <-slow
	if r.err != nil || r.code != http.StatusOK || r.body != "finished" {
		t.Fatalf("in-flight request: code %d body %q err %v", r.code, r.body, r.err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if resp, err := http.Get(base + "/healthz/live"); err == nil {
		resp.Body.Close()
		t.Fatal("server still accepts connections after shutdown")
	}
}

// serve --role worker runs jobs (the periodic rate-limit cleanup runs on
// start), serves only health and metrics (no API, no app), and stops on
// cancel.
func TestServeWorkerRole(t *testing.T) {
	dataDir := t.TempDir()
	t.Setenv("VIGIL_DATA_DIR", dataDir)
	t.Setenv("VIGIL_LOG_LEVEL", "warn")
	t.Setenv("VIGIL_JOBS_POLL_INTERVAL", "200ms")
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--role", "worker", "--addr", addr}, io.Discard, io.Discard)
	}()

	cfg := config.Default()
	cfg.DataDir = dataDir
	deadline := time.Now().Add(30 * time.Second)
	for {
		var n int64
		if _, err := os.Stat(filepath.Join(dataDir, "secret.key")); err == nil {
			if db, err := database.Open(context.Background(), cfg, nil); err == nil {
				db.Gorm().Raw("SELECT count(*) FROM river_job WHERE kind = 'ratelimit_cleanup' AND state = 'completed'").Scan(&n)
				db.Close()
			}
		}
		if n > 0 {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("worker exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the cleanup job did not run in the worker")
		}
		time.Sleep(200 * time.Millisecond)
	}
	for path, want := range map[string]int{
		"/healthz/live": http.StatusOK, "/healthz/ready": http.StatusOK, "/metrics": http.StatusOK,
		"/api/v1/analyses": http.StatusNotFound, "/": http.StatusNotFound,
	} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("worker %s: %v", path, err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("worker %s = %d, want %d", path, resp.StatusCode, want)
		}
	}
	// The worker runs the ledger check and the AI calls: their metrics are
	// served here, not only by web processes that never increment them.
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), "vigil_credits_ledger_checks_total") {
		t.Error("the worker's /metrics lacks the credits ledger-check counters")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("worker returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("worker did not stop")
	}
}

// With VIGIL_SENTRY_DSN set, a panic in a handler reaches Sentry (a fake
// ingest server here) and the client gets a 500 problem.
func TestServeReportsPanicsToSentry(t *testing.T) {
	var mu sync.Mutex
	var envelopes []string
	ingest := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		envelopes = append(envelopes, string(b))
		mu.Unlock()
		w.WriteHeader(http.StatusOK)
	}))
	defer ingest.Close()
	t.Setenv("VIGIL_SENTRY_DSN", strings.Replace(ingest.URL, "http://", "http://publickey@", 1)+"/1")
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "error")
	addr := freeAddr(t)
	h := hooks{beforeSPA: func(srv *httpserver.Server) error {
		srv.Echo().GET("/test-panic", func(c echo.Context) error { panic("sentry-test-boom") })
		return nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- runWith(ctx, []string{"serve", "--addr", addr}, io.Discard, io.Discard, h) }()
	var resp *http.Response
	var err error
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err = http.Get("http://" + addr + "/test-panic"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", resp.StatusCode)
	}
	cancel() // shutdown flushes the Sentry client
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(strings.Join(envelopes, "\n"), "sentry-test-boom") {
		t.Fatalf("no Sentry event for the panic (%d envelopes)", len(envelopes))
	}
}
