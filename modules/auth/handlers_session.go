package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/principal"
)

func (s *Service) handleLogin(c echo.Context) error {
	var req credentials
	if err := bind(c, &req); err != nil {
		return err
	}
	sess, err := s.Login(c.Request().Context(), meta(c), req.Email, req.Password)
	if err != nil {
		return err
	}
	return s.respondSession(c, http.StatusOK, sess)
}

// respondSession sets the session cookies and answers with the account.
func (s *Service) respondSession(c echo.Context, status int, sess *session) error {
	s.setSessionCookies(c, sess)
	p := &principal.Principal{UserID: sess.User.ID, Email: sess.User.Email, SessionID: sess.SessionID}
	if err := s.actingWorkspace(c.Request().Context(), p, sess.User, ""); err != nil {
		return err
	}
	out, err := s.me(c, p)
	if err != nil {
		return err
	}
	return c.JSON(status, out)
}

func (s *Service) cookie(name, value, path string, maxAge time.Duration, httpOnly bool) *http.Cookie {
	ck := &http.Cookie{Name: name, Value: value, Path: path, HttpOnly: httpOnly, Secure: s.secure, SameSite: http.SameSiteLaxMode}
	if maxAge < 0 {
		ck.MaxAge = -1
		ck.Expires = time.Unix(0, 0)
	} else {
		ck.MaxAge = int(maxAge.Seconds())
	}
	return ck
}

func (s *Service) setSessionCookies(c echo.Context, sess *session) {
	c.SetCookie(s.cookie(AccessCookie, sess.Access, "/", s.accessTTL, true))
	c.SetCookie(s.cookie(RefreshCookie, sess.Refresh, refreshPath, s.refreshTTL, true))
	c.SetCookie(s.cookie(CSRFCookie, sess.CSRF, "/", s.refreshTTL, false))
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
}

func (s *Service) clearSessionCookies(c echo.Context) {
	c.SetCookie(s.cookie(AccessCookie, "", "/", -1, true))
	c.SetCookie(s.cookie(RefreshCookie, "", refreshPath, -1, true))
	c.SetCookie(s.cookie(CSRFCookie, "", "/", -1, false))
}

func refreshCookie(c echo.Context) string {
	if ck, err := c.Cookie(RefreshCookie); err == nil {
		return ck.Value
	}
	return ""
}

func (s *Service) handleRefresh(c echo.Context) error {
	raw := refreshCookie(c)
	if raw == "" {
		return errBadRefresh
	}
	if err := s.checkRefreshCSRF(c.Request().Context(), c.Request(), raw); err != nil {
		if errs.KindOf(err) == errs.KindUnauthorized {
			s.clearSessionCookies(c)
		}
		return err
	}
	sess, err := s.Refresh(c.Request().Context(), meta(c), raw)
	if err != nil {
		if errs.KindOf(err) == errs.KindUnauthorized {
			s.clearSessionCookies(c)
		}
		return err
	}
	return s.respondSession(c, http.StatusOK, sess)
}

func (s *Service) handleLogout(c echo.Context) error {
	raw := refreshCookie(c)
	if raw != "" {
		err := s.checkRefreshCSRF(c.Request().Context(), c.Request(), raw)
		if errs.KindOf(err) == errs.KindUnauthorized {
			// An unknown or ended session: nothing to end but the cookies.
			s.clearSessionCookies(c)
			return c.NoContent(http.StatusNoContent)
		}
		if err != nil {
			return err
		}
		if err := s.Logout(c.Request().Context(), meta(c), raw); err != nil {
			return err
		}
	}
	s.clearSessionCookies(c)
	return c.NoContent(http.StatusNoContent)
}

type sessionJSON struct {
	ID         string    `json:"id"`
	IP         string    `json:"ip"`
	UserAgent  string    `json:"user_agent"`
	CreatedAt  time.Time `json:"created_at"`
	LastUsedAt time.Time `json:"last_used_at"`
	ExpiresAt  time.Time `json:"expires_at"`
	Current    bool      `json:"current"`
}

func (s *Service) handleSessions(c echo.Context) error {
	p := actor(c)
	list, err := s.Sessions(c.Request().Context(), p)
	if err != nil {
		return err
	}
	out := make([]sessionJSON, 0, len(list))
	for _, x := range list {
		out = append(out, sessionJSON{ID: x.ID, IP: x.IP, UserAgent: x.UserAgent, CreatedAt: x.CreatedAt,
			LastUsedAt: x.LastUsedAt, ExpiresAt: x.ExpiresAt, Current: x.ID == p.SessionID})
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleRevokeSession(c echo.Context) error {
	if err := s.RevokeSession(c.Request().Context(), meta(c), actor(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleSignOutEverywhere(c echo.Context) error {
	if err := s.SignOutEverywhere(c.Request().Context(), meta(c), actor(c)); err != nil {
		return err
	}
	s.clearSessionCookies(c)
	return c.NoContent(http.StatusNoContent)
}
