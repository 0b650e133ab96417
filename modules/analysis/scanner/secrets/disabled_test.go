package secrets

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner"
)

// TestDisabledSecretRuleStillMasks: a user who turns a noisy secret rule
// off no longer sees its findings, but the value it matched stays masked
// in the findings they do see (here the context lines of a command
// injection two lines below).
func TestDisabledSecretRuleStillMasks(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "import os\n\nGITHUB_TOKEN = \"" + fakeGitHub + "\"\n\nos.system(input())\n"
	for _, disabled := range [][]string{nil, {"VGL-SECRET-GITHUB-PAT"}} {
		res, err := scanner.ScanFS(context.Background(), mapFS(map[string]string{"app.py": src}),
			scanner.Options{Passes: []scanner.Pass{p}, Config: &scanner.Config{DisabledRules: disabled}})
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(res)
		if strings.Contains(string(out), fakeGitHub) {
			t.Errorf("disabled %v: token in clear: %s", disabled, out)
		}
		if !strings.Contains(string(out), "ghp_********") || !strings.Contains(string(out), "VGL-PY-CMDI-00") {
			t.Errorf("disabled %v: no masked token or no command injection: %s", disabled, out)
		}
		if got := strings.Contains(string(out), "VGL-SECRET-GITHUB-PAT"); got == (disabled != nil) {
			t.Errorf("disabled %v: secret finding reported = %v", disabled, got)
		}
	}
}
