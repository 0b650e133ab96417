package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const docsRoot = "/srv/docs"

func serveDoc(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	full := filepath.Join(docsRoot, filepath.Clean("/"+name))
	rel, err := filepath.Rel(docsRoot, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(full)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func main() {
	http.HandleFunc("/docs", serveDoc)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
