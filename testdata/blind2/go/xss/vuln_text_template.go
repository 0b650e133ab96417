package main

import (
	"net/http"
	"text/template"
)

var tpl = template.Must(template.New("err").Parse("<p>No results for <b>{{.}}</b></p>"))

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	w.Header().Set("Content-Type", "text/html")
	tpl.Execute(w, q) // LABEL: CWE-79
}

func main() {
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8095", nil)
}
