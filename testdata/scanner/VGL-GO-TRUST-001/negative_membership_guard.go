package web

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

var sessStore = sessions.NewCookieStore([]byte("k"))

type Members interface {
	IsMember(userID, tenantID string) bool
}

// A membership check with an early exit verifies the tenant before it is kept.
func switchTenant(c echo.Context, members Members) error {
	sess, _ := sessStore.Get(c.Request(), "s")
	userID, _ := sess.Values["user_id"].(string)
	tenantID := c.FormValue("tenant_id")
	if userID == "" || !members.IsMember(userID, tenantID) {
		return c.NoContent(http.StatusForbidden)
	}
	sess.Values["tenant_id"] = tenantID
	return sess.Save(c.Request(), c.Response())
}
