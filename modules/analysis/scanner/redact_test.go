package scanner

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// credential values for the tests below: made up, none in a provider's
// format, so only the credential rules match them.
const (
	credA = "Zx9&kQ2!mW7pL4"
	credB = "hT5%rN8vB3qY1c"
)

// TestCredentialRuleValueMaskedEverywhere scans one file per language with
// a hard-coded password the credential rule (not gitleaks) finds, repeated
// in a comment next to another finding: the value must be in no field of
// the result, and the result must say where it is.
func TestCredentialRuleValueMaskedEverywhere(t *testing.T) {
	cases := []struct {
		name, path, src string
		rule            string
		line            int
	}{
		{"python", "app/db.py", "import os\n\ndb_password = \"" + credA + "\"\n# old password: " + credA + "\nos.system(input())\n", "VGL-PY-CRED-001", 3},
		{"python flask key", "app/web.py", "app.secret_key = '" + credA + "'\n# " + credA + "\n", "VGL-PY-FLASK-001", 1},
		{"javascript", "web/a.js", "const apiKey = \"" + credA + "\";\n// was " + credA + "\neval(location.hash);\n", "VGL-JS-CRED-001", 1},
		{"java", "src/A.java", "class A {\n  String password = \"" + credA + "\";\n  // " + credA + "\n}\n", "VGL-JAVA-CRED-001", 2},
		{"ruby", "lib/a.rb", "api_key = '" + credA + "'\n# " + credA + "\n", "VGL-RUBY-CRED-001", 1},
		{"php", "web/a.php", "<?php\n$password = '" + credA + "';\n// " + credA + "\n", "VGL-PHP-CRED-001", 2},
		{"c", "src/a.c", "static const char *api_key = \"" + credA + "\";\n/* " + credA + " */\n", "VGL-C-CRED-001", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{tc.path: {Data: []byte(tc.src)}}
			res, err := ScanFS(context.Background(), fsys, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var rules []string
			for _, f := range res.Findings {
				rules = append(rules, f.RuleID)
			}
			if !slices.Contains(rules, tc.rule) {
				t.Fatalf("no %s finding: %v", tc.rule, rules)
			}
			out, _ := json.Marshal(res)
			if strings.Contains(string(out), credA) {
				t.Errorf("value in clear in the result: %s", out)
			}
			if !strings.Contains(string(out), MaskSecret(credA)) {
				t.Errorf("no mask %q in the result: %s", MaskSecret(credA), out)
			}
			if len(res.SecretLocations) != 1 || res.SecretLocations[0].StartLine != tc.line {
				t.Fatalf("secret locations %+v, want one on line %d", res.SecretLocations, tc.line)
			}
			if got := SecretValues(fsys, res.SecretLocations); len(got) != 1 || got[0] != credA {
				t.Errorf("SecretValues = %q, want [%q]", got, credA)
			}
		})
	}
}

// TestRedactMasksNotesAndErrors: the mask is applied to every text of the
// result, not only to findings.
func TestRedactMasksNotesAndErrors(t *testing.T) {
	res := &Result{
		Findings:    []Finding{{RuleID: "S", Redact: []Redaction{{Value: credB, Mask: "hT********", At: Location{Path: "a", StartLine: 1, StartColumn: 5, EndLine: 1, EndColumn: 19}}}}},
		Notes:       []Note{{Message: "pass saw " + credB}},
		ParseErrors: []FileError{{Message: "near " + credB}},
		Skipped:     []Skip{{Reason: "odd " + credB}},
	}
	redact(res)
	out, _ := json.Marshal(res)
	if strings.Contains(string(out), credB) {
		t.Errorf("value in clear: %s", out)
	}
	if len(res.SecretLocations) != 1 || res.Findings[0].Redact != nil {
		t.Errorf("locations %+v, redact %+v", res.SecretLocations, res.Findings[0].Redact)
	}
}

