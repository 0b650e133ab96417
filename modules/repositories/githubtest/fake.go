// Package githubtest is a fake GitHub for tests (here and in the root
// package's wired benchmark): an httptest server that
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
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
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
	// Refs maps a ref to its commit and files: a branch name, a tag
	// name (listed in Tags too) or a commit id.
	Refs map[string]Tree
	// Tags are the names in Refs that are tags, not branches.
	Tags []string
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
	// failures queues answers to give before serving a path prefix
	// normally; skips lets that many requests through first.
	failures map[string][]Failure
	skips    map[string]int
	// pulls maps "owner/repo#n" to the pull request's files.
	pulls map[string][]File
	// comments maps "owner/repo#n" to the review comments posted.
	comments map[string][]Comment
	// Reviews and CheckRuns are the posted payloads, in order.
	reviews   []Posted
	checkRuns []Posted
	// checkUpdates are the PATCHes of check runs, in order.
	checkUpdates []CheckUpdate
	// codes are OAuth codes not yet exchanged; userTokens the
	// user-to-server tokens they became.
	codes      map[string]*oauthUser
	userTokens map[string]*oauthUser
	// permissions maps "owner/repo/login" (lower case) to a permission.
	permissions map[string]string
	// issueComments maps "owner/repo#n" to the conversation comments.
	issueComments map[string][]IssueComment
	// sarifs are the code-scanning uploads, in order; sarifStatus is the
	// processing status the fake reports for them ("complete" when "").
	sarifs      []SARIF
	sarifStatus string
}

// SetSARIFStatus sets the processing status reported for uploads:
// pending, complete or failed.
func (f *Fake) SetSARIFStatus(status string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sarifStatus = status
}

// SARIF is a code-scanning upload as received: its commit, ref and the
// decoded (un-base64ed, gunzipped) SARIF log.
type SARIF struct {
	ID, Repo, CommitSHA, Ref, ToolName string
	Log                                []byte
}

// SARIFs returns the code-scanning uploads received.
func (f *Fake) SARIFs() []SARIF {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]SARIF(nil), f.sarifs...)
}

// OAuth client credentials of the fake App (github_app.client_id and
// client_secret).
const (
	ClientID     = "Iv1.fakeclient"
	ClientSecret = "fake-client-secret"
)

// oauthUser is a GitHub user and the installations they can access.
type oauthUser struct {
	login         string
	installations []int64
}

// File is a pull request file as GitHub lists it.
type File struct {
	Filename string `json:"filename"`
	Status   string `json:"status"`
	Patch    string `json:"patch,omitempty"`
}

// Comment is a review comment as GitHub lists it. InReplyToID names the
// thread's first comment for a reply; Resolved is the thread's state
// (kept on the first comment; not part of the REST shape).
type Comment struct {
	ID          int64  `json:"id"`
	InReplyToID int64  `json:"in_reply_to_id,omitempty"`
	Path        string `json:"path"`
	Line        int    `json:"line"`
	Side        string `json:"side"`
	StartLine   int    `json:"start_line,omitempty"`
	Body        string `json:"body"`
	User        User   `json:"user"`
	Resolved    bool   `json:"-"`
}

// User is a comment's author.
type User struct {
	Login string `json:"login"`
	Type  string `json:"type"`
}

// IssueComment is a conversation comment as GitHub lists it.
type IssueComment struct {
	ID   int64  `json:"id"`
	Body string `json:"body"`
	User User   `json:"user"`
}

// BotLogin is the login GitHub's REST API shows for the App's comments
// (its slug, which tests configure as "vigil-test", and "[bot]").
const BotLogin = "vigil-test[bot]"

// Reply adds a reply by a user (type User) to review comment inReplyTo of
// pull request number, as if someone answered on GitHub; it returns the
// new comment's id.
func (f *Fake) Reply(fullName string, number int, inReplyTo int64, login, body string) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := fmt.Sprintf("%s#%d", fullName, number)
	f.n++
	f.comments[key] = append(f.comments[key], Comment{ID: int64(f.n), InReplyToID: inReplyTo, Body: body, User: User{Login: login, Type: "User"}})
	return int64(f.n)
}

// SetPermission sets login's permission on fullName (admin, write, read
// or none); a login never set is not a collaborator (404).
func (f *Fake) SetPermission(fullName, login, permission string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.permissions[strings.ToLower(fullName+"/"+login)] = permission
}

