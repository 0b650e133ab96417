package main

import (
	"path/filepath"

	"github.com/gin-gonic/gin"
)

type ReportStore struct {
	Root string
}

func (s ReportStore) Path(name string) string {
	if filepath.Ext(name) == "" {
		name += ".pdf"
	}
	return filepath.Join(s.Root, name)
}

func main() {
	store := ReportStore{Root: "/srv/reports"}
	r := gin.Default()
	r.GET("/reports/download", func(c *gin.Context) {
		path := store.Path(c.Query("name"))
		c.File(path) // LABEL: CWE-22
	})
	r.Run(":8080")
}
