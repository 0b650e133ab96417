package app

import (
	"io"
	"net/http"
)

func Preview(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("url")
	resp, err := http.Get(target) // vigil:expect VGL-GO-SSRF-001
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
