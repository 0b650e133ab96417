package main

import (
	"encoding/json"
	"net/http"
)

// preview tells the editor whether a pasted link answers and what it is.
func preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := http.Get(target) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"status":       resp.StatusCode,
		"content_type": resp.Header.Get("Content-Type"),
		"length":       resp.ContentLength,
	})
}

func main() {
	http.HandleFunc("/link-preview", preview)
	http.ListenAndServe(":8080", nil)
}
