package auth

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/auth/internal/store"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/principal"
)

func meta(c echo.Context) Meta {
	return Meta{IP: c.RealIP(), UserAgent: c.Request().UserAgent()}
}

func actor(c echo.Context) *principal.Principal {
	p, _ := principal.From(c.Request().Context())
	return p
}

// bind decodes and validates a JSON body with the platform's rules (415
// unless Content-Type is JSON, which also keeps cross-site form posts out;
// 400 malformed; 422 unknown fields).
func bind(c echo.Context, v any) error { return httpserver.Bind(c, v) }

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

type workspaceJSON struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Personal  bool      `json:"personal"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

func (s *Service) handleWorkspaces(c echo.Context) error {
	list, err := s.Workspaces(c.Request().Context(), actor(c))
	if err != nil {
		return err
	}
	out := make([]workspaceJSON, 0, len(list))
	for _, w := range list {
		out = append(out, workspaceJSON{ID: w.ID, Name: w.Name, Personal: w.Personal, Role: w.Role, CreatedAt: w.CreatedAt})
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleCreateWorkspace(c echo.Context) error {
	var req struct {
		Name string `json:"name"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	p := actor(c)
	if p.APIKeyID != "" {
		return cookieOnly(p)
	}
	w, err := s.CreateWorkspace(c.Request().Context(), meta(c), p, req.Name)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, workspaceJSON{ID: w.ID, Name: w.Name, Role: RoleOwner, CreatedAt: w.CreatedAt})
}

