package main

import (
	"net/http"
	"os/exec"

	"github.com/labstack/echo/v4"
)

var tools = map[string][]string{
	"git":  {"git", "--version"},
	"go":   {"go", "version"},
	"node": {"node", "--version"},
}

func toolVersion(c echo.Context) error {
	argv, ok := tools[c.QueryParam("tool")]
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, "unknown tool")
	}
	out, err := exec.Command(argv[0], argv[1:]...).Output()
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.String(http.StatusOK, string(out))
}

func main() {
	e := echo.New()
	e.GET("/admin/tools/version", toolVersion)
	e.Start(":8080")
}
