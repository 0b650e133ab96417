package main

import (
	"io"
	"net/http"
	"net/url"
	"time"
)

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

var client = &http.Client{
	Timeout:       5 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

func imageProxy(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("src"))
	if err != nil || u.Scheme != "https" || u.Port() != "" || !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	resp, err := client.Get(u.String())
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 5<<20))
}

func main() {
	http.HandleFunc("/image-proxy", imageProxy)
	http.ListenAndServe(":8080", nil)
}
