package repositories

import (
	"context"
	"log/slog"

	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
	"vigil/platform/jobs"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

var acmeAPI = &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
	"main":      {Commit: "1111111111111111111111111111111111111111", Files: map[string]string{"app/views.py": "import os\nos.system(input())\n"}},
	"release-2": {Commit: "2222222222222222222222222222222222222222", Files: map[string]string{"app/old.py": "print(1)\n"}},
}}

func githubHarness(t *testing.T, db *database.DB) (*harness, *githubtest.Fake) {
	t.Helper()
	f := githubtest.New(t)
	runner, err := jobs.New(db, config.Jobs{Workers: 2, PollInterval: 50 * time.Millisecond}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, db, func(d *Deps) {
		d.Jobs = runner
		d.GitHub = &GitHubDeps{
			Config:   config.GitHubApp{AppID: f.AppID, PrivateKey: string(f.KeyPEM), APIURL: f.URL(), WebhookSecret: "whsec", Slug: "vigil-test"},
			HTTP:     &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return nil }},
			StateKey: "instance-secret", BaseURL: "https://vigil.example.com", WebURL: "https://github.com",
		}
	})
	if err := h.svc.Jobs(runner); err != nil {
		t.Fatal(err)
	}
	if err := runner.Start(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = runner.Stop(ctx)
	})
	return h, f
}

