package repositories

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

func TestSARIFUpload(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		shas := []string{strings.Repeat("1", 40), strings.Repeat("2", 40), strings.Repeat("3", 40)}
		refs := map[string]githubtest.Tree{}
		for _, s := range shas {
			refs[s] = githubtest.Tree{Commit: s, Files: map[string]string{"app.py": "print(1)\n"}}
		}
		f.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: refs})
		admin := h.who("admin")
		state := startInstall(t, h, admin)
		h.get(t, admin, setupPath("11", authorize(f, 11), state))
		res, body := h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"})
		if res.StatusCode != 201 {
			t.Fatalf("connect: %d %s", res.StatusCode, body)
		}
		var rep Repository
		_ = json.Unmarshal(body, &rep)
		if rep.SARIFUpload {
			t.Fatal("SARIF upload is on by default")
		}
		if res, body := h.do(t, h.who("member"), "PATCH", "/api/v1/repositories/"+rep.ID, map[string]any{"sarif_upload": true}); res.StatusCode != 403 {
			t.Errorf("a member turned SARIF upload on: %d %s", res.StatusCode, body)
		}
		if res, body := h.do(t, admin, "PATCH", "/api/v1/repositories/"+rep.ID, map[string]any{"sarif_upload": true}); res.StatusCode != 200 || !strings.Contains(string(body), `"sarif_upload":true`) {
			t.Fatalf("turn on: %d %s", res.StatusCode, body)
		}
		latest := func() Scan {
			_, b := h.do(t, admin, "GET", "/api/v1/repositories/"+rep.ID, nil)
			var d RepositoryDetail
			_ = json.Unmarshal(b, &d)
			if len(d.Scans) == 0 {
				return Scan{}
			}
			return d.Scans[0]
		}
		waitStatus := func(commit, prefix string) Scan {
			t.Helper()
			deadline := time.Now().Add(20 * time.Second)
			for {
				sc := latest()
				if sc.Commit == commit && strings.HasPrefix(sc.SARIFStatus, prefix) {
					return sc
				}
				if time.Now().After(deadline) {
					t.Fatalf("scan of %s: %+v, want SARIF status %q; calls %+v", commit, sc, prefix, f.Calls())
				}
				time.Sleep(50 * time.Millisecond)
			}
		}
		push := func(id, sha string) {
			t.Helper()
			b := pushBody(11, 700, "refs/heads/main", sha)
			if status, ans, _ := h.deliver(t, "push", id, sign("whsec", b), b); status != 202 {
				t.Fatalf("push: %d %s", status, ans)
			}
		}

		push("p-1", shas[0])
		sc := waitStatus(shas[0], "complete")
		ups := f.SARIFs()
		if len(ups) != 1 {
			t.Fatalf("uploads = %d, want 1", len(ups))
		}
		u := ups[0]
		if u.CommitSHA != shas[0] || u.Ref != "refs/heads/main" || u.ToolName != "Vigil" || u.Repo != "acme/api" || sc.SARIFID != u.ID {
			t.Errorf("upload %+v, scan %+v", u, sc)
		}
		if !strings.Contains(string(u.Log), `"analysis":"`+sc.AnalysisID+`"`) || !strings.Contains(string(u.Log), `"actor":"0190f0f0-0000-7000-8000-000000000003"`) {
			t.Errorf("uploaded SARIF = %s, want the scan's analysis read for the repository's connector", u.Log)
		}
		if n := len(f.CallsTo(`^GET /repos/acme/api/code-scanning/sarifs/` + u.ID + `$`)); n == 0 {
			t.Error("the upload's status was never read")
		}

		// GitHub fails the processing: the scan says so.
		f.SetSARIFStatus("failed")
		push("p-2", shas[1])
		if sc := waitStatus(shas[1], "failed"); sc.SARIFStatus != "failed: invalid SARIF" {
			t.Errorf("failed upload status = %q", sc.SARIFStatus)
		}

		// Off again: a push scans, nothing is uploaded.
		if res, body := h.do(t, admin, "PATCH", "/api/v1/repositories/"+rep.ID, map[string]any{"sarif_upload": false}); res.StatusCode != 200 {
			t.Fatalf("turn off: %d %s", res.StatusCode, body)
		}
		push("p-3", shas[2])
		waitStatus(shas[2], "")
		waitJobsSettled(t, db)
		if n := len(f.SARIFs()); n != 2 {
			t.Errorf("uploads = %d with the setting off, want still 2", n)
		}
		if sc := latest(); sc.SARIFStatus != "" || sc.SARIFID != "" {
			t.Errorf("scan without upload shows %+v", sc)
		}
	})
}
