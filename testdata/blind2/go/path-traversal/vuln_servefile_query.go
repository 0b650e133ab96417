package main

import (
	"net/http"
	"path/filepath"
)

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	full := filepath.Join("/srv/exports", name)
	http.ServeFile(w, r, full) // LABEL: CWE-22
}

func main() {
	http.HandleFunc("/download", download)
	http.ListenAndServe(":8089", nil)
}
