package main

import (
	"net/http"
	"os/exec"

	"github.com/labstack/echo/v4"
)

// toolVersion reports the version of an installed tool, e.g. ?tool=git.
func toolVersion(c echo.Context) error {
	tool := c.QueryParam("tool")
	out, err := exec.Command(tool, "--version").Output() // LABEL: CWE-78
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "unknown tool")
	}
	return c.String(http.StatusOK, string(out))
}

func main() {
	e := echo.New()
	e.GET("/admin/tools/version", toolVersion)
	e.Start(":8080")
}
