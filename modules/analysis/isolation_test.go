package analysis

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/pathological"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// misbehave is the scan worker's test hook (TestMain serves the worker):
// it crashes the worker on files named segv and burns CPU forever, as a
// runaway C call would, on files named stall.
func misbehave(rel string) {
	switch {
	case strings.Contains(rel, "segv"):
		_ = syscall.Kill(os.Getpid(), syscall.SIGSEGV)
		select {}
	case strings.Contains(rel, "stall"):
		for {
		}
	}
}

// isolated returns Deps adjusted to scan through real worker processes
// (this test binary), storing the last worker's pid in pid and counting
// workers in starts (either may be nil).
func isolated(t *testing.T, pid *atomic.Int64, starts *atomic.Int32) func(*Deps) {
	return func(d *Deps) {
		r, err := isolate.New(isolate.Options{Started: func(p int) {
			if pid != nil {
				pid.Store(int64(p))
			}
			if starts != nil {
				starts.Add(1)
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		d.Scanner = r
	}
}

// TestAnalysisSurvivesFilesThatCrashTheParser: an upload holding a file
// that kills the scanner, and every pathological shape in every language,
// completes in its first attempt; the crashing file is named in the notes
// and its neighbours' findings are there; the credits settle.
func TestAnalysisSurvivesFilesThatCrashTheParser(t *testing.T) {
	files := map[string]string{"app/views.py": vulnPy, "app/segv.py": "x = 1\n"}
	for _, f := range pathological.Corpus(16000) {
		files["corpus/"+f.Path] = string(f.Data)
	}
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		var starts atomic.Int32
		e := newEnvWith(t, db, true, isolated(t, nil, &starts))
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "src.zip", Data: storedZip(t, files)}}}})
		if err != nil {
			t.Fatal(err)
		}
		v := waitStatus(t, e, c.ID, "completed", "failed")
		if v.Status != "completed" || v.Attempts != 1 {
			t.Fatalf("status %s after %d attempt(s): %s", v.Status, v.Attempts, v.FailureReason)
		}
		notes := strings.Join(v.Notes, "\n")
		if !strings.Contains(notes, "app/segv.py skipped: "+isolate.CrashedReason) {
			t.Errorf("the crashing file is not named in the notes: %q", notes)
		}
		if !strings.Contains(notes, "corpus/python/chain.py skipped: syntax tree too deep") {
			t.Errorf("the 16,000-call chain is not named in the notes: %q", notes)
		}
		page, err := e.svc.Findings(e.as("viewer"), v.ID, FindingFilter{}, "", 50)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range page.Items {
			found = found || f.Location.Path == "app/views.py"
		}
		if !found {
			t.Error("no finding in app/views.py: the crash lost the rest of the scan")
		}
		settled, _, _ := e.ledger.settledOrReleased(t, "hold-1")
		if _, ok := settled["hold-1"]; !ok || v.CreditsState != store.CreditsSettled {
			t.Errorf("credits %s, settled %v", v.CreditsState, settled)
		}
		// the crash cost one worker, once (and, as two files were in
		// flight, one run on one thread to name it): the retry ran without
		// the file, and a recovery sweep (as after a restart) re-runs nothing
		n := starts.Load()
		if n < 2 || n > 3 {
			t.Errorf("%d scan workers started, want 2 or 3 (the one that crashed, maybe one to name the file, the retry)", n)
		}
		e.svc.staleAfter = 0
		if err := e.svc.Recover(context.Background()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		after, err := e.svc.Get(e.as("viewer"), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if after.Status != "completed" || after.Attempts != 1 || starts.Load() != n {
			t.Errorf("after recovery: %s after %d attempt(s), %d workers (was %d)", after.Status, after.Attempts, starts.Load(), n)
		}
	})
}

// TestCancelStopsTheScanWorkerWithin2s: cancelling an analysis whose worker
// is stuck burning CPU ends that process within 2 s and releases the
// credits.
func TestCancelStopsTheScanWorkerWithin2s(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		var pid atomic.Int64
		e := newEnvWith(t, db, true, isolated(t, &pid, nil))
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "stall.py", Data: []byte("x = 1\n")}}}})
		if err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		for (pid.Load() == 0 || procTicks(int(pid.Load())) < 20) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		p := int(pid.Load())
		if p == 0 || procTicks(p) < 20 {
			t.Fatal("the scan worker never got busy")
		}
		canceled := time.Now()
		if _, err := e.svc.Cancel(e.as("member"), c.ID); err != nil {
			t.Fatal(err)
		}
		for procExists(p) && time.Since(canceled) < 10*time.Second {
			time.Sleep(10 * time.Millisecond)
		}
		gone := time.Since(canceled)
		t.Logf("cancel to scan worker gone (CPU idle): %s", gone.Round(time.Millisecond))
		if gone > 2*time.Second {
			t.Errorf("the worker ran %s after the cancel; want under 2 s", gone)
		}
		v := waitStatus(t, e, c.ID, "canceled")
		if v.CreditsState != store.CreditsReleased {
			t.Errorf("credits %s after cancel", v.CreditsState)
		}
	})
}

// storedZip zips files without compression: the pathological corpus is
// so repetitive that deflated it looks like a zip bomb to intake.
func storedZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
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

func procExists(pid int) bool {
	_, err := os.Stat(filepath.Join("/proc", strconv.Itoa(pid)))
	return err == nil
}

// procTicks is a process's user+system CPU time in clock ticks.
func procTicks(pid int) int {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.Atoi(f[11])
	k, _ := strconv.Atoi(f[12])
	return u + k
}

// TestDeadWorkerFailsTheAnalysisAndReleasesCredits: a worker that dies
// before it parses anything (here: an address-space limit too small for
// the runtime to start) fails the analysis in its first attempt, with a
// reason that says so, and releases the held credits.
func TestDeadWorkerFailsTheAnalysisAndReleasesCredits(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnvWith(t, db, true, func(d *Deps) {
			r, err := isolate.New(isolate.Options{Limits: isolate.Limits{Memory: 256 << 20}})
			if err != nil {
				t.Fatal(err)
			}
			d.Scanner = r
		})
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		v := waitStatus(t, e, c.ID, "failed", "completed")
		if v.Status != "failed" || v.Attempts != 1 || !strings.Contains(v.FailureReason, "the scanner crashed") {
			t.Fatalf("status %s after %d attempt(s), reason %q", v.Status, v.Attempts, v.FailureReason)
		}
		t.Logf("failure reason: %s", v.FailureReason)
		_, released, balance := e.ledger.settledOrReleased(t, "hold-1")
		if released["hold-1"] != 1 || balance != 1_000_000 || v.CreditsState != store.CreditsReleased {
			t.Errorf("credits %s, released %v, balance %d", v.CreditsState, released, balance)
		}
	})
}
