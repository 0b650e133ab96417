package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func rememberReturn(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "return_to", Value: c.QueryParam("return_to"), Path: "/", Secure: true, HttpOnly: true})
	return c.Redirect(http.StatusFound, "/sso/start")
}

func ssoCallback(c echo.Context) error {
	target := "/"
	if ck, err := c.Cookie("return_to"); err == nil && ck.Value != "" {
		target = ck.Value
	}
	return c.Redirect(http.StatusFound, target) // LABEL: CWE-601
}

func main() {
	e := echo.New()
	e.GET("/sso/begin", rememberReturn)
	e.GET("/sso/callback", ssoCallback)
	e.Logger.Fatal(e.Start(":8080"))
}
