package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

var (
	cookieOrKey = []string{"cookie", "apiKey"}
	cookieAuth  = []string{"cookie"}
)

func problem(desc string) openapi.Response { return openapi.Response{Description: desc} }

// Routes is the module's route table: each route declared once, with its
// handler, middleware, permission action, types and documentation.
// Instance administration routes, in any module, sit behind
// RequireInstanceAdmin.
// The server registers and documents the table in one call,
// srv.Mount(svc.Routes()...), once its API group runs s.Authenticate.
func (s *Service) Routes() []openapi.Route {
	signedIn := []echo.MiddlewareFunc{s.RequireUser}
	instanceAdmin := []echo.MiddlewareFunc{s.RequireInstanceAdmin}
	ts := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	user := meJSON{userJSON: userJSON{ID: "0190...", Email: "ada@example.com", Name: "Ada", CreatedAt: ts},
		Workspace:  &workspaceRef{ID: "0190...", Name: "Personal", Personal: true, Role: "owner"},
		Workspaces: []workspaceRef{{ID: "0190...", Name: "Personal", Personal: true, Role: "owner"}}, AuthMethod: "cookie"}
	ws := workspaceJSON{ID: "0190...", Name: "Team", Role: "owner", CreatedAt: ts}
	key := apiKeyJSON{ID: "0190...", Name: "ci", Prefix: "vigil_AbCdEf", Scopes: []string{"read"}, WorkspaceID: "0190...", CreatedAt: ts}
	inv := invitationJSON{ID: "0190...", Email: "bob@example.com", Role: "member", CreatedAt: ts, ExpiresAt: ts}
	list := func(v any) map[string]any { return map[string]any{"items": []any{v}} }
	creds := map[string]string{"email": "ada@example.com", "password": "correct horse battery"}
	std := func(extra map[int]openapi.Response) map[int]openapi.Response {
		r := map[int]openapi.Response{401: problem("not signed in"), 403: problem("role, scope or CSRF token insufficient"), 404: problem("not found or not visible")}
		for k, v := range extra {
			r[k] = v
		}
		return r
	}
	tags := []string{"auth"}
	wsTags := []string{"workspaces"}
	keyTags := []string{"api-keys"}
	adminTags := []string{"admin"}
	return []openapi.Route{
		{Method: http.MethodPost, Path: "/api/v1/auth/register", OperationID: "register", Handler: s.handleRegister, Tags: tags, Summary: "Ask for an account with email and password (then sign in with /auth/login)",
			Description: "Answers 202 with the same body whether or not the email already has an account, and sets no cookies. " +
				"A new email gets an account (the first of an instance becomes its administrator); with SMTP it starts unverified and a confirmation link is emailed, " +
				"without SMTP it starts verified. A taken email gets no account; with SMTP its owner is emailed a notice with a password reset link. " +
				"Unverified accounts may sign in and use the app but cannot accept invitations. Limited to 3 per minute per IP.",
			Request: map[string]string{"email": "ada@example.com", "password": "correct horse battery", "name": "Ada"},
			Responses: map[int]openapi.Response{202: {Description: "accepted (new or taken email alike)", Body: statusJSON{Status: signupAcceptedMail}},
				403: problem("sign-up disabled"), 422: problem("invalid email or password"), 429: problem("too many sign-ups")}},
		{Method: http.MethodPost, Path: "/api/v1/auth/verify-email", OperationID: "verifyEmail", Handler: s.handleVerifyEmail, Tags: tags, Summary: "Confirm an email address with the single-use link's token",
			Description: "Needs no session: the link may be opened in another browser.",
			Request:     map[string]string{"token": "..."},
			Responses:   map[int]openapi.Response{200: {Description: "confirmed", Body: statusJSON{Status: "your email address is confirmed"}}, 422: problem("invalid, used or expired token")}},
		{Method: http.MethodPost, Path: "/api/v1/auth/verify-email/resend", OperationID: "resendVerification", Handler: s.handleResendVerification, Middleware: signedIn, Tags: tags, Summary: "Email the caller a new confirmation link",
			Auth: cookieAuth, Responses: std(map[int]openapi.Response{202: {Description: "sent", Body: statusJSON{Status: "a new confirmation link is on its way"}},
				409: problem("already confirmed, or this instance cannot send email"), 429: problem("too many requests")})},
		{Method: http.MethodPost, Path: "/api/v1/auth/login", OperationID: "login", Handler: s.handleLogin, Tags: tags, Summary: "Sign in with email and password",
			Description: "Limited to 5 per minute per account and 20 per minute per IP; repeated failures lock the account for a growing interval.",
			Request:     creds,
			Responses: map[int]openapi.Response{200: {Description: "signed in", Body: user}, 401: problem("invalid email or password"),
				403: problem("account disabled"), 423: problem("account locked"), 429: problem("too many attempts")}},
		{Method: http.MethodPost, Path: "/api/v1/auth/logout", OperationID: "logout", Handler: s.handleLogout, Tags: tags, Summary: "Sign out this browser (needs X-CSRF-Token)",
			Auth: cookieAuth, Responses: map[int]openapi.Response{204: {Description: "signed out"}, 403: problem("CSRF token missing")}},
		{Method: http.MethodPost, Path: "/api/v1/auth/refresh", OperationID: "refreshSession", Handler: s.handleRefresh, Tags: tags, Summary: "Rotate the refresh token and get a new access token",
			Description: "Uses the vigil_refresh cookie and needs X-CSRF-Token. Presenting a spent refresh token revokes the whole session, " +
				"except within 20 seconds of its rotation from the same browser (user agent): tabs refreshing at the same instant all get the same new token.",
			Auth: cookieAuth, Responses: map[int]openapi.Response{200: {Description: "refreshed", Body: user}, 401: problem("session ended"), 403: problem("CSRF token missing")}},
		{Method: http.MethodGet, Path: "/api/v1/auth/me", OperationID: "me", Handler: s.handleMe, Middleware: signedIn, Tags: tags, Summary: "The caller, the acting workspace and all workspaces",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "the caller", Body: user}})},
		{Method: http.MethodPatch, Path: "/api/v1/auth/me", OperationID: "updateMe", Handler: s.handleUpdateMe, Middleware: signedIn, Tags: tags, Summary: "Change the display name",
			Auth: cookieAuth, Request: map[string]string{"name": "Ada L."}, Responses: std(map[int]openapi.Response{200: {Description: "updated", Body: user}, 422: problem("invalid")})},
		{Method: http.MethodPut, Path: "/api/v1/auth/me/workspace", OperationID: "switchWorkspace", Handler: s.handleSwitchWorkspace, Middleware: signedIn, Tags: tags, Summary: "Remember the current workspace (the header's workspace switcher)",
			Description: "Requests without an X-Vigil-Workspace header act in this workspace from now on, in every session of the user. Members only (404 otherwise).",
			Auth:        cookieAuth, Request: map[string]string{"workspace_id": "0190..."},
			Responses: std(map[int]openapi.Response{200: {Description: "the caller, acting in the workspace", Body: user}, 422: problem("workspace_id missing")})},
		{Method: http.MethodPost, Path: "/api/v1/auth/password", OperationID: "changePassword", Handler: s.handleChangePassword, Middleware: signedIn, Tags: tags, Summary: "Change the password (current password required); ends every other session and reset link",
			Description: "This session is rotated: the response sets new session cookies (including a new CSRF token) and the old ones stop working.",
			Auth:        cookieAuth, Request: map[string]string{"current_password": "old", "new_password": "a new long password"},
			Responses: std(map[int]openapi.Response{204: {Description: "changed; new session cookies set"}, 422: problem("current password wrong or new one invalid")})},
		{Method: http.MethodPost, Path: "/api/v1/auth/password/forgot", OperationID: "forgotPassword", Handler: s.handleForgot, Tags: tags, Summary: "Email a reset link (same answer whether or not the account exists)",
			Request: map[string]string{"email": "ada@example.com"}, Responses: map[int]openapi.Response{202: {Description: "accepted", Body: statusJSON{Status: "..."}}, 429: problem("too many requests")}},
		{Method: http.MethodPost, Path: "/api/v1/auth/password/reset", OperationID: "resetPassword", Handler: s.handleReset, Tags: tags, Summary: "Set a new password with a single-use reset token; ends all sessions",
			Request: map[string]string{"token": "...", "password": "a new long password"}, Responses: map[int]openapi.Response{204: {Description: "reset"}, 422: problem("invalid, used or expired token")}},
		{Method: http.MethodGet, Path: "/api/v1/auth/sessions", OperationID: "listSessions", Handler: s.handleSessions, Middleware: signedIn, Tags: tags, Summary: "The caller's active sessions",
			Auth: cookieAuth, Responses: std(map[int]openapi.Response{200: {Description: "sessions", Body: list(sessionJSON{ID: "0190...", CreatedAt: ts, LastUsedAt: ts, ExpiresAt: ts})}})},
		{Method: http.MethodDelete, Path: "/api/v1/auth/sessions/:id", OperationID: "revokeSession", Handler: s.handleRevokeSession, Middleware: signedIn, Tags: tags, Summary: "End one of the caller's sessions",
			Auth: cookieAuth, Responses: std(map[int]openapi.Response{204: {Description: "revoked"}})},
		{Method: http.MethodPost, Path: "/api/v1/auth/sessions/revoke-all", OperationID: "signOutEverywhere", Handler: s.handleSignOutEverywhere, Middleware: signedIn, Tags: tags, Summary: "End every session of the caller",
			Auth: cookieAuth, Responses: std(map[int]openapi.Response{204: {Description: "signed out everywhere"}})},
		{Method: http.MethodGet, Path: "/api/v1/auth/providers", OperationID: "listProviders", Handler: s.handleProviders, Tags: tags, Summary: "Sign-in methods enabled on this instance",
			Responses: map[int]openapi.Response{200: {Description: "providers", Body: map[string]any{"password": true, "signup": true, "email": true,
				"providers": []providerJSON{{ID: "github", Name: "GitHub", StartURL: "/api/v1/auth/oauth/github/start"}}}}}},
		{Method: http.MethodGet, Path: "/api/v1/auth/oauth/:provider/start", OperationID: "oauthStart", Handler: s.handleOAuthStart, Tags: tags, Summary: "Start GitHub or Google sign-in (redirects to the provider)",
			Description: "While signed in, completing the flow links the provider to the current account.",
			Query:       []openapi.Param{{Name: "next", Type: "string", Description: "same-site path to land on afterwards (e.g. /dashboard)"}},
			Responses:   map[int]openapi.Response{302: {Description: "to the provider, or to /auth/error?code=... when refused"}}},
		{Method: http.MethodGet, Path: "/api/v1/auth/oauth/:provider/callback", OperationID: "oauthCallback", Handler: s.handleOAuthCallback, Tags: tags, Summary: "Provider callback; signs in and redirects to next",
			Query:     []openapi.Param{{Name: "code", Type: "string"}, {Name: "state", Type: "string"}, {Name: "error", Type: "string"}},
			Responses: map[int]openapi.Response{302: {Description: "to next when signed in, else to /auth/error?code=invalid_state|provider_error|access_denied|email_unverified|account_exists|identity_in_use|account_disabled|signup_disabled|invalid_redirect|provider_disabled"}}},

		{Method: http.MethodGet, Path: "/api/v1/workspaces", OperationID: "listWorkspaces", Handler: s.handleWorkspaces, Middleware: signedIn, Tags: wsTags, Summary: "Workspaces the caller belongs to",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "workspaces", Body: list(ws)}})},
		{Method: http.MethodPost, Path: "/api/v1/workspaces", OperationID: "createWorkspace", Handler: s.handleCreateWorkspace, Middleware: signedIn, Tags: wsTags, Summary: "Create a team workspace (caller becomes owner)",
			Auth: cookieAuth, Request: map[string]string{"name": "Team"}, Responses: std(map[int]openapi.Response{201: {Description: "created", Body: ws}, 422: problem("invalid name")})},
		{Method: http.MethodGet, Path: "/api/v1/workspaces/:id", OperationID: "getWorkspace", Handler: s.handleWorkspace, Middleware: signedIn, Action: "workspace:read", Tags: wsTags, Summary: "A workspace (workspace:read)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "workspace", Body: ws}})},
		{Method: http.MethodPatch, Path: "/api/v1/workspaces/:id", OperationID: "renameWorkspace", Handler: s.handleRenameWorkspace, Middleware: signedIn, Action: "workspace:manage", Tags: wsTags, Summary: "Rename a workspace (workspace:manage)",
			Auth: cookieOrKey, Request: map[string]string{"name": "Team"}, Responses: std(map[int]openapi.Response{200: {Description: "renamed", Body: ws}, 422: problem("invalid name")})},
		{Method: http.MethodGet, Path: "/api/v1/workspaces/:id/members", OperationID: "listMembers", Handler: s.handleMembers, Middleware: signedIn, Action: "workspace:read", Tags: wsTags, Summary: "Members and roles (workspace:read)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "members", Body: list(memberJSON{UserID: "0190...", Email: "ada@example.com", Role: "owner", CreatedAt: ts})}})},
		{Method: http.MethodPatch, Path: "/api/v1/workspaces/:id/members/:user_id", OperationID: "setMemberRole", Handler: s.handleSetRole, Middleware: signedIn, Action: "members:manage", Tags: wsTags, Summary: "Change a member's role (members:manage)",
			Auth: cookieOrKey, Request: map[string]string{"role": "admin"}, Responses: std(map[int]openapi.Response{204: {Description: "changed; new session cookies set"}, 409: problem("last owner"), 422: problem("unknown role")})},
		{Method: http.MethodDelete, Path: "/api/v1/workspaces/:id/members/:user_id", OperationID: "removeMember", Handler: s.handleRemoveMember, Middleware: signedIn, Action: "members:manage", Tags: wsTags, Summary: "Remove a member (members:manage) or leave",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "removed"}, 409: problem("last owner or personal workspace")})},
		{Method: http.MethodGet, Path: "/api/v1/workspaces/:id/invitations", OperationID: "listInvitations", Handler: s.handleInvitations, Middleware: signedIn, Action: "members:manage", Tags: wsTags, Summary: "Pending invitations (members:manage)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "invitations", Body: list(inv)}})},
		{Method: http.MethodPost, Path: "/api/v1/workspaces/:id/invitations", OperationID: "invite", Handler: s.handleInvite, Middleware: signedIn, Action: "members:manage", Tags: wsTags, Summary: "Invite by email (members:manage); link returned when SMTP is off",
			Auth: cookieOrKey, Request: map[string]string{"email": "bob@example.com", "role": "member"},
			Responses: std(map[int]openapi.Response{201: {Description: "invited", Body: invitationJSON{ID: "0190...", Email: "bob@example.com", Role: "member", Link: "https://vigil.example.com/invitations/accept?token=...", CreatedAt: ts, ExpiresAt: ts}}, 409: problem("personal workspace"), 422: problem("invalid")})},
		{Method: http.MethodDelete, Path: "/api/v1/workspaces/:id/invitations/:invitation_id", OperationID: "revokeInvitation", Handler: s.handleRevokeInvitation, Middleware: signedIn, Action: "members:manage", Tags: wsTags, Summary: "Withdraw an invitation (members:manage)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "revoked"}})},
		{Method: http.MethodPost, Path: "/api/v1/invitations/accept", OperationID: "acceptInvitation", Handler: s.handleAcceptInvitation, Middleware: signedIn, Tags: wsTags, Summary: "Join a workspace with an invitation token sent to the caller's email",
			Auth: cookieAuth, Request: map[string]string{"token": "..."}, Responses: std(map[int]openapi.Response{200: {Description: "joined", Body: ws}})},

		{Method: http.MethodGet, Path: "/api/v1/api-keys", OperationID: "listAPIKeys", Handler: s.handleAPIKeys, Middleware: signedIn, Action: "apikeys:manage", Tags: keyTags, Summary: "The caller's API keys in the acting workspace (apikeys:manage)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "keys (never the secret)", Body: list(key)}})},
		{Method: http.MethodPost, Path: "/api/v1/api-keys", OperationID: "createAPIKey", Handler: s.handleCreateAPIKey, Middleware: signedIn, Action: "apikeys:manage", Tags: keyTags, Summary: "Create an API key; the secret is returned once as key",
			Auth:    cookieOrKey,
			Request: map[string]any{"name": "ci", "scopes": []string{"read", "analyze"}, "expires_at": ts},
			Responses: std(map[int]openapi.Response{201: {Description: "created", Body: apiKeyJSON{ID: "0190...", Name: "ci", Prefix: "vigil_AbCdEf", Scopes: []string{"read"}, WorkspaceID: "0190...", CreatedAt: ts, Key: "vigil_..."}},
				422: problem("invalid name, scopes or expiry")})},
		{Method: http.MethodDelete, Path: "/api/v1/api-keys/:id", OperationID: "revokeAPIKey", Handler: s.handleRevokeAPIKey, Middleware: signedIn, Action: "apikeys:manage", Tags: keyTags, Summary: "Revoke one of the caller's API keys",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "revoked"}})},

		{Method: http.MethodGet, Path: "/api/v1/admin/users", OperationID: "adminListUsers", Handler: s.handleAdminUsers, Middleware: instanceAdmin, Tags: adminTags, Summary: "Accounts, optionally searched by email or name (instance admins)",
			Description: "Ordered by creation; next_cursor is empty on the last page. 400 for a cursor that is no id, 422 for a limit outside 1–200 or a search over 200 characters.",
			Auth:        cookieOrKey, Query: []openapi.Param{{Name: "q", Type: "string"}, {Name: "cursor", Type: "string"}, {Name: "limit", Type: "integer"}},
			Responses: std(map[int]openapi.Response{200: {Description: "users", Body: map[string]any{"items": []userJSON{user.userJSON}, "next_cursor": ""}},
				400: problem("malformed cursor"), 422: problem("invalid limit or search")})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/make-admin", OperationID: "adminMakeAdmin", Handler: s.handleAdminRole(true), Middleware: instanceAdmin, Tags: adminTags, Summary: "Make an account an instance administrator",
			Description: "Idempotent. 409 when the account is disabled.",
			Auth:        cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "the account", Body: user.userJSON}, 409: problem("account disabled")})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/revoke-admin", OperationID: "adminRevokeAdmin", Handler: s.handleAdminRole(false), Middleware: instanceAdmin, Tags: adminTags, Summary: "Take the instance administrator role from an account",
			Description: "Idempotent. 409 when it is the last enabled instance administrator: the instance always keeps one.",
			Auth:        cookieOrKey, Responses: std(map[int]openapi.Response{200: {Description: "the account", Body: user.userJSON}, 409: problem("last administrator")})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/disable", OperationID: "adminDisableUser", Handler: s.handleAdminDisable(true), Middleware: instanceAdmin, Tags: adminTags, Summary: "Disable an account and end its sessions",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "disabled"}, 409: problem("cannot disable yourself")})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/enable", OperationID: "adminEnableUser", Handler: s.handleAdminDisable(false), Middleware: instanceAdmin, Tags: adminTags, Summary: "Re-enable an account",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "enabled"}})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/reset-link", OperationID: "adminResetLink", Handler: s.handleAdminResetLink, Middleware: instanceAdmin, Tags: adminTags, Summary: "Issue a password reset link to hand over (instances without SMTP)",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{201: {Description: "link", Body: map[string]string{"link": "https://vigil.example.com/auth/reset-password?token=..."}}})},
		{Method: http.MethodPost, Path: "/api/v1/admin/users/:id/verify-email", OperationID: "adminVerifyEmail", Handler: s.handleAdminVerifyEmail, Middleware: instanceAdmin, Tags: adminTags, Summary: "Confirm an account's email address on the administrator's word",
			Auth: cookieOrKey, Responses: std(map[int]openapi.Response{204: {Description: "confirmed"}})},
		{Method: http.MethodGet, Path: "/api/v1/admin/sign-ins", OperationID: "adminSignIns", Handler: s.handleAdminSignIns, Middleware: instanceAdmin, Tags: adminTags, Summary: "Sign-in attempts, newest first",
			Description: "next_cursor is empty on the last page. 400 for a user_id or cursor that is no id, 422 for a limit outside 1–500.",
			Auth:        cookieOrKey, Query: []openapi.Param{{Name: "user_id", Type: "string"}, {Name: "cursor", Type: "string"}, {Name: "limit", Type: "integer"}},
			Responses: std(map[int]openapi.Response{200: {Description: "sign-in activity", Body: map[string]any{"items": []signInJSON{{ID: "0190...", Email: "ada@example.com", Method: "password", Success: true, CreatedAt: ts}}, "next_cursor": ""}},
				400: problem("malformed user_id or cursor"), 422: problem("invalid limit")})},
	}
}
