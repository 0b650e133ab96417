package app

import (
	"io"
	"net/http"
	"time"
)

type Fetcher struct {
	httpClient *http.Client
}

// Preview fetches the page the user links to: the request is built first,
// and sent (to wherever the user chose) by the client's Do.
func (f *Fetcher) Preview(w http.ResponseWriter, r *http.Request) {
	link := r.URL.Query().Get("link")
	req, err := http.NewRequest(http.MethodGet, link, nil)
	if err != nil {
		http.Error(w, "bad link", http.StatusBadRequest)
		return
	}
	req.Header.Set("User-Agent", "preview-bot")
	resp, err := f.httpClient.Do(req) // vigil:expect VGL-GO-SSRF-001
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
}

func NewFetcher() *Fetcher {
	return &Fetcher{httpClient: &http.Client{Timeout: 5 * time.Second}}
}
