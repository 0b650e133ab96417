package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<div class="sig">{{.Signature}}</div>`))

type profile struct {
	Signature template.HTML
}

func preview(w http.ResponseWriter, r *http.Request) {
	p := profile{Signature: template.HTML(r.FormValue("signature"))} // LABEL: CWE-79
	page.Execute(w, p)
}

func main() {
	http.HandleFunc("/signature/preview", preview)
	http.ListenAndServe(":8094", nil)
}
