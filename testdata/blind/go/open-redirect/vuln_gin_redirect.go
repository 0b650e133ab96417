package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func logout(c *gin.Context) {
	c.SetCookie("sid", "", -1, "/", "", true, true)
	returnTo := c.DefaultQuery("return_to", "/")
	c.Redirect(http.StatusFound, returnTo) // LABEL: CWE-601
}

func main() {
	r := gin.Default()
	r.GET("/logout", logout)
	r.Run()
}
