package cortex

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

const invoicesGo = `package api

func (h *Handler) DeleteInvoice(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	inv, _ := h.store.Invoice(r.Context(), id)
	h.store.Delete(r.Context(), inv.ID)
	w.WriteHeader(204)
}
`

func TestAnalyzePipeline(t *testing.T) {
	src := srcFS(map[string]string{
		"app/users.py":         sqliPy,
		"api/invoices.go":      invoicesGo,
		"README.md":            "# not code\n",
		"tests/test_users.py":  "def test_x():\n    assert True\n",
		"node_modules/x/a.js":  "eval(x)\n",
		"app/util/strings.py":  "def upper(s):\n    return s.upper()\n",
		"app/util/safe_sql.py": "def q(db, uid):\n    db.execute(\"SELECT 1 WHERE id = ?\", (uid,))\n",
	})
	safe := scanner.Finding{RuleID: "py.sqli", Kind: scanner.KindRule, Title: "SQL query", Severity: scanner.SeverityMedium,
		Location: scanner.Location{Path: "app/util/safe_sql.py", StartLine: 2, EndLine: 2},
		Snippet:  `db.execute("SELECT 1 WHERE id = ?", (uid,))`, Fingerprint: "fp-safe"}
	dep := scanner.Finding{RuleID: "dep.osv", Kind: scanner.KindDependency, Title: "vulnerable flask", Severity: scanner.SeverityHigh,
		Location: scanner.Location{Path: "requirements.txt", StartLine: 1, EndLine: 1}, Fingerprint: "fp-dep"}
	review := `{"findings":[
 {"title":"Missing authorization on invoice deletion","severity":"high","cwe":"CWE-862","start_line":5,"end_line":6,
  "quote":"h.store.Delete(r.Context(), inv.ID)","explanation":"no ownership check","confidence":0.9},
 {"title":"Ignored error","severity":"low","cwe":"CWE-703","start_line":5,"end_line":5,
  "quote":"inv, _ := h.store.Invoice(r.Context(), id)","explanation":"error dropped","confidence":0.5},
 {"title":"Made up","severity":"critical","cwe":"CWE-78","start_line":99,"end_line":99,"quote":"exec(cmd)","explanation":"x","confidence":0.9}]}`
	fixDiff := "--- a/app/users.py\n+++ b/app/users.py\n@@ -7,1 +7,1 @@\n-    cur.execute(\"SELECT * FROM users WHERE id = \" + user_id)\n+    cur.execute(\"SELECT * FROM users WHERE id = ?\", (user_id,))\n"
	var reviews atomic.Int32
	brain := func(n int, c fakeCall) fakeReply {
		_, inside := splitBlocks(c.User)
		switch taskOf(c) {
		case "triage":
			return fakeReply{Answer: obedientTriage(c), InTok: 800, OutTok: 60}
		case "review":
			reviews.Add(1)
			if strings.Contains(inside, "path: api/invoices.go") {
				return fakeReply{Answer: review, InTok: 2000, OutTok: 400}
			}
			return fakeReply{Answer: `{"findings":[]}`, InTok: 1500, OutTok: 10}
		case "recheck":
			if strings.Contains(inside, "Missing authorization") {
				return fakeReply{Answer: `{"verdict":"confirmed","confidence":0.8,"reason":"no owner check before Delete"}`, InTok: 900, OutTok: 40}
			}
			return fakeReply{Answer: `{"verdict":"refuted","confidence":0.7,"reason":"the error is harmless here"}`, InTok: 900, OutTok: 40}
		case "fix", "fix_repair":
			if strings.Contains(inside, `"file": "app/users.py"`) {
				b, _ := jsonString(fixDiff)
				return fakeReply{Answer: `{"diff":` + b + `,"explanation":"parameterise"}`, InTok: 1000, OutTok: 120}
			}
			return fakeReply{Answer: `{"diff":"--- a/x\n+++ b/x\n","explanation":"?"}`, InTok: 1000, OutTok: 20}
		case "summary":
			return fakeReply{Answer: `{"summary":"One SQL injection and one broken access control.","top_risks":["SQL injection in app/users.py"]}`, InTok: 500, OutTok: 40}
		}
		t.Errorf("unexpected prompt: %q", c.User)
		return fakeReply{Status: http.StatusBadRequest}
	}
	ollama := newFake(t, KindOllama, brain)
	claude := newFake(t, KindAnthropic, brain)
	gpt := newFake(t, KindOpenAI, brain)
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{
		provider(ollama, "local", fast("qwen", 0, 0, 32000)),
		provider(claude, "claude", strong("sonnet", 3, 15, 200000)),
		provider(gpt, "openai", strong("gpt-strong", 5, 20, 128000)),
	}})
	budget := NewBudget(1)
	rep := s.Analyze(context.Background(), Input{Source: src, Findings: []scanner.Finding{sqliFinding(), safe, dep}, Budget: budget, MaxReviewFiles: 3})

	if len(rep.Triage) != 2 {
		t.Fatalf("triage = %+v (dependency findings are not triaged)", rep.Triage)
	}
	verdicts := map[string]string{}
	for _, tr := range rep.Triage {
		if tr.Model != "qwen" || tr.Provider != "local" {
			t.Errorf("triage attribution = %+v", tr.Attribution)
		}
		verdicts[tr.Fingerprint] = tr.Verdict
	}
	if verdicts["fp-sqli"] != VerdictTruePositive || verdicts["fp-safe"] != VerdictFalsePositive {
		t.Fatalf("verdicts = %v", verdicts)
	}
	var reviewed []string
	for _, r := range rep.ReviewedFiles {
		reviewed = append(reviewed, r.Path)
	}
	if len(reviewed) != 3 || reviewed[0] != "app/users.py" || !contains(reviewed, "api/invoices.go") || contains(reviewed, "node_modules/x/a.js") || contains(reviewed, "README.md") {
		t.Fatalf("reviewed = %v", reviewed)
	}
	if int(reviews.Load()) != 3 {
		t.Fatalf("review calls = %d", reviews.Load())
	}
	if len(rep.AIFindings) != 1 || rep.AIFindings[0].Title != "Missing authorization on invoice deletion" {
		t.Fatalf("ai findings = %+v", rep.AIFindings)
	}
	ai := rep.AIFindings[0]
	if ai.Extra["ai_model"] != "sonnet" || ai.Extra["recheck_model"] != "gpt-strong" {
		t.Fatalf("the re-check must come from another model: %+v", ai.Extra)
	}
	if want := scanner.OWASPForCWE(ai.CWE[0]); want == "" || len(ai.OWASP) != 1 || ai.OWASP[0] != want {
		t.Fatalf("an AI finding carries the OWASP category of its CWE %v: %v", ai.CWE, ai.OWASP)
	}
	if len(rep.Refuted) != 1 || rep.Dropped[DropLinesInvalid] != 1 {
		t.Fatalf("refuted %+v dropped %v", rep.Refuted, rep.Dropped)
	}
	if len(rep.Fixes) != 2 {
		t.Fatalf("fixes = %+v", rep.Fixes)
	}
	var sqliFix *FixResult
	for i := range rep.Fixes {
		if rep.Fixes[i].Fingerprint == "fp-sqli" {
			sqliFix = &rep.Fixes[i]
		}
	}
	if sqliFix == nil || sqliFix.Status != StatusOK || sqliFix.Diff != fixDiff || sqliFix.Model != "sonnet" {
		t.Fatalf("sqli fix = %+v", sqliFix)
	}
	if rep.Unavailable != 1 {
		t.Fatalf("unavailable = %d (the fix that never applies)", rep.Unavailable)
	}
	if rep.Summary.Status != StatusOK || rep.Summary.Model != "qwen" || !strings.Contains(rep.Summary.Summary, "SQL injection") {
		t.Fatalf("summary = %+v", rep.Summary)
	}
	if rep.Usage.CostUSD <= 0 || rep.Usage.CostUSD > budget.Limit() || len(rep.Calls) == 0 {
		t.Fatalf("usage = %+v", rep.Usage)
	}
	for _, c := range rep.Calls {
		if c.Model == "" || c.Provider == "" {
			t.Fatalf("call without model: %+v", c)
		}
	}

	t.Run("re-scan of unchanged code costs nothing", func(t *testing.T) {
		b2 := NewBudget(1)
		before := len(ollama.Calls()) + len(claude.Calls()) + len(gpt.Calls())
		rep2 := s.Analyze(context.Background(), Input{Source: src, Findings: []scanner.Finding{sqliFinding(), safe, dep}, Budget: b2, MaxReviewFiles: 3})
		after := len(ollama.Calls()) + len(claude.Calls()) + len(gpt.Calls())
		// Only the never-valid fix is asked again (invalid answers are not cached).
		if after-before != 2 {
			t.Fatalf("re-scan made %d calls", after-before)
		}
		if len(rep2.AIFindings) != 1 || rep2.Summary.Summary != rep.Summary.Summary {
			t.Fatalf("re-scan report differs: %+v", rep2)
		}
	})
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestRankFiles(t *testing.T) {
	src := srcFS(map[string]string{
		"internal/auth/login.go":      "package auth\nfunc Login() {}\n",
		"internal/util/format.go":     "package util\nfunc F() {}\n",
		"cmd/run.go":                  "package main\nfunc main() { exec.Command(x).Run(); db.Exec(q) }\n",
		"internal/auth/login_test.go": "package auth\nfunc TestLogin() {}\n",
		"vendor/lib/x.go":             "package x\nfunc X() { exec(y) }\n",
		"docs/readme.md":              "auth login payment",
	})
	findings := []scanner.Finding{{Severity: scanner.SeverityCritical, Location: scanner.Location{Path: "internal/util/format.go"}}}
	got := RankFiles(src, findings)
	var order []string
	for _, r := range got {
		order = append(order, r.Path)
	}
	want := []string{"internal/util/format.go", "internal/auth/login.go", "cmd/run.go", "internal/auth/login_test.go"}
	if strings.Join(order, ",") != strings.Join(want, ",") {
		t.Fatalf("order = %v, want %v", order, want)
	}
	if len(got[0].Reasons) == 0 || !strings.Contains(strings.Join(got[1].Reasons, ","), "sensitive name") {
		t.Fatalf("reasons = %+v", got)
	}
}

