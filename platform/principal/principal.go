// Package principal carries the authenticated caller of a request through
// its context. The auth module puts it there; every other module reads it
// and asks its own Authorizer interface (wired to auth in main.go) whether
// the principal may act.
package principal

import "context"

// Principal is who is acting and in which workspace.
type Principal struct {
	// UserID is the acting user's id.
	UserID string
	// Email is the user's primary email, for display and audit.
	Email string
	// WorkspaceID is the workspace this request acts in: the API key's
	// workspace, the X-Vigil-Workspace header (after a membership check), or
	// the user's personal workspace.
	WorkspaceID string
	// Role is the user's role in WorkspaceID: owner, admin, member or viewer.
	Role string
	// APIKeyID is set when the request authenticated with an API key.
	APIKeyID string
	// Scopes limits an API key: read, analyze, admin. Empty for cookie sessions.
	Scopes []string
	// InstanceAdmin is true for administrators of the whole instance.
	InstanceAdmin bool
	// SessionID is the refresh-token family of a cookie session.
	SessionID string
}

type ctxKey struct{}

// With returns a copy of ctx that carries p.
func With(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// From returns the principal in ctx, if any.
func From(ctx context.Context) (*Principal, bool) {
	p, ok := ctx.Value(ctxKey{}).(*Principal)
	return p, ok && p != nil
}
