package files

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const sharedDir = "/srv/shared"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		http.Error(w, "file required", http.StatusBadRequest)
		return
	}
	root, err := os.OpenRoot(sharedDir)
	if err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", "attachment; filename="+filepath.Base(name))
	io.Copy(w, f)
}
