package app

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<div>{{.}}</div>`))

func bioHandler(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("bio"))
}
