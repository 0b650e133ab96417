package sso

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Begin remembers where the user wanted to go before the identity provider round trip.
func Begin(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "return_to", Value: c.QueryParam("return_to"), Path: "/sso", HttpOnly: true, Secure: true})
	return c.Redirect(http.StatusFound, idpAuthorizeURL())
}

func Callback(c echo.Context) error {
	if err := completeLogin(c); err != nil {
		return err
	}
	dest := "/"
	if ck, err := c.Cookie("return_to"); err == nil && ck.Value != "" {
		dest = ck.Value
	}
	return c.Redirect(http.StatusFound, dest) // LABEL: CWE-601
}
