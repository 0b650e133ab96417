package httpserver

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// The web app learns where to report its errors from /api/v1/meta, only
// when the operator configured it; the pages' CSP then lets it connect to
// that Sentry and nowhere else new, and the API's CSP does not change.
func TestBrowserSentryServedAndAllowed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		sentry      BrowserSentry
		wantMeta    bool
		wantConnect string
	}{
		{"none", BrowserSentry{}, false, "connect-src 'self';"},
		{"sentry.io", BrowserSentry{DSN: "https://pubkey@o12.ingest.sentry.io/34", Environment: "staging", Release: "vigil@1.2.3", SampleRate: 0.5},
			true, "connect-src 'self' https://o12.ingest.sentry.io;"},
		{"self-hosted with port", BrowserSentry{DSN: "http://k@127.0.0.1:18801/1", Environment: "e2e", Release: "vigil@dev", SampleRate: 1},
			true, "connect-src 'self' http://127.0.0.1:18801;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, _ := newTestServer(t, func(o *Options) { o.BrowserSentry = tt.sentry })
			rec := do(s, http.MethodGet, "/api/v1/meta", "", "")
			if rec.Code != http.StatusOK {
				t.Fatalf("meta: %d", rec.Code)
			}
			var body map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			got, has := body["sentry"].(map[string]any)
			if has != tt.wantMeta {
				t.Fatalf("meta sentry = %v, want present %v", body["sentry"], tt.wantMeta)
			}
			if has && (got["dsn"] != tt.sentry.DSN || got["environment"] != tt.sentry.Environment ||
				got["release"] != tt.sentry.Release || got["sample_rate"] != tt.sentry.SampleRate) {
				t.Fatalf("meta sentry = %v, want %+v", got, tt.sentry)
			}
			if api := rec.Header().Get("Content-Security-Policy"); api != APIContentSecurityPolicy {
				t.Fatalf("API CSP changed: %q", api)
			}
			page := do(s, http.MethodGet, "/analyses", "", "").Header().Get("Content-Security-Policy")
			if !strings.Contains(page, tt.wantConnect) {
				t.Fatalf("page CSP %q, want %q", page, tt.wantConnect)
			}
			if strings.Replace(page, tt.wantConnect, "connect-src 'self';", 1) != ContentSecurityPolicy {
				t.Fatalf("page CSP changed beyond connect-src: %q", page)
			}
		})
	}
}
