package media

import (
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const uploadDir = "/var/app/uploads"

var sizePattern = regexp.MustCompile(`^[0-9]{1,4}x[0-9]{1,4}$`)

// Thumbnail renders a resized copy of an uploaded image.
func Thumbnail(c *gin.Context) {
	id := c.Param("id")
	if _, err := uuid.Parse(id); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	size := c.DefaultQuery("size", "128x128")
	if !sizePattern.MatchString(size) {
		c.String(http.StatusBadRequest, "bad size")
		return
	}
	src := filepath.Join(uploadDir, id+".png")
	dst := filepath.Join(uploadDir, "thumbs", id+".png")
	out, err := exec.Command("convert", src, "-resize", size, dst).CombinedOutput()
	if err != nil {
		c.String(http.StatusInternalServerError, string(out))
		return
	}
	c.File(dst)
}
