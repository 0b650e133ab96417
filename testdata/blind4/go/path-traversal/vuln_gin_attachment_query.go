package invoices

import (
	"path/filepath"

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
		c.FileAttachment(path, "invoice.pdf") // LABEL: CWE-22
	}
}
