package invoices

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

type Config struct {
	PDFRoot string
}

func PDF(cfg Config) gin.HandlerFunc {
	return func(c *gin.Context) {
		account := c.Param("account")
		doc := c.Query("doc")
		path := filepath.Join(cfg.PDFRoot, account, doc)
		rel, err := filepath.Rel(cfg.PDFRoot, path)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.FileAttachment(path, "invoice.pdf")
	}
}
