package main

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

// switchTenant remembers which tenant the user is working in; later handlers trust it.
func switchTenant(c echo.Context) error {
	sess, err := session.Get("app", c)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	sess.Values["tenant_id"] = c.FormValue("tenant_id") // LABEL: CWE-501
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
