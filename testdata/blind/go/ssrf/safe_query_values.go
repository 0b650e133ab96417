package main

import (
	"io"
	"net/http"
	"net/url"
)

const geocoder = "https://geocoder.example.com/v1/search"

func geocode(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("q", r.URL.Query().Get("address"))
	q.Set("limit", "1")
	resp, err := http.Get(geocoder + "?" + q.Encode())
	if err != nil {
		http.Error(w, "geocoder unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/geocode", geocode)
	http.ListenAndServe(":8080", nil)
}
