package deploy_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestTopology starts the compose shape natively — the local PostgreSQL
// (a database of its own), two `vigil serve` processes of the built binary
// (blue and green) and Debian's nginx with the shipped configuration and a
// test certificate — then keeps a bounded load on it through nginx while
// blue is killed (SIGKILL) and restarted and deploy/switch.sh runs an
// upgrade, a rollback and the return to both colours. It asserts what an
// operator relies on: no failed idempotent request, every analysis run to
// its end exactly once, no double charge, one signed-in session working on
// both replicas throughout, and progress streams that resume by
// reconnecting with Last-Event-ID.
//
// VIGIL_BIN names a built binary; otherwise the test builds one.
func TestTopology(t *testing.T) {
	if testing.Short() {
		t.Skip("topology test starts PostgreSQL-backed replicas and nginx; skipped with -short")
	}
	site := renderNginxLazy(t)
	cfg := dbtest.Config(t, database.Postgres)
	bin := vigilBinary(t)
	work := t.TempDir()

	topo := &topology{t: t, bin: bin, dbURL: cfg.Database.URL, work: work, site: site.site,
		ports: map[string]int{"blue": site.blue, "green": site.green}, reps: map[string]*replica{}}
	t.Cleanup(topo.stopAll)
	for _, c := range []string{"blue", "green"} {
		if err := topo.start(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []string{"blue", "green"} {
		if err := topo.waitReady(c, 60*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	site.site.start(t)
	ctrl := topo.control()
	hooks := topo.writeHooks(ctrl)

	// One user signed in through nginx: cookies (Secure, over HTTPS) and an
	// API key, used by every request below.
	jar, _ := cookiejar.New(nil)
	web := site.site.client(jar)
	base := site.site.base()
	key := signIn(t, web, base)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	load := &loadStats{}
	loadCtx, stopLoad := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			load.run(loadCtx, web, base, key, i)
		}()
	}
	an := &analyses{seen: map[string]*follow{}}
	wg.Add(1)
	go func() {
		defer wg.Done()
		an.create(loadCtx, site.site.client(nil), base, key)
	}()

	step := func(d time.Duration, what string) {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, ctx.Err())
		}
		t.Logf("%s", what)
	}
	switchSh := func(args ...string) time.Duration {
		start := time.Now()
		cmd := exec.CommandContext(ctx, "bash", append([]string{filepath.Join(repoRoot(t), "deploy/switch.sh")}, args...)...)
		cmd.Env = append(os.Environ(),
			"VIGIL_SWITCH_HOOKS="+hooks,
			"VIGIL_SWITCH_UPSTREAMS="+site.site.upstreams,
			fmt.Sprintf("VIGIL_SWITCH_ADDR_BLUE=127.0.0.1:%d", site.blue),
			fmt.Sprintf("VIGIL_SWITCH_ADDR_GREEN=127.0.0.1:%d", site.green),
			"VIGIL_SWITCH_READY_TIMEOUT=60")
		out, err := cmd.CombinedOutput()
		t.Logf("switch.sh %s (%v):\n%s", strings.Join(args, " "), time.Since(start).Round(time.Millisecond), out)
		if err != nil {
			t.Fatalf("switch.sh %s: %v", strings.Join(args, " "), err)
		}
		return time.Since(start)
	}

	step(3*time.Second, "killing blue (SIGKILL)")
	topo.kill("blue")
	step(2*time.Second, "restarting blue")
	if err := topo.start("blue"); err != nil {
		t.Fatal(err)
	}
	if err := topo.waitReady("blue", 60*time.Second); err != nil {
		t.Fatal(err)
	}
	step(2*time.Second, "upgrade: green is the idle colour")
	upgrade := switchSh("upgrade")
	step(2*time.Second, "rollback to blue")
	rollback := switchSh("rollback")
	step(2*time.Second, "green back, both colours")
	if err := topo.start("green"); err != nil {
		t.Fatal(err)
	}
	if err := topo.waitReady("green", 60*time.Second); err != nil {
		t.Fatal(err)
	}
	both := switchSh("both")
	step(3*time.Second, "stopping the load")
	stopLoad()
	wg.Wait()

	// Every analysis started must end, once. Each progress stream follows
	// its analysis to the terminal event, reconnecting when a replica goes.
	// An analysis whose worker was killed is requeued by the recovery sweep
	// once its heartbeat is two minutes old (swept every 30 s), so the wait
	// is bounded above that.
	an.wait(t, 3*time.Minute+30*time.Second)

	served, failed, p99 := load.summary()
	t.Logf("FIGURES: idempotent requests served=%d failed=%d, p99 through nginx=%v; analyses created=%d (POSTs cut by the kill=%d), progress reconnects=%d; switch.sh upgrade=%v rollback=%v both=%v",
		served, failed, p99, len(an.ids()), an.postFailed.Load(), an.reconnects.Load(),
		upgrade.Round(time.Millisecond), rollback.Round(time.Millisecond), both.Round(time.Millisecond))
	if failed > 0 {
		t.Errorf("%d idempotent requests failed through nginx; first: %v", failed, load.firstErrors())
		if b, err := os.ReadFile(filepath.Join(site.site.dir, "access.log")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if strings.Contains(line, "\" 50") {
					t.Logf("nginx access: %s", line)
				}
			}
		}
	}
	if served < 100 {
		t.Errorf("only %d requests served: the load did not run", served)
	}
	if load.meOK.Load() == 0 {
		t.Error("the signed-in session was never used")
	}
	if n := len(an.ids()); n < 5 {
		t.Errorf("only %d analyses were created", n)
	}
	checkDatabase(t, cfg.Database.URL, an)
}

