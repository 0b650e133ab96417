package home

import (
	"fmt"
	"html"
	"net/http"
)

func Welcome(w http.ResponseWriter, r *http.Request) {
	name := "guest"
	if c, err := r.Cookie("display_name"); err == nil && c.Value != "" {
		name = html.EscapeString(c.Value)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<header><span class=\"hello\">Welcome back, %s</span></header>", name)
	fmt.Fprint(w, "<main id=\"app\"></main>")
}
