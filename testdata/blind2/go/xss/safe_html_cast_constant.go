package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<div>{{.Banner}}</div><p>{{.Name}}</p>`))

func bannerHTML() template.HTML {
	return template.HTML(`<strong class="beta">Beta</strong>`)
}

func home(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, map[string]any{"Banner": bannerHTML(), "Name": r.FormValue("name")})
}

func main() {
	http.HandleFunc("/", home)
	http.ListenAndServe(":8097", nil)
}
