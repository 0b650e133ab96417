package main

import (
	"encoding/json"
	"net/http"
)

var products = map[string]string{"p1": "Keyboard", "p2": "Mouse"}

func product(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	name, ok := products[id]
	if !ok {
		// http.Error answers text/plain with X-Content-Type-Options: nosniff.
		http.Error(w, "unknown product: "+id, http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"id": id, "name": name})
}

func main() {
	http.HandleFunc("/product", product)
	http.ListenAndServe(":8080", nil)
}
