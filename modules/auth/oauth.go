package auth

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

const (
	flowCookie = "vigil_oauth"
	flowPath   = "/api/v1/auth/oauth"
	flowTTL    = 10 * time.Minute
	// flowContext binds sealed flow cookies to their use: a value sealed
	// for anything else does not open here.
	flowContext = "auth/oauth-flow-cookie"
)

// externalIdentity is what a provider vouches for after a successful flow.
type externalIdentity struct {
	Subject       string
	Email         string
	EmailVerified bool
	Name          string
}

// oauthProvider is one sign-in provider (GitHub or Google).
type oauthProvider interface {
	ID() string
	Name() string
	// AuthCodeURL is where the browser goes to sign in.
	AuthCodeURL(ctx context.Context, state, nonce, verifier string) (string, error)
	// Identity exchanges the code (proving the PKCE verifier) and returns
	// the verified identity; nonce is checked where the protocol has one.
	Identity(ctx context.Context, code, verifier, nonce string) (*externalIdentity, error)
}

// flowState travels in the sealed flow cookie between start and callback,
// so any replica can finish a flow another one started.
type flowState struct {
	Provider string    `json:"p"`
	State    string    `json:"s"`
	Nonce    string    `json:"n"`
	Verifier string    `json:"v"`
	Next     string    `json:"x"`
	Expires  time.Time `json:"e"`
}

// oauthError is a refusal shown to the user on the SPA's /auth/error page.
type oauthError struct {
	code   string
	reason string // for the audit log, never shown
}

func (e *oauthError) Error() string { return "oauth: " + e.code + ": " + e.reason }

func (s *Service) configuredProviders() map[string]oauthProvider {
	out := map[string]oauthProvider{}
	a := s.cfg.Auth
	if a.GitHub.ClientID != "" {
		out["github"] = newGitHub(a.GitHub, s.baseURL+flowPath+"/github/callback", s.httpClient)
	}
	if a.Google.ClientID != "" {
		out["google"] = newGoogle(a.Google, s.baseURL+flowPath+"/google/callback", s.httpClient)
	}
	return out
}

type providerJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	StartURL string `json:"start_url"`
}

func (s *Service) handleProviders(c echo.Context) error {
	list := []providerJSON{}
	for _, id := range []string{"github", "google"} {
		if p, ok := s.oauth[id]; ok {
			list = append(list, providerJSON{ID: id, Name: p.Name(), StartURL: flowPath + "/" + id + "/start"})
		}
	}
	// email: whether this instance sends mail (reset links, invitations),
	// so pages never promise a message that will not come.
	return c.JSON(http.StatusOK, map[string]any{"password": true, "signup": s.cfg.Auth.AllowSignup, "email": s.mailer != nil, "providers": list})
}

// safeNext accepts only same-site absolute paths: "/x", never "//host",
// "/\host", schemes or control characters.
func safeNext(next string) (string, bool) {
	if next == "" {
		return "/", true
	}
	if len(next) > 1000 || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "", false
	}
	for _, r := range next {
		if r < 0x20 || r == 0x7f || r == '\\' {
			return "", false
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "", false
	}
	return next, true
}

func (s *Service) redirectError(c echo.Context, code string) error {
	c.SetCookie(s.cookie(flowCookie, "", flowPath, -1, true))
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.Redirect(http.StatusFound, s.baseURL+"/auth/error?code="+url.QueryEscape(code))
}

func (s *Service) handleOAuthStart(c echo.Context) error {
	p, ok := s.oauth[c.Param("provider")]
	if !ok {
		return s.redirectError(c, "provider_disabled")
	}
	next, ok := safeNext(c.QueryParam("next"))
	if !ok {
		s.record(c.Request().Context(), meta(c), auditEvent{Action: "auth.oauth.refused", Details: map[string]any{"reason": "unsafe next"}})
		return s.redirectError(c, "invalid_redirect")
	}
	st := flowState{Provider: p.ID(), State: token.RandomString(24), Nonce: token.RandomString(24),
		Verifier: oauth2.GenerateVerifier(), Next: next, Expires: s.now().Add(flowTTL)}
	raw, _ := json.Marshal(st)
	sealed, err := s.flowSeal.Seal(raw, flowContext)
	if err != nil {
		return err
	}
	target, err := p.AuthCodeURL(c.Request().Context(), st.State, st.Nonce, st.Verifier)
	if err != nil {
		s.log.ErrorContext(c.Request().Context(), "auth: oauth start", "provider", p.ID(), "err", err)
		return s.redirectError(c, "provider_unavailable")
	}
	c.SetCookie(s.cookie(flowCookie, sealed, flowPath, flowTTL, true))
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.Redirect(http.StatusFound, target)
}

