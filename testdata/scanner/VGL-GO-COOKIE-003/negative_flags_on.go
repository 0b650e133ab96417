package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func login(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "session_id"
	cookie.Value = "v"
	cookie.HttpOnly = true
	cookie.Secure = true
	c.SetCookie(cookie)
	return nil
}
