package main

import (
	"fmt"
	"math/rand/v2"
	"net/http"

	"github.com/labstack/echo/v4"
)

type otpStore interface {
	Save(phone, code string) error
}

func sendCode(store otpStore) echo.HandlerFunc {
	return func(c echo.Context) error {
		phone := c.FormValue("phone")
		code := fmt.Sprintf("%06d", rand.IntN(1000000)) // LABEL: CWE-338
		if err := store.Save(phone, code); err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusAccepted)
	}
}

func main() {
	e := echo.New()
	e.POST("/login/code", sendCode(nil))
	e.Start(":8080")
}
