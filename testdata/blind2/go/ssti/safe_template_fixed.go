package main

import (
	"net/http"
	"text/template"
)

var subjectTpl = template.Must(template.New("subject").Parse("Your order {{.Order}} has shipped"))

func renderSubject(w http.ResponseWriter, r *http.Request) {
	subjectTpl.Execute(w, map[string]string{"Order": r.FormValue("order")})
}

func main() {
	http.HandleFunc("/mail/subject", renderSubject)
	http.ListenAndServe(":8103", nil)
}
