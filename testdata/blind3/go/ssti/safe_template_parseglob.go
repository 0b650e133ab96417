package main

import (
	"html/template"
	"log"
	"net/http"
)

var pages = template.Must(template.ParseGlob("/srv/app/templates/*.html"))

func landing(w http.ResponseWriter, r *http.Request) {
	data := map[string]string{
		"Store":  r.URL.Query().Get("store"),
		"Layout": r.URL.Query().Get("layout"),
	}
	if err := pages.ExecuteTemplate(w, "landing.html", data); err != nil {
		log.Print(err)
	}
}

func main() {
	http.HandleFunc("/landing", landing)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
