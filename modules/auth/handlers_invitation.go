package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/auth/internal/store"
)

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
