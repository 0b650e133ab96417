package web

import (
	"html/template"
	"net/http"
)

func show(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.ParseFiles("templates/show.html"))
	t.Execute(w, map[string]string{"q": r.FormValue("q")})
}
