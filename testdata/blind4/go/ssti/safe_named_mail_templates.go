package mailer

import (
	"embed"
	"html/template"
	"net/http"
)

//go:embed templates/*.html
var files embed.FS

var mails = template.Must(template.ParseFS(files, "templates/*.html"))

var templateNames = map[string]string{
	"welcome": "welcome.html",
	"reset":   "password_reset.html",
	"invoice": "invoice.html",
}

func Preview(w http.ResponseWriter, r *http.Request) {
	name, ok := templateNames[r.URL.Query().Get("template")]
	if !ok {
		http.Error(w, "unknown template", http.StatusNotFound)
		return
	}
	data := map[string]string{"Name": r.URL.Query().Get("name")}
	mails.ExecuteTemplate(w, name, data)
}
