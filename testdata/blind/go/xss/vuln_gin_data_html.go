package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func notFound(c *gin.Context) {
	path := c.Request.URL.Query().Get("from")
	body := "<p>Nothing here. Back to <a href=\"" + path + "\">where you came from</a>.</p>"
	c.Data(http.StatusNotFound, "text/html; charset=utf-8", []byte(body)) // LABEL: CWE-79
}

func main() {
	r := gin.Default()
	r.GET("/missing", notFound)
	r.Run()
}
