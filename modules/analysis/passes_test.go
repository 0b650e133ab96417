package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/deps"
	"vigil/modules/analysis/scanner/secrets"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// An OSV advisory in the schema's JSON, for the offline database.
const djangoAdvisory = `{"id": "GHSA-xpfp-f569-q3p2", "aliases": ["CVE-2021-35042"], "summary": "SQL Injection in Django",
 "affected": [{"package": {"ecosystem": "PyPI", "name": "django"},
   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.2"}, {"fixed": "3.2.5"}]}]}],
 "database_specific": {"severity": "CRITICAL", "cwe_ids": ["CWE-89"]}}`

func TestAnalysisRunsSecretAndDependencyPasses(t *testing.T) {
	t.Parallel()
	dbFile := filepath.Join(t.TempDir(), "GHSA-xpfp-f569-q3p2.json")
	if err := os.WriteFile(dbFile, []byte(djangoAdvisory), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	token := "ghp_" + "R8tKz2mQ7vXw4LpN9sYc3HdF6jBq1GaE5uTo" // made up, in GitHub's format
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnvWith(t, db, true, func(d *Deps) {
			d.Scanner = inProcess{passes: []scanner.Pass{sp, deps.New(deps.Options{DatabaseFile: dbFile})}}
		})
		src := zipOf(t, map[string]string{
			"shop/settings.py":      "import os\n\nGITHUB_TOKEN = \"" + token + "\"\n",
			"shop/requirements.txt": "Django==3.2.4\n",
		})
		created, err := e.svc.Create(e.as("member"), &Request{Tier: TierStatic, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "shop.zip", Data: src}}}})
		if err != nil {
			t.Fatal(err)
		}
		v := waitStatus(t, e, created.ID, "completed", "failed")
		if v.Status != "completed" {
			t.Fatalf("failed: %s", v.FailureReason)
		}
		page, err := e.svc.Findings(e.as("viewer"), v.ID, FindingFilter{}, "", 50)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[scanner.Kind]FindingView{}
		for _, f := range page.Items {
			kinds[scanner.Kind(f.Kind)] = f
		}
		sec, dep := kinds[scanner.KindSecret], kinds[scanner.KindDependency]
		if sec.RuleID != "VGL-SECRET-GITHUB-PAT" || sec.Location.StartLine != 3 || !strings.Contains(sec.Snippet, "ghp_********") {
			t.Errorf("secret finding %+v", sec)
		}
		if dep.RuleID != "VGL-DEP-GHSA-xpfp-f569-q3p2" || dep.Severity != "critical" || dep.Extra["fixed_version"] != "3.2.5" || dep.Location.Path != "shop/requirements.txt" {
			t.Errorf("dependency finding %+v", dep)
		}
		all, _ := json.Marshal(page)
		if strings.Contains(string(all), token) {
			t.Error("the stored findings hold the full secret")
		}
		if !strings.Contains(strings.Join(v.Notes, "\n"), "dependencies: 1 package version from 1 manifest checked against the offline OSV database (1 advisory): 1 vulnerable") {
			t.Errorf("notes %q", v.Notes)
		}
	})
}