func (s *Service) handleOAuthCallback(c echo.Context) error {
	ctx := c.Request().Context()
	m := meta(c)
	providerID := c.Param("provider")
	sess, err := s.oauthCallback(c, providerID)
	if err != nil {
		var oe *oauthError
		if errors.As(err, &oe) {
			s.signinFailed(ctx, m, nil, providerID, oe.code+": "+oe.reason)
			return s.redirectError(c, oe.code)
		}
		s.log.ErrorContext(ctx, "auth: oauth callback", "provider", providerID, "err", err)
		return s.redirectError(c, "server_error")
	}
	c.SetCookie(s.cookie(flowCookie, "", flowPath, -1, true))
	s.setSessionCookies(c, sess.session)
	return c.Redirect(http.StatusFound, s.baseURL+sess.next)
}

type oauthResult struct {
	*session
	next string
}

func (s *Service) oauthCallback(c echo.Context, providerID string) (*oauthResult, error) {
	ctx := c.Request().Context()
	p, ok := s.oauth[providerID]
	if !ok {
		return nil, &oauthError{"provider_disabled", "provider not configured"}
	}
	ck, err := c.Cookie(flowCookie)
	if err != nil || ck.Value == "" {
		return nil, &oauthError{"invalid_state", "no flow cookie"}
	}
	raw, err := s.flowSeal.Open(ck.Value, flowContext)
	if err != nil {
		return nil, &oauthError{"invalid_state", "flow cookie rejected"}
	}
	var st flowState
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, &oauthError{"invalid_state", "flow cookie malformed"}
	}
	if st.Provider != providerID || !s.now().Before(st.Expires) {
		return nil, &oauthError{"invalid_state", "flow expired or for another provider"}
	}
	q := c.QueryParams()
	if e := q.Get("error"); e != "" {
		if e == "access_denied" {
			return nil, &oauthError{"access_denied", "user denied consent"}
		}
		return nil, &oauthError{"provider_error", "provider said " + truncate(e, 80)}
	}
	if got := q.Get("state"); got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(st.State)) != 1 {
		return nil, &oauthError{"invalid_state", "state mismatch"}
	}
	code := q.Get("code")
	if code == "" {
		return nil, &oauthError{"provider_error", "no code"}
	}
	id, err := p.Identity(ctx, code, st.Verifier, st.Nonce)
	if err != nil {
		var oe *oauthError
		if errors.As(err, &oe) {
			return nil, err
		}
		s.log.WarnContext(ctx, "auth: oauth exchange failed", "provider", providerID, "err", err)
		return nil, &oauthError{"provider_error", "exchange or identity failed"}
	}
	if id.Email == "" || !id.EmailVerified {
		return nil, &oauthError{"email_unverified", "no verified email"}
	}
	u, err := s.resolveOAuthUser(ctx, c, providerID, id)
	if err != nil {
		return nil, err
	}
	if u.DisabledAt != nil {
		return nil, &oauthError{"account_disabled", "disabled account"}
	}
	sess, err := s.startSession(ctx, meta(c), u, providerID)
	if err != nil {
		return nil, err
	}
	return &oauthResult{session: sess, next: st.Next}, nil
}

