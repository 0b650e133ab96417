package app

import "net/http"

// Canonical builds a request from the user's link only to read its host
// back; nothing is sent.
func Canonical(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequest(http.MethodGet, r.FormValue("link"), nil)
	if err != nil {
		return
	}
	if req.URL.Scheme != "https" {
		http.Error(w, "https only", http.StatusBadRequest)
	}
}