// topology is the set of replicas and the control endpoint switch.sh's
// hooks call to start and stop them.
type topology struct {
	t     *testing.T
	bin   string
	dbURL string
	work  string
	site  *nginxSite
	ports map[string]int
	mu    sync.Mutex
	reps  map[string]*replica
	key   string
}

type replica struct {
	cmd  *exec.Cmd
	done chan struct{}
}

func (tp *topology) env(colour string) []string {
	if tp.key == "" {
		tp.key = strings.Repeat("5eed", 16)
	}
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + tp.work,
		"VIGIL_DATABASE_URL=" + tp.dbURL,
		"VIGIL_SECRET_KEY=" + tp.key,
		"VIGIL_BASE_URL=" + tp.site.base(),
		fmt.Sprintf("VIGIL_HTTP_ADDR=127.0.0.1:%d", tp.ports[colour]),
		"VIGIL_HTTP_TRUSTED_PROXIES=127.0.0.1/32",
		"VIGIL_HTTP_SHUTDOWN_TIMEOUT=5s",
		"VIGIL_DATA_DIR=" + filepath.Join(tp.work, colour),
		"VIGIL_LOG_LEVEL=warn",
		"VIGIL_JOBS_POLL_INTERVAL=200ms",
		"VIGIL_DATABASE_CONNECT_ATTEMPTS=3",
		// Billing on, so every analysis holds and is charged real credits
		// (Stripe is never called: no checkout happens, and its URL is a
		// closed loopback port).
		"VIGIL_BILLING=on",
		"VIGIL_STRIPE_SECRET_KEY=sk_test_topology",
		"VIGIL_STRIPE_WEBHOOK_SECRET=whsec_topology",
		"VIGIL_STRIPE_API_URL=http://127.0.0.1:9",
		"VIGIL_CREDITS_SIGNUP_GRANT=10000000",
		"VIGIL_CREDITS_STATIC_PER_10K_LINES=20000",
		// The load is many times what one user does on purpose: the API
		// budgets (tested on their own) would answer it with 429s.
		"VIGIL_RATE_LIMIT_API_KEY_RATE=0",
		"VIGIL_RATE_LIMIT_USER_RATE=0",
		"VIGIL_RATE_LIMIT_ANALYSES_RATE=0",
		// No test reaches the public OSV API.
		"VIGIL_OSV_OFFLINE=true",
	}
}

