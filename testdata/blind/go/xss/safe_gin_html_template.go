package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func search(c *gin.Context) {
	// gin renders templates/search.tmpl with html/template, which escapes .q.
	c.HTML(http.StatusOK, "search.tmpl", gin.H{"q": c.Query("q")})
}

func main() {
	r := gin.Default()
	r.LoadHTMLGlob("templates/*")
	r.GET("/search", search)
	r.Run()
}
