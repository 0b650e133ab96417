package main

import (
	"bytes"
	"html/template"
	"io"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"
)

// workspace is what a card template may show about the workspace.
type workspace struct {
	Name   string
	Owner  string
	APIKey string // shown masked by the built-in templates
}

func renderCard(c echo.Context) error {
	src, err := io.ReadAll(io.LimitReader(c.Request().Body, 64<<10))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	card, err := template.New("card").Parse(string(src)) // LABEL: CWE-1336
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad template")
	}
	ws := workspace{Name: "Acme", Owner: "owner@example.com", APIKey: os.Getenv("WORKSPACE_API_KEY")}
	var out bytes.Buffer
	if err := card.Execute(&out, ws); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "render failed")
	}
	return c.JSON(http.StatusOK, map[string]string{"html": out.String()})
}

func main() {
	e := echo.New()
	e.POST("/cards/render", renderCard)
	e.Start(":8080")
}
