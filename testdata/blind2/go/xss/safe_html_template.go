package main

import (
	"html/template"
	"net/http"
)

var tpl = template.Must(template.New("err").Parse("<p>No results for <b>{{.}}</b></p>"))

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	tpl.Execute(w, q)
}

func main() {
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8095", nil)
}
