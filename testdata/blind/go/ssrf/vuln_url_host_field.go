package main

import (
	"encoding/json"
	"net/http"
	"net/url"
)

// regionHealth asks a regional status host for its health, e.g. ?host=eu.status.example.com.
func regionHealth(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	if host == "" {
		host = "eu.status.example.com"
	}
	u := &url.URL{Scheme: "https", Host: host, Path: "/api/health"}
	resp, err := http.Get(u.String()) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	json.NewEncoder(w).Encode(map[string]int{"status": resp.StatusCode})
}

func main() {
	http.HandleFunc("/regions/health", regionHealth)
	http.ListenAndServe(":8080", nil)
}
