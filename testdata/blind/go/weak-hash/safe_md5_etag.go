package main

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
	"os"
)

func main() {
	logo, err := os.ReadFile("public/logo.png")
	if err != nil {
		panic(err)
	}
	sum := md5.Sum(logo)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	http.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "image/png")
		w.Write(logo)
	})
	http.ListenAndServe(":8080", nil)
}
