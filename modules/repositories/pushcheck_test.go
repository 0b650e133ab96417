package repositories

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestPushConclusion(t *testing.T) {
	f := func(sev, triage, path string) ResultFinding {
		return ResultFinding{RuleID: "R-" + sev, Title: sev + " thing", Message: "bad " + sev, Severity: sev, Triage: triage, Path: path, StartLine: 3, EndLine: 2, CWE: []string{"CWE-1"}}
	}
	many := make([]ResultFinding, 0, 520)
	for range 520 {
		many = append(many, f("low", "", "a.py"))
	}
	cases := []struct {
		name       string
		findings   []ResultFinding
		threshold  string
		conclusion string
		total      int
		blocking   int
		levels     []string
	}{
		{"none", nil, "high", "success", 0, 0, nil},
		{"high at high", []ResultFinding{f("high", "open", "a.py"), f("medium", "", "b.py")}, "high", "failure", 2, 1, []string{"failure", "warning"}},
		{"high under critical", []ResultFinding{f("high", "", "a.py")}, "critical", "success", 1, 0, []string{"warning"}},
		{"dismissed and fixed do not count", []ResultFinding{f("critical", "false_positive", "a.py"), f("critical", "accepted_risk", "a.py"), f("critical", "fixed", "a.py"), f("info", "", "c.py")}, "low", "success", 1, 0, []string{"notice"}},
		{"no file: counted, not annotated", []ResultFinding{f("critical", "", "")}, "high", "failure", 1, 1, nil},
		{"info threshold", []ResultFinding{f("info", "", "a.py")}, "info", "failure", 1, 1, []string{"failure"}},
		{"capped annotations", many, "high", "success", 520, 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := pushConclusion(tc.findings, tc.threshold)
			if c.Conclusion != tc.conclusion || c.Total != tc.total || c.Blocking != tc.blocking {
				t.Errorf("got %s total %d blocking %d, want %s %d %d", c.Conclusion, c.Total, c.Blocking, tc.conclusion, tc.total, tc.blocking)
			}
			if tc.levels != nil {
				var got []string
				for _, a := range c.Annotations {
					got = append(got, a.AnnotationLevel)
					if a.StartLine != 3 || a.EndLine != 3 || !strings.Contains(a.Message, "(CWE-1)") || !strings.HasPrefix(a.Title, "[") {
						t.Errorf("annotation %+v", a)
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(tc.levels) {
					t.Errorf("levels %v, want %v", got, tc.levels)
				}
			}
			if tc.total == 520 {
				if len(c.Annotations) != maxCheckAnnotations || !strings.Contains(c.summary(tc.threshold), "Annotated: 500 of 520") {
					t.Errorf("%d annotations, summary %q", len(c.Annotations), c.summary(tc.threshold))
				}
			}
		})
	}
}

// TestPushCheckRun: a push to the default branch creates an in-progress
// check run on the pushed commit when its analysis starts, then completes
// it with the conclusion by the repository's threshold and annotations
// (50 a call); a push that cannot be analysed gets a neutral one.
func TestPushCheckRun(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		shaA, shaB, shaC, shaD, shaE := strings.Repeat("a", 40), strings.Repeat("b", 40), strings.Repeat("c", 40), strings.Repeat("d", 40), strings.Repeat("e", 40)
		refs := map[string]githubtest.Tree{}
		for _, s := range []string{shaA, shaB, shaC, shaD, shaE} {
			refs[s] = githubtest.Tree{Commit: s, Files: map[string]string{"app/views.py": "x = 1\n", "marker": "push-" + s[:1]}}
		}
		f.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: refs})
		high := ResultFinding{Fingerprint: "fp-h", RuleID: "VGL-PY-CMDI-001", Title: "OS command injection", Message: "request data reaches os.system",
			Severity: "high", CWE: []string{"CWE-78"}, Path: "app/views.py", StartLine: 4, EndLine: 4}
		medium := ResultFinding{Fingerprint: "fp-m", RuleID: "VGL-PY-EVAL-001", Title: "eval", Severity: "medium", Path: "app/util.py", StartLine: 9, EndLine: 11}
		many := make([]ResultFinding, 120)
		for i := range many {
			many[i] = ResultFinding{Fingerprint: fmt.Sprint("fp-", i), RuleID: "R", Title: "t", Severity: "low", Path: "a.py", StartLine: i + 1, EndLine: i + 1}
		}
		h.analyses.results = map[string]Result{
			"push-a": {Status: "completed", Findings: []ResultFinding{high, medium}},
			"push-b": {Status: "completed", Findings: []ResultFinding{high, medium}},
			"push-c": {Status: "completed", Findings: many},
			"push-e": {Status: "completed", Findings: many},
		}
		admin := h.who("admin")
		state := startInstall(t, h, admin)
		h.get(t, admin, setupPath("11", authorize(f, 11), state))
		res, body := h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"})
		if res.StatusCode != 201 {
			t.Fatalf("connect: %d %s", res.StatusCode, body)
		}
		repID := strings.Split(strings.Split(string(body), `"id":"`)[1], `"`)[0]
		push := func(id, sha string) {
			t.Helper()
			b := pushBody(11, 700, "refs/heads/main", sha)
			if status, ans, _ := h.deliver(t, "push", id, sign("whsec", b), b); status != 202 {
				t.Fatalf("push: %d %s", status, ans)
			}
		}
		completed := func(n int) []githubtest.CheckUpdate {
			t.Helper()
			deadline := time.Now().Add(20 * time.Second)
			for {
				var done []githubtest.CheckUpdate
				for _, u := range f.CheckUpdates() {
					if u.Body["status"] == "completed" {
						done = append(done, u)
					}
				}
				if len(done) >= n {
					return done
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d completed check run(s), want %d; calls %+v", len(done), n, f.Calls())
				}
				time.Sleep(50 * time.Millisecond)
			}
		}

		// At the default threshold (high) the high finding fails it.
		push("p-a", shaA)
		u := completed(1)[0]
		crs := f.CheckRuns()
		if len(crs) != 1 {
			t.Fatalf("check runs created = %d, want 1", len(crs))
		}
		cr := crs[0].Body
		if _, has := cr["conclusion"]; has || cr["status"] != "in_progress" || cr["head_sha"] != shaA || cr["name"] != "Vigil" ||
			!strings.HasPrefix(fmt.Sprint(cr["details_url"]), "https://vigil.example.com/analyses/") || cr["started_at"] == nil {
			t.Errorf("created check run = %v, want in_progress on the pushed commit, without a conclusion", cr)
		}
		if u.ID != crs[0].ID || u.Body["conclusion"] != "failure" || u.Body["completed_at"] == nil {
			t.Errorf("update = %+v, want check run %d completed with failure", u, crs[0].ID)
		}
		out := u.Body["output"].(map[string]any)
		ann := out["annotations"].([]any)
		if out["title"] != "2 open findings, 1 at or above high" || len(ann) != 2 {
			t.Fatalf("output = %v", out)
		}
		a0, a1 := ann[0].(map[string]any), ann[1].(map[string]any)
		if a0["path"] != "app/views.py" || a0["start_line"] != float64(4) || a0["annotation_level"] != "failure" ||
			!strings.Contains(fmt.Sprint(a0["title"]), "VGL-PY-CMDI-001") || !strings.Contains(fmt.Sprint(a0["message"]), "CWE-78") {
			t.Errorf("first annotation = %v", a0)
		}
		if a1["path"] != "app/util.py" || a1["start_line"] != float64(9) || a1["end_line"] != float64(11) || a1["annotation_level"] != "warning" {
			t.Errorf("second annotation = %v", a1)
		}
		if !strings.Contains(fmt.Sprint(out["summary"]), "| high | 1 |") {
			t.Errorf("summary = %v", out["summary"])
		}

		// At critical, the same findings pass.
		if res, body := h.do(t, admin, "PATCH", "/api/v1/repositories/"+repID, map[string]any{"review_threshold": "critical"}); res.StatusCode != 200 {
			t.Fatalf("threshold: %d %s", res.StatusCode, body)
		}
		push("p-b", shaB)
		if u := completed(2)[1]; u.Body["conclusion"] != "success" {
			t.Errorf("at critical: %v", u.Body)
		}

		// 120 annotations: two batches of 50, then the completion with 20.
		before := len(f.CheckUpdates())
		push("p-c", shaC)
		completed(3)
		ups := f.CheckUpdates()[before:]
		var sizes []int
		for _, u := range ups {
			sizes = append(sizes, len(u.Body["output"].(map[string]any)["annotations"].([]any)))
		}
		if fmt.Sprint(sizes) != "[50 50 20]" || ups[0].Body["status"] != nil || ups[2].Body["status"] != "completed" {
			t.Errorf("batches %v, first %v", sizes, ups[0].Body)
		}

		// GitHub fails the second batch past the client's retries: a later
		// step goes on from the 50 sent, none is added twice.
		before = len(f.CheckUpdates())
		patches := len(f.CallsTo(`^PATCH /repos/acme/api/check-runs/`))
		retryNow := githubtest.Failure{Status: 502, Headers: map[string]string{"Retry-After": "0"}}
		f.FailAfter("/repos/acme/api/check-runs/", 1, retryNow, retryNow, retryNow, retryNow, retryNow)
		push("p-e", shaE)
		completed(4)
		sizes = nil
		for _, u := range f.CheckUpdates()[before:] {
			sizes = append(sizes, len(u.Body["output"].(map[string]any)["annotations"].([]any)))
		}
		if fmt.Sprint(sizes) != "[50 50 20]" {
			t.Errorf("after a failed batch: batches %v, want [50 50 20]", sizes)
		}
		if n := len(f.CallsTo(`^PATCH /repos/acme/api/check-runs/`)) - patches; n != 8 {
			t.Errorf("PATCH calls = %d, want 3 accepted and 5 failed", n)
		}

		// Not enough credits: one neutral, completed check run.
		h.analyses.err = paymentRequired()
		push("p-d", shaD)
		deadline := time.Now().Add(20 * time.Second)
		for len(f.CheckRuns()) < 5 && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		crs = f.CheckRuns()
		if len(crs) != 5 || crs[4].Body["conclusion"] != "neutral" || crs[4].Body["head_sha"] != shaD || !strings.Contains(fmt.Sprint(crs[4].Body["output"]), "Not enough credits") {
			t.Fatalf("check runs = %v, want a fifth, neutral, saying credits are short", crs)
		}
	})
}
