package analysis

import (
	"fmt"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// A triage decision belongs to the project: every completed analysis of
// the project that holds the finding shows it in its score and counts,
// whichever analysis it was made from, and reversing it restores them.
func TestTriageRecountsEveryAnalysisOfTheProject(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		viewer, member := a.who("viewer"), a.who("member")
		files := map[string]string{"app.py": vulnPy}
		older, newer := a.completed(t, files), a.completed(t, files)
		get := func(id string) AnalysisView {
			return decode[AnalysisView](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
		}
		before := get(older)
		if before.ProjectKey != get(newer).ProjectKey {
			t.Fatalf("want one project, got %q and %q", before.ProjectKey, get(newer).ProjectKey)
		}
		page := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+newer+"/findings?severity=critical,high", "", nil))
		if len(page.Items) == 0 {
			t.Fatal("no critical or high finding to triage")
		}
		open := func(v AnalysisView) int { return v.Counts.Critical + v.Counts.High }

		tests := []struct {
			name, from, state string
			delta             int
		}{
			{"triaged in the newer analysis", newer, "false_positive", -1},
			{"reopened from the newer analysis", newer, "open", 0},
			{"triaged in the older analysis", older, "accepted_risk", -1},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				target := page.Items[0].ID
				if tc.from == older {
					op := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+older+"/findings?limit=500", "", nil))
					for _, f := range op.Items {
						if f.Fingerprint == page.Items[0].Fingerprint {
							target = f.ID
						}
					}
				}
				body := fmt.Sprintf(`{"state":%q,"reason":"fixture"}`, tc.state)
				if res := a.do(t, member, "PATCH", "/api/v1/findings/"+target, "application/json", []byte(body)); res.StatusCode != 200 {
					t.Fatalf("triage: %d", res.StatusCode)
				}
				for _, id := range []string{older, newer} {
					v := get(id)
					if got, want := open(v), open(before)+tc.delta; got != want {
						t.Errorf("analysis %s: %d open critical/high, want %d", id, got, want)
					}
					if tc.delta < 0 && *v.Score <= *before.Score {
						t.Errorf("analysis %s: score %d, want above %d", id, *v.Score, *before.Score)
					}
					if tc.delta == 0 && *v.Score != *before.Score {
						t.Errorf("analysis %s: score %d, want %d back", id, *v.Score, *before.Score)
					}
				}
			})
		}
	})
}
