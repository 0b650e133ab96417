package main

import (
	"net/http"
	"os"

	"github.com/antchfx/xmlquery"
	"github.com/labstack/echo/v4"
)

var tenants *xmlquery.Node

func settings(c echo.Context) error {
	tenant := c.Request().Header.Get("X-Tenant")
	if tenant == "" {
		tenant = "default"
	}
	nodes, err := xmlquery.QueryAll(tenants, "/tenants/tenant[@id='"+tenant+"']/settings") // LABEL: CWE-643
	if err != nil || len(nodes) == 0 {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.Blob(http.StatusOK, echo.MIMEApplicationXMLCharsetUTF8, []byte(nodes[0].OutputXML(true)))
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
