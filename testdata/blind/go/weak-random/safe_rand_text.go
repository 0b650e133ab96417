package main

import (
	"crypto/rand"
	mrand "math/rand/v2"
	"net/http"

	"github.com/gin-gonic/gin"
)

var tips = []string{"Press ? for shortcuts.", "Star a project to pin it.", "Filters live in the URL."}

func invite(c *gin.Context) {
	code := rand.Text()
	c.JSON(http.StatusCreated, gin.H{"code": code, "tip": tips[mrand.IntN(len(tips))]})
}

func main() {
	r := gin.Default()
	r.POST("/invites", invite)
	r.Run()
}
