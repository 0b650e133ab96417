package main

import (
	"fmt"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "there"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><h1>Hi %s</h1></body></html>", name) // LABEL: CWE-79
}

func main() {
	http.HandleFunc("/greet", greet)
	http.ListenAndServe(":8093", nil)
}
