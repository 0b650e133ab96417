package main

import (
	"html/template"
	"log"
	"net/http"
)

var page = template.Must(template.New("home").Parse(
	`<html><body>{{.Banner}}<h1>Hello {{.Name}}</h1></body></html>`))

func home(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "stranger"
	}
	data := struct {
		Banner template.HTML
		Name   string
	}{Banner: maintenanceBanner(), Name: name}
	if err := page.Execute(w, data); err != nil {
		log.Print(err)
	}
}

func main() {
	http.HandleFunc("/", home)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