// start (re)starts a colour: a running one is drained first (SIGTERM).
func (tp *topology) start(colour string) error {
	tp.stop(colour)
	logf, err := os.OpenFile(filepath.Join(tp.work, colour+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cmd := exec.Command(tp.bin, "serve")
	cmd.Env = tp.env(colour)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // its scan workers go with it
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start %s: %w", colour, err)
	}
	r := &replica{cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); logf.Close(); close(r.done) }()
	tp.mu.Lock()
	tp.reps[colour] = r
	tp.mu.Unlock()
	return nil
}

func (tp *topology) take(colour string) *replica {
	tp.mu.Lock()
	defer tp.mu.Unlock()
	r := tp.reps[colour]
	delete(tp.reps, colour)
	return r
}

// stop sends SIGTERM and waits for the graceful drain (SIGKILL after 30 s).
func (tp *topology) stop(colour string) {
	r := tp.take(colour)
	if r == nil {
		return
	}
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(30 * time.Second):
		_ = syscall.Kill(-r.cmd.Process.Pid, syscall.SIGKILL)
		<-r.done
	}
}

// kill is a crash: SIGKILL to the replica and its scan workers.
func (tp *topology) kill(colour string) {
	if r := tp.take(colour); r != nil {
		_ = syscall.Kill(-r.cmd.Process.Pid, syscall.SIGKILL)
		<-r.done
	}
}

func (tp *topology) stopAll() {
	for _, c := range []string{"blue", "green"} {
		tp.kill(c)
	}
	if tp.t.Failed() {
		for _, c := range []string{"blue", "green"} {
			if b, err := os.ReadFile(filepath.Join(tp.work, c+".log")); err == nil {
				tp.t.Logf("%s log:\n%s", c, tail(string(b), 3000))
			}
		}
	}
}

func (tp *topology) waitReady(colour string, limit time.Duration) error {
	url := fmt.Sprintf("http://127.0.0.1:%d/healthz/ready", tp.ports[colour])
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, _ := os.ReadFile(filepath.Join(tp.work, colour+".log"))
	return fmt.Errorf("%s not ready after %v:\n%s", colour, limit, tail(string(b), 3000))
}

// control serves POST /start/{colour} and /stop/{colour} on loopback for
// the switch hooks, and returns its base URL.
func (tp *topology) control() string {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /start/{colour}", func(w http.ResponseWriter, r *http.Request) {
		if err := tp.start(r.PathValue("colour")); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("POST /stop/{colour}", func(w http.ResponseWriter, r *http.Request) {
		tp.stop(r.PathValue("colour"))
	})
	port := freePort(tp.t)
	srv := &http.Server{Addr: fmt.Sprintf("127.0.0.1:%d", port), Handler: mux}
	go func() { _ = srv.ListenAndServe() }()
	tp.t.Cleanup(func() { _ = srv.Close() })
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

// writeHooks writes the file switch.sh sources instead of its docker
// compose defaults.
func (tp *topology) writeHooks(ctrl string) string {
	path := filepath.Join(tp.work, "hooks.sh")
	u, _ := url.Parse(ctrl)
	text := fmt.Sprintf(`# Native replicas for deploy/switch.sh (written by TestTopology); bash only.
ctl() { # POST /$1/$2 to the test's control endpoint; true on 200
  local status
  exec 3<>/dev/tcp/127.0.0.1/%[1]s || return 1
  printf 'POST /%%s/%%s HTTP/1.0\r\nContent-Length: 0\r\n\r\n' "$1" "$2" >&3
  read -r _ status _ <&3
  exec 3<&-
  [ "$status" = 200 ]
}
colour_up() { ctl start "$1"; }
colour_resume() { ctl start "$1"; }
colour_stop() { ctl stop "$1"; }
colour_ready() {
  case "$1" in blue) p=%[2]d ;; *) p=%[3]d ;; esac
  VIGIL_HTTP_ADDR=127.0.0.1:$p %[5]s healthcheck --timeout 2s >/dev/null 2>&1
}
nginx_reload() { %[4]s; }
`, u.Port(), tp.ports["blue"], tp.ports["green"], tp.site.reloadCommand(), tp.bin)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		tp.t.Fatal(err)
	}
	return path
}

