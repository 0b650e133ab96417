package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/auth/internal/store"
	"vigil/platform/principal"
)

type userJSON struct {
	ID            string    `json:"id"`
	Email         string    `json:"email"`
	Name          string    `json:"name"`
	InstanceAdmin bool      `json:"instance_admin"`
	HasPassword   bool      `json:"has_password"`
	EmailVerified bool      `json:"email_verified"`
	Disabled      bool      `json:"disabled"`
	CreatedAt     time.Time `json:"created_at"`
}

func toUserJSON(u *store.User) userJSON {
	return userJSON{ID: u.ID, Email: u.Email, Name: u.Name, InstanceAdmin: u.InstanceAdmin,
		HasPassword: u.PasswordHash != nil, EmailVerified: u.EmailVerifiedAt != nil, Disabled: u.DisabledAt != nil, CreatedAt: u.CreatedAt}
}

type workspaceRef struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Personal bool   `json:"personal"`
	Role     string `json:"role"`
}

// meJSON is the caller: the account, the acting workspace and, for API
// keys, the key's scopes.
type meJSON struct {
	userJSON
	Workspace  *workspaceRef  `json:"workspace,omitempty"`
	Workspaces []workspaceRef `json:"workspaces"`
	AuthMethod string         `json:"auth_method"` // cookie | api_key
	APIKeyID   string         `json:"api_key_id,omitempty"`
	Scopes     []string       `json:"scopes,omitempty"`
}

func (s *Service) me(c echo.Context, p *principal.Principal) (*meJSON, error) {
	ctx := c.Request().Context()
	var u *store.User
	var ws []store.WorkspaceWithRole
	if id, ok := identityFrom(ctx, p.UserID); ok {
		u, ws = &id.user, filterWorkspaces(p, id.workspaces)
	} else {
		var err error
		if u, err = s.store.UserByID(ctx, p.UserID); err != nil {
			return nil, err
		}
		if ws, err = s.Workspaces(ctx, p); err != nil {
			return nil, err
		}
	}
	out := &meJSON{userJSON: toUserJSON(u), AuthMethod: "cookie", APIKeyID: p.APIKeyID, Scopes: p.Scopes, Workspaces: []workspaceRef{}}
	if p.APIKeyID != "" {
		out.AuthMethod = "api_key"
	}
	for _, w := range ws {
		ref := workspaceRef{ID: w.ID, Name: w.Name, Personal: w.Personal, Role: w.Role}
		out.Workspaces = append(out.Workspaces, ref)
		if w.ID == p.WorkspaceID {
			r := ref
			out.Workspace = &r
		}
	}
	return out, nil
}

func (s *Service) handleMe(c echo.Context) error {
	out, err := s.me(c, actor(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleUpdateMe(c echo.Context) error {
	var req struct {
		Name string `json:"name"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	p := actor(c)
	if _, err := s.UpdateProfile(c.Request().Context(), p, req.Name); err != nil {
		return err
	}
	out, err := s.me(c, p)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

type credentials struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Name     string `json:"name"`
}

func (s *Service) handleRegister(c echo.Context) error {
	var req credentials
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := s.Register(c.Request().Context(), meta(c), req.Email, req.Password, req.Name); err != nil {
		return err
	}
	// The same answer for a new and a taken email: no cookies, no account.
	return c.JSON(http.StatusAccepted, statusJSON{Status: s.signupStatus()})
}

func (s *Service) handleVerifyEmail(c echo.Context) error {
	var req struct {
		Token string `json:"token"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := s.VerifyEmail(c.Request().Context(), meta(c), req.Token); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, statusJSON{Status: "your email address is confirmed"})
}

func (s *Service) handleResendVerification(c echo.Context) error {
	if err := s.ResendVerification(c.Request().Context(), meta(c), actor(c)); err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, statusJSON{Status: "a new confirmation link is on its way"})
}

func (s *Service) handleChangePassword(c echo.Context) error {
	var req struct {
		CurrentPassword string `json:"current_password"`
		NewPassword     string `json:"new_password"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	sess, err := s.ChangePassword(c.Request().Context(), meta(c), actor(c), req.CurrentPassword, req.NewPassword)
	if err != nil {
		return err
	}
	// The session was rotated: this browser goes on with new cookies.
	s.setSessionCookies(c, sess)
	return c.NoContent(http.StatusNoContent)
}

type statusJSON struct {
	Status string `json:"status"`
}

// forgotStatus answers a reset request truthfully and the same for every
// address (no enumeration): a link is mailed only when the instance can
// send mail; without it an instance administrator issues reset links.
func (s *Service) forgotStatus() string {
	if s.mailer == nil {
		return "this instance sends no email, so no link was sent: ask an instance administrator for a password reset link"
	}
	return "if an account with this email exists, a reset link is on its way"
}

func (s *Service) handleForgot(c echo.Context) error {
	var req struct {
		Email string `json:"email"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := s.ForgotPassword(c.Request().Context(), meta(c), req.Email); err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, statusJSON{Status: s.forgotStatus()})
}

func (s *Service) handleReset(c echo.Context) error {
	var req struct {
		Token    string `json:"token"`
		Password string `json:"password"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := s.ResetPassword(c.Request().Context(), meta(c), req.Token, req.Password); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
