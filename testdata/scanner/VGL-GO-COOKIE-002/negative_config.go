package web

import "github.com/gin-gonic/gin"

type Config struct{ SecureCookies bool }

// flags from configuration: the deployment's choice
func login(cfg Config) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.SetCookie("session", c.GetString("sid"), 3600, "/", "", cfg.SecureCookies, true)
	}
}
