package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

type subscription struct {
	Event string `json:"event"`
	URL   string `json:"url"`
}

func main() {
	notifier := NewNotifier(&http.Client{Timeout: 10 * time.Second})
	http.HandleFunc("POST /webhooks/test", func(w http.ResponseWriter, r *http.Request) {
		var sub subscription
		if err := json.NewDecoder(r.Body).Decode(&sub); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		status, err := notifier.Ping(r.Context(), sub.URL, sub.Event)
		if err != nil {
			http.Error(w, "delivery failed", http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(map[string]int{"status": status})
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