// IssueComments returns the conversation comments of pull request number.
func (f *Fake) IssueComments(fullName string, number int) []IssueComment {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]IssueComment(nil), f.issueComments[fmt.Sprintf("%s#%d", fullName, number)]...)
}

// Posted is a decoded request body of a review or check run; ID is the
// check run's id.
type Posted struct {
	Repo string
	ID   int64
	Body map[string]any
}

// PullRequest serves files for pull request number of fullName.
func (f *Fake) PullRequest(fullName string, number int, files ...File) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pulls[fmt.Sprintf("%s#%d", fullName, number)] = files
}

// Reviews returns the reviews posted.
func (f *Fake) Reviews() []Posted {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Posted(nil), f.reviews...)
}

// CheckRuns returns the check runs posted.
func (f *Fake) CheckRuns() []Posted {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Posted(nil), f.checkRuns...)
}

// CheckUpdate is a decoded PATCH of a check run.
type CheckUpdate struct {
	Repo string
	ID   int64
	Body map[string]any
}

// CheckUpdates returns the check run updates received.
func (f *Fake) CheckUpdates() []CheckUpdate {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]CheckUpdate(nil), f.checkUpdates...)
}

// Comments returns the review comments posted on a pull request.
func (f *Fake) Comments(fullName string, number int) []Comment {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Comment(nil), f.comments[fmt.Sprintf("%s#%d", fullName, number)]...)
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
	f := &Fake{AppID: 4242, key: k, installations: map[int64]*installation{}, tokens: map[string]int64{}, failures: map[string][]Failure{}, skips: map[string]int{},
		pulls: map[string][]File{}, comments: map[string][]Comment{}, codes: map[string]*oauthUser{}, userTokens: map[string]*oauthUser{},
		permissions: map[string]string{}, issueComments: map[string][]IssueComment{},
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

// Authorize issues an OAuth code, as GitHub appends to the callback after
// an installation when the App requests user authorization on install:
// it becomes a token of user login, who can access installations.
func (f *Fake) Authorize(code, login string, installations ...int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.codes[code] = &oauthUser{login: login, installations: installations}
}

// Age makes installation id look created d ago.
func (f *Fake) Age(id int64, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.installations[id].created = time.Now().Add(-d)
}

// Undate removes installation id's created_at from GitHub's answers.
func (f *Fake) Undate(id int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.installations[id].created = time.Time{}
}

// Fail queues answers for the next requests whose path starts with prefix.
func (f *Fake) Fail(prefix string, fs ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[prefix] = append(f.failures[prefix], fs...)
}

// FailAfter lets skip requests whose path starts with prefix through,
// then answers the next ones with fs.
func (f *Fake) FailAfter(prefix string, skip int, fs ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.skips[prefix] = skip
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
	rePullFiles    = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/files$`)
	rePullComments = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/comments$`)
	reReviews      = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/reviews$`)
	reCheckRuns    = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/check-runs$`)
	reCheckRun     = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/check-runs/(\d+)$`)
	reGitRef       = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/git/ref/(heads|tags)/(.+)$`)
	reReplies      = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/comments/(\d+)/replies$`)
	reIssueComment = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/issues/(\d+)/comments$`)
	rePermission   = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/collaborators/([^/]+)/permission$`)
	reSARIFs       = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/code-scanning/sarifs$`)
	reSARIF        = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/code-scanning/sarifs/([^/]+)$`)
)

// page slices items by the request's page and per_page.
func page[T any](r *http.Request, items []T) []T {
	pg, _ := strconv.Atoi(r.URL.Query().Get("page"))
	per, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
	pg, per = max(pg, 1), max(min(per, 100), 1)
	lo, hi := min((pg-1)*per, len(items)), min(pg*per, len(items))
	out := items[lo:hi]
	if out == nil {
		out = []T{}
	}
	return out
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.calls = append(f.calls, Call{Method: r.Method, Path: r.URL.RequestURI(), Auth: r.Header.Get("Authorization"), Body: string(body)})
	for prefix, q := range f.failures {
		if strings.HasPrefix(r.URL.Path, prefix) && len(q) > 0 && f.skips[prefix] > 0 {
			f.skips[prefix]--
			continue
		}
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
		writeJSON(w, 200, in.json(id, f.AppID))
	case r.Method == "POST" && p == "/login/oauth/access_token":
		f.exchangeCode(w, r, body)
	case r.Method == "GET" && p == "/user/installations":
		f.userInstallations(w, r)
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
	case r.Method == "GET" && rePullFiles.MatchString(p):
		m := rePullFiles.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		f.mu.Lock()
		files, ok := f.pulls[m[1]+"#"+m[2]]
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		writeJSON(w, 200, page(r, files))
	case r.Method == "GET" && rePullComments.MatchString(p):
		m := rePullComments.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		f.mu.Lock()
		cs := append([]Comment(nil), f.comments[m[1]+"#"+m[2]]...)
		f.mu.Unlock()
		writeJSON(w, 200, page(r, cs))
	case r.Method == "POST" && reReviews.MatchString(p):
		m := reReviews.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		var rv struct {
			CommitID string    `json:"commit_id"`
			Event    string    `json:"event"`
			Body     string    `json:"body"`
			Comments []Comment `json:"comments"`
		}
		var raw map[string]any
		if json.Unmarshal(body, &rv) != nil || json.Unmarshal(body, &raw) != nil || rv.CommitID == "" || rv.Event == "" {
			writeJSON(w, 422, map[string]string{"message": "Unprocessable Entity"})
			return
		}
		key := m[1] + "#" + m[2]
		f.mu.Lock()
		// As GitHub: a comment must sit on a line of the diff.
		files := f.pulls[key]
		for _, c := range rv.Comments {
			if !inDiff(files, c.Path, c.Line) || (c.Side != "" && c.Side != "RIGHT") {
				f.mu.Unlock()
				writeJSON(w, 422, map[string]string{"message": fmt.Sprintf("Line could not be resolved: %s:%d", c.Path, c.Line)})
				return
			}
		}
		for _, c := range rv.Comments {
			f.n++
			c.ID = int64(f.n)
			c.User = User{Login: BotLogin, Type: "Bot"}
			f.comments[key] = append(f.comments[key], c)
		}
		f.reviews = append(f.reviews, Posted{Repo: key, Body: raw})
		f.mu.Unlock()
		writeJSON(w, 200, map[string]any{"id": f.n, "state": "COMMENTED"})
	case r.Method == "POST" && reCheckRuns.MatchString(p):
		m := reCheckRuns.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		var raw map[string]any
		if json.Unmarshal(body, &raw) != nil {
			writeJSON(w, 422, map[string]string{"message": "Unprocessable Entity"})
			return
		}
		if name, _ := raw["name"].(string); name == "" || raw["head_sha"] == nil {
			writeJSON(w, 422, map[string]string{"message": "Invalid request: name and head_sha are required"})
			return
		}
		if c, ok := raw["conclusion"]; ok && c == "" {
			writeJSON(w, 422, map[string]string{"message": "Invalid request: conclusion is not a member of the enum"})
			return
		}
		f.mu.Lock()
		f.n++
		id := int64(f.n)
		f.checkRuns = append(f.checkRuns, Posted{Repo: m[1], ID: id, Body: raw})
		f.mu.Unlock()
		writeJSON(w, 201, map[string]any{"id": id})
	case r.Method == "PATCH" && reCheckRun.MatchString(p):
		m := reCheckRun.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		id, _ := strconv.ParseInt(m[2], 10, 64)
		var raw map[string]any
		if json.Unmarshal(body, &raw) != nil {
			writeJSON(w, 422, map[string]string{"message": "Unprocessable Entity"})
			return
		}
		f.mu.Lock()
		known := false
		for _, c := range f.checkRuns {
			if c.Repo == m[1] && c.ID == id {
				known = true
			}
		}
		if known {
			f.checkUpdates = append(f.checkUpdates, CheckUpdate{Repo: m[1], ID: id, Body: raw})
		}
		f.mu.Unlock()
		if !known {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		writeJSON(w, 200, map[string]any{"id": id})
	case r.Method == "GET" && reGitRef.MatchString(p):
		m := reGitRef.FindStringSubmatch(p)
		in, ok := f.installationOf(r)
		if !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		rp := in.repo(m[1])
		name, _ := url.PathUnescape(m[3])
		tree, exists := rp.Refs[name]
		isTag := false
		for _, t := range rp.Tags {
			isTag = isTag || t == name
		}
		if !exists || regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(name) || isTag != (m[2] == "tags") {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		writeJSON(w, 200, map[string]any{"ref": "refs/" + m[2] + "/" + name, "object": map[string]any{"sha": tree.Commit, "type": "commit"}})
	case r.Method == "POST" && reReplies.MatchString(p):
		m := reReplies.FindStringSubmatch(p)
		f.reply(w, r, m[1]+"#"+m[2], m[1], m[3], body)
	case reIssueComment.MatchString(p) && (r.Method == "GET" || r.Method == "POST"):
		m := reIssueComment.FindStringSubmatch(p)
		f.issueComment(w, r, m[1], m[1]+"#"+m[2], body)
	case r.Method == "GET" && rePermission.MatchString(p):
		m := rePermission.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		login, _ := url.PathUnescape(m[2])
		f.mu.Lock()
		perm, ok := f.permissions[strings.ToLower(m[1]+"/"+login)]
		f.mu.Unlock()
		if !ok {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		// As GitHub: maintain shows as write, triage as read; role_name is precise.
		shown := map[string]string{"maintain": "write", "triage": "read"}[perm]
		if shown == "" {
			shown = perm
		}
		writeJSON(w, 200, map[string]any{"permission": shown, "role_name": perm, "user": map[string]any{"login": login}})
	case r.Method == "POST" && reSARIFs.MatchString(p):
		f.uploadSARIF(w, r, reSARIFs.FindStringSubmatch(p)[1], body)
	case r.Method == "GET" && reSARIF.MatchString(p):
		m := reSARIF.FindStringSubmatch(p)
		if in, ok := f.installationOf(r); !ok || in.repo(m[1]) == nil {
			writeJSON(w, 404, map[string]string{"message": "Not Found"})
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, s := range f.sarifs {
			if s.ID == m[2] && s.Repo == m[1] {
				status := f.sarifStatus
				if status == "" {
					status = "complete"
				}
				out := map[string]any{"processing_status": status, "analyses_url": f.Server.URL + "/repos/" + m[1] + "/code-scanning/analyses?sarif_id=" + s.ID}
				if status == "failed" {
					out["errors"] = []string{"invalid SARIF"}
				}
				writeJSON(w, 200, out)
				return
			}
		}
		writeJSON(w, 404, map[string]string{"message": "Not Found"})
	case r.Method == "POST" && p == "/graphql":
		f.graphql(w, r, body)
	default:
		writeJSON(w, 404, map[string]string{"message": "Not Found (fake GitHub)"})
	}
}

// uploadSARIF is POST /repos/{owner}/{repo}/code-scanning/sarifs: as
// GitHub, it wants a 40-hex commit_sha, a full ref and the SARIF gzipped
// and base64-encoded, and answers 202 with the upload's id and url.
func (f *Fake) uploadSARIF(w http.ResponseWriter, r *http.Request, fullName string, body []byte) {
	if in, ok := f.installationOf(r); !ok || in.repo(fullName) == nil {
		writeJSON(w, 404, map[string]string{"message": "Not Found"})
		return
	}
	var in struct {
		CommitSHA string `json:"commit_sha"`
		Ref       string `json:"ref"`
		SARIF     string `json:"sarif"`
		ToolName  string `json:"tool_name"`
	}
	if json.Unmarshal(body, &in) != nil || !regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(in.CommitSHA) || !strings.HasPrefix(in.Ref, "refs/") {
		writeJSON(w, 422, map[string]string{"message": "Invalid request: commit_sha and ref are required"})
		return
	}
	gz, err := base64.StdEncoding.DecodeString(in.SARIF)
	if err != nil {
		writeJSON(w, 422, map[string]string{"message": "sarif is not base64"})
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		writeJSON(w, 422, map[string]string{"message": "sarif is not gzip"})
		return
	}
	log, err := io.ReadAll(zr)
	var doc struct {
		Version string `json:"version"`
	}
	if err != nil || json.Unmarshal(log, &doc) != nil || doc.Version != "2.1.0" {
		writeJSON(w, 400, map[string]string{"message": "Invalid SARIF"})
		return
	}
	f.mu.Lock()
	f.n++
	id := fmt.Sprintf("47177e22-5596-11eb-80a1-%012d", f.n)
	f.sarifs = append(f.sarifs, SARIF{ID: id, Repo: fullName, CommitSHA: in.CommitSHA, Ref: in.Ref, ToolName: in.ToolName, Log: log})
	f.mu.Unlock()
	writeJSON(w, 202, map[string]any{"id": id, "url": f.Server.URL + "/repos/" + fullName + "/code-scanning/sarifs/" + id})
}

// reply is POST /repos/{owner}/{repo}/pulls/{n}/comments/{id}/replies:
// the reply joins the thread of comment id (GitHub answers 404 when that
// comment is not on the pull request).
func (f *Fake) reply(w http.ResponseWriter, r *http.Request, key, fullName, id string, body []byte) {
	if in, ok := f.installationOf(r); !ok || in.repo(fullName) == nil {
		writeJSON(w, 404, map[string]string{"message": "Not Found"})
		return
	}
	var in struct {
		Body string `json:"body"`
	}
	if json.Unmarshal(body, &in) != nil || in.Body == "" {
		writeJSON(w, 422, map[string]string{"message": "Validation Failed: body is missing"})
		return
	}
	parent, _ := strconv.ParseInt(id, 10, 64)
	f.mu.Lock()
	defer f.mu.Unlock()
	var root *Comment
	for i := range f.comments[key] {
		if f.comments[key][i].ID == parent {
			root = &f.comments[key][i]
		}
	}
	if root == nil {
		writeJSON(w, 404, map[string]string{"message": "Not Found"})
		return
	}
	thread := root.ID
	if root.InReplyToID != 0 {
		thread = root.InReplyToID
	}
	f.n++
	c := Comment{ID: int64(f.n), InReplyToID: thread, Path: root.Path, Line: root.Line, Side: root.Side, Body: in.Body, User: User{Login: BotLogin, Type: "Bot"}}
	f.comments[key] = append(f.comments[key], c)
	writeJSON(w, 201, c)
}

// issueComment lists (GET) or creates (POST) conversation comments.
func (f *Fake) issueComment(w http.ResponseWriter, r *http.Request, fullName, key string, body []byte) {
	if in, ok := f.installationOf(r); !ok || in.repo(fullName) == nil {
		writeJSON(w, 404, map[string]string{"message": "Not Found"})
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.Method == "GET" {
		writeJSON(w, 200, page(r, append([]IssueComment(nil), f.issueComments[key]...)))
		return
	}
	var in struct {
		Body string `json:"body"`
	}
	if json.Unmarshal(body, &in) != nil || in.Body == "" {
		writeJSON(w, 422, map[string]string{"message": "Validation Failed: body is missing"})
		return
	}
	f.n++
	c := IssueComment{ID: int64(f.n), Body: in.Body, User: User{Login: BotLogin, Type: "Bot"}}
	f.issueComments[key] = append(f.issueComments[key], c)
	writeJSON(w, 201, c)
}

// graphql serves the two operations Vigil sends to POST /graphql: the
// pullRequest.reviewThreads query and the resolveReviewThread mutation.
// A thread is a first review comment and its replies; its node id is
// "PRRT_" and the first comment's id. Errors come as GitHub sends them:
// 200 with an "errors" array.
func (f *Fake) graphql(w http.ResponseWriter, r *http.Request, body []byte) {
	in, ok := f.installationOf(r)
	if !ok {
		writeJSON(w, 401, map[string]string{"message": "Bad credentials"})
		return
	}
	var q struct {
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables"`
	}
	if json.Unmarshal(body, &q) != nil || q.Query == "" {
		writeJSON(w, 400, map[string]string{"message": "Problems parsing JSON"})
		return
	}
	gqlErr := func(msg string) {
		writeJSON(w, 200, map[string]any{"data": nil, "errors": []map[string]any{{"message": msg}}})
	}
	switch {
	case strings.Contains(q.Query, "resolveReviewThread"):
		id, _ := q.Variables["threadId"].(string)
		first, _ := strconv.ParseInt(strings.TrimPrefix(id, "PRRT_"), 10, 64)
		f.mu.Lock()
		defer f.mu.Unlock()
		for key, cs := range f.comments {
			for i := range cs {
				if cs[i].ID == first && cs[i].InReplyToID == 0 && in.repo(strings.SplitN(key, "#", 2)[0]) != nil {
					cs[i].Resolved = true
					writeJSON(w, 200, map[string]any{"data": map[string]any{"resolveReviewThread": map[string]any{"thread": map[string]any{"id": id, "isResolved": true}}}})
					return
				}
			}
		}
		gqlErr(fmt.Sprintf("Could not resolve to a node with the global id of '%s'", id))
	case strings.Contains(q.Query, "reviewThreads"):
		owner, _ := q.Variables["owner"].(string)
		name, _ := q.Variables["name"].(string)
		number, _ := q.Variables["number"].(float64)
		if in.repo(owner+"/"+name) == nil {
			gqlErr(fmt.Sprintf("Could not resolve to a Repository with the name '%s/%s'.", owner, name))
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		cs := f.comments[fmt.Sprintf("%s/%s#%d", owner, name, int(number))]
		var nodes []map[string]any
		for _, c := range cs {
			if c.InReplyToID != 0 {
				continue
			}
			last := c
			for _, x := range cs {
				if x.InReplyToID == c.ID {
					last = x
				}
			}
			// GraphQL shows a bot's login without "[bot]".
			nodes = append(nodes, map[string]any{"id": fmt.Sprintf("PRRT_%d", c.ID), "isResolved": c.Resolved,
				"first": map[string]any{"nodes": []any{map[string]any{"databaseId": c.ID, "body": c.Body, "author": map[string]any{"login": strings.TrimSuffix(c.User.Login, "[bot]")}}}},
				"last":  map[string]any{"nodes": []any{map[string]any{"body": last.Body}}}})
		}
		if nodes == nil {
			nodes = []map[string]any{}
		}
		writeJSON(w, 200, map[string]any{"data": map[string]any{"repository": map[string]any{"pullRequest": map[string]any{
			"reviewThreads": map[string]any{"pageInfo": map[string]any{"hasNextPage": false, "endCursor": nil}, "nodes": nodes}}}}})
	default:
		gqlErr("the fake GitHub serves only reviewThreads and resolveReviewThread")
	}
}

