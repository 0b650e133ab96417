package netdiag

import (
	"net/http"
	"os/exec"
	"strings"

	"github.com/labstack/echo/v4"
)

// Ping runs a short reachability check for the support dashboard.
func Ping(c echo.Context) error {
	host := c.Param("host")
	count := c.QueryParam("count")
	if count == "" {
		count = "3"
	}
	var b strings.Builder
	b.WriteString("ping -c ")
	b.WriteString(count)
	b.WriteString(" ")
	b.WriteString(host)
	out, err := exec.CommandContext(c.Request().Context(), "/bin/sh", "-c", b.String()).Output() // LABEL: CWE-78
	if err != nil {
		return c.String(http.StatusBadGateway, "unreachable")
	}
	return c.String(http.StatusOK, string(out))
}
