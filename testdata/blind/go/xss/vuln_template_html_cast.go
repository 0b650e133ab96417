package main

import (
	"html/template"
	"net/http"
)

var profile = template.Must(template.New("profile").Parse(`<h2>{{.Name}}</h2><div class="bio">{{.Bio}}</div>`))

type profileView struct {
	Name string
	Bio  template.HTML
}

func showProfile(w http.ResponseWriter, r *http.Request) {
	view := profileView{Name: r.FormValue("name")}
	view.Bio = template.HTML(r.FormValue("bio")) // LABEL: CWE-79
	profile.Execute(w, view)
}

func main() {
	http.HandleFunc("/profile/preview", showProfile)
	http.ListenAndServe(":8080", nil)
}
