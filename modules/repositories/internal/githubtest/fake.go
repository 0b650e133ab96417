// Package githubtest is a fake GitHub for tests: an httptest server that
// speaks the REST endpoints Vigil uses as a GitHub App, checks the App JWT
// (RS256 with the App key) and installation tokens like GitHub does, and
// records every call so tests can assert the exact requests.
package githubtest

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Call is one recorded request.
type Call struct {
	Method, Path, Auth string
	Body               string
}

// Repo is a repository the fake serves.
type Repo struct {
	ID            int64
	FullName      string
	DefaultBranch string
	// Refs maps a ref to its commit and files.
	Refs map[string]Tree
}

// Tree is a commit's content.
type Tree struct {
	Commit string
	Files  map[string]string
}

// Fake is the fake GitHub.
type Fake struct {
	Server *httptest.Server
	AppID  int64
	KeyPEM []byte

	key *rsa.PrivateKey
	mu  sync.Mutex
	// Installations maps an installation id to its account login and repositories.
	installations map[int64]*installation
	calls         []Call
	tokens        map[string]int64 // token -> installation
	n             int
	// failures queues answers to give before serving a path prefix normally.
	failures map[string][]Failure
}

type installation struct {
	login   string
	repos   []*Repo
	created time.Time
}

// Failure is an injected answer: a status with headers.
type Failure struct {
	Status  int
	Headers map[string]string
}

// New starts a fake GitHub with a fresh App key.
func New(t testing.TB) *Fake {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	f := &Fake{AppID: 4242, key: k, installations: map[int64]*installation{}, tokens: map[string]int64{}, failures: map[string][]Failure{},
		KeyPEM: pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Server.Close)
	return f
}

// URL is the API base URL.
func (f *Fake) URL() string { return f.Server.URL }

// Install adds an installation of the App on login with repos.
func (f *Fake) Install(id int64, login string, repos ...*Repo) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.installations[id] = &installation{login: login, repos: repos, created: time.Now()}
}

// Age makes installation id look created d ago.
func (f *Fake) Age(id int64, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.installations[id].created = time.Now().Add(-d)
}

// Fail queues answers for the next requests whose path starts with prefix.
func (f *Fake) Fail(prefix string, fs ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[prefix] = append(f.failures[prefix], fs...)
}

