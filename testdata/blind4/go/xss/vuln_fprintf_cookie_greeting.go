package home

import (
	"fmt"
	"net/http"
)

func Welcome(w http.ResponseWriter, r *http.Request) {
	name := "guest"
	if c, err := r.Cookie("display_name"); err == nil && c.Value != "" {
		name = c.Value
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<header><span class=\"hello\">Welcome back, %s</span></header>", name) // LABEL: CWE-79
	fmt.Fprint(w, "<main id=\"app\"></main>")
}
