package onboarding

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var afterSignup = map[string]string{
	"billing":  "/settings/billing",
	"team":     "/settings/team",
	"tutorial": "/learn/getting-started",
}

func Finish(c *gin.Context) {
	dest, ok := afterSignup[c.Query("then")]
	if !ok {
		dest = "/dashboard"
	}
	c.Redirect(http.StatusFound, dest)
}
