package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOSVSyncThenOfflineScan is the air-gapped set-up a user follows:
// `vigil osv sync` from a (fake) export bucket, then `vigil scan` with
// osv.offline and osv.database_file pointing at what it wrote.
func TestOSVSyncThenOfflineScan(t *testing.T) {
	advisory := `{"id": "GHSA-xpfp-f569-q3p2", "aliases": ["CVE-2021-35042"], "summary": "SQL Injection in Django",
	 "affected": [{"package": {"ecosystem": "PyPI", "name": "django"},
	   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.2"}, {"fixed": "3.2.5"}]}]}]}`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("GHSA-xpfp-f569-q3p2.json")
	w.Write([]byte(advisory))
	zw.Close()
	var asked []string
	bucket := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		if r.URL.Path != "/PyPI/all.zip" {
			http.NotFound(rw, r)
			return
		}
		rw.Write(buf.Bytes())
	}))
	defer bucket.Close()

	dbDir := filepath.Join(t.TempDir(), "osv")
	t.Setenv("VIGIL_OSV_EXPORT_URL", bucket.URL)
	out, _, err := runCapture(t, "osv", "sync", "--dir", dbDir, "--ecosystem", "PyPI")
	if err != nil {
		t.Fatalf("sync: %v\n%s", err, out)
	}
	if !strings.Contains(out, "PyPI") || !strings.Contains(out, "1 advisories") || strings.Join(asked, " ") != "/PyPI/all.zip" {
		t.Fatalf("sync output %q, asked %v", out, asked)
	}

	src := t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "requirements.txt"), []byte("Django==3.2.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VIGIL_OSV_OFFLINE", "true")
	t.Setenv("VIGIL_OSV_DATABASE_FILE", dbDir)
	out, _, err = runCapture(t, "scan", "--format", "json", src)
	if exitCode(err) != 1 {
		t.Fatalf("scan exit %v: %s", err, out)
	}
	var rep struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Findings) != 1 || rep.Findings[0].RuleID != "VGL-DEP-GHSA-xpfp-f569-q3p2" {
		t.Fatalf("findings %+v (%v)", rep.Findings, err)
	}
}
