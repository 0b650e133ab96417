package analysis

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/blob"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
	"vigil/platform/migrate"
)

// TestMain doubles as the worker process of TestKillWorkerMidAnalysis:
// with VIGIL_TEST_WORKER_DB set, the test binary runs one analysis and
// blocks inside the scanning phase until it is killed. Started as
// isolate.Command, it is the scan worker of the isolation tests.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == isolate.Command {
		os.Exit(isolate.Main(os.Args[2:], os.Stdin, os.Stderr, isolate.WorkerOptions{BeforeFile: misbehave}))
	}
	if url := os.Getenv("VIGIL_TEST_WORKER_DB"); url != "" {
		os.Exit(workerChild(url, os.Getenv("VIGIL_TEST_WORKER_ANALYSIS"), os.Getenv("VIGIL_TEST_WORKER_MARKER")))
	}
	os.Exit(m.Run())
}

func workerChild(url, id, marker string) int {
	ctx := context.Background()
	cfg := config.Default()
	cfg.Database.URL = url
	cfg.Database.ConnectAttempts = 1
	db, err := database.Open(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	runner, _ := jobs.New(db, config.Jobs{}, slog.New(slog.DiscardHandler))
	blobs, _ := blob.NewDB(db)
	svc, err := New(Deps{DB: db, Blobs: blobs, Jobs: runner, Authorizer: roleAuthorizer{}, Credits: newLedger(0),
		Authenticate: passThrough, Config: testLimits(), Logger: slog.New(slog.DiscardHandler), Scanner: inProcess{}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	svc.phaseHook = func(phase string) {
		if phase == "scanning" {
			_ = os.WriteFile(marker, []byte("scanning"), 0o600)
			select {} // hang here until killed
		}
	}
	if err := svc.Run(ctx, id); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 4
	}
	return 5 // never reached when killed
}

// runAndKill starts a worker process on analysis id, waits until it is
// inside the scanning phase, and kills it with SIGKILL.
func runAndKill(t *testing.T, url, id string) {
	t.Helper()
	marker := filepath.Join(t.TempDir(), "marker")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "VIGIL_TEST_WORKER_DB="+url, "VIGIL_TEST_WORKER_ANALYSIS="+id, "VIGIL_TEST_WORKER_MARKER="+marker)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(marker); err == nil {
			break
		}
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatal("worker never reached the scanning phase")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("worker was not killed: %v", err)
	}
}

// TestKillWorkerMidAnalysis kills a real worker process in the middle of
// an analysis: the analysis is requeued and completes (charged once), and
// when the last attempt is killed it fails with its credits released
// exactly once.
func TestKillWorkerMidAnalysis(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			cfg := dbtest.Config(t, dialect)
			db := dbtest.OpenConfig(t, cfg)
			m, err := migrate.New(db, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Up(context.Background()); err != nil {
				t.Fatal(err)
			}
			e := newEnv(t, db, false)
			e.svc.staleAfter = 0 // a dead worker's heartbeat is stale at once
			ctx := context.Background()
			create := func() string {
				c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
				if err != nil {
					t.Fatal(err)
				}
				return c.ID
			}

			t.Run("killed attempt is retried and charged once", func(t *testing.T) {
				id := create()
				runAndKill(t, cfg.Database.URL, id)
				a, _ := e.svc.store.AnalysisByID(ctx, id)
				if a.Status != store.StatusRunning || a.Attempts != 1 || a.Phase != "scanning" {
					t.Fatalf("after kill: %s attempts %d phase %s", a.Status, a.Attempts, a.Phase)
				}
				if err := e.svc.Recover(ctx); err != nil {
					t.Fatal(err)
				}
				if a, _ = e.svc.store.AnalysisByID(ctx, id); a.Status != store.StatusQueued {
					t.Fatalf("not requeued: %s", a.Status)
				}
				var jobsQueued int64
				db.Gorm().Table("river_job").Where("kind = ?", RunArgs{}.Kind()).Count(&jobsQueued)
				if jobsQueued != 2 {
					t.Fatalf("%d jobs for the analysis, want the original and the retry", jobsQueued)
				}
				if err := e.svc.Run(ctx, id); err != nil {
					t.Fatal(err)
				}
				a, _ = e.svc.store.AnalysisByID(ctx, id)
				settled, released, _ := e.ledger.snapshot()
				if a.Status != store.StatusCompleted || a.Attempts != 2 || len(settled) != 1 || len(released) != 0 {
					t.Fatalf("status %s attempts %d settled %v released %v", a.Status, a.Attempts, settled, released)
				}
			})

			t.Run("killed last attempt fails and releases once", func(t *testing.T) {
				id := create()
				if err := e.svc.store.Update(ctx, id, map[string]any{"attempts": MaxAttempts - 1}); err != nil {
					t.Fatal(err)
				}
				runAndKill(t, cfg.Database.URL, id)
				for range 3 { // the sweep may run on several replicas, repeatedly
					if err := e.svc.Recover(ctx); err != nil {
						t.Fatal(err)
					}
				}
				if err := e.svc.Run(ctx, id); err != nil { // a late River retry does nothing
					t.Fatal(err)
				}
				a, _ := e.svc.store.AnalysisByID(ctx, id)
				_, released, balance := e.ledger.snapshot()
				if a.Status != store.StatusFailed || a.FailureReason == "" || a.CreditsState != store.CreditsReleased || released[a.HoldID] != 1 {
					t.Fatalf("status %s reason %q credits %s released %v", a.Status, a.FailureReason, a.CreditsState, released)
				}
				if balance != 1_000_000-1 { // only the first analysis was charged
					t.Fatalf("balance %d", balance)
				}
			})
		})
	}
}
