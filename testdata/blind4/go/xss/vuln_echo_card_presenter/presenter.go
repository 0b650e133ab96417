package cards

import (
	"html"
	"strings"
)

type CardPresenter struct {
	card NewCard
}

func (p CardPresenter) Render() string {
	var sb strings.Builder
	sb.WriteString(`<article class="card">`)
	sb.WriteString("<h3>" + html.EscapeString(p.card.Title) + "</h3>")
	sb.WriteString("<figcaption>" + p.card.Caption + "</figcaption>")
	sb.WriteString("</article>")
	return sb.String()
}
