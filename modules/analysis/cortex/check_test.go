package cortex

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"vigil/platform/config"
	"vigil/platform/netguard"
)

// modelsAPI is an httptest server answering the model-listing endpoints
// the way each provider does: OpenAI GET /v1/models (Bearer key), Anthropic
// GET /v1/models (x-api-key + anthropic-version), Ollama GET /api/tags.
// goodKey is the only accepted key; status, when set, overrides.
func modelsAPI(t *testing.T, kind, goodKey string, status int, body string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		want := map[string]string{KindOpenAI: "/v1/models", KindAnthropic: "/v1/models", KindOllama: "/api/tags"}[kind]
		if r.Method != http.MethodGet || r.URL.Path != want {
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"error":"not found"}`)
			return
		}
		if status != 0 {
			w.WriteHeader(status)
			_, _ = io.WriteString(w, body)
			return
		}
		switch kind {
		case KindOpenAI:
			if r.Header.Get("Authorization") != "Bearer "+goodKey {
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = io.WriteString(w, `{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}`)
				return
			}
			_, _ = io.WriteString(w, `{"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1,"owned_by":"system"}]}`)
		case KindAnthropic:
			if r.Header.Get("X-Api-Key") != goodKey || r.Header.Get("Anthropic-Version") == "" {
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = io.WriteString(w, `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`)
				return
			}
			_, _ = io.WriteString(w, `{"data":[{"type":"model","id":"claude-3-5-haiku-latest","display_name":"Claude Haiku"}],"has_more":false,"first_id":"a","last_id":"a"}`)
		case KindOllama:
			_, _ = io.WriteString(w, `{"models":[{"name":"qwen2.5:7b","model":"qwen2.5:7b","size":1}]}`)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestCheckProvider(t *testing.T) {
	const key = "sk-workspace-key-1234"
	tests := []struct {
		name      string
		kind      string
		key       string
		status    int
		body      string
		baseSufx  string // appended to the server URL for base_url
		wantField string // "" and wantOK: accepted
		wantOK    bool
	}{
		{name: "openai ok", kind: KindOpenAI, key: key, baseSufx: "/v1", wantOK: true},
		{name: "openai trailing slash", kind: KindOpenAI, key: key, baseSufx: "/v1/", wantOK: true},
		{name: "openai wrong key", kind: KindOpenAI, key: "sk-wrong", baseSufx: "/v1", wantField: "api_key"},
		{name: "openai wrong path", kind: KindOpenAI, key: key, baseSufx: "/api", wantField: "base_url"},
		{name: "anthropic ok", kind: KindAnthropic, key: key, wantOK: true},
		{name: "anthropic ok with /v1", kind: KindAnthropic, key: key, baseSufx: "/v1", wantOK: true},
		{name: "anthropic wrong key", kind: KindAnthropic, key: "nope", wantField: "api_key"},
		{name: "ollama ok", kind: KindOllama, wantOK: true},
		{name: "quota exhausted", kind: KindOpenAI, key: key, baseSufx: "/v1", status: 429, body: `{"error":{"code":"insufficient_quota"}}`, wantField: "api_key"},
		{name: "provider down", kind: KindOpenAI, key: key, baseSufx: "/v1", status: 503, body: `{}`, wantField: ""},
		{name: "not an API", kind: KindOpenAI, key: key, baseSufx: "/v1", status: 200, body: `<html>hello</html>`, wantField: "base_url"},
		{name: "JSON but no list", kind: KindOllama, status: 200, body: `{"status":"ok"}`, wantField: "base_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, hits := modelsAPI(t, tt.kind, key, tt.status, tt.body)
			// The workspace path: the guarded client, with the fake's
			// loopback port allow-listed as a self-hoster would.
			client, err := netguard.NewClient(netguard.Options{Allow: []string{strings.TrimPrefix(srv.URL, "http://")}})
			if err != nil {
				t.Fatal(err)
			}
			p := config.AIProvider{Name: "mine", Kind: tt.kind, BaseURL: srv.URL + tt.baseSufx, APIKey: tt.key}
			err = CheckProvider(context.Background(), p, client)
			if hits.Load() != 1 {
				t.Fatalf("%d requests, want 1", hits.Load())
			}
			if tt.wantOK {
				if err != nil {
					t.Fatalf("CheckProvider: %v", err)
				}
				return
			}
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v (%T), want *CheckError", err, err)
			}
			if ce.Field != tt.wantField {
				t.Fatalf("field %q, want %q (%v)", ce.Field, tt.wantField, err)
			}
			if strings.Contains(err.Error(), key) {
				t.Fatalf("error leaks the key: %v", err)
			}
		})
	}
}

