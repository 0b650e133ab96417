package main

import (
	"html/template"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

type account struct {
	Email  string
	APIKey string
}

func renderCard(c echo.Context) error {
	src, err := io.ReadAll(io.LimitReader(c.Request().Body, 64<<10))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	card, err := template.New("card").Parse(string(src)) // LABEL: CWE-1336
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad template")
	}
	acct := account{Email: "owner@example.com", APIKey: c.Get("api_key").(string)}
	return card.Execute(c.Response(), acct)
}

func main() {
	e := echo.New()
	e.POST("/cards/render", renderCard)
	e.Start(":8080")
}
