package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/isolate"
)

// TestScanSkipsPoisonedFiles: one file that would take the scanner down
// (the 16,000-call chain that crashed tree-sitter, or a file that kills the
// worker) is reported as skipped, and the run finishes with the other
// files' findings and the usual exit status.
func TestScanSkipsPoisonedFiles(t *testing.T) {
	cases := []struct {
		name, file, src, reason string
	}{
		{"16,000-call chain", "chain.py", "x = y" + strings.Repeat(".a()", 16000) + "\n", "syntax tree too deep"},
		{"worker crash", "segv.py", "x = 1\n", isolate.CrashedReason},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, src := range map[string]string{"a.py": "import os\nos.system(input())\n", tc.file: tc.src} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out, code := run(t, dir, "--format", "json")
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d: %s", code, ExitFindings, out)
			}
			var rep struct {
				Findings []struct {
					RuleID   string `json:"rule_id"`
					Location struct {
						Path string `json:"path"`
					} `json:"location"`
				} `json:"findings"`
				Skipped []struct{ Path, Reason string } `json:"skipped"`
			}
			if err := json.Unmarshal([]byte(out[:strings.LastIndexByte(out, '}')+1]), &rep); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			reason := ""
			for _, s := range rep.Skipped {
				if s.Path == tc.file {
					reason = s.Reason
				}
			}
			if !strings.HasPrefix(reason, tc.reason) {
				t.Errorf("%s: skip reason %q, want %q", tc.file, reason, tc.reason)
			}
			if len(rep.Findings) == 0 || rep.Findings[0].Location.Path != "a.py" {
				t.Errorf("findings %+v, want a.py's", rep.Findings)
			}
		})
	}
}
