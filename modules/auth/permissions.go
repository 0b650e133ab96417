package auth

import (
	"context"
	"errors"
	"slices"
	"strings"

	"vigil/platform/errs"
	"vigil/platform/principal"
)

// Roles, from least to most powerful.
const (
	RoleViewer = "viewer"
	RoleMember = "member"
	RoleAdmin  = "admin"
	RoleOwner  = "owner"
)

// API key scopes. "admin" allows everything the key's user may do,
// "analyze" also allows everything "read" allows.
const (
	ScopeRead    = "read"
	ScopeAnalyze = "analyze"
	ScopeAdmin   = "admin"
)

var roleRank = map[string]int{RoleViewer: 1, RoleMember: 2, RoleAdmin: 3, RoleOwner: 4}

// Permission is one row of the permission matrix: the least role a member
// needs for Action, and the scope an API key needs for it.
type Permission struct {
	Action  string
	MinRole string
	Scope   string
	Summary string
}

// InstanceAdminRoutes lists every instance administration route, whichever
// module serves it, with what it does (docs/permissions.md shows them; a
// test in the root package checks the list against the wired routes).
var InstanceAdminRoutes = [][2]string{
	{"GET /api/v1/admin/users", "list and search accounts"},
	{"POST /api/v1/admin/users/:id/disable", "disable an account and end its sessions"},
	{"POST /api/v1/admin/users/:id/enable", "re-enable an account"},
	{"POST /api/v1/admin/users/:id/make-admin", "make an account an instance administrator"},
	{"POST /api/v1/admin/users/:id/revoke-admin", "take the role back (never from the last enabled administrator)"},
	{"POST /api/v1/admin/users/:id/reset-link", "issue a password reset link to hand over"},
	{"POST /api/v1/admin/users/:id/verify-email", "confirm an account's email address"},
	{"GET /api/v1/admin/sign-ins", "sign-in attempts"},
	{"GET /api/v1/admin/audit", "the audit log, filtered by actor, action, target and date"},
	{"GET /api/v1/admin/audit/verify", "check the audit log's hash chain"},
	{"GET /api/v1/admin/kpis", "instance KPIs: sign-ups, active users, analyses, credits, AI cost"},
	{"GET /api/v1/admin/ai/health", "the AI providers' health"},
	{"POST /api/v1/credits/grants", "grant or revoke a workspace's credits"},
}

// Permissions is the written permission matrix; docs/permissions.md is
// generated from the same rows (a test keeps them equal).
var Permissions = []Permission{
	{"workspace:read", RoleViewer, ScopeRead, "see the workspace and its members"},
	{"workspace:manage", RoleAdmin, ScopeAdmin, "rename the workspace, change its settings"},
	{"members:manage", RoleAdmin, ScopeAdmin, "invite, remove members and change roles (owners only grant or revoke owner)"},
	{"apikeys:manage", RoleMember, ScopeAdmin, "create, list and revoke one's own API keys for the workspace"},
	{"credits:read", RoleViewer, ScopeRead, "see the balance and the ledger"},
	{"credits:purchase", RoleAdmin, ScopeAdmin, "buy credit packs"},
	{"credits:admin", RoleOwner, ScopeAdmin, "adjust credits and price rules of the workspace"},
	{"analysis:read", RoleViewer, ScopeRead, "see analyses, findings and reports; export them; ask which of one's workspaces holds an analysis or a finding (`GET /api/v1/analyses/:id/workspace`, `GET /api/v1/findings/:id/workspace`: the same 404 as the analysis or finding where the caller may not read it)"},
	{"analysis:create", RoleMember, ScopeAnalyze, "start analyses (spends credits)"},
	{"analysis:triage", RoleMember, ScopeAnalyze, "mark findings false positive / accepted risk / fixed"},
	{"analysis:delete", RoleAdmin, ScopeAdmin, "delete analyses and their sources"},
	{"repositories:read", RoleViewer, ScopeRead, "see connected repositories and schedules"},
	{"repositories:manage", RoleAdmin, ScopeAdmin, "connect, disconnect and configure repositories"},
	{"ai:manage", RoleAdmin, ScopeAdmin, "add, list and remove the workspace's own AI provider keys (keys are never shown again)"},
	{"notifications:manage", RoleAdmin, ScopeAdmin, "list, add, change, test and remove notification channels (Slack, email, webhooks) and read their delivery logs"},
}

var permissionByAction = func() map[string]Permission {
	m := make(map[string]Permission, len(Permissions))
	for _, p := range Permissions {
		m[p.Action] = p
	}
	return m
}()

// roleAllows reports whether role meets the matrix row of action.
func roleAllows(role, action string) bool {
	p, ok := permissionByAction[action]
	return ok && roleRank[role] >= roleRank[p.MinRole]
}

// scopesAllow reports whether API key scopes cover scope.
func scopesAllow(scopes []string, scope string) bool {
	if slices.Contains(scopes, ScopeAdmin) || slices.Contains(scopes, scope) {
		return true
	}
	return scope == ScopeRead && slices.Contains(scopes, ScopeAnalyze)
}

