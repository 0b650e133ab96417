package app

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<div>{{.}}</div>`))

func bioHandler(w http.ResponseWriter, r *http.Request) {
	bio := r.URL.Query().Get("bio")
	page.Execute(w, template.HTML(bio)) // vigil:expect VGL-GO-XSS-001
}