// Thread returns review comment id's thread state: its replies' bodies and
// whether it is resolved.
func (f *Fake) Thread(fullName string, number int, id int64) (replies []string, resolved bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.comments[fmt.Sprintf("%s#%d", fullName, number)] {
		if c.ID == id {
			resolved = c.Resolved
		}
		if c.InReplyToID == id {
			replies = append(replies, c.Body)
		}
	}
	return replies, resolved
}

// json is an installation as GitHub's API shows it (created_at is null
// when Undate removed it).
func (in *installation) json(id, appID int64) map[string]any {
	var created any
	if !in.created.IsZero() {
		created = in.created.UTC().Format(time.RFC3339)
	}
	return map[string]any{"id": id, "app_id": appID, "target_type": "Organization", "created_at": created,
		"account": map[string]any{"login": in.login, "type": "Organization"}}
}

// exchangeCode is POST /login/oauth/access_token (on GitHub's web host):
// a form with client_id, client_secret and code. As GitHub, refusals
// answer 200 with an "error" field, and a code works once.
func (f *Fake) exchangeCode(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		writeJSON(w, 400, map[string]string{"error": "unsupported_grant_type"})
		return
	}
	if form.Get("client_id") != ClientID || form.Get("client_secret") != ClientSecret {
		writeJSON(w, 200, map[string]string{"error": "incorrect_client_credentials", "error_description": "The client_id and/or client_secret passed are incorrect."})
		return
	}
	f.mu.Lock()
	u, ok := f.codes[form.Get("code")]
	delete(f.codes, form.Get("code"))
	f.n++
	tok := fmt.Sprintf("ghu_fake%d", f.n)
	if ok {
		f.userTokens[tok] = u
	}
	f.mu.Unlock()
	if !ok {
		writeJSON(w, 200, map[string]string{"error": "bad_verification_code", "error_description": "The code passed is incorrect or expired."})
		return
	}
	writeJSON(w, 200, map[string]string{"access_token": tok, "token_type": "bearer", "scope": ""})
}