type lazySite struct {
	site        *nginxSite
	blue, green int
}

// renderNginxLazy renders the shipped nginx config for two loopback ports
// chosen now.
func renderNginxLazy(t *testing.T) lazySite {
	blue, green := freePort(t), freePort(t)
	return lazySite{site: renderNginx(t, fmt.Sprintf("127.0.0.1:%d", blue), fmt.Sprintf("127.0.0.1:%d", green)), blue: blue, green: green}
}

var (
	buildOnce sync.Once
	buildBin  string
	buildErr  error
)

// vigilBinary is $VIGIL_BIN or a build of the repository, made once per
// test binary into a directory TestMain removes.
func vigilBinary(t *testing.T) string {
	t.Helper()
	if b := os.Getenv("VIGIL_BIN"); b != "" {
		return b
	}
	buildOnce.Do(func() {
		buildBin = filepath.Join(buildDir, "vigil")
		cmd := exec.Command("go", "build", "-o", buildBin, ".")
		cmd.Dir = repoRoot(t)
		if b, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, b)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildBin
}

// signIn registers and signs in a user through nginx and returns an API key.
func signIn(t *testing.T, c *http.Client, base string) string {
	t.Helper()
	creds := `{"email":"ops@example.com","password":"topology password 123"}`
	for _, p := range []string{"/api/v1/auth/register", "/api/v1/auth/login"} {
		resp, err := c.Post(base+p, "application/json", strings.NewReader(creds))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			t.Fatalf("%s: %d %s", p, resp.StatusCode, b)
		}
	}
	u, _ := url.Parse(base)
	var csrf string
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == "vigil_csrf" {
			csrf = ck.Value
		}
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/api-keys", strings.NewReader(`{"name":"topology","scopes":["read","analyze"]}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", csrf)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Key string `json:"key"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || !strings.HasPrefix(out.Key, "vigil_") {
		t.Fatalf("api key: %d %v %q (cookies are Secure, so they only travel over HTTPS)", resp.StatusCode, err, out.Key)
	}
	return out.Key
}

// loadStats counts the idempotent requests of the load and their latency.
type loadStats struct {
	served, failed atomic.Int64
	meOK           atomic.Int64
	mu             sync.Mutex
	lat            []time.Duration
	errs           []string
}

// run sends GETs in a closed loop until ctx ends: the signed-in user's
// /auth/me (cookie session), the analysis list (API key) and the SPA.
func (l *loadStats) run(ctx context.Context, c *http.Client, base, key string, worker int) {
	for i := worker; ctx.Err() == nil; i++ {
		path, bearer := "/api/v1/auth/me", false
		switch i % 3 {
		case 1:
			path, bearer = "/api/v1/analyses?limit=5", true
		case 2:
			path = "/"
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
		if bearer {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		start := time.Now()
		resp, err := c.Do(req)
		if ctx.Err() != nil {
			return // cut by the end of the run, not by the system
		}
		d := time.Since(start)
		status := 0
		if err == nil {
			_, err = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			status = resp.StatusCode
		}
		if err != nil || status != http.StatusOK {
			l.failed.Add(1)
			l.mu.Lock()
			if len(l.errs) < 5 {
				l.errs = append(l.errs, fmt.Sprintf("%s %s: status %d err %v", time.Now().Format("15:04:05.000"), path, status, err))
			}
			l.mu.Unlock()
			continue
		}
		l.served.Add(1)
		if i%3 == 0 {
			l.meOK.Add(1)
		}
		l.mu.Lock()
		l.lat = append(l.lat, d)
		l.mu.Unlock()
	}
}

func (l *loadStats) summary() (served, failed int64, p99 time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := slices.Clone(l.lat)
	slices.Sort(s)
	if len(s) > 0 {
		p99 = s[len(s)*99/100]
	}
	return l.served.Load(), l.failed.Load(), p99.Round(100 * time.Microsecond)
}

func (l *loadStats) firstErrors() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.errs)
}

// analyses starts analyses through nginx and follows each one's progress
// stream to its end.
type analyses struct {
	mu         sync.Mutex
	seen       map[string]*follow
	followers  sync.WaitGroup
	postFailed atomic.Int64
	reconnects atomic.Int64
}

type follow struct {
	seqs     []int64
	terminal string
	err      error
}

const pasted = `import sqlite3
from flask import request