// Workspace keys run through the caller's (SSRF-guarded) client, not the
// instance's, and keep their cached answers apart from the instance's.
func TestForWorkspaceUsesGivenClient(t *testing.T) {
	fake := newFake(t, KindOpenAI, okTriage)
	db := sqliteDB(t)
	inst := newTestService(t, db, nil, config.AI{})
	var used atomic.Int32
	guarded := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		used.Add(1)
		return http.DefaultTransport.RoundTrip(r)
	})}
	if _, err := inst.ForWorkspace(nil, nil); err == nil {
		t.Fatal("ForWorkspace accepted a nil client")
	}
	if _, err := inst.ForWorkspace([]config.AIProvider{{Name: "x", Kind: "nope"}}, guarded); err == nil {
		t.Fatal("invalid workspace providers accepted")
	}
	ws, err := inst.ForWorkspace([]config.AIProvider{provider(fake, "byo", fast("m", 1, 1, 100000))}, guarded)
	if err != nil {
		t.Fatal(err)
	}
	if inst.Configured() || !ws.Configured() || ws.Collectors() != nil {
		t.Fatal("workspace service must be configured, the instance not, and the workspace one unexported")
	}
	res := ws.Triage(context.Background(), NewBudget(1), srcFS(map[string]string{"app/users.py": sqliPy}), sqliFinding())
	if res.Status != StatusOK || res.Provider != "byo" || used.Load() != 1 {
		t.Fatalf("triage = %+v, guarded client used %d times", res, used.Load())
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
