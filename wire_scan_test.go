package main

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/platform/config"
)

// TestScanCommandRunsPasses runs `vigil scan` as users do: secrets are
// found and masked, dependencies are checked against the OSV source the
// environment names, and an unreachable OSV server only adds a warning.
func TestScanCommandRunsPasses(t *testing.T) {
	token := "ghp_" + "R8tKz2mQ7vXw4LpN9sYc3HdF6jBq1GaE5uTo" // made up, in GitHub's format
	dir := t.TempDir()
	for name, content := range map[string]string{
		".env":             "GITHUB_TOKEN=" + token + "\n",
		"requirements.txt": "Django==3.2.4\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "osv.json")
	advisory := `{"id": "GHSA-xpfp-f569-q3p2", "aliases": ["CVE-2021-35042"], "summary": "SQL Injection in Django",
	 "affected": [{"package": {"ecosystem": "PyPI", "name": "django"},
	   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.2"}, {"fixed": "3.2.5"}]}]}],
	 "database_specific": {"severity": "CRITICAL"}}`
	if err := os.WriteFile(db, []byte(advisory), 0o644); err != nil {
		t.Fatal(err)
	}
	closed := httptest.NewServer(nil)
	closedURL := closed.URL
	closed.Close()

	cases := []struct {
		name     string
		env      map[string]string
		rules    []string
		noteText string
	}{
		{"offline database", map[string]string{"VIGIL_OSV_DATABASE_FILE": db, "VIGIL_OSV_OFFLINE": "true"}, []string{"VGL-SECRET-GITHUB-PAT", "VGL-DEP-GHSA-xpfp-f569-q3p2"}, "1 vulnerable"},
		{"offline without a database", map[string]string{"VIGIL_OSV_OFFLINE": "true"}, []string{"VGL-SECRET-GITHUB-PAT"}, "dependency checks are offline (osv.offline)"},
		{"server down", map[string]string{"VIGIL_OSV_URL": closedURL}, []string{"VGL-SECRET-GITHUB-PAT"}, "the OSV server could not be queried"},
		{"server settings broken, osv fine", map[string]string{"VIGIL_OSV_DATABASE_FILE": db, "VIGIL_OSV_OFFLINE": "true", "VIGIL_LOG_LEVEL": "loud"},
			[]string{"VGL-SECRET-GITHUB-PAT", "VGL-DEP-GHSA-xpfp-f569-q3p2"}, "1 vulnerable"},
		{"osv url invalid", map[string]string{"VIGIL_OSV_URL": "ftp://osv.invalid"}, []string{"VGL-SECRET-GITHUB-PAT"}, "osv.url: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("VIGIL_OSV_URL", "")
			t.Setenv("VIGIL_OSV_DATABASE_FILE", "")
			t.Setenv("VIGIL_OSV_OFFLINE", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			out, _, err := runCapture(t, "scan", "--format", "json", dir)
			if err == nil || exitCode(err) != 1 {
				t.Fatalf("exit: %v (want 1: findings)", err)
			}
			if strings.Contains(out, token) {
				t.Fatal("the report holds the full secret")
			}
			var rep struct {
				Findings []struct {
					RuleID string `json:"rule_id"`
				} `json:"findings"`
				Notes []struct {
					Pass, Message string
				} `json:"notes"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			var rules []string
			for _, f := range rep.Findings {
				rules = append(rules, f.RuleID)
			}
			if strings.Join(rules, " ") != strings.Join(tc.rules, " ") {
				t.Errorf("rules %v, want %v", rules, tc.rules)
			}
			found := false
			for _, n := range rep.Notes {
				found = found || (n.Pass == "dependencies" && strings.Contains(n.Message, tc.noteText))
			}
			if !found {
				t.Errorf("no dependencies note %q in %+v", tc.noteText, rep.Notes)
			}
		})
	}
}

// TestWorkerNetworkFollowsOSV: out of the box the dependency pass asks the
// public OSV API, so scan workers get sockets for it; osv.offline (an
// air-gapped site) takes them away again, whatever osv.url says.
func TestWorkerNetworkFollowsOSV(t *testing.T) {
	def := config.Default().OSV
	offline := def
	offline.Offline = true
	offline.DatabaseFile = "/srv/osv"
	cases := []struct {
		name    string
		osv     config.OSV
		network bool
		env     string
	}{
		{"default: public OSV API", def, true, "VIGIL_OSV_URL=https://api.osv.dev"},
		{"offline with an export", offline, false, "VIGIL_OSV_OFFLINE=true VIGIL_OSV_DATABASE_FILE=/srv/osv"},
		{"no server configured", config.OSV{}, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := workerIsolation(tc.osv, nil, nil)
			var env []string
			for _, kv := range o.Env {
				if strings.HasPrefix(kv, "VIGIL_") {
					env = append(env, kv)
				}
			}
			if o.Network != tc.network || strings.Join(env, " ") != tc.env {
				t.Errorf("network %v, env %q; want %v, %q", o.Network, env, tc.network, tc.env)
			}
		})
	}
}