func TestCheckProviderGoesThroughTheGuard(t *testing.T) {
	srv, hits := modelsAPI(t, KindOpenAI, "k", 0, "")
	client, err := netguard.NewClient(netguard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{srv.URL + "/v1", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/v1", "http://169.254.169.254/v1"} {
		err = CheckProvider(context.Background(), config.AIProvider{Name: "x", Kind: KindOpenAI, BaseURL: base, APIKey: "k"}, client)
		var ce *CheckError
		if !errors.As(err, &ce) || ce.Field != "base_url" || !errors.Is(err, netguard.ErrBlocked) {
			t.Fatalf("%s: error %v, want a blocked base_url", base, err)
		}
	}
	if hits.Load() != 0 {
		t.Fatalf("loopback provider reached %d times through the guard", hits.Load())
	}
}

func TestCheckProviderExplainsTheRefusedAddress(t *testing.T) {
	client, err := netguard.NewClient(netguard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		base string
		want string
	}{
		{"http://10.255.255.1/v1", "Vigil does not connect to 10.255.255.1:80 (a private address)"},
		{"http://169.254.169.254/v1", "Vigil does not connect to 169.254.169.254:80 (a link-local address)"},
		{"https://127.0.0.1:8443/v1", "Vigil does not connect to 127.0.0.1:8443 (a loopback address)"},
		{"http://0.0.0.0:11434", "Vigil does not connect to 0.0.0.0:11434 (an unspecified address)"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			err := CheckProvider(context.Background(), config.AIProvider{Name: "x", Kind: KindOpenAI, BaseURL: tt.base, APIKey: "sk-secret-key-abcd"}, client)
			var ce *CheckError
			if !errors.As(err, &ce) || ce.Field != "base_url" || !errors.Is(err, netguard.ErrBlocked) {
				t.Fatalf("error %v, want a blocked base_url", err)
			}
			if !strings.HasPrefix(ce.Message, tt.want) || !strings.Contains(ce.Message, "VIGIL_OUTBOUND_ALLOW") {
				t.Fatalf("message %q, want it to start with %q and name VIGIL_OUTBOUND_ALLOW", ce.Message, tt.want)
			}
			if strings.Contains(ce.Message, "Get \"") || strings.Contains(ce.Message, "sk-secret") {
				t.Fatalf("message %q carries transport noise or the key", ce.Message)
			}
		})
	}
}

func TestForWorkspaceUsesTheGuardedClient(t *testing.T) {
	fake := newFake(t, KindOpenAI, okTriage)
	base := newTestService(t, nil, newFakeClock(), config.AI{})
	strict, err := netguard.NewClient(netguard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := base.ForWorkspace([]config.AIProvider{provider(fake, "byo", fast("m", 1, 1, 100000))}, strict)
	if err != nil {
		t.Fatal(err)
	}
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	res := ws.Triage(context.Background(), NewBudget(1), src, sqliFinding())
	if res.Status == StatusOK || len(fake.Calls()) != 0 {
		t.Fatalf("a workspace provider on loopback was called: %+v, %d calls", res, len(fake.Calls()))
	}
	if h := ws.Health(); len(h) != 1 || h[0].Failures == 0 || !strings.Contains(h[0].LastError, "not allowed") {
		t.Fatalf("health = %+v", h)
	}
}
