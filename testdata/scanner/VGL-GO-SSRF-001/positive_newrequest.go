package app

import "net/http"

func Hook(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, r.Header.Get("X-Callback"), nil)
	http.DefaultClient.Do(req) // vigil:expect VGL-GO-SSRF-001
}
