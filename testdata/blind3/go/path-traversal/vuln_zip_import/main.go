package main

import (
	"archive/zip"
	"bytes"
	"io"
	"log"
	"net/http"
)

func importTheme(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("theme")
	if err != nil {
		http.Error(w, "missing upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	data, err := io.ReadAll(io.LimitReader(file, 20<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		http.Error(w, "not a zip", http.StatusBadRequest)
		return
	}
	if err := extractAll(zr, "/srv/app/themes"); err != nil {
		http.Error(w, "extract failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("POST /themes", importTheme)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
