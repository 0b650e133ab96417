package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var destinations = map[string]string{
	"docs":    "/docs",
	"billing": "/settings/billing",
}

func goTo(c *gin.Context) {
	dest, ok := destinations[c.Query("to")]
	if !ok {
		dest = "/"
	}
	c.Redirect(http.StatusFound, dest)
}

func main() {
	r := gin.Default()
	r.GET("/go", goTo)
	r.Run()
}
