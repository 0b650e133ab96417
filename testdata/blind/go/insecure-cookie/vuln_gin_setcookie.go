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
	token := base64.RawURLEncoding.EncodeToString(buf)
	c.SetCookie("auth_token", token, 3600, "/", "", false, false) // LABEL: CWE-614, CWE-1004
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func main() {
	r := gin.Default()
	r.POST("/login", login)
	r.Run()
}
