package repositories

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// prPatch adds lines 3–5 of app/views.py.
const prPatch = "@@ -1,2 +1,5 @@\n import os\n def h(request):\n+    cmd = request.args['c']\n+    os.system(cmd)\n+    eval(cmd)\n"

func TestPullRequestReview(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		shaA, shaB := strings.Repeat("a", 40), strings.Repeat("b", 40)
		files := map[string]string{"app/views.py": "import os\ndef h(request):\n    cmd = request.args['c']\n    os.system(cmd)\n    eval(cmd)\n"}
		acme := &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
			shaA: {Commit: shaA, Files: map[string]string{"app/views.py": files["app/views.py"], "marker": "push-a"}},
			shaB: {Commit: shaB, Files: map[string]string{"app/views.py": files["app/views.py"], "marker": "push-b"}},
		}}
		f.Install(11, "acme", acme)
		f.PullRequest("acme/api", 7, githubtest.File{Filename: "app/views.py", Status: "modified", Patch: prPatch},
			githubtest.File{Filename: "logo.png", Status: "added"})
		cmdi := ResultFinding{Fingerprint: "fp-cmdi", RuleID: "VGL-PY-CMDI-001", Title: "OS command injection", Severity: "high", CWE: []string{"CWE-78"},
			Path: "app/views.py", StartLine: 4, EndLine: 4, Trace: []TraceStep{{"app/views.py", 3}, {"app/views.py", 4}},
			Fix: "--- a/app/views.py\n+++ b/app/views.py\n@@ -4,1 +4,1 @@\n-    os.system(cmd)\n+    subprocess.run([\"echo\", cmd], check=True)\n"}
		evalF := ResultFinding{Fingerprint: "fp-eval", RuleID: "VGL-PY-EVAL-001", Title: "eval of user input", Severity: "medium", Path: "app/views.py", StartLine: 5, EndLine: 5}
		oldF := ResultFinding{Fingerprint: "fp-old", RuleID: "R", Title: "old", Severity: "critical", Path: "app/other.py", StartLine: 9, EndLine: 9}
		h.analyses.results = map[string]Result{
			"push-a": {Status: "completed", Findings: []ResultFinding{cmdi, oldF}},
			"push-b": {Status: "completed", Findings: []ResultFinding{cmdi, evalF, oldF}},
		}
		admin := h.who("admin")
		state := startInstall(t, h, admin)
		if res := h.get(t, admin, setupPath("11", authorize(f, 11), state)); res.StatusCode != 302 {
			t.Fatalf("setup: %d", res.StatusCode)
		}
		if res, body := h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"}); res.StatusCode != 201 {
			t.Fatalf("connect: %d %s", res.StatusCode, body)
		}
		waitFor := func(what string, ok func() bool) {
			t.Helper()
			deadline := time.Now().Add(20 * time.Second)
			for !ok() {
				if time.Now().After(deadline) {
					t.Fatalf("timed out waiting for %s; calls: %+v", what, f.Calls())
				}
				time.Sleep(50 * time.Millisecond)
			}
		}

		// First push: one review with the command injection on line 4,
		// as a one-click suggestion; the check run fails at "high".
		start := time.Now()
		body := prBody("opened", 7, shaA, false, 700)
		if status, ans, _ := h.deliver(t, "pull_request", "pr-1", sign("whsec", body), body); status != 202 {
			t.Fatalf("deliver: %d %s", status, ans)
		}
		waitFor("the first check run", func() bool { return len(f.CheckRuns()) == 1 })
		t.Logf("webhook to review posted: %s", time.Since(start))
		reviews := f.Reviews()
		if len(reviews) != 1 {
			t.Fatalf("reviews = %d, want 1", len(reviews))
		}
		rv := reviews[0].Body
		comments := rv["comments"].([]any)
		if rv["commit_id"] != shaA || rv["event"] != "COMMENT" || len(comments) != 1 {
			t.Fatalf("review = %v", rv)
		}
		c := comments[0].(map[string]any)
		if c["path"] != "app/views.py" || c["line"] != float64(4) || c["side"] != "RIGHT" {
			t.Errorf("comment at %v:%v side %v, want app/views.py:4 RIGHT", c["path"], c["line"], c["side"])
		}
		cb := c["body"].(string)
		for _, w := range []string{"**HIGH**", "VGL-PY-CMDI-001", "CWE-78", "`app/views.py:3` → `app/views.py:4`", "```suggestion\n    subprocess.run([\"echo\", cmd], check=True)\n```"} {
			if !strings.Contains(cb, w) {
				t.Errorf("comment lacks %q:\n%s", w, cb)
			}
		}
		if strings.Contains(fmt.Sprint(rv), "app/other.py") {
			t.Errorf("a finding outside the diff was posted: %v", rv)
		}
		cr := f.CheckRuns()[0].Body
		out := cr["output"].(map[string]any)
		if cr["name"] != "Vigil" || cr["head_sha"] != shaA || cr["conclusion"] != "failure" || cr["status"] != "completed" ||
			!strings.Contains(out["summary"].(string), "Files reviewed: 1 of 2.") || len(out["annotations"].([]any)) != 1 {
			t.Errorf("check run = %v", cr)
		}

		// Second push: the command injection is not posted again; only the
		// new eval finding is; medium stays under the threshold but the
		// still-open high one keeps the check failing.
		body = prBody("synchronize", 7, shaB, false, 700)
		if status, ans, _ := h.deliver(t, "pull_request", "pr-2", sign("whsec", body), body); status != 202 {
			t.Fatalf("deliver: %d %s", status, ans)
		}
		waitFor("the second check run", func() bool { return len(f.CheckRuns()) == 2 })
		reviews = f.Reviews()
		if len(reviews) != 2 {
			t.Fatalf("reviews = %d, want 2", len(reviews))
		}
		comments = reviews[1].Body["comments"].([]any)
		if len(comments) != 1 || !strings.Contains(comments[0].(map[string]any)["body"].(string), "fp-eval") {
			t.Fatalf("second review comments = %v, want only the eval finding", comments)
		}
		all := f.Comments("acme/api", 7)
		seen := map[string]int{}
		for _, c := range all {
			for _, fp := range []string{"fp-cmdi", "fp-eval"} {
				if strings.Contains(c.Body, fp) {
					seen[fp]++
				}
			}
		}
		if seen["fp-cmdi"] != 1 || seen["fp-eval"] != 1 {
			t.Errorf("comments per finding = %v, want one each", seen)
		}
		if cr := f.CheckRuns()[1].Body; cr["conclusion"] != "failure" || cr["head_sha"] != shaB {
			t.Errorf("second check run = %v", cr)
		}

		// Third push, same findings: no review at all, a check run only.
		body = prBody("synchronize", 7, shaB, false, 700)
		if status, _, _ := h.deliver(t, "pull_request", "pr-3", sign("whsec", body), body); status != 202 {
			t.Fatal(status)
		}
		waitFor("the third check run", func() bool { return len(f.CheckRuns()) == 3 })
		if n := len(f.Reviews()); n != 2 {
			t.Errorf("reviews = %d after a push with nothing new, want still 2", n)
		}
		var raw []byte
		raw, _ = json.Marshal(f.CallsTo(`^POST /repos/acme/api/(pulls/7/reviews|check-runs)$`))
		if strings.Contains(string(raw), "ghs_") && !strings.Contains(string(raw), "token ghs_") {
			t.Errorf("unexpected auth on posts: %s", raw)
		}
	})
}

