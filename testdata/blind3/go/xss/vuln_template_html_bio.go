package main

import (
	"html/template"
	"net/http"
)

var profileTmpl = template.Must(template.New("profile").Parse(`<!doctype html>
<html><body>
<h1>{{.Name}}</h1>
<section class="bio">{{.Bio}}</section>
</body></html>`))

type Profile struct {
	Name string
	Bio  template.HTML
}

func previewProfile(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	p := Profile{Name: r.PostForm.Get("name")}
	p.Bio = template.HTML(r.PostForm.Get("bio")) // LABEL: CWE-79
	profileTmpl.Execute(w, p)
}

func main() {
	http.HandleFunc("POST /profile/preview", previewProfile)
	http.ListenAndServe(":8080", nil)
}
