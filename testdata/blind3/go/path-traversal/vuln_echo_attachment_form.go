package main

import (
	"net/http"
	"path"

	"github.com/labstack/echo/v4"
)

const exportRoot = "/var/lib/exports"

func download(c echo.Context) error {
	folder := c.FormValue("folder")
	file := c.FormValue("file")
	if file == "" {
		return c.NoContent(http.StatusBadRequest)
	}
	full := path.Join(exportRoot, folder, file)
	return c.Attachment(full, "export.csv") // LABEL: CWE-22
}

func main() {
	e := echo.New()
	e.POST("/exports/download", download)
	e.Logger.Fatal(e.Start(":8080"))
}
