package main

import (
	"fmt"
	"html"
	"net/http"
)

func badge(label string) string {
	return `<span class="badge">` + html.EscapeString(label) + `</span>`
}

func siteName() string { return "Acme Status" }

func status(w http.ResponseWriter, r *http.Request) {
	component := r.URL.Query().Get("component")
	if component == "" {
		component = "api"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p>", siteName(), badge(component))
}

func main() {
	http.HandleFunc("/status", status)
	http.ListenAndServe(":8080", nil)
}