func (s *Service) handleWorkspace(c echo.Context) error {
	w, role, err := s.Workspace(c.Request().Context(), actor(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, workspaceJSON{ID: w.ID, Name: w.Name, Personal: w.Personal, Role: role, CreatedAt: w.CreatedAt})
}

func (s *Service) handleRenameWorkspace(c echo.Context) error {
	var req struct {
		Name string `json:"name"`
	}
	p := actor(c)
	// Check access before reading the body so outsiders learn nothing.
	if err := s.Can(c.Request().Context(), p, c.Param("id"), "workspace:manage"); err != nil {
		return err
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	w, err := s.RenameWorkspace(c.Request().Context(), p, c.Param("id"), req.Name)
	if err != nil {
		return err
	}
	_, role, err := s.Workspace(c.Request().Context(), p, w.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, workspaceJSON{ID: w.ID, Name: w.Name, Personal: w.Personal, Role: role, CreatedAt: w.CreatedAt})
}

type memberJSON struct {
	UserID    string    `json:"user_id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

func (s *Service) handleMembers(c echo.Context) error {
	list, err := s.Members(c.Request().Context(), actor(c), c.Param("id"))
	if err != nil {
		return err
	}
	out := make([]memberJSON, 0, len(list))
	for _, m := range list {
		out = append(out, memberJSON{UserID: m.UserID, Email: m.Email, Name: m.Name, Role: m.Role, CreatedAt: m.CreatedAt})
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleSetRole(c echo.Context) error {
	p := actor(c)
	if err := s.Can(c.Request().Context(), p, c.Param("id"), "members:manage"); err != nil {
		return err
	}
	var req struct {
		Role string `json:"role"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := s.SetRole(c.Request().Context(), meta(c), p, c.Param("id"), c.Param("user_id"), req.Role); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleRemoveMember(c echo.Context) error {
	if err := s.RemoveMember(c.Request().Context(), meta(c), actor(c), c.Param("id"), c.Param("user_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

type invitationJSON struct {
	ID        string    `json:"id"`
	Email     string    `json:"email"`
	Role      string    `json:"role"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
	// Link is present only when no email was sent (SMTP off): the inviter shares it.
	Link    string `json:"link,omitempty"`
	Emailed bool   `json:"emailed"`
}

func toInvitationJSON(i store.Invitation) invitationJSON {
	return invitationJSON{ID: i.ID, Email: i.Email, Role: i.Role, CreatedAt: i.CreatedAt, ExpiresAt: i.ExpiresAt}
}

func (s *Service) handleInvitations(c echo.Context) error {
	list, err := s.Invitations(c.Request().Context(), actor(c), c.Param("id"))
	if err != nil {
		return err
	}
	out := make([]invitationJSON, 0, len(list))
	for _, i := range list {
		out = append(out, toInvitationJSON(i))
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleInvite(c echo.Context) error {
	p := actor(c)
	if err := s.Can(c.Request().Context(), p, c.Param("id"), "members:manage"); err != nil {
		return err
	}
	var req struct {
		Email string `json:"email"`
		Role  string `json:"role"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	res, err := s.Invite(c.Request().Context(), meta(c), p, c.Param("id"), req.Email, req.Role)
	if err != nil {
		return err
	}
	out := toInvitationJSON(res.Invitation)
	out.Link, out.Emailed = res.Link, res.Emailed
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleRevokeInvitation(c echo.Context) error {
	if err := s.RevokeInvitation(c.Request().Context(), meta(c), actor(c), c.Param("id"), c.Param("invitation_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleAcceptInvitation(c echo.Context) error {
	var req struct {
		Token string `json:"token"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	p := actor(c)
	w, err := s.AcceptInvitation(c.Request().Context(), meta(c), p, req.Token)
	if err != nil {
		return err
	}
	m, err := s.store.Membership(c.Request().Context(), w.ID, p.UserID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, workspaceJSON{ID: w.ID, Name: w.Name, Personal: w.Personal, Role: m.Role, CreatedAt: w.CreatedAt})
}

type apiKeyJSON struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Prefix      string     `json:"prefix"`
	Scopes      []string   `json:"scopes"`
	WorkspaceID string     `json:"workspace_id"`
	CreatedAt   time.Time  `json:"created_at"`
	ExpiresAt   *time.Time `json:"expires_at"`
	LastUsedAt  *time.Time `json:"last_used_at"`
	RevokedAt   *time.Time `json:"revoked_at"`
	// Key is the secret, present only in the creation response.
	Key string `json:"key,omitempty"`
}

func toAPIKeyJSON(k *store.APIKey) apiKeyJSON {
	return apiKeyJSON{ID: k.ID, Name: k.Name, Prefix: k.Prefix, Scopes: splitScopes(k.Scopes), WorkspaceID: k.WorkspaceID,
		CreatedAt: k.CreatedAt, ExpiresAt: k.ExpiresAt, LastUsedAt: k.LastUsedAt, RevokedAt: k.RevokedAt}
}

func (s *Service) handleAPIKeys(c echo.Context) error {
	list, err := s.APIKeys(c.Request().Context(), actor(c))
	if err != nil {
		return err
	}
	out := make([]apiKeyJSON, 0, len(list))
	for i := range list {
		out = append(out, toAPIKeyJSON(&list[i]))
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

func (s *Service) handleCreateAPIKey(c echo.Context) error {
	p := actor(c)
	if err := s.Can(c.Request().Context(), p, p.WorkspaceID, "apikeys:manage"); err != nil {
		return err
	}
	var req struct {
		Name      string     `json:"name"`
		Scopes    []string   `json:"scopes"`
		ExpiresAt *time.Time `json:"expires_at"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	k, secret, err := s.CreateAPIKey(c.Request().Context(), meta(c), p, req.Name, req.Scopes, req.ExpiresAt)
	if err != nil {
		return err
	}
	out := toAPIKeyJSON(k)
	out.Key = secret
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleRevokeAPIKey(c echo.Context) error {
	if err := s.RevokeAPIKey(c.Request().Context(), meta(c), actor(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// adminLimit reads the limit query parameter of an admin list: absent
// is the default (0), anything but an integer from 1 to max is a 422.
func adminLimit(c echo.Context, max int) (int, error) {
	v := c.QueryParam("limit")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, errs.Invalid("invalid limit", errs.FieldError{Field: "limit", Message: fmt.Sprintf("must be an integer from 1 to %d", max)})
	}
	return n, nil
}

func (s *Service) handleAdminUsers(c echo.Context) error {
	limit, err := adminLimit(c, 200)
	if err != nil {
		return err
	}
	cursor, err := httpserver.QueryID(c, "cursor") // a user id
	if err != nil {
		return err
	}
	q := c.QueryParam("q")
	if len(q) > 200 || !httpserver.CleanText(q) {
		return errs.Invalid("invalid search", errs.FieldError{Field: "q", Message: "must be text of at most 200 characters"})
	}
	list, next, err := s.AdminUsers(c.Request().Context(), actor(c), q, cursor, limit)
	if err != nil {
		return err
	}
	out := make([]userJSON, 0, len(list))
	for i := range list {
		out = append(out, toUserJSON(&list[i]))
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out, "next_cursor": next})
}

func (s *Service) handleAdminRole(admin bool) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := s.SetInstanceAdmin(c.Request().Context(), meta(c), actor(c), c.Param("id"), admin); err != nil {
			return err
		}
		u, err := s.store.UserByID(c.Request().Context(), c.Param("id"))
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, toUserJSON(u))
	}
}

func (s *Service) handleAdminDisable(disabled bool) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := s.SetDisabled(c.Request().Context(), meta(c), actor(c), c.Param("id"), disabled); err != nil {
			return err
		}
		return c.NoContent(http.StatusNoContent)
	}
}

func (s *Service) handleAdminResetLink(c echo.Context) error {
	link, err := s.AdminResetLink(c.Request().Context(), meta(c), actor(c), c.Param("id"))
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderCacheControl, "no-store")
	return c.JSON(http.StatusCreated, map[string]string{"link": link})
}

func (s *Service) handleAdminVerifyEmail(c echo.Context) error {
	if err := s.AdminVerifyEmail(c.Request().Context(), meta(c), actor(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

type signInJSON struct {
	ID        string    `json:"id"`
	UserID    *string   `json:"user_id"`
	Email     string    `json:"email"`
	Method    string    `json:"method"`
	Success   bool      `json:"success"`
	Reason    string    `json:"reason"`
	IP        string    `json:"ip"`
	UserAgent string    `json:"user_agent"`
	CreatedAt time.Time `json:"created_at"`
}

func (s *Service) handleAdminSignIns(c echo.Context) error {
	limit, err := adminLimit(c, 500)
	if err != nil {
		return err
	}
	userID, err := httpserver.QueryID(c, "user_id")
	if err != nil {
		return err
	}
	cursor, err := httpserver.QueryID(c, "cursor") // a sign-in event id
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	list, next, err := s.SignInActivity(ctx, actor(c), userID, cursor, limit)
	if err != nil {
		return err
	}
	uids := make([]string, 0, len(list))
	for _, e := range list {
		if e.UserID != nil {
			uids = append(uids, *e.UserID)
		}
	}
	emails, err := s.UserEmails(ctx, uids)
	if err != nil {
		return err
	}
	out := make([]signInJSON, 0, len(list))
	for _, e := range list {
		j := signInJSON{ID: e.ID, UserID: e.UserID, Method: e.Method, Success: e.Success, Reason: e.Reason,
			IP: e.IP, UserAgent: e.UserAgent, CreatedAt: e.CreatedAt}
		if e.UserID != nil {
			j.Email = emails[*e.UserID]
		}
		out = append(out, j)
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out, "next_cursor": next})
}
