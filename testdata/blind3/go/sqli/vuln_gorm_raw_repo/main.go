package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type handler struct {
	repo *ShipmentRepo
}

func (h *handler) list(c echo.Context) error {
	carrier := c.QueryParam("carrier")
	if carrier == "" {
		carrier = "dhl"
	}
	rows, err := h.repo.ByCarrier(carrier)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "query failed")
	}
	return c.JSON(http.StatusOK, rows)
}

func main() {
	db, err := gorm.Open(postgres.Open("host=db user=app dbname=logistics"), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	h := &handler{repo: &ShipmentRepo{db: db}}
	e := echo.New()
	e.GET("/shipments", h.list)
	e.Logger.Fatal(e.Start(":8080"))
}