// Can reports whether p may perform action in workspaceID. It returns an
// unauthorized error without a principal, not found when p is no member of
// the workspace (or an API key of another workspace: existence is never
// revealed), and forbidden when the role or the key's scopes fall short.
func (s *Service) Can(ctx context.Context, p *principal.Principal, workspaceID, action string) error {
	if p == nil || p.UserID == "" {
		return errs.New(errs.KindUnauthorized, "sign in first")
	}
	perm, ok := permissionByAction[action]
	if !ok {
		return errs.New(errs.KindForbidden, "unknown action %q", action)
	}
	role := p.Role
	if workspaceID != p.WorkspaceID || role == "" {
		if p.APIKeyID != "" {
			return errs.NotFound("workspace")
		}
		m, err := s.store.Membership(ctx, workspaceID, p.UserID)
		if errors.Is(err, errs.ErrNotFound) {
			return errs.NotFound("workspace")
		}
		if err != nil {
			return err
		}
		role = m.Role
	}
	if roleRank[role] < roleRank[perm.MinRole] {
		return errs.New(errs.KindForbidden, "your role (%s) may not %s; ask a workspace %s", role, perm.Summary, perm.MinRole)
	}
	if p.APIKeyID != "" && !scopesAllow(p.Scopes, perm.Scope) {
		return errs.New(errs.KindForbidden, "this API key lacks the %q scope", perm.Scope)
	}
	return nil
}

// PermissionsMarkdown renders the matrix for docs/permissions.md.
func PermissionsMarkdown() string {
	var b strings.Builder
	b.WriteString("# Permissions\n\n")
	b.WriteString("Generated from `modules/auth/permissions.go` (a test keeps them equal).\n\n")
	b.WriteString("Roles, from least to most powerful: viewer < member < admin < owner. A role may do\n")
	b.WriteString("everything the roles below it may do. API keys act with their creator's role in the\n")
	b.WriteString("key's workspace, further limited by scopes: `read` < `analyze` < `admin`\n")
	b.WriteString("(`admin` covers everything, `analyze` includes `read`).\n\n")
	b.WriteString("Checks: not signed in → 401; not a member of the workspace → 404 (existence is never\n")
	b.WriteString("revealed); role or scope too low → 403.\n\n")
	b.WriteString("| action | viewer | member | admin | owner | API key scope | what it allows |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, p := range Permissions {
		b.WriteString("| `" + p.Action + "` ")
		for _, r := range []string{RoleViewer, RoleMember, RoleAdmin, RoleOwner} {
			if roleRank[r] >= roleRank[p.MinRole] {
				b.WriteString("| yes ")
			} else {
				b.WriteString("| — ")
			}
		}
		b.WriteString("| `" + p.Scope + "` | " + p.Summary + " |\n")
	}
	b.WriteString("\nOther rules: only owners grant or remove the owner role, invite owners or remove owners;\n")
	b.WriteString("a workspace keeps at least one owner; personal workspaces have exactly one member;\n")
	b.WriteString("any member may leave a team workspace; instance administrators (the first account, or\n")
	b.WriteString("`vigil admin create-user --admin`) list and search users, disable accounts, make other\n")
	b.WriteString("accounts administrators or take the role back (the instance keeps at least one enabled\n")
	b.WriteString("administrator), see sign-in activity, read and verify the audit log, see the instance\n")
	b.WriteString("KPIs, issue password reset links, confirm email addresses, grant or revoke any workspace's\n")
	b.WriteString("credits and see the AI providers' health; through an API key only when the key has the\n")
	b.WriteString("`admin` scope (a read-only key of an administrator administers nothing).\n")
	b.WriteString("\n## Instance administration routes\n\n")
	b.WriteString("Each answers 401 without credentials and 403 to anyone but an instance administrator\n")
	b.WriteString("(or to an administrator's API key without the `admin` scope), before reading anything.\n\n")
	b.WriteString("| route | what it does |\n|---|---|\n")
	for _, r := range InstanceAdminRoutes {
		b.WriteString("| `" + r[0] + "` | " + r[1] + " |\n")
	}
	b.WriteString("\n## Unconfirmed email addresses\n\n")
	b.WriteString("Sign-up answers the same whether or not the email has an account (no enumeration), so\n")
	b.WriteString("it never signs in: the browser signs in next with the same credentials. With SMTP a new\n")
	b.WriteString("account starts with its email unconfirmed and gets a confirmation link (48 hours, single\n")
	b.WriteString("use); the owner of a taken email gets a notice with a password reset link instead.\n")
	b.WriteString("An unconfirmed account may sign in and use everything its roles allow, with a banner\n")
	b.WriteString("asking to confirm, but cannot accept invitations: there the address is the authority.\n")
	b.WriteString("Without SMTP nothing can prove an address, so new accounts start confirmed. A password\n")
	b.WriteString("reset, an OAuth provider's verified email or an instance administrator also confirm it.\n")
	b.WriteString("\n## How fast changes apply\n\n")
	b.WriteString("Each replica remembers for at most 5 seconds whom a credential (API key, or session with\n")
	b.WriteString("its acting workspace) belongs to and with which role, so authenticated requests rarely\n")
	b.WriteString("touch the database. Changes made on a replica (revoked sessions or keys, role changes,\n")
	b.WriteString("removed members, disabled accounts, password changes) apply there at once. On\n")
	b.WriteString("PostgreSQL the replica also announces them (NOTIFY of topic `auth/identities`, sent when the\n")
	b.WriteString("change has committed) and every replica listening forgets its cache on the spot, so other\n")
	b.WriteString("replicas apply them within milliseconds (the delivery time of the notification); a replica\n")
	b.WriteString("whose listening connection is down serves nothing from its cache until it reconnects.\n")
	b.WriteString("SQLite is served by one process, which makes every change itself.\n")
	return b.String()
}
