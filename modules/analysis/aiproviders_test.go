package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
	"vigil/platform/netguard"
	"vigil/platform/openaitest"
	"vigil/platform/principal"
	"vigil/platform/secrets"
)

// newOpenAIWire serves the OpenAI HTTP API a workspace points its key at,
// accepting only goodKey: GET /v1/models (the key check) lists "ws-fast";
// chat calls get a triage verdict, or an executive summary when asked for one.
func newOpenAIWire(t *testing.T, goodKey string) *openaitest.Server {
	t.Helper()
	return openaitest.New(t, openaitest.Options{Key: goodKey, Models: []string{"ws-fast"}, Answer: func(c openaitest.Call) any {
		if strings.Contains(c.System+c.User, "executive summary") {
			return `{"summary":"One command injection lets any visitor run shell commands.","top_risks":["OS command injection in app/handler.py"]}`
		}
		return `{"verdict":"true_positive","confidence":0.9,"reason":"user input reaches the sink"}`
	}})
}

// chatKeys is the Authorization of every chat call f accepted.
func chatKeys(f *openaitest.Server) []string {
	var keys []string
	for _, c := range f.Calls() {
		keys = append(keys, c.Authorization)
	}
	return keys
}

const testSecret = "analysis-test-secret-key-0123456789abcdef"

