package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("search").Parse(`<!doctype html>
<title>Search</title>
<h1>Results for {{.Query}}</h1>`))

func search(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, map[string]string{"Query": r.FormValue("q")})
}

func main() {
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8080", nil)
}
