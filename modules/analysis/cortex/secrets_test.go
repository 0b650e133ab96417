package cortex

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

// TestAnalyzeMasksScannerSecrets: values the scanner found (Input.Secrets)
// are masked wherever they appear in what a model is sent, including
// places no built-in pattern recognises (a comment, a command line, a
// finding's message), and in what the report keeps of the answers, even
// when a model repeats one it should never have seen.
func TestAnalyzeMasksScannerSecrets(t *testing.T) {
	const pw = "Qm7&vR2!kX9z" // no credential pattern of cortex's own matches it alone
	const echoed = "tR4%pL8#wN2q"
	src := srcFS(map[string]string{
		"app/db.py": "import os\n\n# rotate " + pw + " next week\nos.system(\"psql --pw " + pw + " \" + input())\n",
	})
	f := scanner.Finding{RuleID: "py.cmdi", Kind: scanner.KindRule, Title: "OS command built from input", Severity: scanner.SeverityHigh,
		Message:  "psql is called with " + pw,
		Location: scanner.Location{Path: "app/db.py", StartLine: 4, EndLine: 4}, Snippet: "os.system(\"psql --pw " + pw + " \" + input())",
		Fingerprint: "fp-cmdi"}
	brain := func(n int, c fakeCall) fakeReply {
		switch taskOf(c) {
		case "triage":
			return fakeReply{Answer: `{"verdict":"true_positive","confidence":0.9,"reason":"the password ` + echoed + ` is passed"}`}
		case "review":
			return fakeReply{Answer: `{"findings":[]}`}
		case "fix", "fix_repair":
			d, _ := jsonString("--- a/app/db.py\n+++ b/app/db.py\n@@ -4,1 +4,1 @@\n-os.system(\"psql --pw ****\" + input())\n+subprocess.run([\"psql\", input()])\n")
			return fakeReply{Answer: `{"diff":` + d + `,"explanation":"drop ` + echoed + `"}`}
		case "summary":
			return fakeReply{Answer: `{"summary":"a password ` + echoed + ` in code","top_risks":["` + echoed + `"]}`}
		}
		return fakeReply{Answer: `{}`}
	}
	cases := []struct {
		name    string
		secrets []string
		leaks   bool
	}{
		{"without the scanner's values the built-in patterns miss them", nil, true},
		{"with them nothing leaks", []string{pw, echoed}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fake := newFake(t, KindOpenAI, brain)
			s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{
				provider(fake, "p", fast("f", 0, 0, 32000), strong("s", 0, 0, 32000)),
			}})
			rep := s.Analyze(context.Background(), Input{Source: src, Findings: []scanner.Finding{f}, Secrets: tc.secrets})
			if len(rep.Triage) != 1 || rep.Triage[0].Status != StatusOK {
				t.Fatalf("triage %+v", rep.Triage)
			}
			var sent strings.Builder
			for _, c := range fake.Calls() {
				sent.WriteString(c.System + c.User)
			}
			answers, _ := json.Marshal(rep)
			if got := strings.Contains(sent.String(), pw); got != tc.leaks {
				t.Errorf("password in the prompts: %v, want %v", got, tc.leaks)
			}
			if got := strings.Contains(string(answers), echoed); got != tc.leaks {
				t.Errorf("echoed secret in the report: %v, want %v", got, tc.leaks)
			}
		})
	}
}

// TestWeakSecretLeavesInstructions: a short value that is also a word of
// Vigil's instructions masks the code, not the instructions.
func TestWeakSecretLeavesInstructions(t *testing.T) {
	fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		return fakeReply{Answer: `{"verdict":"true_positive","confidence":0.9,"reason":"ok"}`}
	})
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "p", fast("f", 0, 0, 32000))}})
	src := srcFS(map[string]string{"a.py": "key = \"Task\"\nos.system(input())\n"})
	f := scanner.Finding{RuleID: "py.cmdi", Kind: scanner.KindRule, Title: "cmd", Severity: scanner.SeverityHigh,
		Location: scanner.Location{Path: "a.py", StartLine: 2, EndLine: 2}, Snippet: "os.system(input())", Fingerprint: "fp"}
	c, _ := s.withSecrets([]string{"Task"})
	res := c.Triage(context.Background(), NewBudget(0), src, f)
	calls := fake.Calls()
	if res.Status != StatusOK || len(calls) != 1 {
		t.Fatalf("triage %+v, %d calls", res, len(calls))
	}
	if !strings.Contains(calls[0].User, "Task: decide") || strings.Contains(calls[0].User, `key = "Task"`) || !strings.Contains(calls[0].User, "UNTRUSTED DATA") {
		t.Errorf("prompt: %s", calls[0].User)
	}
}