// noFollow is a client that shows redirects instead of following them.
var noFollow = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func (h *harness) get(t *testing.T, who, path string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("GET", h.srv.URL+path, nil)
	req.Header.Set("X-Test-Principal", who)
	res, err := noFollow.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// startInstall walks the install redirect and returns its state.
func startInstall(t *testing.T, h *harness, who string) string {
	t.Helper()
	res := h.get(t, who, "/api/v1/integrations/github/install")
	if res.StatusCode != http.StatusFound {
		t.Fatalf("install: %d", res.StatusCode)
	}
	loc, _ := url.Parse(res.Header.Get("Location"))
	if loc.Host != "github.com" || loc.Path != "/apps/vigil-test/installations/new" {
		t.Fatalf("install redirects to %s", loc)
	}
	return loc.Query().Get("state")
}

func TestGitHubInstall(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		f.Install(11, "acme", acmeAPI)
		f.Install(12, "old")
		f.Age(12, 48*time.Hour)
		f.Install(13, "other")
		admin := h.who("admin")
		state := startInstall(t, h, admin)
		otherWS := "admin 0190f0f0-0000-7000-8000-0000000000bb 0190f0f0-0000-7000-8000-000000000009"
		otherState := startInstall(t, h, otherWS)
		if res := h.get(t, h.who("member"), "/api/v1/integrations/github/install"); res.StatusCode != http.StatusForbidden {
			t.Errorf("member install: %d, want 403", res.StatusCode)
		}
		setup := func(id, st string) string {
			return "/api/v1/integrations/github/setup?installation_id=" + id + "&setup_action=install&state=" + url.QueryEscape(st)
		}
		tampered := []byte(state)
		tampered[3] ^= 1
		tests := []struct {
			name   string
			who    string
			path   string
			status int
		}{
			{"forged state", admin, setup("11", string(tampered)), 403},
			{"no state", admin, setup("11", ""), 403},
			{"another user's state", "admin " + h.ws + " 0190f0f0-0000-7000-8000-000000000008", setup("11", state), 403},
			{"unknown installation", admin, setup("99", state), 404},
			{"old installation", admin, setup("12", state), 403},
			{"bind", admin, setup("11", state), 302},
			{"bind again", admin, setup("11", state), 302},
			{"someone else's installation", otherWS, setup("11", otherState), 409},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res := h.get(t, tt.who, tt.path)
				if res.StatusCode != tt.status {
					t.Fatalf("%d, want %d", res.StatusCode, tt.status)
				}
				if tt.status == 302 && res.Header.Get("Location") != "https://vigil.example.com/repositories?github=installed" {
					t.Errorf("redirects to %s", res.Header.Get("Location"))
				}
			})
		}

		// The workspace sees the installation's repositories and connects one by URL.
		res, body := h.do(t, h.who("viewer"), "GET", "/api/v1/integrations/github/repositories", nil)
		if res.StatusCode != 200 || !strings.Contains(string(body), `"full_name":"acme/api"`) || !strings.Contains(string(body), `"installations":1`) {
			t.Fatalf("installed: %d %s", res.StatusCode, body)
		}
		res, body = h.do(t, otherWS, "GET", "/api/v1/integrations/github/repositories", nil)
		if strings.Contains(string(body), "acme/api") {
			t.Fatalf("another workspace sees the installation: %s", body)
		}
		res, body = h.do(t, admin, "POST", "/api/v1/repositories", map[string]any{"url": "https://github.com/acme/api"})
		if res.StatusCode != 201 {
			t.Fatalf("connect: %d %s", res.StatusCode, body)
		}
		var rep Repository
		_ = json.Unmarshal(body, &rep)
		if rep.Provider != "github" || rep.FullName != "acme/api" || rep.InstallationID != 11 || rep.DefaultBranch != "main" {
			t.Fatalf("connected %+v, want the GitHub repository through installation 11", rep)
		}
		_, body = h.do(t, h.who("viewer"), "GET", "/api/v1/integrations/github/repositories", nil)
		if !strings.Contains(string(body), `"repository_id":"`+rep.ID+`"`) {
			t.Errorf("installed list does not mark the connected repository: %s", body)
		}

		// Scans fetch the tarball through the API.
		for _, ref := range []string{"", "release-2"} {
			res, body = h.do(t, h.who("member"), "POST", "/api/v1/repositories/"+rep.ID+"/scan", map[string]any{"ref": ref})
			if res.StatusCode != 201 {
				t.Fatalf("scan %q: %d %s", ref, res.StatusCode, body)
			}
		}
		calls := h.analyses.calls()
		if len(calls) != 2 {
			t.Fatalf("analyses = %d", len(calls))
		}
		if calls[0].Files["app/views.py"] == "" || calls[0].Source.Name != "acme/api@main" {
			t.Errorf("default branch scan = %s %v", calls[0].Source.Name, calls[0].Files)
		}
		if calls[1].Files["app/old.py"] == "" || len(calls[1].Files) != 1 {
			t.Errorf("release-2 scan files = %v", calls[1].Files)
		}
		_, body = h.do(t, h.who("viewer"), "GET", "/api/v1/repositories/"+rep.ID, nil)
		if !strings.Contains(string(body), `"commit":"1111111111111111111111111111111111111111"`) || !strings.Contains(string(body), `"commit":"2222222222222222222222222222222222222222"`) {
			t.Errorf("history lacks the commits: %s", body)
		}
		res, body = h.do(t, h.who("member"), "POST", "/api/v1/repositories/"+rep.ID+"/scan", map[string]any{"ref": "nope"})
		if res.StatusCode != 422 {
			t.Errorf("unknown ref: %d %s", res.StatusCode, body)
		}
		if n := len(f.CallsTo(`^POST /app/installations/11/access_tokens$`)); n != 1 {
			t.Errorf("installation tokens minted = %d, want 1 (cached in memory)", n)
		}
		var stored int64
		db.Gorm().Raw(`SELECT count(*) FROM repositories WHERE token_sealed <> ''`).Scan(&stored)
		if stored != 0 {
			t.Errorf("an installation token was stored")
		}
	})
}

func TestGitHubOff(t *testing.T) {
	h := newHarness(t, dbtest.Open(t, "sqlite"), nil)
	for _, p := range []string{"/api/v1/integrations/github/install", "/api/v1/integrations/github/repositories", "/api/v1/integrations/github/setup?installation_id=1&state=x"} {
		if res := h.get(t, h.who("admin"), p); res.StatusCode != 404 {
			t.Errorf("%s without the App: %d, want 404", p, res.StatusCode)
		}
	}
}
