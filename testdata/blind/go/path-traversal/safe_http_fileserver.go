package main

import (
	"log"
	"net/http"
)

func main() {
	// http.Dir and FileServer clean the request path and keep it under the root.
	static := http.StripPrefix("/static/", http.FileServer(http.Dir("/srv/app/public")))
	mux := http.NewServeMux()
	mux.Handle("/static/", static)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}
