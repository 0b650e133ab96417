package main

import (
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Greeter struct {
	DefaultName string
}

func (g Greeter) Handle(c echo.Context) error {
	name := g.DefaultName
	if ck, err := c.Cookie("display_name"); err == nil {
		name = ck.Value
	}
	safe := template.HTMLEscapeString(name)
	return c.HTML(http.StatusOK, "<p class=\"hello\">Welcome back, "+safe+"</p>")
}

func main() {
	e := echo.New()
	e.GET("/welcome", Greeter{DefaultName: "friend"}.Handle)
	e.Logger.Fatal(e.Start(":8080"))
}
