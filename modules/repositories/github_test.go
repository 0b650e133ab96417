package repositories

import (
	"context"
	"log/slog"

	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"vigil/modules/repositories/githubtest"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
	"vigil/platform/principal/principaltest"
	"vigil/platform/secrets"
)

var acmeAPI = &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main", Refs: map[string]githubtest.Tree{
	"main":      {Commit: "1111111111111111111111111111111111111111", Files: map[string]string{"app/views.py": "import os\nos.system(input())\n"}},
	"release-2": {Commit: "2222222222222222222222222222222222222222", Files: map[string]string{"app/old.py": "print(1)\n"}},
}}

// waitJobsSettled waits until no job is waiting, scheduled or running:
// whatever the deliveries so far set off has happened, so an assertion
// that nothing more happened can be made at once.
func waitJobsSettled(t *testing.T, db *database.DB) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var n int64
		if err := db.Gorm().Table("river_job").Where("state IN ?",
			[]string{"available", "pending", "running", "retryable", "scheduled"}).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d job(s) still to run", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func githubHarness(t *testing.T, db *database.DB) (*harness, *githubtest.Fake) {
	t.Helper()
	f := githubtest.New(t)
	// Reviews poll by enqueueing their next step At a second later:
	// ScheduleEvery runs each on time instead of at River's next 5 s tick.
	runner, err := jobs.New(db, config.Jobs{Workers: 2, PollInterval: 50 * time.Millisecond}, slog.New(slog.DiscardHandler),
		jobs.ScheduleEvery(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, db, func(d *Deps) {
		d.Jobs = runner
		d.GitHub = &GitHubDeps{
			Config: config.GitHubApp{AppID: f.AppID, PrivateKey: string(f.KeyPEM), APIURL: f.URL(), WebhookSecret: "whsec", Slug: "vigil-test",
				ClientID: githubtest.ClientID, ClientSecret: githubtest.ClientSecret},
			HTTP:    &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return nil }},
			BaseURL: "https://vigil.example.com", WebURL: "https://github.com",
			OAuthTokenURL: f.URL() + "/login/oauth/access_token",
			// The fake analyses finish at once: look again soon.
			ReviewPoll: 50 * time.Millisecond,
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
	req.Header.Set(principaltest.Header, who)
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

// setupPath is GitHub's return to the callback after an installation:
// the installation, the OAuth code and Vigil's state.
func setupPath(id, code, state string) string {
	return "/api/v1/integrations/github/setup?installation_id=" + id + "&setup_action=install&code=" + url.QueryEscape(code) + "&state=" + url.QueryEscape(state)
}

// codes counts OAuth codes handed out by authorize.
var codes atomic.Int64

// authorize has the fake GitHub issue an OAuth code for a user who can
// access installations, and returns it.
func authorize(f *githubtest.Fake, installations ...int64) string {
	code := fmt.Sprintf("code-%d", codes.Add(1))
	f.Authorize(code, "octocat", installations...)
	return code
}

// install walks the whole install flow for who and installation id,
// which who can access on GitHub, and returns the callback's status.
func install(t *testing.T, h *harness, f *githubtest.Fake, who string, id int64) int {
	t.Helper()
	state := startInstall(t, h, who)
	return h.get(t, who, setupPath(fmt.Sprint(id), authorize(f, id), state)).StatusCode
}

func TestGitHubInstall(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, f := githubHarness(t, db)
		f.Install(11, "acme", acmeAPI)
		f.Install(12, "old")
		f.Age(12, 48*time.Hour)
		f.Install(13, "other")
		f.Install(14, "undated")
		f.Undate(14)
		admin := h.who("admin")
		otherWS := "admin 0190f0f0-0000-7000-8000-0000000000bb 0190f0f0-0000-7000-8000-000000000009"
		if res := h.get(t, h.who("member"), "/api/v1/integrations/github/install"); res.StatusCode != http.StatusForbidden {
			t.Errorf("member install: %d, want 403", res.StatusCode)
		}
		state := startInstall(t, h, admin)
		tampered := []byte(state)
		tampered[3] ^= 1
		fresh := func(who string) func() string { return func() string { return startInstall(t, h, who) } }
		given := func(s string) func() string { return func() string { return s } }
		tests := []struct {
			name   string
			who    string
			id     string
			code   string
			state  func() string
			status int
		}{
			{"forged state", admin, "11", authorize(f, 11), given(string(tampered)), 403},
			{"no state", admin, "11", authorize(f, 11), given(""), 403},
			{"another user's state", "admin " + h.ws + " 0190f0f0-0000-7000-8000-000000000008", "11", authorize(f, 11), fresh(admin), 403},
			{"no code (App without request_oauth_on_install)", admin, "11", "", fresh(admin), 403},
			{"code GitHub refuses", admin, "11", "forged-code", fresh(admin), 403},
			{"installation the user cannot access", admin, "11", authorize(f, 13), fresh(admin), 403},
			{"unknown installation", admin, "99", authorize(f, 99), fresh(admin), 403},
			{"old installation", admin, "12", authorize(f, 12), fresh(admin), 403},
			{"installation without created_at", admin, "14", authorize(f, 14), fresh(admin), 403},
			{"bind", admin, "11", authorize(f, 13, 11), given(state), 302},
			{"same state again", admin, "11", authorize(f, 11), given(state), 403},
			{"bind again with a new state", admin, "11", authorize(f, 11), fresh(admin), 302},
			{"someone else's installation", otherWS, "11", authorize(f, 11), fresh(otherWS), 409},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res := h.get(t, tt.who, setupPath(tt.id, tt.code, tt.state()))
				if res.StatusCode != tt.status {
					t.Fatalf("%d, want %d", res.StatusCode, tt.status)
				}
				if tt.status == 302 && res.Header.Get("Location") != "https://vigil.example.com/repositories?github=installed" {
					t.Errorf("redirects to %s", res.Header.Get("Location"))
				}
			})
		}
		// The code was exchanged on GitHub's web endpoint with the App's
		// client credentials, and the user's installations were read with
		// the user's token.
		ex := f.CallsTo(`^POST /login/oauth/access_token$`)
		if len(ex) == 0 || !strings.Contains(ex[0].Body, "client_id="+url.QueryEscape(githubtest.ClientID)) || !strings.Contains(ex[0].Body, "client_secret=") {
			t.Errorf("code exchanges %+v", ex)
		}
		ui := f.CallsTo(`^GET /user/installations\?`)
		if len(ui) == 0 || !strings.HasPrefix(ui[0].Auth, "Bearer ghu_") {
			t.Errorf("user installation listings %+v", ui)
		}
		var spent int64
		db.Gorm().Raw(`SELECT count(*) FROM github_install_states`).Scan(&spent)
		if spent == 0 {
			t.Errorf("no install state was recorded as used")
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

// TestGitHubInstallStateSurvivesKeyRotation: the install state is sealed
// with the instance Sealer, so a state issued before VIGIL_SECRET_KEY was
// rotated (the old key kept as previous) still binds after it, a state
// from a key the instance no longer has does not, and the state does not
// show the workspace it names.
func TestGitHubInstallStateSurvivesKeyRotation(t *testing.T) {
	h, f := githubHarness(t, dbtest.Open(t, "sqlite"))
	f.Install(11, "acme", acmeAPI)
	admin := h.who("admin")
	before := startInstall(t, h, admin)
	if strings.Contains(before, h.ws) || strings.Contains(string(mustDecodeAny(before)), h.ws) {
		t.Errorf("the state shows its workspace: %s", before)
	}
	current := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	rotated, err := secrets.NewSealer(strings.Repeat("r", 64), current)
	if err != nil {
		t.Fatal(err)
	}
	h.svc.d.Sealer = rotated
	if res := h.get(t, admin, setupPath("11", authorize(f, 11), before)); res.StatusCode != http.StatusFound {
		t.Fatalf("state from before the rotation: %d, want 302", res.StatusCode)
	}
	dropped, _ := secrets.NewSealer(strings.Repeat("s", 64))
	h.svc.d.Sealer = dropped
	if res := h.get(t, admin, setupPath("11", authorize(f, 11), startInstallWith(t, h, admin, rotated))); res.StatusCode != http.StatusForbidden {
		t.Fatalf("state sealed with a key the instance dropped: %d, want 403", res.StatusCode)
	}
}

// startInstallWith starts an install while the service seals with s.
func startInstallWith(t *testing.T, h *harness, who string, s *secrets.Sealer) string {
	t.Helper()
	prev := h.svc.d.Sealer
	h.svc.d.Sealer = s
	defer func() { h.svc.d.Sealer = prev }()
	return startInstall(t, h, who)
}

// mustDecodeAny base64url-decodes every dot-separated part of s it can
// (what someone reading the URL could do).
func mustDecodeAny(s string) []byte {
	var out []byte
	for _, part := range strings.Split(s, ".") {
		if b, err := base64.RawURLEncoding.DecodeString(part); err == nil {
			out = append(out, b...)
		}
	}
	return out
}

func TestGitHubOff(t *testing.T) {
	h := newHarness(t, dbtest.Open(t, "sqlite"), nil)
	for _, p := range []string{"/api/v1/integrations/github/install", "/api/v1/integrations/github/repositories", "/api/v1/integrations/github/setup?installation_id=1&state=x"} {
		if res := h.get(t, h.who("admin"), p); res.StatusCode != 404 {
			t.Errorf("%s without the App: %d, want 404", p, res.StatusCode)
		}
	}
}
