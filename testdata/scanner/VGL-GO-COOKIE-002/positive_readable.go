package web

import "github.com/gin-gonic/gin"

func remember(c *gin.Context, token string) {
	c.SetCookie("remember", token, 86400*30, "/", "example.com", true, false) // vigil:expect VGL-GO-COOKIE-002
}
