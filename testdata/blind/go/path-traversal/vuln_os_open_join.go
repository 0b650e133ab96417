package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const docsDir = "/srv/app/docs"

func viewDoc(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	if name == "" {
		name = "index.md"
	}
	f, err := os.Open(filepath.Join(docsDir, name)) // LABEL: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	io.Copy(w, f)
}

func main() {
	http.HandleFunc("/docs/view", viewDoc)
	http.ListenAndServe(":8080", nil)
}
