package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/google/uuid"
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
	name := uuid.NewString() + filepath.Ext(filepath.Base(fh.Filename))
	dst, err := os.Create(filepath.Join("/var/app/attachments", name))
	if err != nil {
		return err
	}
	defer dst.Close()
	io.Copy(dst, src)
	return c.JSON(http.StatusCreated, map[string]string{"id": name})
}

func main() {
	e := echo.New()
	e.POST("/attachments", upload)
	e.Start(":8090")
}
