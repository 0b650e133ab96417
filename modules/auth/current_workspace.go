package auth

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/ids"
	"vigil/platform/principal"
)

// SwitchWorkspace remembers workspaceID as the caller's current workspace:
// requests that name none in the X-Vigil-Workspace header act in it from
// now on, in every browser the user is signed in with. Only members may
// switch to a workspace (anyone else gets 404, as everywhere); API keys
// belong to one workspace and cannot switch.
func (s *Service) SwitchWorkspace(ctx context.Context, p *principal.Principal, workspaceID string) error {
	if err := cookieOnly(p); err != nil {
		return err
	}
	if workspaceID == "" {
		return errs.Invalid("invalid input", errs.FieldError{Field: "workspace_id", Message: "is required"})
	}
	if err := ids.Check("workspace", workspaceID); err != nil {
		return err
	}
	if _, err := s.store.Membership(ctx, workspaceID, p.UserID); err != nil {
		return err
	}
	if err := s.store.UpdateUser(ctx, p.UserID, map[string]any{"last_workspace_id": workspaceID}); err != nil {
		return err
	}
	// Cached identities of this user resolved "no header" to the old one.
	s.invalidate(ctx)
	return nil
}

func (s *Service) handleSwitchWorkspace(c echo.Context) error {
	var req struct {
		WorkspaceID string `json:"workspace_id"`
	}
	if err := bind(c, &req); err != nil {
		return err
	}
	ctx := c.Request().Context()
	p := actor(c)
	if err := s.SwitchWorkspace(ctx, p, req.WorkspaceID); err != nil {
		return err
	}
	m, err := s.store.Membership(ctx, req.WorkspaceID, p.UserID)
	if err != nil {
		return err
	}
	acting := *p
	acting.WorkspaceID, acting.Role = m.WorkspaceID, m.Role
	out, err := s.me(c, &acting)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