// withBYO gives the service a real cortex (instance providers from inst),
// a sealer and the SSRF-guarded client allowing only allow.
func withBYO(t *testing.T, e *env, inst []config.AIProvider, allow ...string) *secrets.Sealer {
	t.Helper()
	ai, err := cortex.New(cortex.Deps{AI: config.AI{Providers: inst, Breaker: config.Breaker{Failures: 5, Successes: 1, Cooldown: 60e9}}, DB: e.db})
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := secrets.NewSealer(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	guarded, err := netguard.NewClient(netguard.Options{Allow: allow})
	if err != nil {
		t.Fatal(err)
	}
	e.svc.d.AI, e.svc.d.Sealer, e.svc.d.Outbound = ai, sealer, guarded
	return sealer
}

func providerBody(name, base, key string) []byte {
	b, _ := json.Marshal(AIProviderRequest{Name: name, Kind: "openai", BaseURL: base, APIKey: key,
		Models: []config.AIModel{{Name: "ws-fast", Tier: "fast", InputPrice: 100, OutputPrice: 100, Context: 128000}}})
	return b
}

func TestWorkspaceAIProvidersAPI(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		const key = "sk-ws-secret-key-abcd1234WXYZ"
		fake := newOpenAIWire(t, key)
		sealer := withBYO(t, a.env, nil, fake.HostPort())
		path := "/api/v1/workspaces/" + a.ws + "/ai-providers"
		body := func(t *testing.T, res *http.Response) string {
			t.Helper()
			b, _ := io.ReadAll(res.Body)
			if strings.Contains(string(b), key) || strings.Contains(string(b), "v1.") && strings.Contains(string(b), "api_key_sealed") {
				t.Fatalf("response leaks the key: %s", b)
			}
			return string(b)
		}

		// Validation failures, each with its field; nothing stored.
		for _, tt := range []struct {
			name, base, key, field string
		}{
			{"wrong key", fake.Base(), "sk-wrong-key-0000", "api_key"},
			{"metadata service", "http://169.254.169.254/v1", key, "base_url"},
			{"loopback not allow-listed", "http://127.0.0.1:1/v1", key, "base_url"},
			{"decimal loopback", "http://2130706433:8080/v1", key, "base_url"},
			{"mapped loopback", "http://[::ffff:127.0.0.1]:1/v1", key, "base_url"},
			{"not http", "file:///etc/passwd", key, "base_url"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				res := a.do(t, a.who("admin"), "POST", path, "application/json", providerBody("p", tt.base, tt.key))
				b := body(t, res)
				if res.StatusCode != 422 || !strings.Contains(b, `"`+tt.field+`"`) {
					t.Fatalf("%d %s, want 422 on %s", res.StatusCode, b, tt.field)
				}
			})
		}
		// A refused address is named in the answer, as the guard's refusal
		// rather than the provider's.
		res := a.do(t, a.who("admin"), "POST", path, "application/json", providerBody("p", "http://10.255.255.1/v1", key))
		if b := body(t, res); res.StatusCode != 422 || !strings.Contains(b, "this base URL is not allowed: Vigil does not connect to 10.255.255.1:80 (a private address)") ||
			strings.Contains(b, "did not accept") {
			t.Fatalf("private address: %d %s", res.StatusCode, b)
		}
		res = a.do(t, a.who("admin"), "POST", path, "application/json", []byte(`{"name":"x","kind":"skynet","models":[]}`))
		if b := body(t, res); res.StatusCode != 422 || !strings.Contains(b, `"kind"`) || !strings.Contains(b, `"models"`) {
			t.Fatalf("invalid shape: %d %s", res.StatusCode, b)
		}
		if rows, _ := a.svc.store.AIProviders(context.Background(), a.ws); len(rows) != 0 {
			t.Fatalf("rejected providers stored: %+v", rows)
		}

		// Created: validated with one models call, key sealed, only last 4 shown.
		res = a.do(t, a.who("admin"), "POST", path, "application/json", providerBody("mine", fake.Base(), key))
		b := body(t, res)
		if res.StatusCode != 201 {
			t.Fatalf("create: %d %s", res.StatusCode, b)
		}
		var v AIProviderView
		_ = json.Unmarshal([]byte(b), &v)
		if v.KeyLast4 != "WXYZ" || !v.HasKey || v.LastValidatedAt == nil || v.Name != "mine" || len(v.Models) != 1 {
			t.Fatalf("view %+v", v)
		}
		rows, _ := a.svc.store.AIProviders(context.Background(), a.ws)
		if len(rows) != 1 || strings.Contains(rows[0].APIKeySealed, key) || rows[0].APIKeySealed == "" {
			t.Fatalf("stored %+v", rows)
		}
		if pt, err := sealer.Open(rows[0].APIKeySealed, sealContext(rows[0].ID)); err != nil || string(pt) != key {
			t.Fatalf("sealed key does not open to the key: %v", err)
		}
		if _, err := sealer.Open(rows[0].APIKeySealed, sealContext(store.NewID())); err == nil {
			t.Fatal("sealed key opens in another row's context")
		}

		res = a.do(t, a.who("owner"), "POST", path, "application/json", providerBody("mine", fake.Base(), key))
		if b := body(t, res); res.StatusCode != 409 {
			t.Fatalf("duplicate name: %d %s", res.StatusCode, b)
		}
		list := decode[AIProviderList](t, a.do(t, a.who("owner"), "GET", path, "", nil))
		if len(list.Items) != 1 || list.Items[0].KeyLast4 != "WXYZ" || list.Note == "" {
			t.Fatalf("list %+v", list)
		}

		// Permission matrix: owners and admins only; outsiders see nothing.
		outsider := "owner 0190f0f0-0000-7000-8000-0000000000ff 0190f0f0-0000-7000-8000-0000000000fe"
		for _, tt := range []struct {
			who    string
			method string
			want   int
		}{
			{"", "GET", 401}, {outsider, "GET", 404}, {a.who("viewer"), "GET", 403}, {a.who("member"), "GET", 403}, {a.who("admin"), "GET", 200},
			{"", "POST", 401}, {outsider, "POST", 404}, {a.who("viewer"), "POST", 403}, {a.who("member"), "POST", 403},
			{outsider, "DELETE", 404}, {a.who("member"), "DELETE", 403},
		} {
			p, reqBody, ct := path, []byte(nil), ""
			switch tt.method {
			case "POST":
				reqBody, ct = providerBody("other", fake.Base(), key), "application/json"
			case "DELETE":
				p = path + "/" + v.ID
			}
			res := a.do(t, tt.who, tt.method, p, ct, reqBody)
			if b := body(t, res); res.StatusCode != tt.want {
				t.Errorf("%s %s as %q: %d, want %d: %s", tt.method, p, tt.who, res.StatusCode, tt.want, b)
			}
		}
		checks := fake.ModelListings()
		if checks != 2 { // the wrong-key attempt and the created provider
			t.Errorf("key checks: %d, want 2 (refused and unauthorized requests must not reach the provider)", checks)
		}

		if res := a.do(t, a.who("admin"), "DELETE", path+"/"+v.ID, "", nil); res.StatusCode != 204 {
			t.Fatalf("delete: %d", res.StatusCode)
		}
		if res := a.do(t, a.who("admin"), "DELETE", path+"/"+v.ID, "", nil); res.StatusCode != 404 {
			t.Fatalf("second delete: %d", res.StatusCode)
		}
	})
}

func TestBYOUnavailableWithoutGuardOrSealer(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, database.SQLite)
	a := newAPI(t, db)
	res := a.do(t, a.who("owner"), "POST", "/api/v1/workspaces/"+a.ws+"/ai-providers", "application/json", providerBody("x", "https://api.example.com/v1", "sk-aaaaaaaaaaaaaaaa"))
	if res.StatusCode != 503 {
		t.Fatalf("%d, want 503 when the instance has no sealer and guarded client", res.StatusCode)
	}
}

