package scanner

import (
	"context"
	"testing"
)

func TestClassifyFile(t *testing.T) {
	cases := []struct {
		path, head string
		want       FileKind
	}{
		{"app/views.py", "", FileProduction},
		{"app/test_views.py", "", FileTest},
		{"app/views_test.py", "", FileTest},
		{"conftest.py", "", FileTest},
		{"tests/helpers.py", "", FileTest},
		{"pkg/server/handler_test.go", "", FileTest},
		{"internal/testutil/db.go", "", FileTest},
		{"src/api.test.ts", "", FileTest},
		{"src/Button.spec.jsx", "", FileTest},
		{"src/__tests__/api.js", "", FileTest},
		{"src/test/java/com/acme/UserServiceTest.java", "", FileTest},
		{"spec/models/user_spec.rb", "", FileTest},
		{"tests/Unit/UserTest.php", "", FileTest},
		{"examples/basic/app.py", "", FileExample},
		{"docs_src/tutorial/main.py", "", FileDocs},
		{"docs/guide.md", "", FileDocs},
		{"README.md", "", FileDocs},
		{"requirements.txt", "", FileProduction},
		{"benchmarks/bench_parse.py", "", FileBenchmark},
		{"third_party/lib/x.js", "", FileVendored},
		{"dist/browser/axios.cjs", "", FileVendored},
		{"public/plugins/codemirror-5.17.0/mode/python/python.js", "", FileVendored},
		{"public/plugins/pdfjs-5.2.133/build/pdf.mjs", "", FileVendored},
		{"static/jquery-3.7.1/jquery.js", "", FileVendored},
		{"src/v2/handlers.go", "", FileProduction},
		{"migrations/0001_initial.py", "", FileProduction},
		{"_fixture/certs/key.pem", "", FileTest},
		{"examples/tests/x.py", "", FileExample},
		{"example.py", "", FileExample},
		{"app/testing.py", "", FileProduction},
		{"app/latest.py", "", FileProduction},
		{"src/contest.js", "", FileProduction},
		{"lib/helpers.py", "import pytest\n\ndef make_user(): pass\n", FileTest},
		{"lib/helpers.py", "import os\n# uses unittest style docs\n", FileProduction},
		{"src/setup.js", "import { vi } from 'vitest'\n", FileTest},
		{"pkg/fake/fake.go", "package fake\n\nimport (\n\t\"testing\"\n)\n", FileTest},
		{"pkg/api/api.go", "package api\n\nimport (\n\t\"testing/fstest\"\n)\n", FileProduction},
		{"src/main/java/A.java", "import org.junit.Test;\n", FileTest},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			if got := ClassifyFile(tc.path, []byte(tc.head)); got != tc.want {
				t.Errorf("ClassifyFile(%q) = %q, want %q", tc.path, got, tc.want)
			}
		})
	}
}

// TestScanLowersNonProduction: the same weakness is reported at its
// rule's severity in production code and lowered to info, tagged with the
// file's kind, in a test; secrets in tests stay visible but low unless they
// look live.
func TestScanLowersNonProduction(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"app.py":            sqliFile,
		"tests/test_app.py": sqliFile,
		"tests/.env":        "x\n",
	})
	live := "ghp_" + "R8kq2ZxW7mVt4LpN9sYb3HcJ6dFgQ1uE5aTo"
	secret := func(rule, value string) Finding {
		return Finding{RuleID: "VGL-SECRET-" + rule, Kind: KindSecret, Title: "t", Message: "m", Severity: SeverityHigh,
			Location: Location{Path: "tests/.env", StartLine: 1, StartColumn: 1, EndLine: 1, EndColumn: 2}, Snippet: "x",
			Extra: map[string]string{"secret_rule": rule}, Redact: []Redaction{{Value: value, Mask: "****"}}}
	}
	p := passFunc{name: "secrets", run: func(ctx context.Context, files []File) ([]Finding, []Note, error) {
		return []Finding{secret("github-pat", live), secret("generic-api-key", "Zq8vR2mK9pL4xT7w"), secret("private-key", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
			secret("github-pat", "ghp_EXAMPLEexampleEXAMPLEexample000000")}, nil, nil
	}}
	res, err := Scan(context.Background(), dir, Options{Passes: []Pass{p}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Finding{}
	var secrets []Finding
	for _, f := range res.Findings {
		if f.Kind == KindSecret {
			secrets = append(secrets, f)
			continue
		}
		if f.RuleID == "VGL-PY-SQLI-001" {
			got[f.Location.Path] = f
		}
	}
	if f := got["app.py"]; f.Severity != SeverityHigh || f.FileKind != FileProduction {
		t.Errorf("production finding: severity %s kind %q", f.Severity, f.FileKind)
	}
	if f := got["tests/test_app.py"]; f.Severity != SeverityInfo || f.FileKind != FileTest || f.Extra["original_severity"] != "high" {
		t.Errorf("test finding: severity %s kind %q extra %v", f.Severity, f.FileKind, f.Extra)
	}
	sev := map[string][]Severity{}
	for _, f := range secrets {
		sev[f.Extra["secret_rule"]] = append(sev[f.Extra["secret_rule"]], f.Severity)
	}
	// the live token keeps high; the generic match and the sample token are low
	if g := sev["github-pat"]; len(g) != 2 || g[0] == g[1] || (g[0] != SeverityHigh && g[1] != SeverityHigh) {
		t.Errorf("github-pat severities %v, want one high and one low", g)
	}
	for _, rule := range []string{"generic-api-key", "private-key"} {
		if g := sev[rule]; len(g) != 1 || g[0] != SeverityLow {
			t.Errorf("%s severities %v, want [low]", rule, g)
		}
	}

	hidden := HideNonProduction(res)
	if hidden != 5 || res.Stats.HiddenNonProduction != 5 {
		t.Errorf("hidden %d (stats %d), want 5", hidden, res.Stats.HiddenNonProduction)
	}
	for _, f := range res.Findings {
		if !f.FileKind.IsProduction() {
			t.Errorf("left visible: %s in %s", f.RuleID, f.Location.Path)
		}
	}
	if res.Stats.BySeverity["info"] != 0 || res.Stats.BySeverity["high"] == 0 {
		t.Errorf("by severity after hiding: %v", res.Stats.BySeverity)
	}
}
