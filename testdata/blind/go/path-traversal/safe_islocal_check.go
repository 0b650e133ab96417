package main

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

const templateDir = "/srv/templates"

func preview(c echo.Context) error {
	doc := c.FormValue("doc")
	if !filepath.IsLocal(doc) {
		return echo.NewHTTPError(http.StatusBadRequest, "bad name")
	}
	data, err := os.ReadFile(filepath.Join(templateDir, doc))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.Blob(http.StatusOK, "text/plain; charset=utf-8", data)
}

func main() {
	e := echo.New()
	e.POST("/templates/preview", preview)
	e.Start(":8080")
}
