package auth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/ids"
	"vigil/platform/principal"
)

// Cookie and header names (the CSRF ones are an interface contract).
const (
	AccessCookie    = "vigil_access"
	RefreshCookie   = "vigil_refresh"
	CSRFCookie      = "vigil_csrf"
	CSRFHeader      = "X-CSRF-Token"
	WorkspaceHeader = "X-Vigil-Workspace"
	APIKeyPrefix    = "vigil_"
	refreshPath     = "/api/v1/auth"
)

var errNoAuth = errs.New(errs.KindUnauthorized, "authentication required: sign in or send an API key as 'Authorization: Bearer vigil_...'")

// Authenticate identifies the caller from the access cookie or an
// `Authorization: Bearer` API key (or access token) and puts the Principal
// in the request context. Requests without credentials pass through
// anonymous (routes that need a caller use RequireUser or Require);
// presented but invalid bearer credentials are refused with 401. Unsafe
// cookie-authenticated requests must send the session's CSRF token (the
// vigil_csrf cookie) in the X-CSRF-Token header (see csrf.go).
func (s *Service) Authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		ctx := req.Context()
		var id *cachedIdentity
		if h := req.Header.Get(echo.HeaderAuthorization); h != "" {
			scheme, cred, ok := strings.Cut(h, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") || cred == "" {
				return errs.New(errs.KindUnauthorized, "malformed Authorization header; use 'Bearer <api key>'")
			}
			var err error
			if strings.HasPrefix(cred, APIKeyPrefix) {
				id, err = s.principalFromAPIKey(ctx, cred)
			} else {
				id, err = s.principalFromAccess(ctx, cred, req.Header.Get(WorkspaceHeader))
			}
			if err != nil {
				return err
			}
		} else if ck, err := req.Cookie(AccessCookie); err == nil && ck.Value != "" {
			id, err = s.principalFromAccess(ctx, ck.Value, req.Header.Get(WorkspaceHeader))
			if err != nil && errs.KindOf(err) != errs.KindUnauthorized {
				return err // membership 404 or an internal error
			}
			if id != nil && !safeMethod(req.Method) {
				if err := s.checkCSRF(req, id.p.SessionID); err != nil {
					return err
				}
			}
		}
		if id != nil {
			p := id.p // each request gets its own copy
			c.SetRequest(req.WithContext(withIdentity(principal.With(ctx, &p), id)))
		}
		return next(c)
	}
}

// RequireUser refuses anonymous requests with 401.
func (s *Service) RequireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, ok := principal.From(c.Request().Context()); !ok {
			return errNoAuth
		}
		return next(c)
	}
}

// Require returns middleware that allows the request only when the caller
// may perform action in its acting workspace (see Can).
func (s *Service) Require(action string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p, ok := principal.From(c.Request().Context())
			if !ok {
				return errNoAuth
			}
			if err := s.Can(c.Request().Context(), p, p.WorkspaceID, action); err != nil {
				return err
			}
			return next(c)
		}
	}
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

var errBadToken = errs.New(errs.KindUnauthorized, "invalid or expired credentials; sign in again")

func (s *Service) principalFromAccess(ctx context.Context, raw, workspaceHeader string) (*cachedIdentity, error) {
	// The key is the whole token: a hit means this exact token verified
	// before, and the entry expires with it.
	now := s.now()
	key := "t:" + workspaceHeader + "|" + raw
	if e, ok := s.cache.get(key, now); ok {
		return e, nil
	}
	gen := s.cache.generation()
	claims, err := s.access.Verify(raw)
	if err != nil {
		return nil, errBadToken
	}
	sess, u, err := s.store.SessionAndUser(ctx, claims.SessionID)
	if errors.Is(err, errs.ErrNotFound) {
		return nil, errBadToken
	}
	if err != nil {
		return nil, err
	}
	if sess.UserID != claims.Subject || sess.RevokedAt != nil || !now.Before(sess.ExpiresAt) || u.DisabledAt != nil {
		return nil, errBadToken
	}
	p := principal.Principal{UserID: u.ID, Email: u.Email, InstanceAdmin: u.InstanceAdmin, SessionID: sess.ID}
	if err := s.actingWorkspace(ctx, &p, u, workspaceHeader); err != nil {
		return nil, err
	}
	ws, err := s.store.WorkspacesOf(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	exp := sess.ExpiresAt
	if claims.ExpiresAt != nil && claims.ExpiresAt.Before(exp) {
		exp = claims.ExpiresAt.Time
	}
	e := &cachedIdentity{p: p, user: *u, workspaces: ws, expires: &exp, at: now, gen: gen}
	s.cache.put(key, e)
	return e, nil
}

// actingWorkspace picks the X-Vigil-Workspace header's workspace (members
// only, else 404) or the personal workspace.
func (s *Service) actingWorkspace(ctx context.Context, p *principal.Principal, u *store.User, header string) error {
	if header != "" {
		// A malformed id names no workspace (and must not reach a uuid column).
		if err := ids.Check("workspace", header); err != nil {
			return err
		}
		m, err := s.store.Membership(ctx, header, u.ID)
		if err != nil {
			return err
		}
		p.WorkspaceID, p.Role = m.WorkspaceID, m.Role
		return nil
	}
	if u.PersonalWorkspaceID != nil {
		p.WorkspaceID, p.Role = *u.PersonalWorkspaceID, RoleOwner
	}
	return nil
}

func (s *Service) principalFromAPIKey(ctx context.Context, raw string) (*cachedIdentity, error) {
	hash := token.Hash(raw)
	now := s.now()
	key := "k:" + hash
	if e, ok := s.cache.get(key, now); ok {
		return e, nil
	}
	gen := s.cache.generation()
	k, err := s.store.APIKeyByHash(ctx, hash)
	if errors.Is(err, errs.ErrNotFound) {
		return nil, errBadToken
	}
	if err != nil {
		return nil, err
	}
	if k.RevokedAt != nil || (k.ExpiresAt != nil && !now.Before(*k.ExpiresAt)) {
		return nil, errBadToken
	}
	u, err := s.store.UserByID(ctx, k.UserID)
	if err != nil {
		return nil, errBadToken
	}
	if u.DisabledAt != nil {
		return nil, errBadToken
	}
	m, err := s.store.Membership(ctx, k.WorkspaceID, k.UserID)
	if errors.Is(err, errs.ErrNotFound) {
		return nil, errBadToken
	}
	if err != nil {
		return nil, err
	}
	ws, err := s.store.WorkspacesOf(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	if k.LastUsedAt == nil || now.Sub(*k.LastUsedAt) >= time.Minute {
		if err := s.store.TouchAPIKey(ctx, k.ID, now); err != nil {
			s.log.WarnContext(ctx, "auth: touch api key", "err", err)
		}
	}
	p := principal.Principal{UserID: u.ID, Email: u.Email, WorkspaceID: k.WorkspaceID, Role: m.Role,
		APIKeyID: k.ID, Scopes: splitScopes(k.Scopes), InstanceAdmin: u.InstanceAdmin}
	e := &cachedIdentity{p: p, user: *u, workspaces: ws, expires: k.ExpiresAt, at: now, gen: gen}
	s.cache.put(key, e)
	return e, nil
}

func splitScopes(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
