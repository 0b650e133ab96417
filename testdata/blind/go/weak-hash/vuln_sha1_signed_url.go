package main

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"os"
)

var signingSecret = os.Getenv("DOWNLOAD_SECRET")

// validSignature checks links of the form /download?file=F&expires=E&sig=S.
func validSignature(file, expires, sig string) bool {
	h := sha1.New() // LABEL: CWE-328
	h.Write([]byte(signingSecret + file + expires))
	want := hex.EncodeToString(h.Sum(nil))
	return subtle.ConstantTimeCompare([]byte(want), []byte(sig)) == 1
}

func download(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !validSignature(q.Get("file"), q.Get("expires"), q.Get("sig")) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	w.Write([]byte("file contents would follow"))
}

func main() {
	http.HandleFunc("/download", download)
	http.ListenAndServe(":8080", nil)
}
