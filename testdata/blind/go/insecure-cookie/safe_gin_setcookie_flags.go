package main

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"github.com/gin-gonic/gin"
)

func login(c *gin.Context) {
	buf := make([]byte, 32)
	rand.Read(buf)
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("auth_token", base64.RawURLEncoding.EncodeToString(buf), 3600, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func main() {
	r := gin.Default()
	r.POST("/login", login)
	r.Run()
}
