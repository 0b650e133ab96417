package repositories

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestSARIFUploadManualAndScheduled: with the setting on, a manual scan of
// the default branch, another branch or a tag, and a scheduled scan, each
// upload their SARIF with the scanned commit and the full ref; a scan of
// a commit id has no ref to upload for and says so.
func TestSARIFUploadManualAndScheduled(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		sha := func(c string) string { return strings.Repeat(c, 40) }
		tree := func(s string) githubtest.Tree {
			return githubtest.Tree{Commit: s, Files: map[string]string{"app.py": "print(1)\n"}}
		}
		f.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Tags: []string{"v1.2.0"},
			Refs: map[string]githubtest.Tree{"main": tree(sha("a")), "feature/login": tree(sha("b")), "v1.2.0": tree(sha("c")), sha("d"): tree(sha("d"))}})
		admin := h.who("admin")
		state := startInstall(t, h, admin)
		h.get(t, admin, setupPath("11", authorize(f, 11), state))
		res, body := h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"})
		if res.StatusCode != 201 {
			t.Fatalf("connect: %d %s", res.StatusCode, body)
		}
		var rep Repository
		_ = json.Unmarshal(body, &rep)
		if res, body := h.do(t, admin, "PATCH", "/api/v1/repositories/"+rep.ID, map[string]any{"sarif_upload": true}); res.StatusCode != 200 {
			t.Fatalf("turn on: %d %s", res.StatusCode, body)
		}
		scanStatus := func(scanID, prefix string) Scan {
			t.Helper()
			deadline := time.Now().Add(20 * time.Second)
			for {
				_, b := h.do(t, admin, "GET", "/api/v1/repositories/"+rep.ID, nil)
				var d RepositoryDetail
				_ = json.Unmarshal(b, &d)
				for _, sc := range d.Scans {
					if sc.ID == scanID && strings.HasPrefix(sc.SARIFStatus, prefix) {
						return sc
					}
				}
				if time.Now().After(deadline) {
					t.Fatalf("scan %s never reached SARIF status %q: %s; calls %+v", scanID, prefix, b, f.Calls())
				}
				time.Sleep(50 * time.Millisecond)
			}
		}
		cases := []struct {
			ref, commit, wantRef string
		}{
			{"", sha("a"), "refs/heads/main"},
			{"main", sha("a"), "refs/heads/main"},
			{"feature/login", sha("b"), "refs/heads/feature/login"},
			{"v1.2.0", sha("c"), "refs/tags/v1.2.0"},
		}
		for i, tc := range cases {
			res, body := h.do(t, admin, "POST", "/api/v1/repositories/"+rep.ID+"/scan", map[string]any{"ref": tc.ref})
			if res.StatusCode != 201 {
				t.Fatalf("scan %q: %d %s", tc.ref, res.StatusCode, body)
			}
			var st ScanStarted
			_ = json.Unmarshal(body, &st)
			sc := scanStatus(st.ScanID, "complete")
			ups := f.SARIFs()
			if len(ups) != i+1 {
				t.Fatalf("scan %q: uploads = %d, want %d", tc.ref, len(ups), i+1)
			}
			u := ups[i]
			if u.CommitSHA != tc.commit || u.Ref != tc.wantRef || u.Repo != "acme/api" || u.ID != sc.SARIFID ||
				!strings.Contains(string(u.Log), `"analysis":"`+st.ID+`"`) {
				t.Errorf("scan %q: upload %+v (log %s), want commit %s ref %s of analysis %s", tc.ref, u, u.Log, tc.commit, tc.wantRef, st.ID)
			}
		}
		// The default branch needs no lookup; the others were qualified.
		if n := len(f.CallsTo(`^GET /repos/acme/api/git/ref/heads/main$`)); n != 0 {
			t.Errorf("the default branch was looked up %d time(s)", n)
		}
		if n := len(f.CallsTo(`^GET /repos/acme/api/git/ref/tags/v1\.2\.0$`)); n != 1 {
			t.Errorf("the tag was looked up %d time(s), want once", n)
		}

		// A commit id is neither a branch nor a tag: nothing uploaded.
		res, body = h.do(t, admin, "POST", "/api/v1/repositories/"+rep.ID+"/scan", map[string]any{"ref": sha("d")})
		if res.StatusCode != 201 {
			t.Fatalf("scan commit: %d %s", res.StatusCode, body)
		}
		var st ScanStarted
		_ = json.Unmarshal(body, &st)
		if sc := scanStatus(st.ScanID, "skipped"); !strings.Contains(sc.SARIFStatus, "not a branch or tag") {
			t.Errorf("commit scan SARIF status = %q", sc.SARIFStatus)
		}
		if n := len(f.SARIFs()); n != len(cases) {
			t.Errorf("uploads = %d after a commit scan, want %d", n, len(cases))
		}

		// A scheduled scan of the default branch uploads too.
		if res, body := h.do(t, admin, "PATCH", "/api/v1/repositories/"+rep.ID, map[string]any{"schedule": "daily"}); res.StatusCode != 200 {
			t.Fatalf("schedule: %d %s", res.StatusCode, body)
		}
		if err := h.svc.RunSchedules(context.Background()); err != nil {
			t.Fatal(err)
		}
		_, b := h.do(t, admin, "GET", "/api/v1/repositories/"+rep.ID, nil)
		var d RepositoryDetail
		_ = json.Unmarshal(b, &d)
		if len(d.Scans) == 0 || d.Scans[0].Trigger != "schedule" {
			t.Fatalf("no scheduled scan: %s", b)
		}
		scanStatus(d.Scans[0].ID, "complete")
		ups := f.SARIFs()
		if last := ups[len(ups)-1]; len(ups) != len(cases)+1 || last.Ref != "refs/heads/main" || last.CommitSHA != sha("a") {
			t.Errorf("scheduled upload: %d uploads, last %+v", len(ups), last)
		}
	})
}