def find(db):
    name = request.args.get("name")
    return db.execute("SELECT * FROM users WHERE name = '" + name + "'")
`

func (a *analyses) create(ctx context.Context, c *http.Client, base, key string) {
	body, _ := json.Marshal(map[string]string{"tier": "static", "filename": "app.py", "content": pasted})
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/analyses", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req)
		if err != nil {
			if ctx.Err() == nil {
				a.postFailed.Add(1)
			}
			continue
		}
		var out struct {
			ID string `json:"id"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated || out.ID == "" {
			a.postFailed.Add(1)
			continue
		}
		f := &follow{}
		a.mu.Lock()
		a.seen[out.ID] = f
		a.mu.Unlock()
		a.followers.Add(1)
		go func() {
			defer a.followers.Done()
			a.follow(c, base, key, out.ID, f)
		}()
	}
}

// follow reads /events until the terminal event, reconnecting with
// Last-Event-ID when the stream breaks (bounded to four minutes).
func (a *analyses) follow(c *http.Client, base, key, id string, f *follow) {
	deadline := time.Now().Add(4 * time.Minute)
	for attempt := 0; time.Now().Before(deadline); attempt++ {
		if attempt > 0 {
			a.reconnects.Add(1)
			time.Sleep(200 * time.Millisecond)
		}
		ctx, cancel := context.WithDeadline(context.Background(), deadline)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/v1/analyses/"+id+"/events", nil)
		req.Header.Set("Authorization", "Bearer "+key)
		if n := len(f.seqs); n > 0 {
			req.Header.Set("Last-Event-ID", strconv.FormatInt(f.seqs[n-1], 10))
		}
		resp, err := c.Do(req)
		if err != nil {
			cancel()
			f.err = err
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			cancel()
			f.err = fmt.Errorf("events: status %d", resp.StatusCode)
			continue
		}
		sc := bufio.NewScanner(resp.Body)
		var seq int64 = -1
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "": // end of one message
				seq, event = -1, ""
			case strings.HasPrefix(line, "id: "):
				seq, _ = strconv.ParseInt(strings.TrimPrefix(line, "id: "), 10, 64)
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case event == "restarting":
				// a replica draining for a restart: not a progress event
				// (it carries no id); reconnect and resume by Last-Event-ID
			case strings.HasPrefix(line, "data: "):
				var ev struct {
					Phase string `json:"phase"`
				}
				_ = json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &ev)
				f.seqs = append(f.seqs, seq)
				switch ev.Phase {
				case "completed", "failed", "canceled":
					f.terminal = ev.Phase
				}
			}
		}
		resp.Body.Close()
		cancel()
		if f.terminal != "" {
			f.err = nil
			return
		}
		f.err = fmt.Errorf("stream ended before the terminal event: %v", sc.Err())
	}
}

func (a *analyses) ids() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for id := range a.seen {
		out = append(out, id)
	}
	return out
}

