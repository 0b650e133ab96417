package media

import (
	"net/http"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const uploadDir = "/var/app/uploads"

// Thumbnail renders a resized copy of an uploaded image.
func Thumbnail(c *gin.Context) {
	id := c.Param("id")
	if _, err := uuid.Parse(id); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	size := c.DefaultQuery("size", "128x128")
	src := filepath.Join(uploadDir, id+".png")
	dst := filepath.Join(uploadDir, "thumbs", id+".png")
	out, err := exec.Command("sh", "-c", "convert "+src+" -resize "+size+" "+dst).CombinedOutput() // LABEL: CWE-78
	if err != nil {
		c.String(http.StatusInternalServerError, string(out))
		return
	}
	c.File(dst)
}
