package repositories

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"vigil/modules/repositories/internal/gittest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// fakeTallies answers the configured tallies of its workspace and records
// which ids were asked for.
type fakeTallies struct {
	mu    sync.Mutex
	ws    string
	by    map[string]Tally
	asked [][]string
	err   error
}

func (f *fakeTallies) Tallies(_ context.Context, ws string, ids []string) (map[string]Tally, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, ids)
	if f.err != nil {
		return nil, f.err
	}
	out := map[string]Tally{}
	for _, id := range ids {
		if t, ok := f.by[id]; ok && ws == f.ws {
			out[id] = t
		}
	}
	return out, nil
}

// TestScanTallies: the detail shows each scan's analysis status, and its
// counts once completed; a failed read leaves them out, not the history.
func TestScanTallies(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ft := &fakeTallies{}
		h := newHarness(t, db, func(d *Deps) { d.Tallies = ft })
		ft.ws = h.ws
		repo := gittest.Serve(t, "")
		res, body := h.do(t, h.who("admin"), "POST", "/api/v1/repositories", map[string]any{"url": repo.URL})
		if res.StatusCode != 201 {
			t.Fatalf("add: %d %s", res.StatusCode, body)
		}
		var rep Repository
		_ = json.Unmarshal(body, &rep)
		var started []string
		for range 3 {
			res, body := h.do(t, h.who("member"), "POST", "/api/v1/repositories/"+rep.ID+"/scan", map[string]any{"ref": "main"})
			if res.StatusCode != 201 {
				t.Fatalf("scan: %d %s", res.StatusCode, body)
			}
			var st ScanStarted
			_ = json.Unmarshal(body, &st)
			started = append(started, st.ID)
		}
		ft.by = map[string]Tally{
			started[0]: {Status: "completed", Counts: SeverityCounts{Critical: 1, High: 2, Low: 4}},
			started[1]: {Status: "running", Counts: SeverityCounts{High: 9}},
			// started[2] unknown to the analysis module (deleted)
		}
		detail := func() RepositoryDetail {
			t.Helper()
			res, body := h.do(t, h.who("viewer"), "GET", "/api/v1/repositories/"+rep.ID, nil)
			if res.StatusCode != 200 {
				t.Fatalf("get: %d %s", res.StatusCode, body)
			}
			var d RepositoryDetail
			_ = json.Unmarshal(body, &d)
			return d
		}
		byAnalysis := map[string]Scan{}
		for _, sc := range detail().Scans {
			byAnalysis[sc.AnalysisID] = sc
		}
		cases := []struct {
			id     string
			status string
			counts *SeverityCounts
		}{
			{started[0], "completed", &SeverityCounts{Critical: 1, High: 2, Low: 4}},
			{started[1], "running", nil},
			{started[2], "", nil},
		}
		for _, tc := range cases {
			sc := byAnalysis[tc.id]
			if sc.AnalysisStatus != tc.status || (sc.Counts == nil) != (tc.counts == nil) || (tc.counts != nil && *sc.Counts != *tc.counts) {
				t.Errorf("scan of %s: status %q counts %+v, want %q %+v", tc.id, sc.AnalysisStatus, sc.Counts, tc.status, tc.counts)
			}
		}
		if n := len(ft.asked); n != 1 || len(ft.asked[0]) != 3 {
			t.Errorf("asked %v, want one call with the three analyses", ft.asked)
		}

		ft.err = errs.New(errs.KindUnavailable, "database away")
		d := detail()
		if len(d.Scans) != 3 || d.Scans[0].AnalysisStatus != "" || d.Scans[0].Counts != nil {
			t.Errorf("with tallies failing: %+v", d.Scans)
		}
	})
}
