// Command bareecho serves /healthz/live from a bare echo instance with no
// middleware: the baseline bench/http.sh compares Vigil's full stack with.
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18181", "listen address")
	flag.Parse()
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	type body struct {
		Status string `json:"status"`
	}
	e.GET("/healthz/live", func(c echo.Context) error {
		return c.JSON(http.StatusOK, body{Status: "ok"})
	})
	if err := e.Start(*addr); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
