// Package gittest serves git repositories over smart HTTP for tests,
// through Debian's git http-backend behind an httptest server, as a git
// host would.
package gittest

import (
	"net/http"
	"net/http/cgi"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Backend is where Debian's git package installs git http-backend.
const Backend = "/usr/lib/git-core/git-http-backend"

// Repo is a served repository.
type Repo struct {
	// URL is the clone URL.
	URL string
	// Head is main's commit.
	Head string
	// Requests counts HTTP requests received.
	Requests func() int
}

// Files is the content of main's first commit (README.md comes in a
// second commit, src/dev.py only on branch dev; tag v1 is the first commit).
var Files = map[string]string{
	"src/app.py":     "import os\n\ndef handler(request):\n    os.system(request.args.get(\"c\"))\n",
	".gitattributes": "*.py filter=evil\n",
}

// Serve builds a repository in a temporary directory and serves it. When
// token is set, requests without it as basic auth (user x-access-token)
// are answered 401. It skips the test when git http-backend is missing.
func Serve(t testing.TB, token string) *Repo {
	t.Helper()
	if _, err := os.Stat(Backend); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("git http-backend missing at %s (Debian's git package ships it)", Backend)
		}
		t.Skip("git http-backend not installed (CI fails instead)")
	}
	root := t.TempDir()
	work := filepath.Join(root, "work")
	git := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	write := func(name, body string) {
		p := filepath.Join(work, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	git(work, "init", "-q", "-b", "main")
	for name, body := range Files {
		write(name, body)
	}
	git(work, "add", ".")
	git(work, "commit", "-q", "-m", "one")
	git(work, "tag", "v1")
	git(work, "checkout", "-q", "-b", "dev")
	write("src/dev.py", "print('dev')\n")
	git(work, "add", ".")
	git(work, "commit", "-q", "-m", "dev")
	git(work, "checkout", "-q", "main")
	write("README.md", "hello\n")
	git(work, "add", ".")
	git(work, "commit", "-q", "-m", "two")
	head := git(work, "rev-parse", "HEAD")
	git(root, "clone", "-q", "--bare", work, filepath.Join(root, "srv", "repo.git"))

	h := &cgi.Handler{Path: Backend, Root: "/git", Env: []string{
		"GIT_PROJECT_ROOT=" + filepath.Join(root, "srv"), "GIT_HTTP_EXPORT_ALL=1",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1"}}
	var n counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.add()
		if token != "" {
			u, p, ok := r.BasicAuth()
			if !ok || u != "x-access-token" || p != token {
				w.Header().Set("WWW-Authenticate", `Basic realm="git"`)
				http.Error(w, "auth", http.StatusUnauthorized)
				return
			}
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return &Repo{URL: srv.URL + "/git/repo.git", Head: head, Requests: n.get}
}
