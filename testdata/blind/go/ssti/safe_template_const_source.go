package main

import (
	"bytes"
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

const cardSource = `<div class="card"><h3>{{.Title}}</h3><p>{{.Text}}</p></div>`

var card = template.Must(template.New("card").Parse(cardSource))

func renderCard(c echo.Context) error {
	data := map[string]string{"Title": c.FormValue("title"), "Text": c.FormValue("text")}
	var out bytes.Buffer
	if err := card.Execute(&out, data); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, map[string]string{"html": out.String()})
}

func main() {
	e := echo.New()
	e.POST("/cards/render", renderCard)
	e.Start(":8080")
}
