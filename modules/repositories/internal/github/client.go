// Package github is the small GitHub REST client the repositories module
// needs as a GitHub App: an App JWT (RS256) signed with the App's private
// key, installation tokens minted from it and kept in memory only until
// shortly before they expire, an installation's repositories, and a
// repository's tarball at a ref.
//
// Every call goes through the HTTP client it is given (the SSRF-guarded
// one in production) to the configured API base URL (GitHub Enterprise
// Server included). Server errors and rate limits (429, and 403 with
// Retry-After or an exhausted quota: GitHub's secondary limits) are
// retried with exponential backoff, honouring Retry-After.
//
// Written by hand rather than with go-github: five endpoints, and the
// calls, their retries and where tokens go stay visible in one file.
package github

import (
	"bytes"
	"context"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"vigil/platform/clock"
)

// App is a GitHub App client.
type App struct {
	id      int64
	key     *rsa.PrivateKey
	api     string
	http    *http.Client
	now     func() time.Time
	sleep   func(context.Context, time.Duration) error
	retries int

	mu     sync.Mutex
	tokens map[int64]cachedToken
}

type cachedToken struct {
	token   string
	expires time.Time
}

// Options configure an App.
type Options struct {
	AppID int64
	// PrivateKeyPEM is the App's RSA key (PKCS #1 or PKCS #8).
	PrivateKeyPEM []byte
	// APIURL is the REST base URL, e.g. https://api.github.com.
	APIURL string
	// HTTP sends the requests; it must not add credentials of its own.
	HTTP *http.Client
	// Now is the clock; nil is time.Now.
	Now func() time.Time
	// Sleep waits between retries; nil waits on a timer (tests shorten it).
	Sleep func(context.Context, time.Duration) error
	// Retries after the first attempt; 0 is 4.
	Retries int
}

// ParseKey reads an RSA private key from PEM.
func ParseKey(b []byte) (*rsa.PrivateKey, error) {
	blk, _ := pem.Decode(b)
	if blk == nil {
		return nil, errors.New("github: private key: no PEM block")
	}
	if k, err := x509.ParsePKCS1PrivateKey(blk.Bytes); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("github: private key: %w", err)
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("github: private key: not RSA")
	}
	return rk, nil
}

// New builds an App client.
func New(o Options) (*App, error) {
	if o.AppID <= 0 {
		return nil, errors.New("github: app id required")
	}
	key, err := ParseKey(o.PrivateKeyPEM)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(o.APIURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("github: api url %q is not an http(s) URL", o.APIURL)
	}
	if o.HTTP == nil {
		return nil, errors.New("github: HTTP client required")
	}
	a := &App{id: o.AppID, key: key, api: strings.TrimRight(o.APIURL, "/"), http: o.HTTP, now: o.Now, sleep: o.Sleep,
		retries: o.Retries, tokens: map[int64]cachedToken{}}
	if a.now == nil {
		a.now = time.Now
	}
	if a.sleep == nil {
		a.sleep = clock.Sleep
	}
	if a.retries <= 0 {
		a.retries = 4
	}
	return a, nil
}

// JWT is the App's own credential: RS256, issued a minute in the past
// (clock drift), valid for nine minutes (GitHub allows ten).
func (a *App) JWT() (string, error) {
	now := a.now()
	t := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.RegisteredClaims{
		Issuer:    strconv.FormatInt(a.id, 10),
		IssuedAt:  jwt.NewNumericDate(now.Add(-60 * time.Second)),
		ExpiresAt: jwt.NewNumericDate(now.Add(9 * time.Minute)),
	})
	s, err := t.SignedString(a.key)
	if err != nil {
		return "", fmt.Errorf("github: sign app jwt: %w", err)
	}
	return s, nil
}

// Error is a GitHub API error answer.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("github: %d %s", e.Status, e.Message) }

// IsNotFound reports whether err is GitHub's 404.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Status == http.StatusNotFound
}

// request is one API call; auth is the Authorization header value.
type request struct {
	method, path, auth string
	body               any
	accept             string
	// noRedirect returns a 3xx answer instead of following it.
	noRedirect bool
	// url, when set, is the whole URL (GraphQL's endpoint is not under
	// the REST base on GitHub Enterprise Server); path is then unused.
	url string
}

