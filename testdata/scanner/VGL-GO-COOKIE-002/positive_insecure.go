package web

import "github.com/gin-gonic/gin"

func login(c *gin.Context, sid string) {
	c.SetCookie("session", sid, 3600, "/", "", false, true) // vigil:expect VGL-GO-COOKIE-002
	c.Status(204)
}
