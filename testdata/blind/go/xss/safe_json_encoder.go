package main

import (
	"encoding/json"
	"net/http"
)

func search(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"query": r.FormValue("q"), "results": []string{}})
}

func main() {
	http.HandleFunc("/api/search", search)
	http.ListenAndServe(":8080", nil)
}
