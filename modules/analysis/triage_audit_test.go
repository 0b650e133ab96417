package analysis

import (
	"fmt"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestTriageIsAudited: every triage decision (and reopening) leaves an
// audit entry naming who decided what about which finding, and a refused
// decision leaves none.
func TestTriageIsAudited(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		done := a.completed(t, map[string]string{"app.py": vulnPy})
		page := decode[Page[FindingView]](t, a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+done+"/findings", "", nil))
		if len(page.Items) == 0 {
			t.Fatal("no findings to triage")
		}
		finding := page.Items[0].ID
		log := &auditLog{}
		a.svc.d.Audit = log
		tests := []struct {
			name      string
			body      string
			status    int
			wantState string // "" = no entry
		}{
			{"false positive", `{"state":"false_positive","reason":"constant input"}`, 200, "false_positive"},
			{"refused without a reason", `{"state":"accepted_risk"}`, 422, ""},
			{"reopened", `{"state":"open"}`, 200, "open"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := len(log.entries)
				res := a.do(t, a.who("member"), "PATCH", "/api/v1/findings/"+finding, "application/json", []byte(tt.body))
				if res.StatusCode != tt.status {
					t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
				}
				added := log.entries[before:]
				if tt.wantState == "" {
					if len(added) != 0 {
						t.Fatalf("refused decision audited: %+v", added)
					}
					return
				}
				if len(added) != 1 {
					t.Fatalf("%d entries, want 1: %+v", len(added), added)
				}
				e := added[0]
				if e.Action != "finding.triaged" || e.Target != "finding:"+finding || e.WorkspaceID != a.ws ||
					e.ActorID == "" || fmt.Sprint(e.Details["state"]) != tt.wantState {
					t.Fatalf("entry %+v", e)
				}
			})
		}
	})
}
