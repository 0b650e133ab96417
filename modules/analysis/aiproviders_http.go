package analysis

import (
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"

	"vigil/platform/httpserver"
)

// aiRoutes registers the workspace AI provider keys and the instance
// admin's provider health.
func (s *Service) aiRoutes(api *echo.Group, auth []echo.MiddlewareFunc) {
	api.GET("/workspaces/:id/ai-providers", s.handleAIProviders, auth...)
	api.POST("/workspaces/:id/ai-providers", s.handleAddAIProvider, auth...)
	api.DELETE("/workspaces/:id/ai-providers/:provider_id", s.handleRemoveAIProvider, auth...)
	admin := auth
	if s.d.InstanceAdmin != nil {
		admin = append(slices.Clip(auth), s.d.InstanceAdmin)
	}
	api.GET("/admin/ai/health", s.handleAIHealth, admin...)
}

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
