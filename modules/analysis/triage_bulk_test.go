package analysis

import (
	"encoding/json"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// Bulk triage applies one decision to the selected findings, all or none,
// and the analysis comes back with its score recomputed.
func TestBulkTriage(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		viewer, member := a.who("viewer"), a.who("member")
		id := a.completed(t, map[string]string{"app.py": vulnPy})
		other := a.completed(t, map[string]string{"lib/one.py": "import os\nos.system(input())\n"})
		list := func(id, q string) []FindingView {
			return decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=500"+q, "", nil)).Items
		}
		all := list(id, "")
		if len(all) < 3 {
			t.Fatalf("want at least 3 findings, got %d", len(all))
		}
		ids := func(fs []FindingView) []string {
			var out []string
			for _, f := range fs {
				out = append(out, f.ID)
			}
			return out
		}
		body := func(ids []string, state, reason string) []byte {
			b, _ := json.Marshal(BulkTriageRequest{FindingIDs: ids, State: state, Reason: reason})
			return b
		}
		before := decode[AnalysisView](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
		log := &auditLog{}
		a.svc.d.Audit = log

		rejected := []struct {
			name string
			body []byte
		}{
			{"no reason", body(ids(all[:2]), "false_positive", " ")},
			{"a NUL in the reason", body(ids(all[:2]), "false_positive", "bad\x00reason")},
			{"no findings", body(nil, "false_positive", "fixture")},
			{"unknown state", body(ids(all[:2]), "wontfix", "fixture")},
			{"a finding of another analysis", body(append(ids(all[:2]), list(other, "")[0].ID), "false_positive", "fixture")},
			{"too many", body(strings.Split(strings.Repeat(all[0].ID+",", MaxBulkTriage+1), ",")[:MaxBulkTriage+1], "fixed", "fixture")},
		}
		for _, tc := range rejected {
			t.Run(tc.name, func(t *testing.T) {
				if res := a.do(t, member, "POST", "/api/v1/analyses/"+id+"/triage", "application/json", tc.body); res.StatusCode != 422 {
					t.Fatalf("status %d, want 422", res.StatusCode)
				}
				if n := len(list(id, "&triage=open")); n != len(all) {
					t.Fatalf("%d open findings after a rejected request, want %d", n, len(all))
				}
			})
		}

		res := a.do(t, member, "POST", "/api/v1/analyses/"+id+"/triage", "application/json", body(ids(all[:2]), "accepted_risk", "internal tool"))
		if res.StatusCode != 200 {
			t.Fatalf("bulk triage: %d", res.StatusCode)
		}
		out := decode[BulkTriageResult](t, res)
		if out.Updated != 2 || *out.Analysis.Score <= *before.Score {
			t.Fatalf("updated %d, score %d (was %d)", out.Updated, *out.Analysis.Score, *before.Score)
		}
		if got := list(id, "&triage=accepted_risk"); len(got) != 2 || got[0].Triage.Reason != "internal tool" {
			t.Fatalf("accepted: %+v", got)
		}
		// Each decision is audited once, the rejected requests not at all.
		if len(log.entries) != 2 || log.entries[0].Action != "finding.triaged" || log.entries[1].Action != "finding.triaged" {
			t.Fatalf("audit entries: %+v", log.entries)
		}
		if res := a.do(t, viewer, "POST", "/api/v1/analyses/"+id+"/triage", "application/json", body(ids(all[2:3]), "fixed", "x")); res.StatusCode != 403 {
			t.Fatalf("viewer: %d, want 403", res.StatusCode)
		}
	})
}
