package app

import (
	"archive/zip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// An uploaded archive whose entry names are checked before use:
// filepath.IsLocal, filepath.Rel with a ".." test, or a prefix test of
// the cleaned joined path.
func ImportArchive(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("archive")
	if err != nil {
		return
	}
	zr, err := zip.NewReader(file, hdr.Size)
	if err != nil {
		return
	}
	dest := "/srv/imports"
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			continue
		}
		out, err := os.Create(filepath.Join(dest, f.Name))
		if err != nil {
			continue
		}
		rc, _ := f.Open()
		io.Copy(out, rc)
		out.Close()
	}
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		rel, err := filepath.Rel(dest, target)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		os.MkdirAll(target, 0o755)
	}
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(filepath.Clean(target), dest+string(os.PathSeparator)) {
			return
		}
		os.Create(target)
	}
}
