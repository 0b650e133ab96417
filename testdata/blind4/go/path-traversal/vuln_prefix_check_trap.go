package docs

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

type Docs struct {
	Root string
}

// Page returns a markdown page from the docs checkout.
func (d Docs) Page(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	if strings.HasPrefix(name, "..") || strings.HasPrefix(name, "/") {
		http.Error(w, "invalid page", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(filepath.Join(d.Root, name+".md")) // LABEL: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	w.Write(data)
}
