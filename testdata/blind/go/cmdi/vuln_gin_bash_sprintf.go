package main

import (
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func thumbnail(c *gin.Context) {
	file, err := c.FormFile("image")
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	src := filepath.Join("/tmp/uploads", filepath.Base(file.Filename))
	if err := c.SaveUploadedFile(file, src); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	size := c.DefaultPostForm("size", "128x128")
	script := fmt.Sprintf("convert %q -resize %s %q", src, size, src+".thumb.png")
	if err := exec.CommandContext(c.Request.Context(), "bash", "-c", script).Run(); err != nil { // LABEL: CWE-78
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.File(src + ".thumb.png")
}

func main() {
	r := gin.Default()
	r.POST("/thumbnails", thumbnail)
	r.Run()
}
