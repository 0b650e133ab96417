package repositories

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"vigil/platform/httpserver"
)

func (s *Service) handleList(c echo.Context) error {
	l, err := s.List(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, l)
}

// Handlers with a body check the caller before reading it, so a key
// without the scope is told so rather than about its fields.

func (s *Service) handleAdd(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionManage); err != nil {
		return err
	}
	var r AddRequest
	if err := httpserver.Bind(c, &r); err != nil {
		return err
	}
	rep, err := s.Add(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, rep)
}

func (s *Service) handleGet(c echo.Context) error {
	d, err := s.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, d)
}

func (s *Service) handleUpdate(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionManage); err != nil {
		return err
	}
	var u UpdateRequest
	if err := httpserver.Bind(c, &u); err != nil {
		return err
	}
	rep, err := s.Update(c.Request().Context(), c.Param("id"), u)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, rep)
}

func (s *Service) handleDelete(c echo.Context) error {
	if err := s.Delete(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleScan(c echo.Context) error {
	var r ScanRequest
	if c.Request().ContentLength != 0 {
		if err := httpserver.Bind(c, &r); err != nil {
			return err
		}
	}
	st, err := s.Scan(c.Request().Context(), c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, st)
}
