package analysis

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/principal/principaltest"
)

type api struct {
	*env
	srv *httptest.Server
}

func newAPI(t testing.TB, db *database.DB) *api {
	t.Helper()
	return newAPIWith(t, db, config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}, nil)
}

// newAPIWith is newAPI with its HTTP configuration and a hook to adjust
// the service's Deps.
func newAPIWith(t testing.TB, db *database.DB, hc config.HTTP, adjust func(*Deps)) *api {
	t.Helper()
	e := newEnvWith(t, db, false, adjust)
	e.svc.d.Authenticate = principaltest.HeaderAuth
	hs, err := httpserver.New(httpserver.Options{Config: hc, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	hs.Mount(e.svc.Routes()...)
	srv := httptest.NewServer(hs.Echo())
	t.Cleanup(srv.Close)
	return &api{env: e, srv: srv}
}

func (a *api) who(role string) string {
	return fmt.Sprintf("%s %s 0190f0f0-0000-7000-8000-00000000000%d", role, a.ws, principaltest.RoleRank[role])
}

func (a *api) do(t testing.TB, who, method, path, ct string, body []byte, hdr ...string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(method, a.srv.URL+path, bytes.NewReader(body))
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	if who != "" {
		req.Header.Set(principaltest.Header, who)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res
}

func multipartBody(t testing.TB, tier string, files map[string][]byte) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("tier", tier)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, _ := mw.CreateFormFile("files", n)
		_, _ = w.Write(files[n])
	}
	_ = mw.Close()
	return mw.FormDataContentType(), buf.Bytes()
}

func decode[T any](t testing.TB, res *http.Response) T {
	t.Helper()
	var v T
	b, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

// completed uploads a zip through the API and runs its job.
func (a *api) completed(t testing.TB, files map[string]string) string {
	t.Helper()
	ct, body := multipartBody(t, "static", map[string][]byte{"shop.zip": zipOf(t, files)})
	res := a.do(t, a.who("member"), "POST", "/api/v1/analyses", ct, body)
	if res.StatusCode != 201 {
		b, _ := io.ReadAll(res.Body)
		t.Fatalf("create: %d %s", res.StatusCode, b)
	}
	id := decode[Created](t, res).ID
	if err := a.svc.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	return id
}

func (a *api) queued(t *testing.T) string {
	t.Helper()
	res := a.do(t, a.who("member"), "POST", "/api/v1/analyses", "application/json", []byte(`{"tier":"static","filename":"x.py","content":"eval(input())\n"}`))
	if res.StatusCode != 201 {
		t.Fatalf("paste: %d", res.StatusCode)
	}
	return decode[Created](t, res).ID
}

func TestOperationsMatchRoutes(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, database.SQLite)
	a := newAPI(t, db)
	var routes []string
	for _, r := range a.srv.Config.Handler.(*echo.Echo).Routes() {
		if strings.HasPrefix(r.Path, "/api/v1/analyses") || strings.HasPrefix(r.Path, "/api/v1/findings") || r.Path == "/api/v1/dashboard" ||
			strings.HasSuffix(r.Path, "/ai-providers") || strings.Contains(r.Path, "/ai-providers/") || strings.HasPrefix(r.Path, "/api/v1/admin/ai/") {
			routes = append(routes, r.Method+" "+r.Path)
		}
	}
	var ops []string
	for _, o := range a.svc.Routes() {
		ops = append(ops, o.Method+" "+o.Path)
	}
	sort.Strings(routes)
	sort.Strings(ops)
	if strings.Join(routes, "\n") != strings.Join(ops, "\n") {
		t.Fatalf("routes:\n%s\n\noperations:\n%s", strings.Join(routes, "\n"), strings.Join(ops, "\n"))
	}
}

func TestAuthorizationMatrix(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(t, db)
		done := a.completed(t, map[string]string{"app.py": vulnPy})
		page := decode[Page[FindingView]](t, a.do(t, a.who("viewer"), "GET", "/api/v1/analyses/"+done+"/findings", "", nil))
		if len(page.Items) == 0 {
			t.Fatal("no findings to triage")
		}
		finding := page.Items[0].ID
		paste := []byte(`{"tier":"static","filename":"x.py","content":"eval(input())\n"}`)
		triage := []byte(`{"state":"false_positive","reason":"fixture"}`)
		outsider := "owner 0190f0f0-0000-7000-8000-0000000000ff 0190f0f0-0000-7000-8000-0000000000fe"
		type route struct {
			method, path string
			body         []byte
			target       func() string // fresh id for state-changing routes
			read         bool          // viewer allowed
			minRole      string
			ok           int
		}
		id := func() string { return done }
		routes := []route{
			{"POST", "/api/v1/analyses", paste, nil, false, "member", 201},
			{"POST", "/api/v1/analyses/quote", paste, nil, false, "member", 200},
			{"GET", "/api/v1/analyses", nil, nil, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/events", nil, id, true, "viewer", 200},
			{"POST", "/api/v1/analyses/%s/cancel", nil, func() string { return a.queued(t) }, false, "member", 200},
			{"GET", "/api/v1/analyses/%s/findings", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/compare", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/summary", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/report.sarif", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/report.json", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/report.csv", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/analyses/%s/report.html", nil, id, true, "viewer", 200},
			{"GET", "/api/v1/findings/%s", nil, func() string { return finding }, true, "viewer", 200},
			{"PATCH", "/api/v1/findings/%s", triage, func() string { return finding }, false, "member", 200},
			{"POST", "/api/v1/analyses/%s/triage", []byte(`{"finding_ids":["` + finding + `"],"state":"accepted_risk","reason":"fixture"}`), id, false, "member", 200},
			{"DELETE", "/api/v1/analyses/%s", nil, func() string { return a.queued(t) }, false, "admin", 204},
		}
		for _, r := range routes {
			for _, who := range []string{"anonymous", "outsider", "viewer", "member", "admin"} {
				t.Run(r.method+" "+r.path+" as "+who, func(t *testing.T) {
					path := r.path
					if r.target != nil {
						path = fmt.Sprintf(r.path, r.target())
					}
					ct := ""
					if r.body != nil {
						ct = "application/json"
					}
					var want int
					var hdr string
					switch who {
					case "anonymous":
						want = 401
					case "outsider":
						hdr = outsider
						want = 404
						if r.target == nil { // acts in its own workspace
							want = r.ok
						}
					default:
						hdr = a.who(who)
						want = r.ok
						if principaltest.RoleRank[who] < principaltest.RoleRank[r.minRole] {
							want = 403
						}
					}
					res := a.do(t, hdr, r.method, path, ct, r.body)
					if res.StatusCode != want {
						b, _ := io.ReadAll(res.Body)
						t.Fatalf("%s %s as %s: %d, want %d: %s", r.method, path, who, res.StatusCode, want, b)
					}
				})
			}
		}
	})
}
