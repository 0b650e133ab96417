package assets

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"os"
)

// Serve returns a static bundle with an ETag so browsers can revalidate cheaply.
func Serve(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile("/srv/static/app.bundle.js")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	sum := md5.Sum(data)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/javascript")
	w.Write(data)
}
