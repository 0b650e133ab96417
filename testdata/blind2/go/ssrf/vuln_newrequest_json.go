package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

type hook struct {
	Callback string `json:"callback"`
}

var client = &http.Client{Timeout: 5 * time.Second}

func register(w http.ResponseWriter, r *http.Request) {
	var h hook
	json.NewDecoder(r.Body).Decode(&h)
	req, _ := http.NewRequest(http.MethodPost, h.Callback, bytes.NewBufferString(`{"ping":true}`))
	resp, err := client.Do(req) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "unreachable", 400)
		return
	}
	resp.Body.Close()
	w.WriteHeader(201)
}

func main() {
	http.HandleFunc("/hooks", register)
	http.ListenAndServe(":8099", nil)
}