// userInstallations is GET /user/installations with a user-to-server
// token: the App's installations that user can access.
func (f *Fake) userInstallations(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok {
		tok, _ = strings.CutPrefix(auth, "token ")
	}
	f.mu.Lock()
	u, ok := f.userTokens[tok]
	var out []map[string]any
	if ok {
		for _, id := range u.installations {
			if in, exists := f.installations[id]; exists {
				out = append(out, in.json(id, f.AppID))
			}
		}
	}
	f.mu.Unlock()
	if !ok {
		writeJSON(w, 401, map[string]string{"message": "Bad credentials"})
		return
	}
	writeJSON(w, 200, map[string]any{"total_count": len(out), "installations": page(r, out)})
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

// hunkRe matches a unified diff hunk header's new-side start.
var hunkRe = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@`)

// inDiff reports whether line of path is on the new side of a hunk
// (added or context), which is where GitHub accepts a RIGHT comment.
func inDiff(files []File, path string, line int) bool {
	for _, f := range files {
		if f.Filename != path {
			continue
		}
		n := 0
		for _, l := range strings.Split(f.Patch, "\n") {
			if m := hunkRe.FindStringSubmatch(l); m != nil {
				n, _ = strconv.Atoi(m[1])
				continue
			}
			if strings.HasPrefix(l, "-") || n == 0 {
				continue
			}
			if n == line {
				return true
			}
			n++
		}
	}
	return false
}
