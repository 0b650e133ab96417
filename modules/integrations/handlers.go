package integrations

import (
	"net/http"
	"strconv"
	"vigil/platform/errs"

	"github.com/labstack/echo/v4"

	"vigil/platform/httpserver"
)

func (s *Service) handleList(c echo.Context) error {
	out, err := s.Channels(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleCreate(c echo.Context) error {
	ctx := c.Request().Context()
	// Authorize before reading the body: a viewer learns nothing from
	// validation errors.
	if _, err := s.authorize(ctx); err != nil {
		return err
	}
	var r ChannelRequest
	if err := httpserver.Bind(c, &r); err != nil {
		return err
	}
	out, err := s.CreateChannel(ctx, r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleGet(c echo.Context) error {
	out, err := s.Channel(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleUpdate(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := s.authorize(ctx); err != nil {
		return err
	}
	var r ChannelPatch
	if err := httpserver.Bind(c, &r); err != nil {
		return err
	}
	out, err := s.UpdateChannel(ctx, c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleDelete(c echo.Context) error {
	if err := s.DeleteChannel(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleTest(c echo.Context) error {
	out, err := s.SendTest(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleDeliveries(c echo.Context) error {
	cursor, err := httpserver.QueryID(c, "cursor")
	if err != nil {
		return err
	}
	limit := 0
	if v := c.QueryParam("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 100 {
			return errs.Invalid("invalid limit", errs.FieldError{Field: "limit", Message: "must be an integer from 1 to 100"})
		}
	}
	out, err := s.Deliveries(c.Request().Context(), c.Param("id"), cursor, limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
