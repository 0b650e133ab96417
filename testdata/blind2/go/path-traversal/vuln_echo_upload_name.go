package main

import (
	"io"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"
)

func upload(c echo.Context) error {
	fh, err := c.FormFile("attachment")
	if err != nil {
		return err
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create("/var/app/attachments/" + fh.Filename) // LABEL: CWE-22
	if err != nil {
		return err
	}
	defer dst.Close()
	io.Copy(dst, src)
	return c.NoContent(http.StatusCreated)
}

func main() {
	e := echo.New()
	e.POST("/attachments", upload)
	e.Start(":8090")
}
