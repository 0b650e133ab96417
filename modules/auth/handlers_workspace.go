package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

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
