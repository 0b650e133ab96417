package app

import (
	"archive/zip"
	"net/http"
	"os"
	"path/filepath"
)

// An uploaded archive's entry names used as they are (zip slip); the
// check on one entry's name does not cover another's.
func RestoreBackup(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("backup")
	if err != nil {
		return
	}
	zr, err := zip.NewReader(file, hdr.Size)
	if err != nil {
		return
	}
	for _, f := range zr.File {
		os.Create(filepath.Join("/srv/restore", f.Name)) // vigil:expect VGL-GO-PATH-001
	}
	first := zr.File[0]
	if filepath.IsLocal(first.Name) {
		for _, f := range zr.File {
			os.Remove(filepath.Join("/srv/restore", f.Name)) // vigil:expect VGL-GO-PATH-001
		}
	}
}
