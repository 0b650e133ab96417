package analysis

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/blob"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/jobs"
	"vigil/platform/principal"
	"vigil/platform/principal/principaltest"
)

// roleAuthorizer applies the written permission matrix (viewer reads,
// member creates and triages, admin deletes) the way auth.Service.Can does.
type roleAuthorizer struct{}

var permissions = principaltest.MinRoles{ActionRead: "viewer", ActionCreate: "member", ActionTriage: "member", ActionDelete: "admin", ActionManageAI: "admin"}

func (roleAuthorizer) Can(ctx context.Context, p *principal.Principal, ws, action string) error {
	return permissions.Can(ctx, p, ws, action)
}

// ledger is a recording Credits: 1 credit per started 10,000 lines plus
// 100 credits per USD of AI, holds that settle or release exactly once.
type ledger struct {
	mu       sync.Mutex
	n        int
	holds    map[string]int64
	settled  map[string]int64
	released map[string]int
	calls    []string
	balance  int64
}

func newLedger(balance int64) *ledger {
	return &ledger{holds: map[string]int64{}, settled: map[string]int64{}, released: map[string]int{}, balance: balance}
}

func (l *ledger) Quote(_ context.Context, _, tier string, lines int64, lo, hi float64) (int64, int64, error) {
	static := max(1, (lines+9999)/10000)
	return static + int64(math.Ceil(lo*100)), static + int64(math.Ceil(hi*100)), nil
}

func (l *ledger) Hold(_ context.Context, _ string, amount int64, ref string) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if amount > l.balance {
		return "", errs.New(errs.KindPaymentRequired, "not enough credits")
	}
	l.n++
	id := fmt.Sprintf("hold-%d", l.n)
	l.holds[id] = amount
	l.balance -= amount
	l.calls = append(l.calls, "hold "+id)
	return id, nil
}

func (l *ledger) Settle(_ context.Context, id string, amount int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.settled[id]; ok || l.released[id] > 0 {
		return fmt.Errorf("hold %s already closed", id)
	}
	if amount > l.holds[id] {
		return fmt.Errorf("settle %d above hold %d", amount, l.holds[id])
	}
	l.settled[id] = amount
	l.balance += l.holds[id] - amount
	l.calls = append(l.calls, "settle "+id)
	return nil
}

func (l *ledger) Release(_ context.Context, id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.released[id]++
	if _, ok := l.settled[id]; !ok && l.released[id] == 1 {
		l.balance += l.holds[id]
	}
	l.calls = append(l.calls, "release "+id)
	return nil
}

func (l *ledger) snapshot() (settled map[string]int64, released map[string]int, balance int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, r := map[string]int64{}, map[string]int{}
	for k, v := range l.settled {
		s[k] = v
	}
	for k, v := range l.released {
		r[k] = v
	}
	return s, r, l.balance
}

// settledOrReleased waits until the ledger has settled or released hold:
// the ledger call follows the commit that finishes the analysis, so a
// reader can see the status a moment before the ledger moves.
func (l *ledger) settledOrReleased(t *testing.T, hold string) (settled map[string]int64, released map[string]int, balance int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		settled, released, balance = l.snapshot()
		_, s := settled[hold]
		if s || released[hold] > 0 || time.Now().After(deadline) {
			return settled, released, balance
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// inProcess scans in the test process, as the pipeline's tests need no
// isolation; isolation_test.go runs analyses through the real worker.
type inProcess struct{ passes []scanner.Pass }

func (p inProcess) Scan(ctx context.Context, req isolate.Request, progress func(scanner.Progress)) (*scanner.Result, error) {
	return scanner.Scan(ctx, req.Root, scanner.Options{Config: req.Config, Passes: p.passes, Progress: progress})
}

func passThrough(next echo.HandlerFunc) echo.HandlerFunc { return next }

type env struct {
	svc    *Service
	db     *database.DB
	ledger *ledger
	runner *jobs.Runner
	ws     string
}

func testLimits() config.Analysis {
	return config.Analysis{MaxUploadBytes: 20 << 20, MaxUncompressedBytes: 100 << 20, MaxFiles: 5000, MaxFileBytes: 5 << 20}
}

// newEnv builds the service on db with a real job runner (workers when
// work is true).
func newEnv(t testing.TB, db *database.DB, work bool) *env {
	t.Helper()
	return newEnvWith(t, db, work, nil)
}

// newEnvWith is newEnv with a hook to adjust the service's Deps.
func newEnvWith(t testing.TB, db *database.DB, work bool, adjust func(*Deps)) *env {
	t.Helper()
	ctx := context.Background()
	// ScheduleEvery: a job retried after its backoff runs on time, not
	// at River's next 5 s scheduler tick.
	runner, err := jobs.New(db, config.Jobs{Workers: 2, PollInterval: 100 * time.Millisecond}, slog.New(slog.DiscardHandler),
		jobs.ScheduleEvery(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	blobs, err := blob.NewDB(db)
	if err != nil {
		t.Fatal(err)
	}
	l := newLedger(1_000_000)
	deps := Deps{DB: db, Blobs: blobs, Jobs: runner, Authorizer: roleAuthorizer{}, Credits: l,
		Authenticate: passThrough, Config: testLimits(), Logger: slog.New(slog.DiscardHandler), Scanner: inProcess{}}
	if adjust != nil {
		adjust(&deps)
	}
	svc, err := New(deps)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Jobs(runner); err != nil {
		t.Fatal(err)
	}
	if err := runner.Start(ctx, work); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = runner.Stop(sctx)
	})
	return &env{svc: svc, db: db, ledger: l, runner: runner, ws: store.NewID()}
}

func (e *env) as(role string) context.Context {
	return principal.With(context.Background(), &principal.Principal{UserID: "0190f0f0-0000-7000-8000-00000000000" + fmt.Sprint(principaltest.RoleRank[role]), WorkspaceID: e.ws, Role: role})
}

const vulnPy = `import os
import subprocess

def handler(request):
    cmd = request.args.get("c")
    os.system(cmd)
    eval(request.args.get("x"))
    subprocess.call("ls " + cmd, shell=True)
`

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func waitStatus(t *testing.T, e *env, id string, want ...string) *AnalysisView {
	t.Helper()
	// A bound for a hang, not for speed (it returns as soon as the status
	// is there): under -race on a loaded machine the isolated scan of the
	// pathological corpus took over 60 s.
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		v, err := e.svc.Get(e.as("viewer"), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if v.Status == w {
				return v
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("analysis %s never reached %v", id, want)
	return nil
}