// Calls returns the recorded calls.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// CallsTo returns the recorded calls whose "METHOD path" matches re.
func (f *Fake) CallsTo(re string) []Call {
	r := regexp.MustCompile(re)
	var out []Call
	for _, c := range f.Calls() {
		if r.MatchString(c.Method + " " + c.Path) {
			out = append(out, c)
		}
	}
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (f *Fake) appAuth(r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(tok, &claims, func(*jwt.Token) (any, error) { return &f.key.PublicKey, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer(strconv.FormatInt(f.AppID, 10)), jwt.WithExpirationRequired())
	return err == nil && claims.IssuedAt != nil && claims.ExpiresAt.Sub(claims.IssuedAt.Time) <= 10*time.Minute
}

// installationOf returns the installation an installation token is for.
func (f *Fake) installationOf(r *http.Request) (*installation, bool) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "token ")
	if !ok {
		return nil, false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	id, ok := f.tokens[tok]
	if !ok {
		return nil, false
	}
	in, ok := f.installations[id]
	return in, ok
}

var (
	reInstallation = regexp.MustCompile(`^/app/installations/(\d+)$`)
	reToken        = regexp.MustCompile(`^/app/installations/(\d+)/access_tokens$`)
	reTarball      = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/tarball(?:/(.+))?$`)
	reCodeload     = regexp.MustCompile(`^/codeload/([^/]+/[^/]+)/(.+)$`)
)

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.calls = append(f.calls, Call{Method: r.Method, Path: r.URL.RequestURI(), Auth: r.Header.Get("Authorization"), Body: string(body)})
	for prefix, q := range f.failures {
		if strings.HasPrefix(r.URL.Path, prefix) && len(q) > 0 {
			fl := q[0]
			f.failures[prefix] = q[1:]
			f.mu.Unlock()
			for k, v := range fl.Headers {
				w.Header().Set(k, v)
			}
			writeJSON(w, fl.Status, map[string]string{"message": "injected failure"})
			return
		}
	}
	f.mu.Unlock()
	p := r.URL.Path
	switch {
	case r.Method == "GET" && reInstallation.MatchString(p):
		if !f.appAuth(r) {
			writeJSON(w, 401, map[string]string{"message": "A JSON web token could not be decoded"})
			return
		}
		id, _ := strconv.ParseInt(reInstallation.FindStringSubmatch(p)[1], 10, 64)
		f.mu.Lock()
		in, ok := f.installations[id]
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		writeJSON(w, 200, map[string]any{"id": id, "created_at": in.created.UTC().Format(time.RFC3339), "account": map[string]any{"login": in.login, "type": "Organization"}})
	case r.Method == "POST" && reToken.MatchString(p):
		if !f.appAuth(r) {
			writeJSON(w, 401, map[string]string{"message": "A JSON web token could not be decoded"})
			return
		}
		id, _ := strconv.ParseInt(reToken.FindStringSubmatch(p)[1], 10, 64)
		f.mu.Lock()
		_, ok := f.installations[id]
		f.n++
		tok := fmt.Sprintf("ghs_fake%d_%d", id, f.n)
		if ok {
			f.tokens[tok] = id
		}
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		writeJSON(w, 201, map[string]any{"token": tok, "expires_at": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)})
	case r.Method == "GET" && p == "/installation/repositories":
		in, ok := f.installationOf(r)
		if !ok {
			writeJSON(w, 401, map[string]string{"message": "Bad credentials"})
			return
		}
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		per, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		page, per = max(page, 1), max(min(per, 100), 1)
		var out []map[string]any
		for i := (page - 1) * per; i < len(in.repos) && i < page*per; i++ {
			rp := in.repos[i]
			out = append(out, map[string]any{"id": rp.ID, "full_name": rp.FullName, "default_branch": rp.DefaultBranch, "private": true,
				"html_url": "https://github.com/" + rp.FullName, "clone_url": "https://github.com/" + rp.FullName + ".git"})
		}
		if out == nil {
			out = []map[string]any{}
		}
		writeJSON(w, 200, map[string]any{"total_count": len(in.repos), "repositories": out})
	case r.Method == "GET" && reTarball.MatchString(p):
		in, ok := f.installationOf(r)
		if !ok {
			writeJSON(w, 401, map[string]string{"message": "Bad credentials"})
			return
		}
		m := reTarball.FindStringSubmatch(p)
		rp := in.repo(m[1])
		if rp == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		ref := m[2]
		if ref == "" {
			ref = rp.DefaultBranch
		}
		// As GitHub: a redirect to a signed download on another path.
		http.Redirect(w, r, "/codeload/"+rp.FullName+"/"+ref, http.StatusFound)
	case r.Method == "GET" && reCodeload.MatchString(p):
		if r.Header.Get("Authorization") != "" {
			writeJSON(w, 400, map[string]string{"message": "the download URL is signed; no token expected"})
			return
		}
		m := reCodeload.FindStringSubmatch(p)
		f.mu.Lock()
		var rp *Repo
		for _, in := range f.installations {
			if x := in.repo(m[1]); x != nil {
				rp = x
			}
		}
		f.mu.Unlock()
		tree, ok := Tree{}, false
		if rp != nil {
			tree, ok = rp.Refs[m[2]]
		}
		if !ok {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		w.Header().Set("Content-Type", "application/x-gzip")
		_, _ = w.Write(Tarball(rp.FullName, tree))
	default:
		writeJSON(w, 404, map[string]string{"message": "Not Found (fake GitHub)"})
	}
}

func (in *installation) repo(fullName string) *Repo {
	for _, r := range in.repos {
		if strings.EqualFold(r.FullName, fullName) {
			return r
		}
	}
	return nil
}

// Tarball builds a tarball as GitHub does: a pax global header whose
// comment is the commit id, every file under "owner-repo-shortsha/".
func Tarball(fullName string, tree Tree) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	_ = tw.WriteHeader(&tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax_global_header", PAXRecords: map[string]string{"comment": tree.Commit}, Format: tar.FormatPAX})
	short := tree.Commit
	if len(short) > 7 {
		short = short[:7]
	}
	prefix := strings.ReplaceAll(fullName, "/", "-") + "-" + short + "/"
	_ = tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: prefix, Mode: 0o755})
	for name, body := range tree.Files {
		_ = tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: prefix + name, Mode: 0o644, Size: int64(len(body))})
		_, _ = tw.Write([]byte(body))
	}
	_ = tw.WriteHeader(&tar.Header{Typeflag: tar.TypeSymlink, Name: prefix + "link", Linkname: "/etc/passwd"})
	_ = tw.Close()
	_ = zw.Close()
	return buf.Bytes()
}
