package repositories

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"vigil/modules/repositories/internal/github"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/config"
	"vigil/platform/errs"
)

// GitHubDeps turn on the GitHub App side of the module.
type GitHubDeps struct {
	Config config.GitHubApp
	// HTTP calls GitHub's API (the SSRF-guarded client in production).
	HTTP *http.Client
	// BaseURL is this instance's public URL: the setup callback redirects
	// the browser back to BaseURL/repositories.
	BaseURL string
	// WebURL is GitHub's web host for the install page; "" derives it from
	// the API URL (api.github.com → github.com, HOST/api/v3 → HOST).
	WebURL string
	// OAuthTokenURL is where the install callback's OAuth code is
	// exchanged for a user token; "" is WebURL/login/oauth/access_token.
	OAuthTokenURL string
	// ReviewPoll is how long a pull request review, push check or SARIF
	// upload waits before looking at its analysis (or upload) again; 0 is
	// one second. Tests shorten it.
	ReviewPoll time.Duration
}

// installStateTTL bounds how long an install may take between Vigil's
// redirect and GitHub's callback.
const installStateTTL = 30 * time.Minute

// gh is the GitHub side of the service; nil when the App is not configured.
type gh struct {
	app     *github.App
	slug    string
	baseURL string
	webURL  string
	secret  []byte
	// OAuth client of the App, to learn which installations the person
	// coming back from GitHub can access.
	clientID, clientSecret, tokenURL string
}

func newGitHub(d *GitHubDeps) (*gh, error) {
	if d == nil || !d.Config.Enabled() {
		return nil, nil
	}
	pemKey, err := d.Config.PrivateKeyPEM()
	if err != nil {
		return nil, err
	}
	if d.HTTP == nil {
		return nil, errors.New("repositories: GitHub needs HTTP")
	}
	if d.Config.ClientID == "" || d.Config.ClientSecret == "" {
		return nil, errors.New("repositories: GitHub needs the App's client_id and client_secret (installations are bound for users GitHub vouches for)")
	}
	app, err := github.New(github.Options{AppID: d.Config.AppID, PrivateKeyPEM: pemKey, APIURL: d.Config.APIURL, HTTP: d.HTTP})
	if err != nil {
		return nil, err
	}
	web := d.WebURL
	if web == "" {
		web = webURLOf(d.Config.APIURL)
	}
	g := &gh{app: app, slug: d.Config.Slug, baseURL: strings.TrimRight(d.BaseURL, "/"),
		webURL: strings.TrimRight(web, "/"), secret: []byte(d.Config.WebhookSecret),
		clientID: d.Config.ClientID, clientSecret: d.Config.ClientSecret, tokenURL: d.OAuthTokenURL}
	if g.tokenURL == "" {
		g.tokenURL = g.webURL + "/login/oauth/access_token"
	}
	return g, nil
}

// webURLOf derives GitHub's web URL from its API URL.
func webURLOf(api string) string {
	u, err := url.Parse(api)
	if err != nil {
		return "https://github.com"
	}
	if u.Host == "api.github.com" {
		return "https://github.com"
	}
	u.Path = strings.TrimSuffix(strings.TrimRight(u.Path, "/"), "/api/v3")
	return u.String()
}

// githubOn returns the GitHub side or a 404 saying it is off.
func (s *Service) githubOn() (*gh, error) {
	if s.gh == nil {
		return nil, errs.New(errs.KindNotFound, "the GitHub App is not configured on this instance (github_app.app_id)")
	}
	return s.gh, nil
}

// installState is what the sealed state carries.
type installState struct {
	Workspace string `json:"w"`
	User      string `json:"u"`
	Expires   int64  `json:"e"`
	Nonce     string `json:"n"`
}

// installStateContext binds sealed install states to their use.
const installStateContext = "repositories:github-install-state"

// sealState encrypts and authenticates st with the instance's Sealer (its
// current key), so the state names the workspace without showing it.
func (s *Service) sealState(st installState) (string, error) {
	b, err := json.Marshal(st)
	if err != nil {
		return "", err
	}
	return s.d.Sealer.Seal(b, installStateContext)
}

// openState reads a state sealed by sealState, with the current key or a
// previous one (a key rotated while someone was on GitHub's page).
func (s *Service) openState(state string, now time.Time) (*installState, error) {
	bad := errs.New(errs.KindForbidden, "the installation link is invalid or expired; start again from Vigil")
	b, err := s.d.Sealer.Open(state, installStateContext)
	if err != nil {
		return nil, bad
	}
	var st installState
	if json.Unmarshal(b, &st) != nil || st.Nonce == "" || now.Unix() > st.Expires {
		return nil, bad
	}
	return &st, nil
}

