package main

import (
	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

func login(c *gin.Context) {
	token := uuid.NewString()
	c.SetCookie("auth_token", token, 3600, "/", "app.example.com", false, true) // LABEL: CWE-614
	c.JSON(200, gin.H{"ok": true})
}

func main() {
	r := gin.Default()
	r.POST("/login", login)
	r.Run(":8108")
}
