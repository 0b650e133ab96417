package main

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

type memberships interface {
	IsMember(userID, tenantID string) bool
}

var members memberships

// switchTenant stores the tenant only after checking the signed-in user belongs to it.
func switchTenant(c echo.Context) error {
	sess, err := session.Get("app", c)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	userID, _ := sess.Values["user_id"].(string)
	tenantID := c.FormValue("tenant_id")
	if userID == "" || !members.IsMember(userID, tenantID) {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	sess.Values["tenant_id"] = tenantID
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

func main() {
	e := echo.New()
	e.POST("/tenant/switch", switchTenant)
	e.Start(":8080")
}
