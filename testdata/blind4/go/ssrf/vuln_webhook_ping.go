package integrations

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

type webhookTest struct {
	URL    string `json:"url"`
	Secret string `json:"secret"`
}

var client = &http.Client{Timeout: 5 * time.Second}

// TestWebhook sends a sample event so users can check their endpoint.
func TestWebhook(w http.ResponseWriter, r *http.Request) {
	var in webhookTest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	payload, _ := json.Marshal(map[string]string{"event": "ping"})
	resp, err := client.Post(in.URL, "application/json", bytes.NewReader(payload)) // LABEL: CWE-918
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	json.NewEncoder(w).Encode(map[string]int{"status": resp.StatusCode})
}
