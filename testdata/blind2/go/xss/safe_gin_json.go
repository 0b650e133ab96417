package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func welcome(c *gin.Context) {
	lang := c.GetHeader("Accept-Language")
	c.JSON(http.StatusOK, gin.H{"language": lang})
}

func main() {
	r := gin.Default()
	r.GET("/welcome", welcome)
	r.Run(":8096")
}
