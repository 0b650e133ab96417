package app

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// The file name is a base name, but the folder comes from the form.
func SaveInFolder(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("attachment")
	if err != nil {
		return
	}
	defer file.Close()
	folder := r.FormValue("folder")
	dst, err := os.Create(filepath.Join("/srv/uploads", folder, header.Filename)) // vigil:expect VGL-GO-PATH-001
	if err != nil {
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
}
