package main

import (
	"crypto/sha1"
	"fmt"
	"net/http"
	"os"
)

func manifest(w http.ResponseWriter, r *http.Request) {
	body, err := os.ReadFile("static/manifest.json")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	etag := fmt.Sprintf(`"%x"`, sha1.Sum(body))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Write(body)
}

func main() {
	http.HandleFunc("/manifest.json", manifest)
	http.ListenAndServe(":8105", nil)
}
