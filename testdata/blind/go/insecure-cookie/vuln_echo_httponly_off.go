package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

func login(c echo.Context) error {
	buf := make([]byte, 32)
	rand.Read(buf)
	cookie := new(http.Cookie)
	cookie.Name = "sid"
	cookie.Value = hex.EncodeToString(buf)
	cookie.Expires = time.Now().Add(24 * time.Hour)
	cookie.Secure = true
	cookie.HttpOnly = false
	c.SetCookie(cookie) // LABEL: CWE-1004
	return c.NoContent(http.StatusNoContent)
}

func main() {
	e := echo.New()
	e.POST("/login", login)
	e.Start(":8080")
}
