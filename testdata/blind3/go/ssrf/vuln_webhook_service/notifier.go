package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Notifier struct {
	client *http.Client
}

func NewNotifier(c *http.Client) *Notifier {
	return &Notifier{client: c}
}

func (n *Notifier) Ping(ctx context.Context, target, event string) (int, error) {
	body, _ := json.Marshal(map[string]string{"event": event, "kind": "test"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.client.Do(req) // LABEL: CWE-918
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
