package cards

import (
	"html"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

type NewCard struct {
	Title   string `json:"title" form:"title"`
	Caption string `json:"caption" form:"caption"`
}

func PreviewCard(c echo.Context) error {
	var in NewCard
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var sb strings.Builder
	sb.WriteString(`<article class="card">`)
	sb.WriteString("<h3>" + html.EscapeString(in.Title) + "</h3>")
	sb.WriteString("<figcaption>" + html.EscapeString(in.Caption) + "</figcaption>")
	sb.WriteString("</article>")
	return c.HTML(http.StatusOK, sb.String())
}
