package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func continueTo(c echo.Context) error {
	dest := c.FormValue("continue")
	return c.Redirect(http.StatusSeeOther, dest) // LABEL: CWE-601
}

func main() {
	e := echo.New()
	e.POST("/continue", continueTo)
	e.Start(":8102")
}
