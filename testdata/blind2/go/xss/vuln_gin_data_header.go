package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func welcome(c *gin.Context) {
	lang := c.GetHeader("Accept-Language")
	body := "<p>Your language: " + lang + "</p>"
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(body)) // LABEL: CWE-79
}

func main() {
	r := gin.Default()
	r.GET("/welcome", welcome)
	r.Run(":8096")
}
