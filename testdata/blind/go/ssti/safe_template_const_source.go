package main

import (
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

const cardSource = `<div class="card"><h3>{{.Title}}</h3><p>{{.Text}}</p></div>`

var card = template.Must(template.New("card").Parse(cardSource))

func renderCard(c echo.Context) error {
	data := map[string]string{"Title": c.FormValue("title"), "Text": c.FormValue("text")}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return card.Execute(c.Response(), data)
}

func main() {
	e := echo.New()
	e.POST("/cards/render", renderCard)
	e.Start(":8080")
}
