package web

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// SwitchLanguage stores the chosen locale and sends the user back to the page they were on.
func SwitchLanguage(c *gin.Context) {
	c.SetCookie("lang", c.Param("lang"), 365*24*3600, "/", "", true, true)
	back := c.DefaultQuery("back", "/")
	if !strings.HasPrefix(back, "/") {
		back = "/"
	}
	c.Redirect(http.StatusFound, back) // LABEL: CWE-601
}
