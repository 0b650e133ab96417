package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// TestAnalysisNotifiesWebhook runs the whole server: a webhook channel
// added through the API hears, signed, that a pasted analysis completed
// and found new critical or high findings (analysis → after-commit hook →
// integrations → durable delivery job → SSRF-guarded client).
func TestAnalysisNotifiesWebhook(t *testing.T) {
	type got struct {
		event, sig, ts string
		body           []byte
		at             time.Time
	}
	var mu sync.Mutex
	var hits []got
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		hits = append(hits, got{r.Header.Get("X-Vigil-Event"), r.Header.Get("X-Vigil-Signature"), r.Header.Get("X-Vigil-Timestamp"), b, time.Now()})
		mu.Unlock()
	}))
	defer rcv.Close()
	// The receiver is on loopback, which the SSRF guard refuses unless the
	// operator allows it.
	t.Setenv("VIGIL_OUTBOUND_ALLOW", "127.0.0.1")
	base := startServer(t)
	key := apiKey(t, base, "notify@example.com", "admin")
	call := func(method, path string, body any) (int, map[string]any) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(method, base+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+key)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	status, ch := call("POST", "/api/v1/integrations/notifications", map[string]any{"name": "ci", "kind": "webhook", "url": rcv.URL + "/hook",
		"events": []string{"analysis.completed", "findings.critical_high"}})
	if status != http.StatusCreated {
		t.Fatalf("create channel: %d %v", status, ch)
	}
	secret, _ := ch["secret"].(string)
	started := time.Now()
	status, a := call("POST", "/api/v1/analyses", map[string]any{"tier": "static", "filename": "app.py",
		"content": "import os\n\ndef handler(request):\n    os.system(request.args.get('c'))\n    eval(request.args.get('x'))\n"})
	if status != http.StatusCreated {
		t.Fatalf("create analysis: %d %v", status, a)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		n := len(hits)
		mu.Unlock()
		if n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the webhook got %d deliveries in 60 s, want 2", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	events := map[string]bool{}
	for _, h := range hits {
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte(h.ts + "."))
		m.Write(h.body)
		if want := "v1=" + hex.EncodeToString(m.Sum(nil)); h.sig != want {
			t.Fatalf("%s: signature %q, want %q", h.event, h.sig, want)
		}
		var env struct {
			Type string
			Data struct {
				AnalysisID string `json:"analysis_id"`
			}
		}
		_ = json.Unmarshal(h.body, &env)
		if env.Type != h.event || env.Data.AnalysisID != a["id"] {
			t.Fatalf("body %s", h.body)
		}
		events[h.event] = true
	}
	if !events["analysis.completed"] || !events["findings.critical_high"] {
		t.Fatalf("events %v", events)
	}
	t.Logf("analysis created → both webhooks received: %s", hits[len(hits)-1].at.Sub(started).Round(time.Millisecond))
}
