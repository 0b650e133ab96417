package main

import (
	"net/http"
	"path/filepath"
)

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if !filepath.IsLocal(name) {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, filepath.Join("/srv/exports", name))
}

func main() {
	http.HandleFunc("/download", download)
	http.ListenAndServe(":8089", nil)
}
