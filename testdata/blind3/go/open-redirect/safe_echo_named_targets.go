package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

var destinations = map[string]string{
	"billing":  "/account/billing",
	"security": "/account/security",
	"orders":   "/orders",
}

func jump(c echo.Context) error {
	dest, ok := destinations[c.QueryParam("to")]
	if !ok {
		dest = "/"
	}
	return c.Redirect(http.StatusFound, dest)
}

func main() {
	e := echo.New()
	e.GET("/jump", jump)
	e.Logger.Fatal(e.Start(":8080"))
}
