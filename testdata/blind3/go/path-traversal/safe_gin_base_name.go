package main

import (
	"net/http"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

type ReportStore struct {
	Root string
}

func (s ReportStore) Path(name string) (string, bool) {
	base := filepath.Base(name)
	if base == "." || base == ".." || base == string(filepath.Separator) {
		return "", false
	}
	return filepath.Join(s.Root, base), true
}

func main() {
	store := ReportStore{Root: "/srv/reports"}
	r := gin.Default()
	r.GET("/reports/download", func(c *gin.Context) {
		path, ok := store.Path(c.Query("name"))
		if !ok {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.File(path)
	})
	r.Run(":8080")
}
