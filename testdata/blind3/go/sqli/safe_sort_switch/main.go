package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open("host=db user=app dbname=crm"), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	repo := &LeadRepo{db: db}
	e := echo.New()
	e.GET("/leads", func(c echo.Context) error {
		leads, err := repo.Sorted(c.QueryParam("sort"))
		if err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError)
		}
		return c.JSON(http.StatusOK, leads)
	})
	e.Logger.Fatal(e.Start(":8080"))
}
