package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (string, int) {
	t.Helper()
	return runWith(t, Options{}, args...)
}

// runWith runs `scan` (or `rules`) built with opts and returns its output
// and exit status.
func runWith(t *testing.T, opts Options, args ...string) (string, int) {
	t.Helper()
	cmd := NewScanCommand(opts)
	if len(args) > 0 && args[0] == "rules" {
		cmd = NewRulesCommand()
		args = args[1:]
	}
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(context.Background())
	if err == nil {
		return out.String(), 0
	}
	var ce *ExitCodeError
	if !errors.As(err, &ce) {
		t.Fatalf("error without exit code: %v", err)
	}
	return out.String() + err.Error(), ce.ExitCode()
}

func TestScanExitCodes(t *testing.T) {
	dir := t.TempDir()
	vuln := filepath.Join(dir, "vuln")
	clean := filepath.Join(dir, "clean")
	for _, d := range []string{vuln, clean} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(vuln, "a.py"), []byte("import hashlib\ntoken_hash = hashlib.md5(b'x')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(clean, "a.py"), []byte("print('hi')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report.sarif")
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"clean", []string{clean}, 0},
		{"findings", []string{vuln}, 1},
		{"below threshold", []string{vuln, "--fail-on", "high"}, 0},
		{"at threshold", []string{vuln, "--fail-on", "medium"}, 1},
		{"never fail", []string{vuln, "--fail-on", "none"}, 0},
		{"sarif to file", []string{vuln, "--format", "sarif", "--output", out}, 1},
		{"bad format", []string{vuln, "--format", "xml"}, 2},
		{"bad severity", []string{vuln, "--fail-on", "urgent"}, 2},
		{"missing path", []string{filepath.Join(dir, "nope")}, 2},
		{"no path", []string{}, 2},
		{"unknown flag", []string{vuln, "--frobnicate"}, 2},
		{"bad baseline", []string{vuln, "--baseline", filepath.Join(dir, "nope.json")}, 2},
		{"bad config", []string{vuln, "--config", filepath.Join(dir, "nope.yml")}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, code := run(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; output:\n%s", code, tc.code, got)
			}
		})
	}
	data, err := os.ReadFile(out)
	if err != nil || !json.Valid(data) || !strings.Contains(string(data), `"2.1.0"`) {
		t.Errorf("SARIF output file: %v %q", err, string(data[:min(len(data), 80)]))
	}
	// baseline from the SARIF: nothing new, exit 0
	if got, code := run(t, vuln, "--baseline", out); code != 0 {
		t.Errorf("baseline run exit %d:\n%s", code, got)
	}
}

func TestRulesCommand(t *testing.T) {
	out, code := run(t, "rules", "list")
	if code != 0 || !strings.Contains(out, "VGL-PY-SQLI-001") || !strings.Contains(out, "rules (") {
		t.Errorf("rules list: %d\n%s", code, out)
	}
	out, code = run(t, "rules", "show", "VGL-JS-XSS-002")
	if code != 0 || !strings.Contains(out, "CWE-79") || !strings.Contains(out, "Sinks:") {
		t.Errorf("rules show: %d\n%s", code, out)
	}
	if _, code = run(t, "rules", "show", "VGL-NOPE-X-001"); code != 2 {
		t.Errorf("unknown rule: exit %d, want 2", code)
	}
}

// TestScanHidesTestFindings: findings in tests are left out of the report
// and the exit status by default, named in the summary, and shown (as
// info) with --include-tests; `./...` scans the tree like `.`.
func TestScanHidesTestFindings(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "tests"), 0o755); err != nil {
		t.Fatal(err)
	}
	code := "import yaml\n\ndef load(s):\n    return yaml.load(s, Loader=yaml.Loader)\n"
	if err := os.WriteFile(filepath.Join(dir, "tests", "test_load.py"), []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		exit     int
		contains string
	}{
		{"hidden by default", []string{dir}, 0, "1 in tests, examples or docs hidden"},
		{"shown with the flag", []string{dir, "--include-tests"}, 1, "INFO"},
		{"shown but not failing at low", []string{dir, "--include-tests", "--fail-on", "low"}, 0, "VGL-PY-DESER-003"},
		{"go pattern", []string{dir + "/...", "--include-tests"}, 1, "tests/test_load.py"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, exit := run(t, tc.args...)
			if exit != tc.exit || !strings.Contains(out, tc.contains) {
				t.Errorf("exit %d (want %d), output without %q:\n%s", exit, tc.exit, tc.contains, out)
			}
		})
	}
}

func TestGoPattern(t *testing.T) {
	for in, want := range map[string]string{"./...": ".", "...": ".", "src/...": "src", "/...": "/", "./src": "./src", "a...b": "a...b"} {
		if got := goPattern(in); got != want {
			t.Errorf("goPattern(%q) = %q, want %q", in, got, want)
		}
	}
}
