package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Booking struct {
	ID    uint   `json:"id"`
	Room  string `json:"room"`
	Guest string `json:"guest"`
}

func main() {
	db, _ := gorm.Open(postgres.Open("host=db dbname=hotel"), &gorm.Config{})
	e := echo.New()
	e.GET("/rooms/:room/bookings", func(c echo.Context) error {
		var out []Booking
		err := db.Raw("SELECT id, room, guest FROM bookings WHERE room = @room AND guest ILIKE @guest",
			sql.Named("room", c.Param("room")), sql.Named("guest", "%"+c.QueryParam("guest")+"%")).Scan(&out).Error
		if err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError)
		}
		return c.JSON(http.StatusOK, out)
	})
	e.Logger.Fatal(e.Start(":8080"))
}