// TestRedactKeepsRuleText: a weak value that is also a word of a rule's
// title or remediation masks the word in code-bearing fields only; an AI
// finding's title is model output and is masked too.
func TestRedactKeepsRuleText(t *testing.T) {
	res := &Result{Findings: []Finding{
		{Kind: KindRule, Title: "Hard-coded secret", Remediation: "Move the secret out", Snippet: `key = "secret"`,
			Redact: []Redaction{{Value: "secret"}}},
		{Kind: KindAI, Title: "The secret is in the code", Snippet: "x"},
	}}
	redact(res)
	rule, ai := res.Findings[0], res.Findings[1]
	if rule.Title != "Hard-coded secret" || rule.Remediation != "Move the secret out" || rule.Snippet != `key = "********"` {
		t.Errorf("rule finding: %+v", rule)
	}
	if ai.Title != "The ******** is in the code" {
		t.Errorf("AI title %q", ai.Title)
	}
}

func TestLiteralContent(t *testing.T) {
	cases := []struct{ in, want string }{
		{`"abc123"`, "abc123"},
		{`'abc123'`, "abc123"},
		{"`abc123`", "abc123"},
		{`r"abc123"`, "abc123"},
		{`b'abc123'`, "abc123"},
		{`"""abc123"""`, "abc123"},
		{`@"abc123"`, "abc123"},
		{`  "abc123"  `, "abc123"},
		{`abc123`, "abc123"},
		{`"abc123`, `"abc123`},
		{`""`, ""},
	}
	for _, tc := range cases {
		s, e := literalContent([]byte(tc.in), 0, len(tc.in))
		if got := tc.in[s:e]; got != tc.want {
			t.Errorf("literalContent(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRedactorReplace(t *testing.T) {
	key := "-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX\n-----END KEY-----"
	r := NewRedactor([]Redaction{{Value: credA}, {Value: key, Mask: "----********"}, {Value: "abc"}})
	cases := []struct{ in, want string }{
		{"x = " + credA, "x = Zx********"},
		{"k: " + key, "k: ----********"},
		{"line MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX", "line ********"},
		{"abc is too short to mask", "abc is too short to mask"},
	}
	for _, tc := range cases {
		if got := r.Replace(tc.in); got != tc.want {
			t.Errorf("Replace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	var none *Redactor
	if !none.Empty() || none.Replace("x") != "x" {
		t.Error("nil redactor must mask nothing")
	}
}

// TestCredentialRulesDeclareSecret keeps new credential rules honest: a
// rule about hard-coded credentials (CWE-798) must name the capture that
// holds the credential, or its value reaches reports in clear.
func TestCredentialRulesDeclareSecret(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.Match != nil && slices.Contains(r.CWE, "CWE-798") && r.Match.Secret == "" {
			t.Errorf("%s (%s) is a CWE-798 rule without match.secret", r.ID, r.Source)
		}
	}
}

// BenchmarkRedact: the mask pass over a large result (2,000 findings with
// context lines, 50 secrets) that every scan now pays once.
func BenchmarkRedact(b *testing.B) {
	base := make([]Finding, 2000)
	for i := range base {
		line := fmt.Sprintf("    value_%d = compute(request.args.get(%q))", i, "x")
		base[i] = Finding{RuleID: "R", Title: "Title", Message: "message " + line, Snippet: line,
			Trace:   []TraceStep{{Message: "step", Snippet: line}},
			Context: &Context{Lines: []string{line, line, line, line, line, line, line}}}
	}
	for i := 0; i < 50; i++ {
		base[i*40].Redact = []Redaction{{Value: fmt.Sprintf("s3cr3t-value-%02d-Zq8Ld3Kf9Rw2", i)}}
	}
	b.ReportAllocs()
	for b.Loop() {
		fs := make([]Finding, len(base))
		copy(fs, base)
		for i := range fs {
			if base[i].Redact != nil {
				fs[i].Redact = base[i].Redact
			}
		}
		redact(&Result{Findings: fs})
	}
}
