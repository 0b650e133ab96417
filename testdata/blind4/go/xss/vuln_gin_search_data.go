package search

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func Results(c *gin.Context) {
	q := c.Query("q")
	hits := index.Lookup(q)
	body := "<h2>Results for " + q + "</h2><p>" + strconv.Itoa(len(hits)) + " matches</p>"
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(body)) // LABEL: CWE-79
}
