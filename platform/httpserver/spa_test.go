package httpserver

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

const testIndex = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`

func testDist() fstest.MapFS {
	return fstest.MapFS{
		"index.html":              {Data: []byte(testIndex)},
		"assets/index-abc123.js":  {Data: []byte(`console.log("vigil")`)},
		"assets/index-def456.css": {Data: []byte(`body{color:red}`)},
		"vigil.svg":               {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`)},
	}
}

func TestSPA(t *testing.T) {
	s, _ := newTestServer(t, nil)
	if err := s.MountSPA(testDist()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		method string
		path   string
		status int
		ctype  string
		cache  string
		body   string
	}{
		{"root", "GET", "/", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"client route", "GET", "/signin", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"nested client route", "GET", "/docs/api", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"client route with query", "GET", "/analyses/42?tab=findings", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"index itself", "GET", "/index.html", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"head client route", "HEAD", "/signin", 200, "text/html; charset=utf-8", CacheIndex, ""},
		{"hashed js", "GET", "/assets/index-abc123.js", 200, "text/javascript; charset=utf-8", CacheImmutable, `console.log("vigil")`},
		{"hashed css", "GET", "/assets/index-def456.css", 200, "text/css; charset=utf-8", CacheImmutable, `body{color:red}`},
		{"unhashed static file", "GET", "/vigil.svg", 200, "image/svg+xml", CacheStatic, `<svg xmlns="http://www.w3.org/2000/svg"></svg>`},
		{"missing asset is 404", "GET", "/assets/index-old999.js", 404, ProblemContentType, "", ""},
		{"missing file with extension", "GET", "/favicon.ico", 404, ProblemContentType, "", ""},
		{"path traversal", "GET", "/../../etc/passwd", 200, "text/html; charset=utf-8", CacheIndex, testIndex},
		{"api path never falls back", "GET", "/api/v1/analyses", 404, ProblemContentType, "", ""},
		{"bare api path", "GET", "/api", 404, ProblemContentType, "", ""},
		{"health path never falls back", "GET", "/healthz", 404, ProblemContentType, "", ""},
		{"post to client route", "POST", "/signin", 404, ProblemContentType, "", ""},
		{"post to unknown api route", "POST", "/api/v1/typo", 404, ProblemContentType, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, tt.method, tt.path, "", "")
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.ctype {
				t.Fatalf("Content-Type %q, want %q", got, tt.ctype)
			}
			if tt.cache != "" && rec.Header().Get("Cache-Control") != tt.cache {
				t.Fatalf("Cache-Control %q, want %q", rec.Header().Get("Cache-Control"), tt.cache)
			}
			if tt.status == 200 && rec.Body.String() != tt.body {
				t.Fatalf("body %q", rec.Body)
			}
			if tt.status == 404 {
				var p Problem
				if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Status != 404 {
					t.Fatalf("404 body %s", rec.Body)
				}
			}
			if rec.Header().Get("Content-Security-Policy") == "" {
				t.Fatal("no CSP on SPA response")
			}
		})
	}
	t.Run("etag revalidation", func(t *testing.T) {
		first := do(s, "GET", "/", "", "")
		etag := first.Header().Get("ETag")
		if etag == "" {
			t.Fatal("no ETag on index.html")
		}
		rec := do(s, "GET", "/", "", "", "If-None-Match", etag)
		if rec.Code != 304 || rec.Body.Len() != 0 {
			t.Fatalf("revalidation: %d %q", rec.Code, rec.Body)
		}
	})
	t.Run("assets gzip", func(t *testing.T) {
		big := testDist()
		big["assets/app-1.js"] = &fstest.MapFile{Data: []byte(strings.Repeat("console.log(1);", 200))}
		s2, _ := newTestServer(t, nil)
		if err := s2.MountSPA(big); err != nil {
			t.Fatal(err)
		}
		rec := do(s2, "GET", "/assets/app-1.js", "", "", "Accept-Encoding", "gzip")
		if rec.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("large asset not compressed: %v", rec.Header())
		}
	})
	t.Run("no index", func(t *testing.T) {
		s3, _ := newTestServer(t, nil)
		if err := s3.MountSPA(fstest.MapFS{"a.js": {Data: []byte("x")}}); err == nil {
			t.Fatal("SPA without index.html accepted")
		}
	})
}

