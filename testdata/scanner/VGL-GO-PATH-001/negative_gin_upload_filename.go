package app

import (
	"net/http"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

// gin's FormFile returns the multipart header: its Filename is a base name.
func Upload(c *gin.Context) {
	file, err := c.FormFile("file")
	if err != nil {
		c.String(http.StatusBadRequest, "no file")
		return
	}
	dst := filepath.Join("./uploads", file.Filename)
	if err := c.SaveUploadedFile(file, dst); err != nil {
		c.String(http.StatusInternalServerError, "save failed")
		return
	}
	c.String(http.StatusOK, "ok")
}
