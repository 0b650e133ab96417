package analysis

import (
	"context"
	"sync"
	"testing"
	"time"

	"vigil/modules/analysis/internal/intake"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// recordedEvents keeps what an AnalysisEvents observer was told.
type recordedEvents struct {
	mu  sync.Mutex
	got []FinishedSummary
}

func (r *recordedEvents) AnalysisFinished(_ context.Context, s FinishedSummary) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, s)
}

func (r *recordedEvents) wait(t *testing.T, n int) []FinishedSummary {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		r.mu.Lock()
		got := append([]FinishedSummary(nil), r.got...)
		r.mu.Unlock()
		if len(got) >= n {
			return got
		}
	}
	t.Fatalf("observer told fewer than %d times", n)
	return nil
}

// TestFinishedObserverCountsNewSevereFindings: the observer hears of each
// completed analysis once, with its counts, and only the critical and high
// findings the project's previous analysis did not have count as new.
func TestFinishedObserverCountsNewSevereFindings(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		rec := &recordedEvents{}
		e := newEnvWith(t, db, true, func(d *Deps) { d.Finished = rec })
		src := zipOf(t, map[string]string{"app/handler.py": vulnPy})
		for i := range 2 {
			created, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "shop.zip", Data: src}}}})
			if err != nil {
				t.Fatal(err)
			}
			v := waitStatus(t, e, created.ID, "completed", "failed")
			got := rec.wait(t, i+1)
			if len(got) != i+1 {
				t.Fatalf("observer told %d times after %d analyses", len(got), i+1)
			}
			s := got[i]
			if s.AnalysisID != v.ID || s.Status != "completed" || s.WorkspaceID == "" || s.Counts["high"]+s.Counts["critical"] == 0 {
				t.Fatalf("summary %+v", s)
			}
			severe := s.NewCritical + s.NewHigh
			switch {
			case i == 0 && severe != s.Counts["critical"]+s.Counts["high"]:
				t.Fatalf("first analysis: %d new severe, want all %d", severe, s.Counts["critical"]+s.Counts["high"])
			case i == 1 && severe != 0:
				t.Fatalf("same code again: %d new severe findings, want 0", severe)
			}
		}
	})
}
