package main

import (
	"html"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func tagCloud(tags []string) string {
	var b strings.Builder
	b.WriteString("<ul class=\"tags\">")
	for _, t := range tags {
		b.WriteString("<li>" + html.EscapeString(t) + "</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

func main() {
	r := gin.Default()
	r.GET("/tags", func(c *gin.Context) {
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(tagCloud(c.QueryArray("tag"))))
	})
	r.Run(":8080")
}
