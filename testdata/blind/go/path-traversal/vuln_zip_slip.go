package main

import (
	"archive/zip"
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const workspace = "/var/lib/app/workspaces/current"

// importArchive unpacks an uploaded zip into the workspace.
func importArchive(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 50<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		http.Error(w, "not a zip", http.StatusBadRequest)
		return
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		dest := filepath.Join(workspace, f.Name)
		os.MkdirAll(filepath.Dir(dest), 0o755)
		out, err := os.Create(dest) // LABEL: CWE-22
		if err != nil {
			continue
		}
		rc, _ := f.Open()
		io.Copy(out, rc)
		rc.Close()
		out.Close()
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/workspace/import", importArchive)
	http.ListenAndServe(":8080", nil)
}
