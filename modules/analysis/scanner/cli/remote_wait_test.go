package cli

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestWaitSurvivesAStreamThatKeepsBreaking: a proxy that cuts the progress
// stream after every event must not end a healthy analysis; only a run of
// consecutive reconnects without any event counts as lost contact.
func TestWaitSurvivesAStreamThatKeepsBreaking(t *testing.T) {
	const events = 45 // more reconnects than the consecutive-failure limit
	var served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v1/analyses/a1/events":
			last, _ := strconv.ParseInt(r.Header.Get("Last-Event-ID"), 10, 64)
			n := last + 1
			served.Store(n)
			phase := "scanning"
			if n >= events {
				phase = "completed"
			}
			w.Header().Set("Content-Type", "text/event-stream")
			fmt.Fprintf(w, "id: %d\nevent: progress\ndata: {\"phase\":%q,\"status\":\"running\",\"files_scanned\":%d,\"files_total\":%d}\n\n", n, phase, n, events)
			// and the connection ends, as the proxy cuts it
		case "/api/v1/analyses/a1":
			status := "running"
			if served.Load() >= events {
				status = "completed"
			}
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"id":"a1","status":%q}`, status)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	base, _ := url.Parse(srv.URL)
	r := &remote{base: base, key: "k", client: srv.Client(), stderr: io.Discard, retryDelay: time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	a, err := r.wait(ctx, "a1")
	if err != nil {
		t.Fatalf("wait: %v (after %d events)", err, served.Load())
	}
	if a.Status != "completed" || served.Load() != events {
		t.Fatalf("status %q after %d events", a.Status, served.Load())
	}
}
