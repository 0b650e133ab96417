package main

import (
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
	"github.com/labstack/echo/v4"
)

var tenants *xmlquery.Node

// settings selects every tenant with a constant expression and compares the id in Go.
func settings(c echo.Context) error {
	want := c.Request().Header.Get("X-Tenant")
	for _, t := range xmlquery.Find(tenants, "/tenants/tenant") {
		if t.SelectAttr("id") == want {
			if s := t.SelectElement("settings"); s != nil {
				return c.Blob(http.StatusOK, echo.MIMEApplicationXMLCharsetUTF8, []byte(s.OutputXML(true)))
			}
		}
	}
	return echo.NewHTTPError(http.StatusNotFound)
}

func main() {
	f, err := os.Open("config/tenants.xml")
	if err != nil {
		panic(err)
	}
	tenants, _ = xmlquery.Parse(f)
	e := echo.New()
	e.GET("/tenant/settings", settings)
	e.Start(":8080")
}
