package web

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

func login(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "session_id"
	cookie.Value = newSessionID()
	cookie.Expires = time.Now().Add(24 * time.Hour)
	cookie.HttpOnly = false // vigil:expect VGL-GO-COOKIE-003
	cookie.Secure = true
	c.SetCookie(cookie)
	return c.String(http.StatusOK, "ok")
}

func newSessionID() string { return "x" }
