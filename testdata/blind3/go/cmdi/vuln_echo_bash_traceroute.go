package main

import (
	"context"
	"net/http"
	osexec "os/exec"
	"time"

	"github.com/labstack/echo/v4"
)

type NetTools struct {
	Timeout time.Duration
}

func (n NetTools) Traceroute(ctx context.Context, host string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, n.Timeout)
	defer cancel()
	return osexec.CommandContext(ctx, "bash", "-c", "traceroute -m 15 "+host).CombinedOutput() // LABEL: CWE-78
}

func main() {
	tools := NetTools{Timeout: 20 * time.Second}
	e := echo.New()
	e.GET("/tools/trace/:host", func(c echo.Context) error {
		out, err := tools.Traceroute(c.Request().Context(), c.Param("host"))
		if err != nil {
			return c.String(http.StatusBadGateway, "trace failed")
		}
		return c.String(http.StatusOK, string(out))
	})
	e.Logger.Fatal(e.Start(":8080"))
}