func TestAnalysisUsesWorkspaceKeysWithoutAICredits(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false)
		const wsKey, instKey = "sk-workspace-key-0000AAAA", "sk-instance-key-0000BBBB"
		wsFake := newOpenAIWire(t, wsKey)
		instFake := newOpenAIWire(t, instKey)
		// The instance's own provider is operator-configured (no guard);
		// the workspace's goes through the guard, allow-listed here.
		inst := []config.AIProvider{{Name: "instance", Kind: "openai", BaseURL: instFake.Base(), APIKey: instKey,
			Models: []config.AIModel{{Name: "inst-fast", Tier: "fast", InputPrice: 100, OutputPrice: 100, Context: 128000}}}}
		withBYO(t, e, inst, wsFake.HostPort())
		ctx := e.as("admin")
		src := zipOf(t, map[string]string{"app/handler.py": vulnPy})
		req := func() *Request {
			return &Request{Tier: TierStandard, Source: Source{Kind: "upload", Parts: []intake.Part{{Name: "shop.zip", Data: src}}}}
		}

		// Without own keys: the instance provider runs and AI is charged.
		q, err := e.svc.QuoteAnalysis(ctx, req())
		if err != nil {
			t.Fatal(err)
		}
		if !q.AIConfigured || q.AIOwnKeys || q.MaxCredits <= 1 {
			t.Fatalf("instance quote %+v", q)
		}
		// Queued at instance prices (its hold covers AI credits); the keys
		// are added before it runs, so it runs on them and is not charged
		// for AI.
		created, err := e.svc.Create(ctx, req())
		if err != nil {
			t.Fatal(err)
		}

		if _, err := e.svc.AddAIProvider(ctx, e.ws, AIProviderRequest{Name: "mine", Kind: "openai", BaseURL: wsFake.Base(), APIKey: wsKey,
			Models: []config.AIModel{{Name: "ws-fast", Tier: "fast", InputPrice: 100, OutputPrice: 100, Context: 128000}}}); err != nil {
			t.Fatal(err)
		}
		q, err = e.svc.QuoteAnalysis(ctx, req())
		if err != nil {
			t.Fatal(err)
		}
		if !q.AIConfigured || !q.AIOwnKeys || q.AIMaxUSD <= 0 || q.MinCredits != 1 || q.MaxCredits != 1 || !strings.Contains(strings.Join(q.Notes, " "), "own provider keys") {
			t.Fatalf("own-keys quote %+v: AI estimated but not charged", q)
		}
		if err := e.svc.Run(context.Background(), created.ID); err != nil {
			t.Fatal(err)
		}
		v, err := e.svc.Get(e.as("viewer"), created.ID)
		if err != nil {
			t.Fatal(err)
		}
		if v.Status != "completed" || v.AIStatus != "completed" {
			t.Fatalf("analysis %+v", v)
		}
		keys := chatKeys(wsFake)
		if len(keys) == 0 || len(chatKeys(instFake)) != 0 {
			t.Fatalf("workspace provider calls %d, instance provider calls %d: the workspace's key must be used, the instance's not",
				len(keys), len(chatKeys(instFake)))
		}
		for _, k := range keys {
			if k != "Bearer "+wsKey {
				t.Fatalf("chat call with %q", k)
			}
		}
		if v.AISummary == nil || !strings.Contains(v.AISummary.Summary, "command injection") || v.AISummary.Model != "mine/ws-fast" ||
			len(v.AISummary.TopRisks) != 1 {
			t.Fatalf("executive summary %+v: want it stored with the model that wrote it", v.AISummary)
		}
		if v.AICostUSD <= 0 || v.CostCredits != 1 {
			t.Fatalf("ai cost $%.4f, charged %d credits: want AI spend recorded and only the static credit charged", v.AICostUSD, v.CostCredits)
		}
		page, err := e.svc.Findings(e.as("viewer"), v.ID, FindingFilter{}, "", 50)
		if err != nil {
			t.Fatal(err)
		}
		var byWorkspaceModel int
		for _, f := range page.Items {
			if f.AI != nil && f.AI.Model == "mine/ws-fast" {
				byWorkspaceModel++
			}
		}
		if byWorkspaceModel == 0 {
			t.Fatal("no finding says it was judged by the workspace's model")
		}
		// Owners see their providers' health once an analysis used them.
		list, err := e.svc.AIProviders(ctx, e.ws)
		if err != nil {
			t.Fatal(err)
		}
		if len(list.Items) != 1 || list.Items[0].Health == nil || list.Items[0].Health.Calls == 0 || list.Items[0].Health.Breaker != "closed" {
			t.Fatalf("provider list %+v", list.Items)
		}
	})
}

