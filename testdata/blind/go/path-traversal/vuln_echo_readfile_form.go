package main

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

type templates struct{ dir string }

func (t *templates) preview(c echo.Context) error {
	doc := c.FormValue("doc")
	data, err := os.ReadFile(filepath.Join(t.dir, doc)) // LABEL: CWE-22
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.Blob(http.StatusOK, "text/plain; charset=utf-8", data)
}

func main() {
	e := echo.New()
	t := &templates{dir: "/srv/templates"}
	e.POST("/templates/preview", t.preview)
	e.Start(":8080")
}