// do sends r, retrying server errors and rate limits, and returns the
// response of the last attempt (2xx, or an *Error).
func (a *App) do(ctx context.Context, r request) (*http.Response, error) {
	var body []byte
	if r.body != nil {
		var err error
		if body, err = json.Marshal(r.body); err != nil {
			return nil, err
		}
	}
	backoff := time.Second
	for attempt := 0; ; attempt++ {
		target := a.api + r.path
		if r.url != "" {
			target = r.url
		}
		req, err := http.NewRequestWithContext(ctx, r.method, target, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		if r.accept == "" {
			r.accept = "application/vnd.github+json"
		}
		req.Header.Set("Accept", r.accept)
		req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
		req.Header.Set("User-Agent", "vigil")
		if r.auth != "" {
			req.Header.Set("Authorization", r.auth)
		}
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		client := a.http
		if r.noRedirect {
			c := *a.http
			c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
			client = &c
		}
		res, err := client.Do(req)
		var wait time.Duration
		switch {
		case err != nil:
			if ctx.Err() != nil || attempt >= a.retries {
				return nil, fmt.Errorf("github: %s %s: %w", r.method, r.path, err)
			}
			wait = backoff
		case res.StatusCode < 300, r.noRedirect && res.StatusCode < 400:
			return res, nil
		default:
			msg := apiMessage(res)
			if attempt >= a.retries || !retryable(res) {
				return nil, &Error{Status: res.StatusCode, Message: msg}
			}
			wait = retryAfter(res, backoff, a.now())
		}
		if err := a.sleep(ctx, wait); err != nil {
			return nil, err
		}
		backoff *= 2
	}
}

// retryable: server errors, 429, and 403s that are rate limits (GitHub's
// secondary limits answer 403 with Retry-After or remaining 0).
func retryable(res *http.Response) bool {
	switch {
	case res.StatusCode >= 500, res.StatusCode == http.StatusTooManyRequests:
		return true
	case res.StatusCode == http.StatusForbidden:
		return res.Header.Get("Retry-After") != "" || res.Header.Get("X-RateLimit-Remaining") == "0"
	}
	return false
}

// retryAfter is how long to wait: Retry-After seconds, else until the
// quota resets (capped at a minute), else the backoff.
func retryAfter(res *http.Response, backoff time.Duration, now time.Time) time.Duration {
	if s, err := strconv.Atoi(res.Header.Get("Retry-After")); err == nil && s >= 0 {
		return min(time.Duration(s)*time.Second, time.Minute)
	}
	if res.Header.Get("X-RateLimit-Remaining") == "0" {
		if reset, err := strconv.ParseInt(res.Header.Get("X-RateLimit-Reset"), 10, 64); err == nil {
			return min(max(time.Until(time.Unix(reset, 0)), 0)+time.Second, time.Minute)
		}
	}
	return backoff
}

// apiMessage reads GitHub's {"message": ...} and closes the body.
func apiMessage(res *http.Response) string {
	defer res.Body.Close()
	var m struct {
		Message string `json:"message"`
	}
	b, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if json.Unmarshal(b, &m) == nil && m.Message != "" {
		return m.Message
	}
	return http.StatusText(res.StatusCode)
}

// decode reads a JSON answer into v and closes the body.
func decode(res *http.Response, v any) error {
	defer res.Body.Close()
	if err := json.NewDecoder(io.LimitReader(res.Body, 32<<20)).Decode(v); err != nil {
		return fmt.Errorf("github: decode: %w", err)
	}
	return nil
}

// asApp calls as the App itself.
func (a *App) asApp(ctx context.Context, method, path string, body, out any) error {
	tok, err := a.JWT()
	if err != nil {
		return err
	}
	res, err := a.do(ctx, request{method: method, path: path, auth: "Bearer " + tok, body: body})
	if err != nil {
		return err
	}
	return decode(res, out)
}

// Installation is an App installation's account.
type Installation struct {
	ID        int64     `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	Account   struct {
		Login string `json:"login"`
		Type  string `json:"type"`
	} `json:"account"`
}

// Installation reads one installation of the App (a 404 *Error when the
// App is not installed there).
func (a *App) Installation(ctx context.Context, id int64) (*Installation, error) {
	var in Installation
	if err := a.asApp(ctx, http.MethodGet, fmt.Sprintf("/app/installations/%d", id), nil, &in); err != nil {
		return nil, err
	}
	return &in, nil
}

// Token returns an installation token, minting one when none is cached
// or the cached one expires within five minutes. Tokens live only here,
// in memory, and never beyond their expiry.
func (a *App) Token(ctx context.Context, installationID int64) (string, error) {
	a.mu.Lock()
	c, ok := a.tokens[installationID]
	a.mu.Unlock()
	if ok && a.now().Add(5*time.Minute).Before(c.expires) {
		return c.token, nil
	}
	var out struct {
		Token     string    `json:"token"`
		ExpiresAt time.Time `json:"expires_at"`
	}
	if err := a.asApp(ctx, http.MethodPost, fmt.Sprintf("/app/installations/%d/access_tokens", installationID), nil, &out); err != nil {
		return "", err
	}
	if out.Token == "" {
		return "", errors.New("github: installation token: empty answer")
	}
	a.mu.Lock()
	for id, t := range a.tokens { // forget expired ones
		if !a.now().Before(t.expires) {
			delete(a.tokens, id)
		}
	}
	a.tokens[installationID] = cachedToken{out.Token, out.ExpiresAt}
	a.mu.Unlock()
	return out.Token, nil
}

// asInstallation calls with an installation token.
func (a *App) asInstallation(ctx context.Context, installationID int64, r request) (*http.Response, error) {
	tok, err := a.Token(ctx, installationID)
	if err != nil {
		return nil, err
	}
	r.auth = "token " + tok
	return a.do(ctx, r)
}

// Repository is one repository an installation can reach.
type Repository struct {
	ID            int64  `json:"id"`
	FullName      string `json:"full_name"`
	HTMLURL       string `json:"html_url"`
	CloneURL      string `json:"clone_url"`
	DefaultBranch string `json:"default_branch"`
	Private       bool   `json:"private"`
}

// Repositories lists every repository of the installation (all pages,
// at most 5,000).
func (a *App) Repositories(ctx context.Context, installationID int64) ([]Repository, error) {
	var all []Repository
	for page := 1; page <= 50; page++ {
		res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: fmt.Sprintf("/installation/repositories?per_page=100&page=%d", page)})
		if err != nil {
			return nil, err
		}
		var out struct {
			TotalCount   int          `json:"total_count"`
			Repositories []Repository `json:"repositories"`
		}
		if err := decode(res, &out); err != nil {
			return nil, err
		}
		all = append(all, out.Repositories...)
		if len(out.Repositories) < 100 || len(all) >= out.TotalCount {
			break
		}
	}
	return all, nil
}

// Tarball writes the repository's gzipped tarball at ref to w. GitHub
// answers with a redirect to a signed download URL; that URL is fetched
// without the token (it needs none, and the token must not reach another
// host). At most maxBytes are written.
func (a *App) Tarball(ctx context.Context, installationID int64, fullName, ref string, w io.Writer, maxBytes int64) (int64, error) {
	owner, repo, ok := strings.Cut(fullName, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return 0, fmt.Errorf("github: %q is not owner/repo", fullName)
	}
	p := "/repos/" + url.PathEscape(owner) + "/" + url.PathEscape(repo) + "/tarball"
	if ref != "" {
		p += "/" + url.PathEscape(ref)
	}
	res, err := a.asInstallation(ctx, installationID, request{method: http.MethodGet, path: p, noRedirect: true})
	if err != nil {
		return 0, err
	}
	if res.StatusCode >= 300 {
		res.Body.Close()
		loc, err := res.Location()
		if err != nil {
			return 0, fmt.Errorf("github: tarball: redirect without a location")
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, loc.String(), nil)
		if err != nil {
			return 0, err
		}
		req.Header.Set("User-Agent", "vigil")
		if res, err = a.http.Do(req); err != nil {
			return 0, fmt.Errorf("github: tarball download: %w", err)
		}
		if res.StatusCode != http.StatusOK {
			return 0, &Error{Status: res.StatusCode, Message: apiMessage(res)}
		}
	}
	defer res.Body.Close()
	n, err := io.Copy(w, io.LimitReader(res.Body, maxBytes+1))
	if err != nil {
		return n, fmt.Errorf("github: tarball: %w", err)
	}
	if n > maxBytes {
		return n, ErrTooLarge
	}
	return n, nil
}

// ErrTooLarge is returned when a tarball passes its limit.
var ErrTooLarge = errors.New("github: tarball exceeds the size limit")
