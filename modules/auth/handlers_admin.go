package auth

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/httpserver"
)

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
