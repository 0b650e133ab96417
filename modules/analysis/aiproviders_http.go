package analysis

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"vigil/platform/httpserver"
)

func (s *Service) handleAIProviders(c echo.Context) error {
	out, err := s.AIProviders(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleAddAIProvider(c echo.Context) error {
	ctx := c.Request().Context()
	// Authorize before reading the body: a non-member learns nothing
	// from validation errors.
	if err := s.authorizeWorkspace(ctx, c.Param("id"), ActionManageAI); err != nil {
		return err
	}
	var r AIProviderRequest
	if err := httpserver.Bind(c, &r); err != nil {
		return err
	}
	out, err := s.AddAIProvider(ctx, c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleRemoveAIProvider(c echo.Context) error {
	if err := s.RemoveAIProvider(c.Request().Context(), c.Param("id"), c.Param("provider_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleAIHealth(c echo.Context) error {
	out, err := s.InstanceAIHealth(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
