package analysis

import (
	"strings"
	"testing"

	"vigil/modules/analysis/internal/intake"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// repoModelsApp runs SQL through an in-house layer that only the
// repository's own model pack names.
const repoModelsApp = "from mylib.web import param\nfrom mylib import db\n\n\ndef handler():\n    db.raw_query(\"SELECT * FROM t WHERE a = '\" + param(\"q\") + \"'\")\n"

// TestRepositoryModelPacks: an upload's .vigil.yml models: list applies in
// the server's analysis (its other settings come from the analysis), and
// a pack there that does not load fails the analysis, naming file and line.
func TestRepositoryModelPacks(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true)
		cases := []struct {
			name   string
			pack   string
			status string
			want   string // a finding's rule, or words of the failure reason
		}{
			{"pack applies", "pack: mylib\nlanguage: python\ndescription: in-house\nsources:\n  - {call: mylib.web.param}\nsinks:\n  - {kind: sql, call: mylib.db.raw_query, args: [0]}\n",
				"completed", "VGL-PY-SQLI-001"},
			{"bad pack", "pack: mylib\nlanguage: python\nsinks:\n  - {call: mylib.db.raw_query}\n",
				"failed", "sec/mylib.yml: line 4: sink 0: call and kind are required"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				src := zipOf(t, map[string]string{"app/handler.py": repoModelsApp, "sec/mylib.yml": c.pack, ".vigil.yml": "models: [sec]\n"})
				created, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "shop.zip", Data: src}}}})
				if err != nil {
					t.Fatal(err)
				}
				v := waitStatus(t, e, created.ID, "completed", "failed")
				if v.Status != c.status {
					t.Fatalf("status %s (%s), want %s", v.Status, v.FailureReason, c.status)
				}
				if c.status == "failed" {
					if !strings.Contains(v.FailureReason, c.want) {
						t.Errorf("failure reason %q does not say %q", v.FailureReason, c.want)
					}
					return
				}
				page, err := e.svc.Findings(e.as("viewer"), v.ID, FindingFilter{}, "", 50)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, f := range page.Items {
					found = found || f.RuleID == c.want && f.Location.Path == "app/handler.py"
				}
				if !found {
					t.Errorf("no %s finding in app/handler.py: %+v", c.want, page.Items)
				}
			})
		}
	})
}
