package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const uploadDir = "/var/lib/app/uploads"

// upload stores the file under its client-side name. FormFile takes the name
// from Part.FileName, which passes it through filepath.Base, so it carries no
// directory.
func upload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	if header.Filename == "" || header.Filename == "." || header.Filename == ".." {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	out, err := os.Create(filepath.Join(uploadDir, header.Filename))
	if err != nil {
		http.Error(w, "cannot store", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	io.Copy(out, io.LimitReader(file, 10<<20))
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.HandleFunc("/upload", upload)
	http.ListenAndServe(":8080", nil)
}