func TestInstanceAIHealthIsAdminOnly(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, database.SQLite)
	e := newEnv(t, db, false)
	fake := newOpenAIWire(t, "sk-instance-key-0000BBBB")
	withBYO(t, e, []config.AIProvider{{Name: "instance", Kind: "openai", BaseURL: fake.Base(), APIKey: "sk-instance-key-0000BBBB",
		Models: []config.AIModel{{Name: "inst-fast", Tier: "fast", Context: 128000}}}})
	as := func(p *principal.Principal) context.Context {
		if p == nil {
			return context.Background()
		}
		return principal.With(context.Background(), p)
	}
	user := "0190f0f0-0000-7000-8000-000000000001"
	for _, tt := range []struct {
		name string
		p    *principal.Principal
		kind string
	}{
		{"anonymous", nil, "unauthorized"},
		{"workspace owner", &principal.Principal{UserID: user, WorkspaceID: e.ws, Role: "owner"}, "forbidden"},
		{"admin with a read key", &principal.Principal{UserID: user, InstanceAdmin: true, APIKeyID: "k", Scopes: []string{"read"}}, "forbidden"},
		{"instance admin", &principal.Principal{UserID: user, InstanceAdmin: true}, ""},
		{"admin with an admin key", &principal.Principal{UserID: user, InstanceAdmin: true, APIKeyID: "k", Scopes: []string{"admin"}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, err := e.svc.InstanceAIHealth(as(tt.p))
			if got := string(errs.KindOf(err)); got != tt.kind {
				t.Fatalf("error %v (kind %q), want %q", err, got, tt.kind)
			}
			if err != nil {
				return
			}
			if !h.Status.Configured || len(h.Providers) != 1 || h.Providers[0].Breaker != "closed" || h.Providers[0].Name != "instance" {
				t.Fatalf("health %+v", h)
			}
		})
	}
}

// auditLog records audit entries in memory.
type auditLog struct {
	mu      sync.Mutex
	entries []audit.Entry
}

func (l *auditLog) Record(_ context.Context, e audit.Entry) (audit.Record, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, e)
	return audit.Record{Entry: e}, nil
}

func TestWorkspaceKeysSurviveRotationAndSayWhenLost(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false)
		const key = "sk-rotating-key-00001234"
		fake := newOpenAIWire(t, key)
		oldSealer := withBYO(t, e, nil, fake.HostPort())
		log := &auditLog{}
		e.svc.d.Audit = log
		ctx := e.as("owner")
		v, err := e.svc.AddAIProvider(ctx, e.ws, AIProviderRequest{Name: "mine", Kind: "openai", BaseURL: fake.Base(), APIKey: key,
			Models: []config.AIModel{{Name: "ws-fast", Tier: "fast", Context: 128000}}})
		if err != nil {
			t.Fatal(err)
		}
		if len(log.entries) != 1 || log.entries[0].Action != "ai_provider.add" || log.entries[0].Target != "ai_provider:"+v.ID ||
			fmt.Sprint(log.entries[0].Details) == "" || strings.Contains(fmt.Sprint(log.entries[0].Details), key) {
			t.Fatalf("audit %+v", log.entries)
		}

		// The operator rotates the secret key, keeping the old one as previous.
		const newSecret = "analysis-test-secret-key-rotated-0123456789"
		rotated, err := secrets.NewSealer(newSecret, testSecret)
		if err != nil {
			t.Fatal(err)
		}
		e.svc.d.Sealer = rotated
		pass, err := e.svc.aiFor(context.Background(), e.ws)
		if err != nil || !pass.own || !pass.configured() || len(pass.notes) != 0 {
			t.Fatalf("after rotation: %+v, %v", pass, err)
		}
		rows, _ := e.svc.store.AIProviders(context.Background(), e.ws)
		newOnly, _ := secrets.NewSealer(newSecret)
		if pt, err := newOnly.Open(rows[0].APIKeySealed, sealContext(rows[0].ID)); err != nil || string(pt) != key {
			t.Fatalf("key not re-sealed with the current secret: %v", err)
		}
		if _, err := oldSealer.Open(rows[0].APIKeySealed, sealContext(rows[0].ID)); err == nil {
			t.Fatal("re-sealed key still opens with the retired secret")
		}

		// The secret is replaced without keeping the previous one: the key
		// is lost, the analysis says so and falls back to the instance.
		lost, _ := secrets.NewSealer("analysis-test-secret-key-unrelated-987654321")
		e.svc.d.Sealer = lost
		e.svc.byo.forget(e.ws)
		pass, err = e.svc.aiFor(context.Background(), e.ws)
		if err != nil || pass.own || pass.configured() || len(pass.notes) != 1 || !strings.Contains(pass.notes[0], "no longer decrypts") {
			t.Fatalf("lost key: %+v, %v", pass, err)
		}

		if err := e.svc.RemoveAIProvider(ctx, e.ws, v.ID); err != nil {
			t.Fatal(err)
		}
		if got := log.entries[len(log.entries)-1]; got.Action != "ai_provider.remove" || got.ActorID == "" {
			t.Fatalf("audit %+v", got)
		}
	})
}
