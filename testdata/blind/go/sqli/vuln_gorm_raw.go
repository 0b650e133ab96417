package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type order struct {
	ID     uint
	Status string
	Total  float64
}

type handler struct{ db *gorm.DB }

func (h *handler) ordersByStatus(c echo.Context) error {
	status := c.QueryParam("status")
	var orders []order
	if err := h.db.Raw("SELECT id, status, total FROM orders WHERE status = '" + status + "'").Scan(&orders).Error; err != nil { // LABEL: CWE-89
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, orders)
}

func main() {
	e := echo.New()
	e.GET("/orders", (&handler{}).ordersByStatus)
	e.Start(":8080")
}