func TestMetaAndOpenAPI(t *testing.T) {
	s, _ := newTestServer(t, nil)
	rec := do(s, "GET", "/api/v1/meta", "", "")
	if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"name":"Vigil","version":"1.2.3"}` {
		t.Fatalf("meta: %d %s", rec.Code, rec.Body)
	}
	rec = do(s, "GET", "/api/v1/openapi.json", "", "")
	if rec.Code != 200 {
		t.Fatalf("openapi: %d %s", rec.Code, rec.Body)
	}
	var doc map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["openapi"] != "3.1.0" || doc["info"].(map[string]any)["version"] != "1.2.3" {
		t.Fatalf("header fields: %v %v", doc["openapi"], doc["info"])
	}
	paths := doc["paths"].(map[string]any)
	for _, p := range []string{"/api/v1/openapi.json", "/api/v1/meta", "/api/v1/items/{key}", "/healthz/ready"} {
		if paths[p] == nil {
			t.Errorf("document lacks %s", p)
		}
	}
	get := paths["/api/v1/items/{key}"].(map[string]any)["get"].(map[string]any)
	params := get["parameters"].([]any)
	if len(params) != 1 || params[0].(map[string]any)["name"] != "key" || params[0].(map[string]any)["in"] != "path" {
		t.Fatalf("path parameters %v", params)
	}

	if err := s.MountSPA(testDist()); err != nil {
		t.Fatal(err)
	}
	built, err := s.Document()
	if err != nil {
		t.Fatal(err)
	}
	// The same check the integrator runs over the fully wired application.
	openapiCheck(t, s, built)
}

// noDriver lets sql.Open build a *sql.DB whose pool statistics the
// collector reads; no connection is ever made.
type noDriver struct{}

func (noDriver) Open(string) (driver.Conn, error) { return nil, errors.New("no database in this test") }

func init() { sql.Register("httpserver-test-nodriver", noDriver{}) }

func TestMetrics(t *testing.T) {
	db, err := sql.Open("httpserver-test-nodriver", "")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(7)
	defer db.Close()
	s, _ := newTestServer(t, func(o *Options) { o.DB = db })
	for _, p := range []string{"/api/v1/items/42", "/api/v1/items/43", "/api/v1/items/missing", "/api/v1/does-not-exist-7", "/no/such/thing"} {
		do(s, "GET", p, "", "", "Host", "attacker-"+p[len(p)-1:]+".example")
	}
	do(s, "BREW", "/api/v1/items/42", "", "") // made-up methods share one label value
	rec := do(s, "GET", "/metrics", "", "")
	if rec.Code != 200 {
		t.Fatalf("metrics: %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`vigil_http_requests_total{code="200",host="vigil.example.com",method="GET",url="/api/v1/items/:key"} 2`,
		`vigil_http_requests_total{code="404",host="vigil.example.com",method="GET",url="/api/v1/items/:key"} 1`,
		`vigil_http_request_duration_seconds_bucket{code="200",host="vigil.example.com",method="GET",url="/api/v1/items/:key",le="0.005"}`,
		`vigil_build_info{goversion="go`,
		`version="1.2.3"} 1`,
		`go_goroutines`,
		`go_sql_max_open_connections{db_name="vigil"} 7`,
		`method="OTHER"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	for _, bad := range []string{"/api/v1/items/42", "does-not-exist-7", "/no/such/thing", "attacker-", "BREW"} {
		if strings.Contains(body, bad) {
			t.Errorf("metrics contain raw path or host %q", bad)
		}
	}
}

// TestProblemTypesDocumented keeps the API reference page's problem type
// anchors in step with the type URIs the error handler emits.
func TestProblemTypesDocumented(t *testing.T) {
	page, err := os.ReadFile("../../frontend/src/pages/ApiDocs.tsx")
	if err != nil {
		t.Fatal(err)
	}
	for slug := range ProblemTypes() {
		t.Run(slug, func(t *testing.T) {
			if !strings.Contains(string(page), "['"+slug+"', ") {
				t.Fatalf("frontend/src/pages/ApiDocs.tsx does not document problem type %q", slug)
			}
		})
	}
}
