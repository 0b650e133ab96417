package main

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const exportRoot = "/var/lib/app/exports"

func download(c *gin.Context) {
	name := c.DefaultQuery("file", "latest.csv")
	full := filepath.Clean(filepath.Join(exportRoot, name))
	rel, err := filepath.Rel(exportRoot, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.FileAttachment(full, filepath.Base(full))
}

func main() {
	r := gin.Default()
	r.GET("/exports/download", download)
	r.Run()
}
