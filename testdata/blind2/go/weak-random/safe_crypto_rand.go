package main

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

func createKey(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		http.Error(w, "entropy", 500)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"key": base64.RawURLEncoding.EncodeToString(b)})
}

func main() {
	http.HandleFunc("/keys", createKey)
	http.ListenAndServe(":8106", nil)
}
