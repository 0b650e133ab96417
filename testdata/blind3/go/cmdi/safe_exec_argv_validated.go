package main

import (
	"net/http"
	"os/exec"
	"regexp"

	"github.com/labstack/echo/v4"
)

var sizePattern = regexp.MustCompile(`^[0-9]{1,4}x[0-9]{1,4}$`)

func resize(c echo.Context) error {
	size := c.QueryParam("size")
	if !sizePattern.MatchString(size) {
		return c.String(http.StatusBadRequest, "bad size")
	}
	src := "/srv/images/" + c.Param("id") + ".png"
	dst := "/srv/images/cache/" + c.Param("id") + "-" + size + ".png"
	if err := exec.Command("convert", src, "-resize", size, dst).Run(); err != nil {
		return c.String(http.StatusInternalServerError, "resize failed")
	}
	return c.File(dst)
}

func main() {
	e := echo.New()
	e.GET("/images/:id/resized", resize)
	e.Logger.Fatal(e.Start(":8080"))
}
