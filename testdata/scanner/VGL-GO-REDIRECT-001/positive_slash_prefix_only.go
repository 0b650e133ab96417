package app

import (
	"net/http"
	"strings"
)

// A single "/" in front of the raw value is not enough: "/" + "/evil.com"
// is "//evil.com", another site.
func Back(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	http.Redirect(w, r, "/"+strings.TrimSpace(next), http.StatusFound) // vigil:expect VGL-GO-REDIRECT-001
}
