package main

import (
	"embed"
	"net/http"
	"text/template"
)

//go:embed mail/*.tmpl
var mailFS embed.FS

var mails = template.Must(template.ParseFS(mailFS, "mail/*.tmpl"))

func previewMail(w http.ResponseWriter, r *http.Request) {
	name := "welcome.tmpl"
	if r.FormValue("kind") == "reset" {
		name = "reset.tmpl"
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	mails.ExecuteTemplate(w, name, map[string]string{"FirstName": r.FormValue("first_name")})
}

func main() {
	http.HandleFunc("/mail/preview", previewMail)
	http.ListenAndServe(":8080", nil)
}
