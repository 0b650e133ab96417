package main

import (
	"fmt"
	"log"
	"net/http"
)

func notFound(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("back")
	if back == "" {
		back = "/"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<html><body><h1>Page not found</h1><a href=\"%s\">Go back</a></body></html>", back) // LABEL: CWE-79
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", notFound)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
