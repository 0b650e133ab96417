package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type Subscription struct {
	Event    string   `json:"event"`
	Targets  []string `json:"targets"`
	Template string   `json:"template"`
}

type Notifier struct {
	client *http.Client
}

// Replay re-sends the last event of a subscription to each of its targets.
func (n *Notifier) Replay(w http.ResponseWriter, r *http.Request) {
	var sub Subscription
	if err := json.NewDecoder(r.Body).Decode(&sub); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]string{"event": sub.Event})
	results := map[string]int{}
	for _, target := range sub.Targets {
		req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, target, bytes.NewReader(body))
		resp, err := n.client.Do(req) // LABEL: CWE-918
		if err != nil {
			results[target] = 0
			continue
		}
		resp.Body.Close()
		results[target] = resp.StatusCode
	}
	json.NewEncoder(w).Encode(results)
}
