package main

import (
	"net/http"
	"text/template"
)

var page = template.Must(template.New("search").Parse(`<!doctype html>
<title>Search</title>
<h1>Results for {{.Query}}</h1>
<ul>{{range .Results}}<li>{{.}}</li>{{end}}</ul>`))

type searchPage struct {
	Query   string
	Results []string
}

func search(w http.ResponseWriter, r *http.Request) {
	data := searchPage{Query: r.FormValue("q")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, data) // LABEL: CWE-79
}

func main() {
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8080", nil)
}
