package main

import (
	"io"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

var imageHosts = map[string]bool{
	"images.example-cdn.com": true,
	"static.example.com":     true,
}

func proxyImage(c echo.Context) error {
	u, err := url.Parse(c.QueryParam("src"))
	if err != nil || u.Scheme != "https" || !imageHosts[u.Hostname()] {
		return c.NoContent(http.StatusBadRequest)
	}
	resp, err := http.Get(u.String())
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	return c.Stream(http.StatusOK, resp.Header.Get("Content-Type"), io.LimitReader(resp.Body, 5<<20))
}

func main() {
	e := echo.New()
	e.GET("/img", proxyImage)
	e.Logger.Fatal(e.Start(":8080"))
}
