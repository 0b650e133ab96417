package main

import (
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
	return c.HTML(http.StatusOK, "<p class=\"hello\">Welcome back, "+name+"</p>") // LABEL: CWE-79
}

func main() {
	e := echo.New()
	e.GET("/welcome", Greeter{DefaultName: "friend"}.Handle)
	e.Logger.Fatal(e.Start(":8080"))
}