// InstallURL is where to send the browser to install the App for the
// caller's workspace: GitHub's installation page with a sealed state
// binding the installation to that workspace and user.
func (s *Service) InstallURL(ctx context.Context) (string, error) {
	p, err := s.authorize(ctx, ActionManage)
	if err != nil {
		return "", err
	}
	g, err := s.githubOn()
	if err != nil {
		return "", err
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	st, err := s.sealState(installState{Workspace: p.WorkspaceID, User: p.UserID, Expires: s.d.Now().Add(installStateTTL).Unix(),
		Nonce: base64.RawURLEncoding.EncodeToString(nonce)})
	if err != nil {
		return "", err
	}
	return g.webURL + "/apps/" + url.PathEscape(g.slug) + "/installations/new?state=" + url.QueryEscape(st), nil
}

// installationFreshness bounds how old an installation may be when it is
// bound through the setup callback: only an installation created just
// before (by the person coming back from GitHub) is accepted, unless it is
// already the workspace's.
const installationFreshness = time.Hour

// CompleteInstall binds installation id to the workspace named in the
// signed state, for the signed-in user who started it (who must still
// manage repositories there). The callback's installation_id is a query
// parameter anyone can change, so GitHub must vouch for it: code is the
// OAuth code GitHub appends when the App requests user authorization on
// install (request_oauth_on_install); it is exchanged for a user token,
// and the installation must be among those that user can access
// (GET /user/installations). The installation must also exist for this
// App with a creation time, be new, and not belong to another workspace.
// Each state binds once.
func (s *Service) CompleteInstall(ctx context.Context, installationID int64, code, state string) (workspaceID string, err error) {
	// The caller manages repositories where it acts (an API key needs the
	// admin scope), and again in the state's workspace below.
	p, err := s.authorize(ctx, ActionManage)
	if err != nil {
		return "", err
	}
	g, err := s.githubOn()
	if err != nil {
		return "", err
	}
	st, err := s.openState(state, s.d.Now())
	if err != nil {
		return "", err
	}
	if st.User != p.UserID {
		return "", errs.New(errs.KindForbidden, "this installation was started by another user")
	}
	if err := s.d.Authorizer.Can(ctx, p, st.Workspace, ActionManage); err != nil {
		return "", err
	}
	if installationID <= 0 {
		return "", errs.Invalid("invalid installation", errs.FieldError{Field: "installation_id", Message: "is required"})
	}
	if code == "" {
		return "", errs.New(errs.KindForbidden, "GitHub sent no authorization code: enable \"Request user authorization (OAuth) during installation\" "+
			"in the GitHub App's settings, with this setup URL as its callback URL, then install again from Vigil")
	}
	// The state is spent before anything else happens: a replayed or
	// concurrent callback with it is refused whatever the first one did.
	if err := s.store.ConsumeInstallState(ctx, st.Nonce, time.Unix(st.Expires, 0)); errors.Is(err, store.ErrDuplicate) {
		return "", errs.New(errs.KindForbidden, "this installation link was already used; start again from Vigil")
	} else if err != nil {
		return "", err
	}
	userToken, err := g.app.ExchangeCode(ctx, g.tokenURL, g.clientID, g.clientSecret, code)
	if errors.Is(err, github.ErrBadCode) {
		return "", errs.New(errs.KindForbidden, "GitHub refused the authorization code (expired or already used); install again from Vigil")
	}
	if err != nil {
		return "", errs.Wrap(errs.KindUnavailable, err, "GitHub did not answer; try again")
	}
	mine, err := g.app.UserInstallations(ctx, userToken)
	if err != nil {
		return "", errs.Wrap(errs.KindUnavailable, err, "GitHub did not list your installations; try again")
	}
	if !slices.ContainsFunc(mine, func(in github.Installation) bool { return in.ID == installationID }) {
		return "", errs.New(errs.KindForbidden, "your GitHub account cannot access this installation")
	}
	in, err := g.app.Installation(ctx, installationID)
	if err != nil {
		if github.IsNotFound(err) {
			return "", errs.NotFound("installation")
		}
		return "", errs.Wrap(errs.KindUnavailable, err, "GitHub did not answer; try again")
	}
	if in.CreatedAt.IsZero() {
		return "", errs.New(errs.KindForbidden, "GitHub did not say when this installation was created; it cannot be connected")
	}
	if s.d.Now().Sub(in.CreatedAt) > installationFreshness {
		if cur, err := s.store.InstallationByID(ctx, installationID); err != nil || cur.WorkspaceID != st.Workspace {
			return "", errs.New(errs.KindForbidden, "this installation is not new; reinstall the App from Vigil to connect it")
		}
	}
	err = s.store.BindInstallation(ctx, &store.Installation{InstallationID: installationID, WorkspaceID: st.Workspace,
		AccountLogin: in.Account.Login, AccountType: in.Account.Type, CreatedBy: p.UserID, CreatedAt: s.d.Now().UTC()})
	if errors.Is(err, store.ErrDuplicate) {
		return "", errs.New(errs.KindConflict, "this installation is connected to another workspace")
	}
	if err != nil {
		return "", err
	}
	return st.Workspace, nil
}

// InstalledRepository is a repository the workspace's installations can
// reach, with the connected repository watching it, if any.
type InstalledRepository struct {
	InstallationID int64  `json:"installation_id"`
	Account        string `json:"account"`
	GitHubID       int64  `json:"github_id"`
	FullName       string `json:"full_name"`
	URL            string `json:"url"`
	DefaultBranch  string `json:"default_branch"`
	Private        bool   `json:"private"`
	RepositoryID   string `json:"repository_id,omitempty"`
}

// InstalledRepositories is GET /api/v1/integrations/github/repositories.
type InstalledRepositories struct {
	Installations int                   `json:"installations"`
	Repositories  []InstalledRepository `json:"repositories"`
}

// Installed lists the repositories of the workspace's installations.
func (s *Service) Installed(ctx context.Context) (*InstalledRepositories, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	g, err := s.githubOn()
	if err != nil {
		return nil, err
	}
	ins, err := s.store.Installations(ctx, p.WorkspaceID)
	if err != nil {
		return nil, err
	}
	connected, err := s.store.List(ctx, p.WorkspaceID)
	if err != nil {
		return nil, err
	}
	byID := map[[2]int64]string{}
	for _, r := range connected {
		if r.Provider == store.ProviderGitHub {
			byID[[2]int64{r.InstallationID, r.GitHubID}] = r.ID
		}
	}
	out := &InstalledRepositories{Installations: len(ins), Repositories: []InstalledRepository{}}
	for _, in := range ins {
		rs, err := g.app.Repositories(ctx, in.InstallationID)
		if err != nil {
			return nil, errs.Wrap(errs.KindUnavailable, err, "GitHub did not list the installation's repositories; try again")
		}
		for _, r := range rs {
			out.Repositories = append(out.Repositories, InstalledRepository{InstallationID: in.InstallationID, Account: in.AccountLogin,
				GitHubID: r.ID, FullName: r.FullName, URL: g.webURL + "/" + r.FullName, DefaultBranch: r.DefaultBranch,
				Private: r.Private, RepositoryID: byID[[2]int64{in.InstallationID, r.ID}]})
		}
	}
	return out, nil
}

// matchInstalled finds u (a GitHub web or clone URL) among the
// workspace's installed repositories.
func (s *Service) matchInstalled(ctx context.Context, ws, u string) (*InstalledRepository, error) {
	if s.gh == nil {
		return nil, nil
	}
	pu, err := url.Parse(u)
	web, _ := url.Parse(s.gh.webURL)
	if err != nil || web == nil || !strings.EqualFold(pu.Host, web.Host) {
		return nil, nil
	}
	full := strings.TrimSuffix(strings.Trim(strings.TrimPrefix(pu.Path, web.Path), "/"), ".git")
	ins, err := s.store.Installations(ctx, ws)
	if err != nil || len(ins) == 0 {
		return nil, err
	}
	for _, in := range ins {
		rs, err := s.gh.app.Repositories(ctx, in.InstallationID)
		if err != nil {
			return nil, errs.Wrap(errs.KindUnavailable, err, "GitHub did not list the installation's repositories; try again")
		}
		for _, r := range rs {
			if strings.EqualFold(r.FullName, full) {
				return &InstalledRepository{InstallationID: in.InstallationID, Account: in.AccountLogin, GitHubID: r.ID,
					FullName: r.FullName, URL: s.gh.webURL + "/" + r.FullName, DefaultBranch: r.DefaultBranch, Private: r.Private}, nil
			}
		}
	}
	return nil, nil
}

// fetchGitHub writes the repository's tree at ref (its default branch
// when empty) as a gzipped tar to w and returns the commit.
func (s *Service) fetchGitHub(ctx context.Context, rep *store.Repository, ref string, w io.Writer) (string, error) {
	g, err := s.githubOn()
	if err != nil {
		return "", err
	}
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := g.app.Tarball(ctx, rep.InstallationID, rep.FullName, ref, pw, s.d.Limits.MaxArchiveBytes)
		pw.CloseWithError(err)
		done <- err
	}()
	commit, rerr := github.Restrip(pr, w, s.d.Limits.MaxCloneBytes)
	pr.Close()
	ferr := <-done
	switch {
	case ferr != nil && github.IsNotFound(ferr):
		return "", errs.Invalid("unknown ref", errs.FieldError{Field: "ref", Message: "no such branch, tag or commit in the repository (or the App lost access)"})
	case errors.Is(ferr, github.ErrTooLarge), errors.Is(rerr, github.ErrTooLarge):
		return "", errs.New(errs.KindTooLarge, "the repository is larger than this instance accepts for one analysis")
	case ferr != nil:
		return "", errs.Wrap(errs.KindUnavailable, ferr, "GitHub did not send the repository; try again")
	case rerr != nil:
		return "", fmt.Errorf("repositories: %w", rerr)
	}
	return commit, nil
}
