package app

import (
	"net/http"
	"os"
	"path/filepath"
)

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	data, err := os.ReadFile(filepath.Join("/srv/files", name)) // vigil:expect VGL-GO-PATH-001
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
