package widgets

import (
	"fmt"
	"net/http"
	"text/template"
)

func label(s string) string {
	if s == "" {
		return "Untitled"
	}
	return template.HTMLEscapeString(s)
}

// Caption renders the caption strip shown under embedded charts.
func Caption(w http.ResponseWriter, r *http.Request) {
	title := label(r.URL.Query().Get("title"))
	source := label(r.URL.Query().Get("source"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<figcaption><strong>%s</strong> <small>Source: %s</small></figcaption>`, title, source)
}
