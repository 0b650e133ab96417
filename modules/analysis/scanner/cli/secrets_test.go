package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/secrets/planted"
)

// TestScanMasksPlantedSecrets runs `vigil scan` with the secrets pass over
// a tree of planted credentials and greps every output format for them:
// whichever detector matched a value (gitleaks or a credential rule), it
// must not show in any snippet, context line, trace or message.
func TestScanMasksPlantedSecrets(t *testing.T) {
	kit := planted.New(7)
	dir := t.TempDir()
	for p, body := range kit.Files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// the scan worker (this test binary, see TestMain) runs the secrets pass
	opts := Options{Isolation: func() isolate.Options { return isolate.Options{Env: []string{workerPassesEnv + "=secrets"}} }}

	for _, format := range []string{"json", "sarif", "text"} {
		t.Run(format, func(t *testing.T) {
			out, code := runWith(t, opts, dir, "--format", format, "--verbose", "--fail-on", "none")
			if code != 0 {
				t.Fatalf("exit %d:\n%s", code, out)
			}
			// the scan did find them (masked), so the check below means something
			for _, want := range []string{"VGL-PY-CRED-001", "VGL-JS-CRED-001", "VGL-SECRET-AWS-ACCESS-TOKEN", "VGL-SECRET-PRIVATE-KEY"} {
				if !strings.Contains(out, want) {
					t.Errorf("no %s finding in the %s output", want, format)
				}
			}
			if leaks := kit.Leaks(out); len(leaks) > 0 {
				t.Errorf("%s output shows planted secrets in clear: %v", format, leaks)
			}
		})
	}
}
