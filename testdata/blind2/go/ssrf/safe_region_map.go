package main

import (
	"io"
	"net/http"
)

var regions = map[string]string{
	"eu": "https://status.eu.example.net/health",
	"us": "https://status.us.example.net/health",
}

func health(w http.ResponseWriter, r *http.Request) {
	target, ok := regions[r.URL.Query().Get("region")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "down", 502)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/health", health)
	http.ListenAndServe(":8100", nil)
}
