package main

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

func proxyImage(c echo.Context) error {
	src := c.QueryParam("src")
	resp, err := http.Get(src) // LABEL: CWE-918
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	c.Response().Header().Set("Cache-Control", "public, max-age=3600")
	return c.Stream(http.StatusOK, resp.Header.Get("Content-Type"), io.LimitReader(resp.Body, 5<<20))
}

func main() {
	e := echo.New()
	e.GET("/img", proxyImage)
	e.Logger.Fatal(e.Start(":8080"))
}
