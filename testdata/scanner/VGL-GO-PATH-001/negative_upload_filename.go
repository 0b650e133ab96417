package app

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// Go reduces an upload's file name to its base name (Part.FileName, and
// FileHeader.Filename made from it): joined under a fixed directory it
// stays there.
func SaveUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("attachment")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	dst, err := os.Create(filepath.Join("/srv/uploads", header.Filename))
	if err != nil {
		http.Error(w, "cannot save", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
}

func SaveParts(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		return
	}
	for {
		part, err := mr.NextPart()
		if err != nil {
			break
		}
		out, err := os.Create(filepath.Join("/srv/uploads", part.FileName()))
		if err != nil {
			continue
		}
		io.Copy(out, part)
		out.Close()
	}
}
