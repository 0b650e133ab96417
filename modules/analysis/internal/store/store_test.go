package store

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
)

// eachStore runs fn on a store over SQLite and over PostgreSQL.
func eachStore(t *testing.T, fn func(t *testing.T, s *Store, db *database.DB)) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s, err := New(db)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, s, db)
	})
}

func newAnalysis(t *testing.T, s *Store, ws, project string) *Analysis {
	t.Helper()
	a := &Analysis{WorkspaceID: ws, CreatedBy: NewID(), Name: project, ProjectKey: project, SourceKind: "upload", Tier: "static"}
	if err := s.CreateAnalysis(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

func scanned(i int, sev scanner.Severity, path string) scanner.Finding {
	return scanner.Finding{
		RuleID: fmt.Sprintf("py.rule-%d", i%3), Kind: scanner.KindRule, Title: fmt.Sprintf("Finding %d", i), Message: "m",
		Severity: sev, Confidence: scanner.ConfidenceHigh, CWE: []string{"CWE-89"}, OWASP: []string{"A03:2021-Injection"},
		Location:    scanner.Location{Path: path, StartLine: i + 1, StartColumn: 1, EndLine: i + 1, EndColumn: 5},
		Fingerprint: fmt.Sprintf("fp-%d", i),
		Trace:       []scanner.TraceStep{{Kind: "source", Message: "input"}},
		Extra:       map[string]string{"k": "v"},
	}
}

func TestStore(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store, db *database.DB) {
		ctx := context.Background()
		ws, other := NewID(), NewID()
		a := newAnalysis(t, s, ws, "shop")
		sevs := []scanner.Severity{scanner.SeverityCritical, scanner.SeverityHigh, scanner.SeverityLow}
		var rows []Finding
		for i := range 9 {
			rows = append(rows, FromScanner(a.ID, ws, scanned(i, sevs[i%3], fmt.Sprintf("src/f%d.py", i%2)), nil))
		}
		steps := []struct {
			name string
			run  func(t *testing.T)
		}{
			{"other workspace sees not found", func(t *testing.T) {
				if _, err := s.Analysis(ctx, other, a.ID); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("got %v", err)
				}
				if _, err := s.Analysis(ctx, ws, "not-a-uuid"); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("got %v", err)
				}
			}},
			{"status machine", func(t *testing.T) {
				if err := s.Transition(ctx, a.ID, []Status{StatusRunning}, StatusCompleted, nil); !errors.Is(err, errs.ErrConflict) {
					t.Fatalf("completed a queued analysis: %v", err)
				}
				if err := s.Transition(ctx, a.ID, []Status{StatusCompleted}, StatusRunning, nil); !errors.Is(err, errs.ErrConflict) {
					t.Fatalf("left a terminal state: %v", err)
				}
				if err := s.Transition(ctx, a.ID, []Status{StatusQueued}, StatusRunning, map[string]any{"attempts": 1}); err != nil {
					t.Fatal(err)
				}
				if err := s.Transition(ctx, a.ID, []Status{StatusQueued}, StatusRunning, nil); !errors.Is(err, errs.ErrConflict) {
					t.Fatalf("started twice: %v", err)
				}
				got, _ := s.Analysis(ctx, ws, a.ID)
				if got.Status != StatusRunning || got.Attempts != 1 {
					t.Fatalf("status %s attempts %d", got.Status, got.Attempts)
				}
			}},
			{"credits move once", func(t *testing.T) {
				ok1, err1 := s.SetCreditsState(ctx, a.ID, CreditsNone, CreditsHeld)
				ok2, err2 := s.SetCreditsState(ctx, a.ID, CreditsNone, CreditsHeld)
				if err1 != nil || err2 != nil || !ok1 || ok2 {
					t.Fatalf("first %v %v, second %v %v", ok1, err1, ok2, err2)
				}
			}},
			{"findings insert is idempotent", func(t *testing.T) {
				for range 2 {
					if err := s.InsertFindings(ctx, rows); err != nil {
						t.Fatal(err)
					}
				}
				all, err := s.AllFindings(ctx, a)
				if err != nil || len(all) != 9 {
					t.Fatalf("%d findings, %v", len(all), err)
				}
				f := all[0].Scanner()
				if f.Severity != scanner.SeverityCritical || len(f.Trace) != 1 || f.Extra["k"] != "v" || f.CWE[0] != "CWE-89" {
					t.Fatalf("round trip lost fields: %+v", f)
				}
			}},
			{"filters", func(t *testing.T) {
				cases := []struct {
					flt  Filter
					want int
				}{
					{Filter{}, 9},
					{Filter{Severity: []string{"critical", "high"}}, 6},
					{Filter{CWE: "CWE-89"}, 9},
					{Filter{CWE: "CWE-8"}, 0},
					{Filter{Category: "A03"}, 9},
					{Filter{File: "src/f1"}, 4},
					{Filter{Rule: "py.rule-0"}, 3},
					{Filter{Search: "finding 7"}, 1},
					{Filter{Search: "100%"}, 0},
					{Filter{Triage: "open"}, 9},
					{Filter{Confidence: []string{"low"}}, 0},
				}
				for _, c := range cases {
					got, _, err := s.ListFindings(ctx, a, c.flt, Page{Limit: 100})
					if err != nil || len(got) != c.want {
						t.Errorf("%+v: %d findings, want %d (%v)", c.flt, len(got), c.want, err)
					}
				}
			}},
			{"cursor pagination walks every finding once, in order", func(t *testing.T) {
				for _, sort := range Sorts {
					seen := map[string]bool{}
					cursor, prevRank := "", 99
					for pages := 0; ; pages++ {
						got, next, err := s.ListFindings(ctx, a, Filter{Sort: sort}, Page{Cursor: cursor, Limit: 2})
						if err != nil || pages > 10 {
							t.Fatalf("%s: %v", sort, err)
						}
						for _, f := range got {
							if seen[f.ID] {
								t.Fatalf("%s: %s twice", sort, f.ID)
							}
							seen[f.ID] = true
							if sort == "severity" && f.SeverityRank > prevRank {
								t.Fatalf("severity order broken")
							}
							prevRank = f.SeverityRank
						}
						if next == "" {
							break
						}
						cursor = next
					}
					if len(seen) != 9 {
						t.Fatalf("%s: saw %d", sort, len(seen))
					}
				}
				if _, _, err := s.ListFindings(ctx, a, Filter{Sort: "nope"}, Page{}); !errors.Is(err, errs.ErrInvalid) {
					t.Fatalf("bad sort: %v", err)
				}
				if _, _, err := s.ListFindings(ctx, a, Filter{}, Page{Cursor: "!!"}); !errors.Is(err, errs.ErrBadRequest) {
					t.Fatalf("bad cursor: %v", err)
				}
				// A forged cursor whose values cannot reach a query (not an id, a NUL).
				for _, forged := range []findingCursor{{ID: "nope"}, {ID: rows[0].ID, Path: "a\x00b"}} {
					if _, _, err := s.ListFindings(ctx, a, Filter{Sort: "file"}, Page{Cursor: encodeCursor(forged)}); !errors.Is(err, errs.ErrBadRequest) {
						t.Fatalf("forged cursor %+v: %v", forged, err)
					}
				}
			}},
			{"triage sticks across re-scans and is audited", func(t *testing.T) {
				fs, err := s.Finding(ctx, ws, rows[0].ID)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := s.Finding(ctx, other, rows[0].ID); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("other workspace read a finding: %v", err)
				}
				actor := NewID()
				if err := s.SetTriage(ctx, fs, TriageFalsePositive, "test fixture", actor); err != nil {
					t.Fatal(err)
				}
				if err := s.SetTriage(ctx, fs, TriageAcceptedRisk, "internal only", actor); err != nil {
					t.Fatal(err)
				}
				counts, _ := s.Counts(ctx, a)
				if counts["critical"] != 2 {
					t.Fatalf("triaged finding still counted: %v", counts)
				}
				// A re-scan of the same project inherits the decision.
				b := newAnalysis(t, s, ws, "shop")
				if err := s.InsertFindings(ctx, []Finding{FromScanner(b.ID, ws, scanned(0, scanner.SeverityCritical, "src/f0.py"), nil)}); err != nil {
					t.Fatal(err)
				}
				got, _, _ := s.ListFindings(ctx, b, Filter{Triage: TriageAcceptedRisk}, Page{})
				if len(got) != 1 || got[0].TriageReason != "internal only" || got[0].Scanner().Suppression == nil {
					t.Fatalf("decision did not stick: %+v", got)
				}
				// Another project with the same fingerprint does not.
				c := newAnalysis(t, s, ws, "other-project")
				_ = s.InsertFindings(ctx, []Finding{FromScanner(c.ID, ws, scanned(0, scanner.SeverityCritical, "src/f0.py"), nil)})
				if got, _, _ := s.ListFindings(ctx, c, Filter{Triage: TriageOpen}, Page{}); len(got) != 1 {
					t.Fatalf("decision leaked to another project")
				}
				hist, err := s.TriageHistory(ctx, ws, "shop", "fp-0")
				if err != nil || len(hist) != 2 || hist[0].FromState != "open" || hist[1].FromState != TriageFalsePositive || hist[1].ToState != TriageAcceptedRisk {
					t.Fatalf("audit: %+v %v", hist, err)
				}
				prev, err := s.Previous(ctx, b)
				if !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("a running analysis counted as previous: %+v %v", prev, err)
				}
				_ = s.Transition(ctx, a.ID, []Status{StatusRunning}, StatusCompleted, nil)
				if prev, err := s.Previous(ctx, b); err != nil || prev.ID != a.ID {
					t.Fatalf("previous: %v", err)
				}
			}},
			{"events are sequenced and resumable", func(t *testing.T) {
				for i := range 3 {
					e, err := s.AppendEvent(ctx, a.ID, "scan", fmt.Sprintf(`{"i":%d}`, i))
					if err != nil || e.Seq != int64(i+1) {
						t.Fatalf("seq %v %v", e, err)
					}
				}
				got, err := s.EventsAfter(ctx, a.ID, 1, 10)
				if err != nil || len(got) != 2 || got[0].Seq != 2 {
					t.Fatalf("after 1: %+v %v", got, err)
				}
			}},
			{"list analyses pages newest first", func(t *testing.T) {
				first, next, err := s.ListAnalyses(ctx, ws, "", Page{Limit: 2})
				if err != nil || len(first) != 2 || next == "" {
					t.Fatalf("%d %q %v", len(first), next, err)
				}
				rest, next2, err := s.ListAnalyses(ctx, ws, "", Page{Limit: 2, Cursor: next})
				if err != nil || len(rest) != 1 || next2 != "" || rest[0].ID != a.ID {
					t.Fatalf("second page %d %v", len(rest), err)
				}
				if got, _, _ := s.ListAnalyses(ctx, other, "", Page{}); len(got) != 0 {
					t.Fatal("other workspace listed analyses")
				}
			}},
			{"delete cascades but keeps triage audit", func(t *testing.T) {
				if err := s.DeleteAnalysis(ctx, other, a.ID); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("other workspace deleted: %v", err)
				}
				if err := s.DeleteAnalysis(ctx, ws, a.ID); err != nil {
					t.Fatal(err)
				}
				if got, _ := s.EventsAfter(ctx, a.ID, 0, 10); len(got) != 0 {
					t.Fatal("events survived")
				}
				if _, err := s.Finding(ctx, ws, rows[1].ID); !errors.Is(err, errs.ErrNotFound) {
					t.Fatalf("finding survived: %v", err)
				}
				if hist, _ := s.TriageHistory(ctx, ws, "shop", "fp-0"); len(hist) != 2 {
					t.Fatal("audit lost")
				}
			}},
		}
		for _, st := range steps {
			t.Run(st.name, st.run)
		}
	})
}
