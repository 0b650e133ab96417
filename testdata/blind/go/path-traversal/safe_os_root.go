package main

import (
	"io"
	"net/http"
	"os"
)

var docs *os.Root

func viewDoc(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	if name == "" {
		name = "index.md"
	}
	// os.Root refuses names that escape the directory, symlinks included.
	f, err := docs.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func main() {
	var err error
	docs, err = os.OpenRoot("/srv/app/docs")
	if err != nil {
		panic(err)
	}
	http.HandleFunc("/docs/view", viewDoc)
	http.ListenAndServe(":8080", nil)
}
