package main

import (
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Storefront struct {
	Name   string
	Layout string
}

type LandingService struct{}

func (LandingService) Render(w http.ResponseWriter, s Storefront, app *echo.Echo) error {
	t, err := template.New("landing").Parse(s.Layout) // LABEL: CWE-1336
	if err != nil {
		return err
	}
	return t.Execute(w, map[string]any{"Store": s, "App": app})
}

func main() {
	e := echo.New()
	svc := LandingService{}
	e.POST("/stores/preview", func(c echo.Context) error {
		s := Storefront{Name: c.FormValue("name"), Layout: c.FormValue("layout")}
		return svc.Render(c.Response().Writer, s, e)
	})
	e.Logger.Fatal(e.Start(":8080"))
}
