package files

import (
	"net/http"
	"path/filepath"
)

const sharedDir = "/srv/shared"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		http.Error(w, "file required", http.StatusBadRequest)
		return
	}
	full := filepath.Join(sharedDir, name)
	w.Header().Set("Content-Disposition", "attachment; filename="+filepath.Base(full))
	http.ServeFile(w, r, full) // LABEL: CWE-22
}
