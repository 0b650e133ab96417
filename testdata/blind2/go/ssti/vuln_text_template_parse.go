package main

import (
	"net/http"
	"text/template"
)

func renderSubject(w http.ResponseWriter, r *http.Request) {
	subject := r.FormValue("subject")
	t, err := template.New("subject").Parse(subject) // LABEL: CWE-1336
	if err != nil {
		http.Error(w, "bad template", 400)
		return
	}
	t.Execute(w, map[string]string{"Name": "Customer"})
}

func main() {
	http.HandleFunc("/mail/subject", renderSubject)
	http.ListenAndServe(":8103", nil)
}
