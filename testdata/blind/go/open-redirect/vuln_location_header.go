package main

import (
	"net/http"
)

func track(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("u")
	if target == "" {
		target = "/"
	}
	w.Header().Set("Location", target) // LABEL: CWE-601
	w.WriteHeader(http.StatusFound)
}

func main() {
	http.HandleFunc("/out", track)
	http.ListenAndServe(":8080", nil)
}
