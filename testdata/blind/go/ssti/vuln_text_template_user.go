package main

import (
	"net/http"
	"os"
	"text/template"
)

type mailContext struct {
	FirstName string
}

// Env is reachable from templates so that mails can mention the instance name.
func (mailContext) Env(key string) string { return os.Getenv(key) }

func previewMail(w http.ResponseWriter, r *http.Request) {
	tmpl, err := template.New("mail").Parse(r.FormValue("template")) // LABEL: CWE-1336
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	tmpl.Execute(w, mailContext{FirstName: r.FormValue("first_name")})
}

func main() {
	http.HandleFunc("/mail/preview", previewMail)
	http.ListenAndServe(":8080", nil)
}