// resolveOAuthUser finds or creates the account for a provider identity.
// A new identity whose email belongs to an existing account is linked only
// when that account is the one signed in: never silently.
func (s *Service) resolveOAuthUser(ctx context.Context, c echo.Context, providerID string, id *externalIdentity) (*store.User, error) {
	current, signedIn := principal.From(ctx)
	if signedIn && current.APIKeyID != "" {
		signedIn = false
	}
	email := normalizeEmail(id.Email)
	existing, err := s.store.IdentityBySubject(ctx, providerID, id.Subject)
	switch {
	case err == nil:
		if signedIn && existing.UserID != current.UserID {
			return nil, &oauthError{"identity_in_use", "identity linked to another account"}
		}
		return s.store.UserByID(ctx, existing.UserID)
	case !errors.Is(err, errs.ErrNotFound):
		return nil, err
	}
	now := s.now()
	if signedIn {
		ident := &store.Identity{ID: store.NewID(), UserID: current.UserID, Provider: providerID, Subject: id.Subject, Email: email, CreatedAt: now}
		if err := s.store.CreateIdentity(ctx, ident); err != nil {
			if errs.KindOf(err) == errs.KindConflict {
				return nil, &oauthError{"identity_in_use", "user already has this provider"}
			}
			return nil, err
		}
		// The provider verified this email; if it is the account's, so is the account's.
		if email == normalizeEmail(current.Email) {
			if _, err := s.store.MarkEmailVerified(ctx, current.UserID, email, now); err != nil {
				return nil, err
			}
		}
		s.record(ctx, meta(c), auditEvent{Action: "auth.identity_linked", ActorID: current.UserID, TargetType: "identity", TargetID: ident.ID,
			Details: map[string]any{"provider": providerID}})
		return s.store.UserByID(ctx, current.UserID)
	}
	if _, err := s.store.UserByEmail(ctx, email); err == nil {
		return nil, &oauthError{"account_exists", "email belongs to an account; link while signed in"}
	} else if !errors.Is(err, errs.ErrNotFound) {
		return nil, err
	}
	n, err := s.store.CountUsers(ctx)
	if err != nil {
		return nil, err
	}
	if n > 0 && !s.cfg.Auth.AllowSignup {
		return nil, &oauthError{"signup_disabled", "sign-up disabled"}
	}
	var u *store.User
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		var err error
		// The provider verified the email (unverified ones are refused above).
		u, err = s.createUser(ctx, email, truncate(id.Name, 200), nil, false, true)
		if err != nil {
			return err
		}
		return s.store.CreateIdentity(ctx, &store.Identity{ID: store.NewID(), UserID: u.ID, Provider: providerID, Subject: id.Subject, Email: email, CreatedAt: now})
	})
	if err != nil {
		if errs.KindOf(err) == errs.KindConflict {
			return nil, &oauthError{"account_exists", "raced with another sign-up"}
		}
		return nil, err
	}
	s.record(ctx, meta(c), auditEvent{Action: "auth.signup", ActorID: u.ID, TargetType: "user", TargetID: u.ID, Details: map[string]any{"method": providerID}})
	return u, nil
}

// github speaks GitHub's OAuth web flow and REST API.
type github struct {
	cfg    oauth2.Config
	apiURL string
	hc     *http.Client
}

func newGitHub(c configOAuth, redirect string, hc *http.Client) *github {
	authURL, tokenURL, api := c.AuthURL, c.TokenURL, c.APIURL
	if authURL == "" {
		authURL = "https://github.com/login/oauth/authorize"
	}
	if tokenURL == "" {
		tokenURL = "https://github.com/login/oauth/access_token"
	}
	if api == "" {
		api = "https://api.github.com"
	}
	return &github{hc: hc, apiURL: strings.TrimRight(api, "/"), cfg: oauth2.Config{
		ClientID: c.ClientID, ClientSecret: c.ClientSecret, RedirectURL: redirect,
		Endpoint: oauth2.Endpoint{AuthURL: authURL, TokenURL: tokenURL, AuthStyle: oauth2.AuthStyleInParams},
		Scopes:   []string{"read:user", "user:email"},
	}}
}

func (g *github) ID() string   { return "github" }
func (g *github) Name() string { return "GitHub" }

func (g *github) AuthCodeURL(_ context.Context, state, _, verifier string) (string, error) {
	return g.cfg.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), nil
}