// wait waits for every follower and checks what each stream saw.
func (a *analyses) wait(t *testing.T, limit time.Duration) {
	t.Helper()
	done := make(chan struct{})
	go func() { a.followers.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Errorf("progress streams still open after %v", limit)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for id, f := range a.seen {
		if f.terminal != "completed" {
			t.Errorf("analysis %s: stream ended %q (%v) after events %v", id, f.terminal, f.err, f.seqs)
		}
		for i := 1; i < len(f.seqs); i++ {
			if f.seqs[i] <= f.seqs[i-1] {
				t.Errorf("analysis %s: event ids not increasing across reconnects: %v", id, f.seqs)
				break
			}
		}
	}
}

// checkDatabase looks at the shared state after the run: every analysis
// finished once, no charge taken twice, no credits left held.
func checkDatabase(t *testing.T, dbURL string, a *analyses) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows := func(q string) []string {
		r, err := conn.Query(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			vals, _ := r.Values()
			out = append(out, fmt.Sprint(vals...))
		}
		return out
	}
	byStatus := rows(`SELECT status, count(*) FROM analyses GROUP BY status`)
	t.Logf("analyses by status: %v", byStatus)
	if bad := rows(`SELECT id, status, failure_reason FROM analyses WHERE status <> 'completed'`); len(bad) > 0 {
		t.Errorf("analyses not completed (lost, stuck or failed): %v", bad)
	}
	for _, id := range a.ids() {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM analyses WHERE id = $1`, id).Scan(&n); err != nil || n != 1 {
			t.Errorf("analysis %s answered 201 but is not stored (%d, %v)", id, n, err)
		}
	}
	if twice := rows(`SELECT analysis_id, count(*) FROM analysis_events WHERE phase IN ('completed','failed','canceled') GROUP BY analysis_id HAVING count(*) > 1`); len(twice) > 0 {
		t.Errorf("analyses that ended more than once (double run): %v", twice)
	}
	if twice := rows(`SELECT reference_type, reference_id, kind, count(*) FROM credit_ledger WHERE reference_id <> '' GROUP BY 1, 2, 3 HAVING count(*) > 1`); len(twice) > 0 {
		t.Errorf("ledger entries repeated for one reference (double charge): %v", twice)
	}
	var charges, completed int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM credit_ledger WHERE kind = 'charge'`).Scan(&charges); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM analyses WHERE status = 'completed'`).Scan(&completed); err != nil {
		t.Fatal(err)
	}
	if charges != completed {
		t.Errorf("%d charges for %d completed analyses: each must be charged exactly once", charges, completed)
	}
	if open := rows(`SELECT h.reference, h.amount FROM credit_holds h JOIN analyses a ON h.reference = 'analysis:' || CAST(a.id AS text) WHERE h.status = 'held'`); len(open) > 0 {
		t.Errorf("holds of finished analyses still open (credits kept from the user): %v", open)
	}
	// A create request cut by the SIGKILL commits its hold together with
	// its analysis or not at all: no hold may outlive a missing analysis.
	if orphans := rows(`SELECT h.reference, h.amount FROM credit_holds h WHERE h.status = 'held' AND NOT EXISTS (SELECT 1 FROM analyses a WHERE h.reference = 'analysis:' || CAST(a.id AS text))`); len(orphans) > 0 {
		t.Errorf("holds without an analysis (credits reserved by a create the kill cut short): %v", orphans)
	}
	if drift := rows(`SELECT b.workspace_id, b.held, coalesce(sum(h.amount), 0) FROM credit_balances b LEFT JOIN credit_holds h ON h.workspace_id = b.workspace_id AND h.status = 'held' GROUP BY b.workspace_id, b.held HAVING b.held <> coalesce(sum(h.amount), 0)`); len(drift) > 0 {
		t.Errorf("held credits differ from the open holds: %v", drift)
	}
	if drift := rows(`SELECT b.workspace_id, b.balance, coalesce(sum(l.amount), 0) FROM credit_balances b LEFT JOIN credit_ledger l ON l.workspace_id = b.workspace_id GROUP BY b.workspace_id, b.balance HAVING b.balance <> coalesce(sum(l.amount), 0)`); len(drift) > 0 {
		t.Errorf("balance differs from its ledger: %v", drift)
	}
	t.Logf("ledger: %v", rows(`SELECT kind, count(*), sum(amount) FROM credit_ledger GROUP BY kind ORDER BY kind`))
}
