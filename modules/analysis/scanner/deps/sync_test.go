package deps

import (
	"archive/zip"
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// exportZip builds an OSV export (all.zip) from testdata advisories.
func exportZip(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("testdata", "osv", n+".json"))
		if err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(n + ".json")
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSyncThenScanOffline downloads exports from a fake of OSV's bucket,
// then scans with only the downloaded folder: the same findings as online.
func TestSyncThenScanOffline(t *testing.T) {
	exports := map[string][]byte{
		"/npm/all.zip":  exportZip(t, "GHSA-35jh-r3h4-6jhm"),
		"/PyPI/all.zip": exportZip(t, "GHSA-xpfp-f569-q3p2", "PYSEC-2021-111"),
	}
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		data, ok := exports[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	}))
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "osv")

	got, err := Sync(context.Background(), SyncOptions{BaseURL: srv.URL, Dir: dir, Ecosystems: []string{"npm", "PyPI"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Advisories != 1 || got[1].Advisories != 2 || got[1].Path != filepath.Join(dir, "PyPI.zip") {
		t.Fatalf("synced %+v", got)
	}
	if strings.Join(asked, " ") != "/npm/all.zip /PyPI/all.zip" {
		t.Errorf("asked %v", asked)
	}
	res := run(t, fstest.MapFS{
		"web/package-lock.json": {Data: []byte(lockJSON)},
		"api/requirements.txt":  {Data: []byte(requirementsTxt)},
	}, Options{DatabaseFile: dir, Offline: true})
	rules := map[string]bool{}
	for _, f := range res.Findings {
		rules[f.RuleID] = true
	}
	if !rules["VGL-DEP-GHSA-35jh-r3h4-6jhm"] || !rules["VGL-DEP-GHSA-xpfp-f569-q3p2"] {
		t.Errorf("findings from the synced folder: %v, notes %+v", rules, res.Notes)
	}
}

// A failed or corrupt download never replaces a good export, and leaves
// no partial file a scan would read.
func TestSyncKeepsPreviousExportOnFailure(t *testing.T) {
	good := exportZip(t, "GHSA-35jh-r3h4-6jhm")
	body := map[string][]byte{"/npm/all.zip": good}
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		w.Write(body[r.URL.Path])
	}))
	defer srv.Close()
	dir := t.TempDir()
	if _, err := Sync(context.Background(), SyncOptions{BaseURL: srv.URL, Dir: dir, Ecosystems: []string{"npm"}}); err != nil {
		t.Fatal(err)
	}
	for name, setup := range map[string]func(){
		"server error": func() { status = http.StatusInternalServerError },
		"not a zip":    func() { status = http.StatusOK; body["/npm/all.zip"] = []byte("<html>captive portal</html>") },
	} {
		t.Run(name, func(t *testing.T) {
			setup()
			if _, err := Sync(context.Background(), SyncOptions{BaseURL: srv.URL, Dir: dir, Ecosystems: []string{"npm"}}); err == nil {
				t.Fatal("no error")
			}
			data, err := os.ReadFile(filepath.Join(dir, "npm.zip"))
			if err != nil || !bytes.Equal(data, good) {
				t.Errorf("previous export lost: %v", err)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
	if _, err := Sync(context.Background(), SyncOptions{BaseURL: srv.URL, Dir: dir, Ecosystems: []string{"../x"}}); err == nil {
		t.Error("an ecosystem name with a slash was accepted")
	}
}

func TestPassOfflineWithoutDatabaseSaysHow(t *testing.T) {
	res := run(t, fstest.MapFS{"package-lock.json": {Data: []byte(lockJSON)}}, Options{Offline: true})
	if !noteWith(res, "warning", "not checked for known vulnerabilities: dependency checks are offline (osv.offline)") ||
		!noteWith(res, "warning", "vigil osv sync") {
		t.Errorf("notes: %+v", res.Notes)
	}
}