func (g *github) Identity(ctx context.Context, code, verifier, _ string) (*externalIdentity, error) {
	ctx = context.WithValue(ctx, oauth2.HTTPClient, g.hc)
	tok, err := g.cfg.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, fmt.Errorf("github: exchange: %w", err)
	}
	var user struct {
		ID    int64  `json:"id"`
		Login string `json:"login"`
		Name  string `json:"name"`
	}
	if err := g.get(ctx, tok, "/user", &user); err != nil {
		return nil, err
	}
	if user.ID == 0 {
		return nil, errors.New("github: /user without id")
	}
	var emails []struct {
		Email    string `json:"email"`
		Primary  bool   `json:"primary"`
		Verified bool   `json:"verified"`
	}
	if err := g.get(ctx, tok, "/user/emails", &emails); err != nil {
		return nil, err
	}
	id := &externalIdentity{Subject: strconv.FormatInt(user.ID, 10), Name: user.Name}
	if id.Name == "" {
		id.Name = user.Login
	}
	for _, e := range emails {
		if e.Primary {
			id.Email, id.EmailVerified = e.Email, e.Verified
		}
	}
	return id, nil
}

func (g *github) get(ctx context.Context, tok *oauth2.Token, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	tok.SetAuthHeader(req)
	res, err := g.hc.Do(req)
	if err != nil {
		return fmt.Errorf("github: GET %s: %w", path, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("github: GET %s: status %d", path, res.StatusCode)
	}
	if err := json.NewDecoder(http.MaxBytesReader(nil, res.Body, 1<<20)).Decode(v); err != nil {
		return fmt.Errorf("github: GET %s: decode: %w", path, err)
	}
	return nil
}

// google signs in through OpenID Connect: discovery, PKCE, nonce and ID
// token verification with go-oidc. Discovery runs on first use, not in New.
type google struct {
	cfg    oauth2.Config
	issuer string
	hc     *http.Client

	mu       sync.Mutex
	provider *oidc.Provider
}

func newGoogle(c configOAuth, redirect string, hc *http.Client) *google {
	issuer := c.IssuerURL
	if issuer == "" {
		issuer = "https://accounts.google.com"
	}
	return &google{issuer: issuer, hc: hc, cfg: oauth2.Config{
		ClientID: c.ClientID, ClientSecret: c.ClientSecret, RedirectURL: redirect,
		Scopes: []string{oidc.ScopeOpenID, "email", "profile"},
	}}
}

func (g *google) ID() string   { return "google" }
func (g *google) Name() string { return "Google" }

func (g *google) discover(ctx context.Context) (*oidc.Provider, oauth2.Config, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.provider == nil {
		p, err := oidc.NewProvider(oidc.ClientContext(ctx, g.hc), g.issuer)
		if err != nil {
			return nil, oauth2.Config{}, fmt.Errorf("google: discovery: %w", err)
		}
		g.provider = p
	}
	cfg := g.cfg
	cfg.Endpoint = g.provider.Endpoint()
	return g.provider, cfg, nil
}

func (g *google) AuthCodeURL(ctx context.Context, state, nonce, verifier string) (string, error) {
	_, cfg, err := g.discover(ctx)
	if err != nil {
		return "", err
	}
	return cfg.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier)), nil
}

func (g *google) Identity(ctx context.Context, code, verifier, nonce string) (*externalIdentity, error) {
	p, cfg, err := g.discover(ctx)
	if err != nil {
		return nil, err
	}
	ctx = oidc.ClientContext(ctx, g.hc)
	tok, err := cfg.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, fmt.Errorf("google: exchange: %w", err)
	}
	rawID, ok := tok.Extra("id_token").(string)
	if !ok || rawID == "" {
		return nil, errors.New("google: no id_token")
	}
	idt, err := p.Verifier(&oidc.Config{ClientID: g.cfg.ClientID}).Verify(ctx, rawID)
	if err != nil {
		return nil, fmt.Errorf("google: id token: %w", err)
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(nonce)) != 1 {
		return nil, &oauthError{"invalid_state", "nonce mismatch"}
	}
	var claims struct {
		Email         string `json:"email"`
		EmailVerified any    `json:"email_verified"`
		Name          string `json:"name"`
	}
	if err := idt.Claims(&claims); err != nil {
		return nil, fmt.Errorf("google: claims: %w", err)
	}
	verified := claims.EmailVerified == true || claims.EmailVerified == "true"
	return &externalIdentity{Subject: idt.Subject, Email: claims.Email, EmailVerified: verified, Name: claims.Name}, nil
}

type configOAuth = config.OAuthClient