func TestPullRequestWithoutCredits(t *testing.T) {
	h, f := githubHarness(t, dbtest.Open(t, "sqlite"))
	sha := strings.Repeat("c", 40)
	f.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
		sha: {Commit: sha, Files: map[string]string{"a.py": "x=1\n"}}}})
	admin := h.who("admin")
	state := startInstall(t, h, admin)
	h.get(t, admin, setupPath("11", authorize(f, 11), state))
	h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"})
	h.analyses.err = paymentRequired()
	body := prBody("opened", 3, sha, false, 700)
	h.deliver(t, "pull_request", "pr-x", sign("whsec", body), body)
	deadline := time.Now().Add(20 * time.Second)
	for len(f.CheckRuns()) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	crs := f.CheckRuns()
	if len(crs) != 1 || crs[0].Body["conclusion"] != "neutral" || !strings.Contains(fmt.Sprint(crs[0].Body["output"]), "Not enough credits") {
		t.Fatalf("check runs = %v, want one neutral saying credits are short", crs)
	}
	if len(f.Reviews()) != 0 {
		t.Error("a review was posted without an analysis")
	}
}

// GitHub jobs look at their analysis again after GitHubDeps.ReviewPoll,
// one second unless set.
func TestReviewPoll(t *testing.T) {
	for _, tc := range []struct {
		name string
		gh   *GitHubDeps
		want time.Duration
	}{
		{"GitHub off", nil, time.Second},
		{"unset", &GitHubDeps{}, time.Second},
		{"set", &GitHubDeps{ReviewPoll: 20 * time.Millisecond}, 20 * time.Millisecond},
	} {
		s := &Service{d: Deps{GitHub: tc.gh}}
		if got := s.reviewPoll(); got != tc.want {
			t.Errorf("%s: reviewPoll() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
