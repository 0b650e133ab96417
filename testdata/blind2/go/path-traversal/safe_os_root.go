package main

import (
	"io"
	"net/http"
	"os"
)

func readDoc(w http.ResponseWriter, r *http.Request) {
	root, err := os.OpenRoot("/srv/docs")
	if err != nil {
		http.Error(w, "unavailable", 503)
		return
	}
	defer root.Close()
	f, err := root.Open(r.PathValue("name"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func main() {
	http.HandleFunc("GET /docs/{name}", readDoc)
	http.ListenAndServe(":8092", nil)
}
