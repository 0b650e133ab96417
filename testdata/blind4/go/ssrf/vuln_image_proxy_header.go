package imgproxy

import (
	"io"
	"net/http"
)

func Proxy(w http.ResponseWriter, r *http.Request) {
	base := r.Header.Get("X-Upstream-Base")
	if base == "" {
		base = "https://cdn.internal.example"
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, base+"/img/"+r.PathValue("id"), nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	io.Copy(w, resp.Body)
}
