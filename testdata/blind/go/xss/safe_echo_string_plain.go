package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func echoMessage(c echo.Context) error {
	c.Response().Header().Set("X-Content-Type-Options", "nosniff")
	return c.String(http.StatusOK, "you said: "+c.QueryParam("msg"))
}

func main() {
	e := echo.New()
	e.GET("/echo", echoMessage)
	e.Start(":8080")
}
