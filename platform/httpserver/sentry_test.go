package httpserver

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getsentry/sentry-go"
)

// TestSentryReportsPanicsAndServerErrors points the SDK at a fake Sentry
// endpoint and checks what reaches it.
func TestSentryReportsPanicsAndServerErrors(t *testing.T) {
	var mu sync.Mutex
	var envelopes []string
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		envelopes = append(envelopes, string(b))
		mu.Unlock()
		w.WriteHeader(http.StatusOK)
	}))
	defer fake.Close()
	if err := sentry.Init(sentry.ClientOptions{
		Dsn:       strings.Replace(fake.URL, "http://", "http://key@", 1) + "/1",
		Transport: sentry.NewHTTPSyncTransport(),
	}); err != nil {
		t.Fatal(err)
	}
	defer sentry.Init(sentry.ClientOptions{}) //nolint:errcheck // reset the global hub

	s, _ := newTestServer(t, func(o *Options) { o.SentryEnabled = true })
	tests := []struct {
		name   string
		path   string
		status int
		report string // substring in the envelope, "" = nothing sent
	}{
		{"panic", "/api/v1/panic", 500, "connection to 10.0.0.5"},
		{"server error", "/api/v1/boom", 500, "connection to 10.0.0.5"},
		{"client error not reported", "/api/v1/items/missing", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mu.Lock()
			envelopes = nil
			mu.Unlock()
			rec := do(s, "GET", tt.path, "", "")
			if rec.Code != tt.status || !strings.HasPrefix(rec.Header().Get("Content-Type"), ProblemContentType) {
				t.Fatalf("status %d %s", rec.Code, rec.Body)
			}
			sentry.Flush(2e9)
			mu.Lock()
			defer mu.Unlock()
			all := strings.Join(envelopes, "\n")
			if tt.report == "" {
				if len(envelopes) != 0 {
					t.Fatalf("unexpected report: %s", all)
				}
				return
			}
			if !strings.Contains(all, tt.report) {
				t.Fatalf("no report containing %q; got %d envelopes: %.500s", tt.report, len(envelopes), all)
			}
			if !strings.Contains(all, rec.Header().Get(HeaderRequestID)) {
				t.Fatalf("report lacks the request id tag: %.500s", all)
			}
		})
	}
}
