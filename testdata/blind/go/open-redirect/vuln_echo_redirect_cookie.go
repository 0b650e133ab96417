package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// afterOAuth sends the user back to the page they started from, stored in a cookie before the OAuth dance.
func afterOAuth(c echo.Context) error {
	dest := "/dashboard"
	if ck, err := c.Cookie("post_login"); err == nil && ck.Value != "" {
		dest = ck.Value
	}
	return c.Redirect(http.StatusSeeOther, dest) // LABEL: CWE-601
}

func main() {
	e := echo.New()
	e.GET("/oauth/done", afterOAuth)
	e.Start(":8080")
}
