package app

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
)

// A digest of the request's data, written as hex or base64, is a cache key
// or an identifier: its alphabet holds no markup.
func cacheKey(w http.ResponseWriter, r *http.Request) {
	sum := sha1.Sum([]byte(r.URL.Query().Get("q")))
	key := hex.EncodeToString(sum[:])
	fmt.Fprintf(w, "<p>cache key %s</p>", key)
}

func etag(w http.ResponseWriter, r *http.Request) {
	h := sha256.Sum256([]byte(r.FormValue("body")))
	w.Write([]byte(base64.StdEncoding.EncodeToString(h[:])))
}

func echoHex(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<code>%s</code>", hex.EncodeToString([]byte(r.FormValue("raw"))))
}
