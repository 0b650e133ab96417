package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"vigil/modules/repositories/githubtest"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/logging/logtest"
)

// TestPullRequestReviewSpeed is the benchmark, on the whole
// application (serve, job workers, the confined scan worker, SQLite): a
// signed pull_request delivery for a PR touching 20 files / 1,000 changed
// lines of a 50,000-line repository, static tier, until the review and the
// check run are posted to the fake GitHub. The bound is 15 s; the figure
// is logged (go test -run TestPullRequestReviewSpeed -v).
func TestPullRequestReviewSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark")
	}
	fake := githubtest.New(t)
	sha := strings.Repeat("d", 40)
	files := map[string]string{}
	var prFiles []githubtest.File
	for i := range 100 {
		var b strings.Builder
		b.WriteString("import os\nfrom flask import request\n\n")
		for j := 3; j < 450; j += 3 {
			fmt.Fprintf(&b, "def f%d(x):\n    return x * %d\n\n", j, j)
		}
		for b.Len() > 0 && strings.Count(b.String(), "\n") < 450 {
			b.WriteString("# padding\n")
		}
		name := fmt.Sprintf("app/mod%03d.py", i)
		if i < 20 {
			var added []string
			for j := range 50 {
				line := fmt.Sprintf("    total_%d = %d", j, j)
				if j == 0 {
					line = "def handler():"
				}
				if i == 0 && j == 1 {
					line = `    os.system("ping " + request.args.get("host"))`
				}
				added = append(added, line)
			}
			b.WriteString(strings.Join(added, "\n") + "\n")
			prFiles = append(prFiles, githubtest.File{Filename: name, Status: "modified",
				Patch: "@@ -450,0 +451,50 @@\n+" + strings.Join(added, "\n+") + "\n"})
		} else {
			for range 50 {
				b.WriteString("# more\n")
			}
		}
		files[name] = b.String()
	}
	lines := 0
	for _, f := range files {
		lines += strings.Count(f, "\n")
	}
	fake.Install(11, "acme", &githubtest.Repo{ID: 700, FullName: "acme/api", DefaultBranch: "main",
		Refs: map[string]githubtest.Tree{sha: {Commit: sha, Files: files}, "main": {Commit: sha, Files: files}}})
	fake.PullRequest("acme/api", 42, prFiles...)
	fake.Authorize("bench-code", "bench", 11)

	cfg := dbtest.Config(t, "sqlite")
	for k, v := range map[string]string{
		"VIGIL_DATA_DIR": cfg.DataDir, "VIGIL_DATABASE_URL": cfg.Database.URL, "VIGIL_SECRET_KEY": cfg.SecretKey, "VIGIL_LOG_LEVEL": "error",
		"VIGIL_AUTH_ARGON2_MEMORY_KIB": "7168", "VIGIL_AUTH_ARGON2_ITERATIONS": "1", "VIGIL_JOBS_POLL_INTERVAL": "200ms",
		"VIGIL_GITHUB_APP_APP_ID": fmt.Sprint(fake.AppID), "VIGIL_GITHUB_APP_PRIVATE_KEY": string(fake.KeyPEM),
		"VIGIL_GITHUB_APP_WEBHOOK_SECRET": "whsec", "VIGIL_GITHUB_APP_SLUG": "vigil-bench", "VIGIL_GITHUB_APP_API_URL": fake.URL(),
		"VIGIL_GITHUB_APP_CLIENT_ID": githubtest.ClientID, "VIGIL_GITHUB_APP_CLIENT_SECRET": githubtest.ClientSecret,
		"VIGIL_OUTBOUND_ALLOW": "127.0.0.1",
	} {
		t.Setenv(k, v)
	}
	logs := &logtest.Buffer{}
	h := hooks{beforeSPA: func(srv *httpserver.Server) error {
		ts := httptest.NewServer(srv.Echo())
		defer ts.Close()
		c := newAPIClient(t, ts.URL)
		c.signUp("bench@example.com")
		c.header["Accept"] = "application/json"
		r := c.do("GET", "/api/v1/integrations/github/install", nil)
		u, _ := url.Parse(fmt.Sprint(r.json(t)["url"]))
		state := u.Query().Get("state")
		if r := c.do("GET", "/api/v1/integrations/github/setup?installation_id=11&code=bench-code&state="+url.QueryEscape(state), nil); r.status != http.StatusFound {
			t.Fatalf("setup: %d %s", r.status, r.body)
		}
		if r := c.do("POST", "/api/v1/repositories", map[string]any{"url": fake.URL() + "/acme/api"}); r.status != http.StatusCreated {
			t.Fatalf("connect: %d %s", r.status, r.body)
		}
		body, _ := json.Marshal(map[string]any{"action": "opened", "number": 42, "installation": map[string]any{"id": 11},
			"repository": map[string]any{"id": 700, "default_branch": "main"}, "sender": map[string]any{"login": "bench"},
			"pull_request": map[string]any{"number": 42, "head": map[string]any{"ref": "feature", "sha": sha, "repo": map[string]any{"id": 700}}}})
		mac := hmac.New(sha256.New, []byte("whsec"))
		mac.Write(body)
		req, _ := http.NewRequest("POST", ts.URL+"/api/v1/webhooks/github", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-GitHub-Event", "pull_request")
		req.Header.Set("X-GitHub-Delivery", "bench-1")
		req.Header.Set("X-Hub-Signature-256", "sha256="+hex.EncodeToString(mac.Sum(nil)))
		start := time.Now()
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		answered := time.Since(start)
		for len(fake.CheckRuns()) == 0 {
			if time.Since(start) > 2*time.Minute {
				t.Fatalf("no check run after 2 minutes; calls: %v\n%s", fake.Calls(), logs.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
		took := time.Since(start)
		reviews := fake.Reviews()
		t.Logf("repository %d files / %d lines, PR %d files / 1000 changed lines: webhook answered in %s (%d), review and check run posted after %s",
			len(files), lines, len(prFiles), answered.Round(time.Millisecond), res.StatusCode, took.Round(time.Millisecond))
		if len(reviews) != 1 {
			t.Errorf("reviews = %d, want 1; check run: %v", len(reviews), fake.CheckRuns()[0].Body)
		} else if cs := reviews[0].Body["comments"].([]any); len(cs) == 0 || !strings.Contains(fmt.Sprint(cs), "app/mod000.py") {
			t.Errorf("review comments = %v, want the command injection in app/mod000.py", cs)
		}
		if out := fmt.Sprint(fake.CheckRuns()[0].Body["output"]); !strings.Contains(out, "Files reviewed: 20 of 20.") {
			t.Errorf("check run output = %s", out)
		}
		if answered > time.Second {
			t.Errorf("webhook answered in %s, want under 1 s", answered)
		}
		if took > 15*time.Second {
			t.Errorf("review posted after %s, want under 15 s", took)
		}
		return errWiredDone
	}}
	err := runWith(context.Background(), []string{"serve", "--role", "all", "--addr", freeAddr(t)}, io.Discard, logs, h)
	if !errors.Is(err, errWiredDone) {
		t.Fatalf("serve did not reach the test: %v\n%s", err, logs.String())
	}
}
