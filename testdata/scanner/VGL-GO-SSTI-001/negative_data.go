package web

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`Hello {{.}}`))

func greet(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.FormValue("name"))
}
