package search

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Results(c *gin.Context) {
	q := c.Query("q")
	hits := index.Lookup(q)
	c.String(http.StatusOK, "Results for %s: %d matches", q, len(hits))
}
