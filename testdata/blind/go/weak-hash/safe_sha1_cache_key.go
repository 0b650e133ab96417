package main

import (
	"crypto/sha1"
	"encoding/hex"
	"net/http"
	"sync"
)

// cache maps a digest of the normalised query to a rendered result page.
var cache sync.Map

func cacheKey(r *http.Request) string {
	sum := sha1.Sum([]byte(r.URL.Query().Encode()))
	return hex.EncodeToString(sum[:])
}

func search(w http.ResponseWriter, r *http.Request) {
	key := cacheKey(r)
	if v, ok := cache.Load(key); ok {
		w.Write(v.([]byte))
		return
	}
	page := []byte("{\"results\":[]}")
	cache.Store(key, page)
	w.Write(page)
}

func main() {
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8080", nil)
}
