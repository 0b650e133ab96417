package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func afterOAuth(c echo.Context) error {
	if c.QueryParam("error") != "" {
		return c.Redirect(http.StatusSeeOther, "/login?failed=1")
	}
	return c.Redirect(http.StatusSeeOther, "/dashboard")
}

func main() {
	e := echo.New()
	e.GET("/oauth/done", afterOAuth)
	e.Start(":8080")
}
