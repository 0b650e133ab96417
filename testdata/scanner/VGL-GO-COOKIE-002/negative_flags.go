package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func login(c *gin.Context, sid string) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", sid, 3600, "/", "", true, true)
}
