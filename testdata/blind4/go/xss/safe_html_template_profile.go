package profile

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("profile").Parse(`<!doctype html>
<html><body>
<h1>{{.Name}}</h1>
<section class="bio">{{.Bio}}</section>
</body></html>`))

type view struct {
	Name string
	Bio  string
}

func Preview(w http.ResponseWriter, r *http.Request) {
	v := view{Name: r.FormValue("name"), Bio: r.FormValue("bio")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page.Execute(w, v)
}
