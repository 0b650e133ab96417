package main

import (
	"encoding/json"
	"math/rand"
	"net/http"
)

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func newAPIKey() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = alphabet[rand.Intn(len(alphabet))] // LABEL: CWE-338
	}
	return string(b)
}

func createKey(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"key": newAPIKey()})
}

func main() {
	http.HandleFunc("/keys", createKey)
	http.ListenAndServe(":8106", nil)
}
