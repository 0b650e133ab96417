package analysis

import (
	"fmt"
	"strings"
	"testing"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// The summary counts every finding (more than one page), agrees with the
// findings list and the analysis' severity counts, and follows triage.
func TestSummaryEndpoint(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		viewer, member := a.who("viewer"), a.who("member")
		files := map[string]string{}
		for i := range 30 {
			files[fmt.Sprintf("app/m%02d.py", i)] = vulnPy
		}
		files["lib/one.py"] = "import os\nos.system(input())\n"
		id := a.completed(t, files)

		var all []FindingView
		for cursor := ""; ; {
			p := decode[Page[FindingView]](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/findings?limit=50&cursor="+cursor, "", nil))
			all = append(all, p.Items...)
			if cursor = p.NextCursor; cursor == "" {
				break
			}
		}
		if len(all) <= 50 {
			t.Fatalf("want more than one page of findings, got %d", len(all))
		}
		sum := decode[Summary](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/summary?top=5", "", nil))
		view := decode[AnalysisView](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
		c := view.Counts
		wantSev := map[string]int{"critical": c.Critical, "high": c.High, "medium": c.Medium, "low": c.Low, "info": c.Info}
		if sum.Scope != "open" || sum.Findings != len(all) || fmt.Sprint(sum.BySeverity) != fmt.Sprint(wantSev) {
			t.Fatalf("summary %d findings %v, list has %d, counts %v", sum.Findings, sum.BySeverity, len(all), wantSev)
		}
		rules := map[string]int{}
		for _, f := range all {
			rules[f.RuleID]++
		}
		if sum.ByRule.Distinct != len(rules) || len(sum.ByRule.Buckets) != min(5, len(rules)) || sum.ByRule.Buckets[0].Count != rules[sum.ByRule.Buckets[0].Key] {
			t.Fatalf("rules %+v, list %v", sum.ByRule, rules)
		}
		if sum.ByFile.Distinct != 31 || len(sum.ByFile.Buckets) != 5 || sum.ByFile.Other+sumBuckets(sum.ByFile) != len(all) {
			t.Fatalf("files %+v", sum.ByFile)
		}
		if len(sum.ByCWE.Buckets) == 0 || !strings.HasPrefix(sum.ByCWE.Buckets[0].Key, "CWE-") {
			t.Fatalf("cwe %+v", sum.ByCWE)
		}

		// Triage one finding: it leaves the open scope, not the "all" one.
		res := a.do(t, member, "PATCH", "/api/v1/findings/"+all[0].ID, "application/json", []byte(`{"state":"false_positive","reason":"fixture"}`))
		if res.StatusCode != 200 {
			t.Fatalf("triage: %d", res.StatusCode)
		}
		open := decode[Summary](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/summary", "", nil))
		every := decode[Summary](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/summary?scope=all", "", nil))
		if open.Findings != len(all)-1 || every.Findings != len(all) || every.Scope != "all" {
			t.Fatalf("after triage: open %d all %d (had %d)", open.Findings, every.Findings, len(all))
		}

		for _, q := range []string{"scope=some", "top=0", "top=101", "top=x", "file_kind=prod"} {
			if res := a.do(t, viewer, "GET", "/api/v1/analyses/"+id+"/summary?"+q, "", nil); res.StatusCode != 422 {
				t.Errorf("?%s: %d, want 422", q, res.StatusCode)
			}
		}
	})
}

func sumBuckets(b Breakdown) int {
	n := 0
	for _, x := range b.Buckets {
		n += x.Count
	}
	return n
}
