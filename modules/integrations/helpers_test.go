package integrations

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/modules/integrations/internal/store"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
	"vigil/platform/principal"
	"vigil/platform/principal/principaltest"
	"vigil/platform/secrets"
)

// roleAuthorizer applies the permission table's row for ActionManage
// (owners and admins) the way auth.Service.Can does.
type roleAuthorizer struct{}

var permissions = principaltest.MinRoles{ActionManage: "admin"}

func (roleAuthorizer) Can(ctx context.Context, p *principal.Principal, ws, action string) error {
	return permissions.Can(ctx, p, ws, action)
}

// mailbox is a Mailer that keeps what it was asked to send.
type mailbox struct {
	mu   sync.Mutex
	sent []string // "to|subject|body"
	fail bool
}

func (m *mailbox) Send(_ context.Context, to, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail {
		return fmt.Errorf("smtp: 451 try later")
	}
	m.sent = append(m.sent, to+"|"+subject+"|"+body)
	return nil
}

type env struct {
	svc    *Service
	db     *database.DB
	ws     string
	mail   *mailbox
	runner *jobs.Runner
}

// testRetryBase is the first retry delay in tests (30 s in production).
const testRetryBase = 150 * time.Millisecond

// newEnv builds the service on db with the guard letting loopback through
// (the fake receivers are httptest servers) unless strict, and a job
// runner that works when work is true.
func newEnv(t *testing.T, db *database.DB, work, strict bool) *env {
	t.Helper()
	runner, err := jobs.New(db, config.Jobs{Workers: 2, PollInterval: 50 * time.Millisecond}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	opts := netguard.Options{Allow: []string{"127.0.0.1"}, Timeout: 10 * time.Second}
	if strict {
		opts.Allow = nil
	}
	guard, err := netguard.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := secrets.NewSealer(strings.Repeat("k", 64))
	if err != nil {
		t.Fatal(err)
	}
	mb := &mailbox{}
	svc, err := New(Deps{DB: db, Jobs: runner, Authorizer: roleAuthorizer{}, Sealer: sealer, Outbound: guard.Client(opts),
		Guard: guard, Mailer: mb, BaseURL: "https://vigil.example.com", RetryBase: testRetryBase, MaxAttempts: 4})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Jobs(runner); err != nil {
		t.Fatal(err)
	}
	if err := runner.Start(context.Background(), work); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = runner.Stop(ctx)
	})
	return &env{svc: svc, db: db, ws: store.NewID(), mail: mb, runner: runner}
}

// as is a context acting in the env's workspace with role.
func (e *env) as(role string) context.Context {
	return principal.With(context.Background(), &principal.Principal{UserID: "0190f0f0-0000-7000-8000-00000000000" + fmt.Sprint(principaltest.RoleRank[role]),
		WorkspaceID: e.ws, Role: role, Email: role + "@example.com"})
}

func (e *env) create(t *testing.T, r ChannelRequest) *ChannelView {
	t.Helper()
	v, err := e.svc.CreateChannel(e.as("admin"), r)
	if err != nil {
		t.Fatalf("create %s: %v", r.Kind, err)
	}
	return v
}

// waitDelivery polls the channel's log until its newest delivery is
// finished (delivered or failed).
func (e *env) waitDelivery(t *testing.T, channelID string) DeliveryView {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(25 * time.Millisecond) {
		page, err := e.svc.Deliveries(e.as("admin"), channelID, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) > 0 && (page.Items[0].Status == store.StatusDelivered || page.Items[0].Status == store.StatusFailed) {
			return page.Items[0]
		}
	}
	t.Fatal("the delivery did not finish")
	return DeliveryView{}
}

// hit is one request a fake receiver got.
type hit struct {
	at     time.Time
	header http.Header
	body   []byte
	path   string
}

// receiver is a fake Slack or webhook endpoint: it answers the statuses
// of codes in turn (200 once they run out) and keeps every request.
type receiver struct {
	*httptest.Server
	mu    sync.Mutex
	hits  []hit
	codes []int
}

func newReceiver(t *testing.T, codes ...int) *receiver {
	r := &receiver{codes: codes}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.hits = append(r.hits, hit{at: time.Now(), header: req.Header.Clone(), body: b, path: req.URL.Path})
		code := http.StatusOK
		if n := len(r.hits); n <= len(r.codes) {
			code = r.codes[n-1]
		}
		r.mu.Unlock()
		w.WriteHeader(code)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) got() []hit {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hit(nil), r.hits...)
}

// api serves the module's routes with a header standing in for auth:
// "X-Test-Principal: role workspace user".
func (e *env) api(t *testing.T) *httptest.Server {
	t.Helper()
	hs, err := httpserver.New(httpserver.Options{Config: config.HTTP{BodyLimit: "1M", UploadLimit: "1M"}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	hs.API().Use(principaltest.HeaderAuth)
	hs.Mount(e.svc.Routes()...)
	srv := httptest.NewServer(hs.Echo())
	t.Cleanup(srv.Close)
	return srv
}

// call sends a JSON request as role (in workspace ws) and returns the
// status and body.
func call(t *testing.T, srv *httptest.Server, role, ws, method, path string, body any) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, srv.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set(principaltest.Header, principaltest.Value(role, ws, "0190f0f0-0000-7000-8000-000000000009"))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// jobArgs is the delivery job for id, as the runner would hand it over.
func jobArgs(id string) jobs.Job[DeliverArgs] {
	return jobs.Job[DeliverArgs]{ID: 1, Attempt: 1, Args: DeliverArgs{DeliveryID: id}}
}
