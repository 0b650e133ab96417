package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// modelsApp calls an in-house source and SQL sink that only a user pack names.
const modelsApp = "from mylib.web import param\nfrom mylib import db\n\n\ndef handler():\n    db.raw_query(\"SELECT * FROM t WHERE a = '\" + param(\"q\") + \"'\")\n"

const modelsPack = "pack: mylib\nlanguage: python\ndescription: in-house layers\nsources:\n  - {call: mylib.web.param}\nsinks:\n  - {kind: sql, call: mylib.db.raw_query, args: [0]}\n"

// TestScanModels: `vigil scan --models DIR` and the .vigil.yml models:
// list add packs (the in-house SQL flow is found); an invalid pack stops
// the scan with exit status 2 and names its file and line, from the flag
// (checked before the worker starts) and from .vigil.yml (in the worker).
func TestScanModels(t *testing.T) {
	write := func(root string, files map[string]string) string {
		for name, body := range files {
			p := filepath.Join(root, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return root
	}
	base := t.TempDir()
	app := write(filepath.Join(base, "app"), map[string]string{"app.py": modelsApp})
	packs := write(filepath.Join(base, "packs"), map[string]string{"mylib.yml": modelsPack})
	bad := write(filepath.Join(base, "bad"), map[string]string{"broken.yml": "pack: b\nlanguage: python\nsinks:\n  - {call: x}\n"})
	cfgApp := write(filepath.Join(base, "cfgapp"), map[string]string{"app.py": modelsApp, "sec/mylib.yml": modelsPack,
		".vigil.yml": "models: [sec]\n"})
	cfgBad := write(filepath.Join(base, "cfgbad"), map[string]string{"app.py": modelsApp, "sec/broken.yml": "pack: b\nlanguage: python\nsinks:\n  - {call: x}\n",
		".vigil.yml": "models: [sec]\n"})
	cases := []struct {
		name     string
		args     []string
		code     int
		findings int      // SQL taint findings in the JSON report (code 0 or 1)
		msg      []string // in the output (code 2)
	}{
		{"no packs", []string{app}, 0, 0, nil},
		{"--models", []string{app, "--models", packs}, 1, 1, nil},
		{".vigil.yml models", []string{cfgApp}, 1, 1, nil},
		{"bad pack in --models", []string{app, "--models", bad}, 2, 0,
			[]string{filepath.Join(bad, "broken.yml"), "line 4", "sink 0: call and kind are required"}},
		{"missing --models dir", []string{app, "--models", filepath.Join(base, "nope")}, 2, 0, []string{"nope"}},
		{"bad pack in .vigil.yml models", []string{cfgBad}, 2, 0,
			[]string{".vigil.yml", "sec/broken.yml", "line 4", "sink 0: call and kind are required"}},
		{"--models with --server", []string{app, "--models", packs, "--server", "http://127.0.0.1:1"}, 2, 0, []string{"--models applies to local scans"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{}, tc.args...), "--format", "json", "--fail-on", "high")
			out, code := run(t, args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; output:\n%s", code, tc.code, out)
			}
			for _, m := range tc.msg {
				if !strings.Contains(out, m) {
					t.Errorf("output does not mention %q:\n%s", m, out)
				}
			}
			if code == 2 {
				return
			}
			var rep struct {
				Findings []struct {
					RuleID string `json:"rule_id"`
				} `json:"findings"`
			}
			// the report, then (exit 1) the error's sentence
			if err := json.NewDecoder(strings.NewReader(out)).Decode(&rep); err != nil {
				t.Fatalf("report: %v\n%s", err, out)
			}
			n := 0
			for _, f := range rep.Findings {
				if f.RuleID == "VGL-PY-SQLI-001" {
					n++
				}
			}
			if n != tc.findings {
				t.Errorf("%d SQL findings, want %d:\n%s", n, tc.findings, out)
			}
		})
	}
}
