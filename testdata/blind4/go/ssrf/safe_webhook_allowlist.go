package integrations

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

type webhookTest struct {
	Provider string `json:"provider"`
	Path     string `json:"path"`
}

var providerHosts = map[string]string{
	"slack": "hooks.slack.com",
	"teams": "outlook.office.com",
}

var client = &http.Client{Timeout: 5 * time.Second}

func TestWebhook(w http.ResponseWriter, r *http.Request) {
	var in webhookTest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	host, ok := providerHosts[in.Provider]
	if !ok {
		http.Error(w, "unknown provider", http.StatusBadRequest)
		return
	}
	target := url.URL{Scheme: "https", Host: host, Path: in.Path}
	payload, _ := json.Marshal(map[string]string{"event": "ping"})
	resp, err := client.Post(target.String(), "application/json", bytes.NewReader(payload))
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	json.NewEncoder(w).Encode(map[string]int{"status": resp.StatusCode})
}
