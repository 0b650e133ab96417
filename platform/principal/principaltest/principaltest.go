// Package principaltest stands in for the auth module in other modules'
// tests, which may not import it: a middleware that takes the request's
// principal from a header, and an authorizer that applies a permission
// table by role the way auth.Service.Can does.
package principaltest

import (
	"context"
	"strings"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/principal"
)

// Header carries a test principal as "role workspace user" (see Value).
const Header = "X-Test-Principal"

// RoleRank orders the workspace roles: viewer < member < admin < owner.
var RoleRank = map[string]int{"viewer": 1, "member": 2, "admin": 3, "owner": 4}

// Value is the Header value for a principal of role in workspace ws.
func Value(role, ws, user string) string { return role + " " + ws + " " + user }

// HeaderAuth stands in for auth.Authenticate: a request whose Header is
// "role workspace user" runs as that principal; one without it runs as
// nobody.
func HeaderAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if h := c.Request().Header.Get(Header); h != "" {
			f := strings.Fields(h)
			if len(f) != 3 {
				return errs.New(errs.KindUnauthorized, "malformed "+Header)
			}
			p := &principal.Principal{Role: f[0], WorkspaceID: f[1], UserID: f[2]}
			c.SetRequest(c.Request().WithContext(principal.With(c.Request().Context(), p)))
		}
		return next(c)
	}
}

// MinRoles is an authorizer for a module's tests: each action maps to the
// least role allowed it. Like auth.Service.Can it answers 401 without a
// signed-in principal, 404 for another workspace and 403 for a role below
// the action's; an action missing from the table is forbidden to all.
type MinRoles map[string]string

// Can decides whether p may do action in workspace ws.
func (m MinRoles) Can(_ context.Context, p *principal.Principal, ws, action string) error {
	if p == nil || p.UserID == "" {
		return errs.New(errs.KindUnauthorized, "sign in first")
	}
	if ws != p.WorkspaceID {
		return errs.NotFound("workspace")
	}
	least, ok := m[action]
	if !ok || RoleRank[p.Role] < RoleRank[least] {
		return errs.New(errs.KindForbidden, "your role may not do this")
	}
	return nil
}
