package repositories

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
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

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/netguard"
	"vigil/platform/principal"
	"vigil/platform/principal/principaltest"
	"vigil/platform/secrets"
)

// roleAuthorizer applies the written matrix rows for repositories the
// way auth.Service.Can does: viewers read, admins manage.
type roleAuthorizer struct{}

var permissions = principaltest.MinRoles{ActionRead: "viewer", ActionManage: "admin", actionStartAnalysis: "member"}

func (roleAuthorizer) Can(ctx context.Context, p *principal.Principal, ws, action string) error {
	return permissions.Can(ctx, p, ws, action)
}

// fakeAnalyses records every source it is handed, with the archive's
// file names, and refuses viewers as the analysis module would.
type fakeAnalyses struct {
	mu      sync.Mutex
	started []startCall
	err     error
	// results maps a started analysis' commit (the tarball's) to its
	// result; every analysis completes at once with it.
	results map[string]Result
	// triaged are the decisions recorded through TriageFinding.
	triaged []TriageDecision
}

// TriageFinding implements Triager: it records the decision and applies
// it to every configured result holding the finding, as the analysis
// module applies a decision to the fingerprint.
func (f *fakeAnalyses) TriageFinding(_ context.Context, d TriageDecision) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.triaged = append(f.triaged, d)
	for _, r := range f.results {
		for i := range r.Findings {
			if r.Findings[i].ID == d.FindingID {
				r.Findings[i].Triage = d.State
			}
		}
	}
	return nil
}

// SARIF implements Reporter: a minimal SARIF 2.1.0 log naming the
// analysis and who it was read for.
func (f *fakeAnalyses) SARIF(_ context.Context, ws, actor, id string, w io.Writer) error {
	_, err := fmt.Fprintf(w, `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Vigil"}},"results":[],"properties":{"analysis":%q,"workspace":%q,"actor":%q}}]}`, id, ws, actor)
	return err
}

func (f *fakeAnalyses) decisions() []TriageDecision {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]TriageDecision(nil), f.triaged...)
}

// Result implements Results: the result configured for the source's
// name suffix (after "@"), completed.
func (f *fakeAnalyses) Result(_ context.Context, ws, id string) (Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, c := range f.started {
		if fmt.Sprintf("0190f0f0-0000-7000-8000-%012d", i+1) == id && c.Workspace == ws {
			for suffix, r := range f.results {
				if strings.Contains(c.Files["marker"], suffix) {
					r.Findings = append([]ResultFinding(nil), r.Findings...)
					return r, nil
				}
			}
			return Result{Status: "completed"}, nil
		}
	}
	return Result{}, errs.NotFound("analysis")
}

type startCall struct {
	Workspace, CreatedBy string
	Source               Source
	Files                map[string]string
}

func (f *fakeAnalyses) record(ws, by string, src Source) (Started, error) {
	files := map[string]string{}
	zr, err := gzip.NewReader(io.NewSectionReader(src.Archive, 0, src.Size))
	if err != nil {
		return Started{}, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if h.Typeflag == tar.TypeReg {
			b, _ := io.ReadAll(tr)
			files[h.Name] = string(b)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return Started{}, f.err
	}
	f.started = append(f.started, startCall{ws, by, src, files})
	return Started{ID: fmt.Sprintf("0190f0f0-0000-7000-8000-%012d", len(f.started)), Status: "queued", Credits: 40}, nil
}

func (f *fakeAnalyses) Start(ctx context.Context, src Source) (Started, error) {
	p, _ := principal.From(ctx)
	if p == nil || principaltest.RoleRank[p.Role] < 2 {
		return Started{}, errs.New(errs.KindForbidden, "your role may not start analyses")
	}
	return f.record(p.WorkspaceID, p.UserID, src)
}

func (f *fakeAnalyses) StartFor(_ context.Context, ws, by string, src Source) (Started, error) {
	return f.record(ws, by, src)
}

func (f *fakeAnalyses) calls() []startCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]startCall(nil), f.started...)
}

type harness struct {
	svc      *Service
	db       *database.DB
	analyses *fakeAnalyses
	srv      *httptest.Server
	ws       string
}

func newHarness(t *testing.T, db *database.DB, adjust func(*Deps)) *harness {
	t.Helper()
	sealer, err := secrets.NewSealer("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	guard, err := netguard.New(netguard.Options{Allow: []string{"127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	fa := &fakeAnalyses{}
	d := Deps{DB: db, Sealer: sealer, Authorizer: roleAuthorizer{}, Analyses: fa, Results: fa, Triage: fa, Reports: fa, Guard: guard,
		Limits: Limits{MaxArchiveBytes: 10 << 20}, Logger: slog.New(slog.DiscardHandler)}
	if adjust != nil {
		adjust(&d)
	}
	svc, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	hs, err := httpserver.New(httpserver.Options{Config: config.HTTP{BodyLimit: "1M", UploadLimit: "1M"}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	hs.API().Use(principaltest.HeaderAuth)
	hs.Mount(svc.Routes()...)
	srv := httptest.NewServer(hs.Echo())
	t.Cleanup(srv.Close)
	return &harness{svc: svc, db: db, analyses: fa, srv: srv, ws: "0190f0f0-0000-7000-8000-0000000000aa"}
}

// who is the X-Test-Principal of role in the harness's workspace.
func (h *harness) who(role string) string {
	return fmt.Sprintf("%s %s 0190f0f0-0000-7000-8000-00000000000%d", role, h.ws, principaltest.RoleRank[role])
}

func (h *harness) do(t *testing.T, who, method, path string, body any) (*http.Response, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, h.srv.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if who != "" {
		req.Header.Set(principaltest.Header, who)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func paymentRequired() error {
	return errs.New(errs.KindPaymentRequired, "not enough credits: 12 needed, 3 available")
}
