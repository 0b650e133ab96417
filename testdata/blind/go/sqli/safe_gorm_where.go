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
	var orders []order
	if err := h.db.Where("status = ?", c.QueryParam("status")).Order("id DESC").Find(&orders).Error; err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, orders)
}

func main() {
	e := echo.New()
	e.GET("/orders", (&handler{}).ordersByStatus)
	e.Start(":8080")
}
