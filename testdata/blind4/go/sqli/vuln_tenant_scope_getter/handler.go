package projects

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type ProjectHandler struct {
	repo *ProjectRepo
}

func (h *ProjectHandler) List(c echo.Context) error {
	scope := NewTenantScope(c.Param("tenant"))
	items, err := h.repo.Active(scope)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, items)
}
