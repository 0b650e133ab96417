package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func flash(c echo.Context) error {
	msg := ""
	if ck, err := c.Cookie("flash"); err == nil {
		msg = ck.Value
	}
	return c.HTML(http.StatusOK, "<div class=\"flash\">"+msg+"</div>") // LABEL: CWE-79
}

func main() {
	e := echo.New()
	e.GET("/flash", flash)
	e.Start(":8080")
}
