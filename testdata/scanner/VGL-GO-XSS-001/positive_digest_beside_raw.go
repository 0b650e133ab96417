package app

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"net/http"
)

// The digest is clean, the value beside it is not.
func show(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	sum := sha1.Sum([]byte(q))
	fmt.Fprintf(w, "<p>%s: %s</p>", q, hex.EncodeToString(sum[:])) // vigil:expect VGL-GO-XSS-001
}
