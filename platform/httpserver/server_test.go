package httpserver

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/logging"
	"vigil/platform/logging/logtest"
	"vigil/platform/openapi"
)

type createItem struct {
	Name  string   `json:"name" validate:"required,min=3"`
	Email string   `json:"email" validate:"required,email"`
	Kind  string   `json:"kind" validate:"omitempty,oneof=zip snippet"`
	Tags  []string `json:"tags,omitempty" validate:"max=2"`
	Count int      `json:"count" validate:"gte=0"`
}

const internalSecret = "pq: connection to 10.0.0.5 failed: password=hunter2"

// newTestServer builds a server with a few representative routes.
func newTestServer(t *testing.T, mutate func(*Options)) (*Server, *logtest.Buffer) {
	t.Helper()
	logs := &logtest.Buffer{}
	opts := Options{
		Config:  config.HTTP{BodyLimit: "1K", UploadLimit: "64K", ShutdownTimeout: 5 * time.Second},
		BaseURL: "https://vigil.example.com",
		Logger:  logging.New(logs, config.Log{Level: "info", Format: "json"}),
		Version: "1.2.3",
	}
	if mutate != nil {
		mutate(&opts)
	}
	s, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	api := s.API()
	api.POST("/items", func(c echo.Context) error {
		var in createItem
		if err := Bind(c, &in); err != nil {
			return err
		}
		return c.JSON(http.StatusCreated, in)
	})
	api.GET("/items/:key", func(c echo.Context) error {
		if c.Param("key") == "missing" {
			return errs.NotFound("item")
		}
		return c.JSON(http.StatusOK, map[string]string{"id": c.Param("key")})
	})
	api.PUT("/items/:key", func(c echo.Context) error {
		var in createItem
		if err := c.Bind(&in); err != nil {
			return err
		}
		return c.Validate(&in)
	})
	api.GET("/boom", func(c echo.Context) error { return errors.New(internalSecret) })
	api.GET("/panic", func(c echo.Context) error { panic(internalSecret) })
	api.GET("/limited", func(c echo.Context) error {
		return &errs.Error{Kind: errs.KindRateLimited, Message: "slow down", RetryAfter: 1500 * time.Millisecond}
	})
	api.GET("/unavailable", func(c echo.Context) error {
		return errs.Wrap(errs.KindUnavailable, errors.New(internalSecret), "database down: "+internalSecret)
	})
	api.POST("/uploads", func(c echo.Context) error {
		n, err := io.Copy(io.Discard, c.Request().Body)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]int64{"bytes": n})
	})
	api.GET("/events", func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderContentType, "text/event-stream")
		c.Response().WriteHeader(http.StatusOK)
		for i := 0; i < 50; i++ {
			_, _ = io.WriteString(c.Response(), "data: "+strings.Repeat("x", 100)+"\n\n")
		}
		c.Response().Flush()
		return nil
	})
	api.GET("/big", func(c echo.Context) error {
		return c.JSON(http.StatusOK, map[string]string{"text": strings.Repeat("vigil ", 1000)})
	})
	api.GET("/ip", func(c echo.Context) error { return c.String(http.StatusOK, c.RealIP()) })
	s.AddOperations(testOperations()...)
	return s, logs
}

func testOperations() []openapi.Operation {
	return []openapi.Operation{
		{Method: "POST", Path: "/api/v1/items", Summary: "Create an item", Tags: []string{"items"}, Auth: []string{"cookie", "apiKey"},
			Request:   createItem{Name: "abc", Email: "a@b.c"},
			Responses: map[int]openapi.Response{201: {Description: "Created", Body: createItem{}}}},
		{Method: "GET", Path: "/api/v1/items/:key", Tags: []string{"items"}, Responses: map[int]openapi.Response{200: {Body: map[string]any{"id": "x"}}, 404: {}}},
		{Method: "PUT", Path: "/api/v1/items/:key", Request: createItem{}},
		{Method: "GET", Path: "/api/v1/boom", Responses: map[int]openapi.Response{500: {}}},
		{Method: "GET", Path: "/api/v1/panic", Responses: map[int]openapi.Response{500: {}}},
		{Method: "GET", Path: "/api/v1/limited", Responses: map[int]openapi.Response{429: {}}},
		{Method: "GET", Path: "/api/v1/unavailable", Responses: map[int]openapi.Response{503: {}}},
		{Method: "POST", Path: "/api/v1/uploads", RequestContentType: "application/zip", Responses: map[int]openapi.Response{200: {}}},
		{Method: "GET", Path: "/api/v1/events", Responses: map[int]openapi.Response{200: {ContentType: "text/event-stream"}}},
		{Method: "GET", Path: "/api/v1/big", Responses: map[int]openapi.Response{200: {}}},
		{Method: "GET", Path: "/api/v1/ip", Responses: map[int]openapi.Response{200: {ContentType: "text/plain"}}},
	}
}

func do(s *Server, method, target, contentType, body string, hdr ...string) *httptest.ResponseRecorder {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if contentType != "" {
		req.Header.Set(echo.HeaderContentType, contentType)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	s.Echo().ServeHTTP(rec, req)
	return rec
}

func TestProblemDocuments(t *testing.T) {
	s, logs := newTestServer(t, nil)
	if err := s.MountSPA(testDist()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		status      int
		slug        string
		detail      string // substring expected in detail
		fields      []errs.FieldError
	}{
		{"unknown api route", "GET", "/api/v1/nope", "", "", 404, "not_found", "does not exist", nil},
		{"unknown api route other method", "DELETE", "/api/v1/nope/deeper", "", "", 404, "not_found", "does not exist", nil},
		{"unknown api version", "GET", "/api/v2/items", "", "", 404, "not_found", "does not exist", nil},
		{"typed not found", "GET", "/api/v1/items/missing", "", "", 404, "not_found", "item not found", nil},
		{"wrong method", "DELETE", "/api/v1/items", "application/json", "{}", 405, "method_not_allowed", "DELETE method", nil},
		{"body too large", "POST", "/api/v1/items", "application/json", `{"name":"` + strings.Repeat("a", 2000) + `"}`, 413, "too_large", "larger", nil},
		{"wrong content type", "POST", "/api/v1/items", "text/plain", `{"name":"abc"}`, 415, "unsupported_media_type", "must be JSON", nil},
		{"no content type", "POST", "/api/v1/items", "", `{"name":"abc"}`, 415, "unsupported_media_type", "must be JSON", nil},
		{"malformed json", "POST", "/api/v1/items", "application/json", `{"name": "abc",}`, 400, "bad_request", "offset 16", nil},
		{"truncated json", "POST", "/api/v1/items", "application/json", `{"name": "abc"`, 400, "bad_request", "ends unexpectedly", nil},
		{"two values", "POST", "/api/v1/items", "application/json", `{} {}`, 400, "bad_request", "single JSON value", nil},
		{"not an object", "POST", "/api/v1/items", "application/json", `[1,2]`, 400, "bad_request", "JSON object", nil},
		{"validation", "POST", "/api/v1/items", "application/json; charset=utf-8", `{"name":"ab","email":"nope","kind":"tar","tags":["a","b","c"],"count":-1}`, 422, "invalid", "invalid fields", []errs.FieldError{
			{Field: "name", Message: "must have at least 3 characters"},
			{Field: "email", Message: "must be a valid email address"},
			{Field: "kind", Message: "must be one of: zip, snippet"},
			{Field: "tags", Message: "must have at most 2 items"},
			{Field: "count", Message: "must be at least 0"},
		}},
		{"required", "POST", "/api/v1/items", "application/json", `{}`, 422, "invalid", "invalid fields", []errs.FieldError{
			{Field: "name", Message: "is required"}, {Field: "email", Message: "is required"},
		}},
		{"unknown field", "POST", "/api/v1/items", "application/json", `{"name":"abc","email":"a@b.c","admin":true}`, 422, "invalid", "invalid fields", []errs.FieldError{
			{Field: "admin", Message: "is not a known field"},
		}},
		{"wrong field type", "POST", "/api/v1/items", "application/json", `{"name":"abc","email":"a@b.c","count":"many"}`, 422, "invalid", "invalid fields", []errs.FieldError{
			{Field: "count", Message: "must be an integer"},
		}},
		{"echo Validate uses the same rules", "PUT", "/api/v1/items/7", "application/json", `{"email":"a@b.c"}`, 422, "invalid", "invalid fields", []errs.FieldError{
			{Field: "name", Message: "is required"},
		}},
		{"internal error", "GET", "/api/v1/boom", "", "", 500, "internal", "Something went wrong", nil},
		{"panic", "GET", "/api/v1/panic", "", "", 500, "internal", "Something went wrong", nil},
		{"unavailable", "GET", "/api/v1/unavailable", "", "", 503, "unavailable", "temporarily unavailable", nil},
		{"rate limited", "GET", "/api/v1/limited", "", "", 429, "rate_limited", "slow down", nil},
		{"missing asset", "GET", "/assets/gone-123.js", "", "", 404, "not_found", "does not exist", nil},
		{"unknown health path", "GET", "/healthz/nope", "", "", 404, "not_found", "does not exist", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, tt.method, tt.target, tt.contentType, tt.body)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d; body %s", rec.Code, tt.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != ProblemContentType {
				t.Fatalf("Content-Type = %q", ct)
			}
			raw := rec.Body.String()
			if strings.Contains(raw, "hunter2") || strings.Contains(raw, "10.0.0.5") || strings.Contains(raw, "goroutine") {
				t.Fatalf("internals leaked: %s", raw)
			}
			var p Problem
			dec := json.NewDecoder(strings.NewReader(raw))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&p); err != nil {
				t.Fatalf("not a problem document: %v: %s", err, raw)
			}
			if p.Status != tt.status || p.Title == "" || p.Type != "https://vigil.example.com/docs/api#problem-"+tt.slug {
				t.Fatalf("problem = %+v", p)
			}
			if !strings.Contains(p.Detail, tt.detail) {
				t.Fatalf("detail %q does not contain %q", p.Detail, tt.detail)
			}
			if p.Instance != strings.SplitN(tt.target, "?", 2)[0] {
				t.Fatalf("instance = %q", p.Instance)
			}
			if p.RequestID == "" || p.RequestID != rec.Header().Get(HeaderRequestID) {
				t.Fatalf("request_id %q, header %q", p.RequestID, rec.Header().Get(HeaderRequestID))
			}
			if len(p.Errors) != len(tt.fields) {
				t.Fatalf("errors = %+v, want %+v", p.Errors, tt.fields)
			}
			for i := range tt.fields {
				if p.Errors[i] != tt.fields[i] {
					t.Fatalf("errors[%d] = %+v, want %+v", i, p.Errors[i], tt.fields[i])
				}
			}
		})
	}
	t.Run("retry after", func(t *testing.T) {
		if got := do(s, "GET", "/api/v1/limited", "", "").Header().Get("Retry-After"); got != "2" {
			t.Fatalf("Retry-After = %q", got)
		}
	})
	t.Run("5xx cause logged once with request id", func(t *testing.T) {
		rec := do(s, "GET", "/api/v1/boom", "", "")
		id := rec.Header().Get(HeaderRequestID)
		n := 0
		for _, l := range logs.Records(t) {
			if l["request_id"] == id {
				n++
				if l["level"] != "ERROR" || !strings.Contains(l["error"].(string), "connection to 10.0.0.5") {
					t.Fatalf("log line %v", l)
				}
				if strings.Contains(logs.String(), "hunter2") {
					t.Fatal("password reached the log")
				}
			}
		}
		if n != 1 {
			t.Fatalf("%d log lines for the request, want 1", n)
		}
	})
	t.Run("HEAD problem has no body", func(t *testing.T) {
		rec := do(s, "HEAD", "/api/v1/nope", "", "")
		if rec.Code != 404 || rec.Body.Len() != 0 {
			t.Fatalf("HEAD: %d %q", rec.Code, rec.Body)
		}
	})
}

func TestBindSuccessAndUploadLimit(t *testing.T) {
	s, _ := newTestServer(t, nil)
	rec := do(s, "POST", "/api/v1/items", "application/json", `{"name":"abc","email":"a@b.c","kind":"zip"}`)
	if rec.Code != 201 || !strings.Contains(rec.Body.String(), `"kind":"zip"`) {
		t.Fatalf("bind: %d %s", rec.Code, rec.Body)
	}
	tests := []struct {
		name   string
		size   int
		status int
	}{
		{"upload over JSON limit is accepted", 10 << 10, 200},
		{"upload over upload limit", 65<<10 + 1, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, "POST", "/api/v1/uploads", "application/zip", strings.Repeat("z", tt.size))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
		})
	}
	t.Run("chunked body over limit", func(t *testing.T) {
		req := httptest.NewRequest("POST", "/api/v1/items", io.MultiReader(strings.NewReader(`{"name":"`), strings.NewReader(strings.Repeat("a", 4000)), strings.NewReader(`"}`)))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.Echo().ServeHTTP(rec, req)
		if rec.Code != 413 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	})
}

func TestRequestID(t *testing.T) {
	s, logs := newTestServer(t, nil)
	tests := []struct {
		name     string
		incoming string
		reuse    bool
	}{
		{"generated", "", false},
		{"from proxy", "abc-123_XYZ.9", true},
		{"unsafe incoming replaced", "bad id\nwith newline", false},
		{"too long replaced", strings.Repeat("a", 65), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rec *httptest.ResponseRecorder
			if tt.incoming != "" {
				rec = do(s, "GET", "/healthz/live", "", "", HeaderRequestID, tt.incoming)
			} else {
				rec = do(s, "GET", "/healthz/live", "", "")
			}
			id := rec.Header().Get(HeaderRequestID)
			if id == "" || (tt.reuse && id != tt.incoming) || (!tt.reuse && id == tt.incoming) {
				t.Fatalf("X-Request-ID = %q (incoming %q)", id, tt.incoming)
			}
			found := false
			for _, l := range logs.Records(t) {
				if l["request_id"] == id {
					found = true
					if l["msg"] != "http request" || l["route"] != "/healthz/live" || l["status"] != float64(200) || l["method"] != "GET" {
						t.Fatalf("access log line %v", l)
					}
				}
			}
			if !found {
				t.Fatalf("request id %s not in log:\n%s", id, logs)
			}
		})
	}
}

func TestHealth(t *testing.T) {
	var mu sync.Mutex
	var readyErr error
	s, logs := newTestServer(t, func(o *Options) {
		o.Ready = func(context.Context) error { mu.Lock(); defer mu.Unlock(); return readyErr }
	})
	setReady := func(err error) { mu.Lock(); readyErr = err; mu.Unlock() }
	tests := []struct {
		name     string
		path     string
		readyErr error
		status   int
	}{
		{"live", "/healthz/live", nil, 200},
		{"ready probe with HEAD", "HEAD /healthz/ready", nil, 200},
		{"not ready probe with HEAD", "HEAD /healthz/ready", errors.New("db down"), 503},
		{"live while db down", "/healthz/live", errors.New("db down"), 200},
		{"ready", "/healthz/ready", nil, 200},
		{"not ready", "/healthz/ready", errors.New("dial tcp 127.0.0.1:5432: connection refused"), 503},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setReady(tt.readyErr)
			method, path := "GET", tt.path
			if m, p, ok := strings.Cut(tt.path, " "); ok {
				method, path = m, p
			}
			rec := do(s, method, path, "", "")
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.status == 503 && method == "GET" {
				if rec.Header().Get("Content-Type") != ProblemContentType || strings.Contains(rec.Body.String(), "5432") {
					t.Fatalf("bad 503 body: %s", rec.Body)
				}
				if !strings.Contains(logs.String(), "connection refused") {
					t.Fatal("readiness failure cause not logged")
				}
			}
		})
	}
	t.Run("draining", func(t *testing.T) {
		setReady(nil)
		s.draining.Store(true)
		defer s.draining.Store(false)
		if rec := do(s, "GET", "/healthz/ready", "", ""); rec.Code != 503 {
			t.Fatalf("status %d while draining", rec.Code)
		}
	})
}

func TestSecurityHeadersAndIP(t *testing.T) {
	s, _ := newTestServer(t, nil)
	// Data responses get the short API set; pages (the SPA, /docs/api) get
	// the SPA's CSP and the document policies.
	for _, tc := range []struct {
		path string
		csp  string
		page bool
	}{
		{"/healthz/live", APIContentSecurityPolicy, false},
		{"/api/v1/items/1", APIContentSecurityPolicy, false},
		{"/metrics", APIContentSecurityPolicy, false},
		{"/docs/api", ContentSecurityPolicy, true},
	} {
		rec := do(s, "GET", tc.path, "", "")
		for h, want := range map[string]string{
			"Content-Security-Policy":   tc.csp,
			"X-Content-Type-Options":    "nosniff",
			"X-Frame-Options":           "DENY",
			"Strict-Transport-Security": "max-age=63072000; includeSubDomains",
		} {
			if got := rec.Header().Get(h); got != want {
				t.Errorf("%s: %s = %q, want %q", tc.path, h, got, want)
			}
		}
		if got := rec.Header().Get("Permissions-Policy") != ""; got != tc.page {
			t.Errorf("%s: Permissions-Policy present = %v, want %v", tc.path, got, tc.page)
		}
	}
	for _, d := range []string{"default-src 'self'", "frame-ancestors 'none'", "script-src 'self'", "object-src 'none'"} {
		if !strings.Contains(ContentSecurityPolicy, d) {
			t.Errorf("CSP lacks %s", d)
		}
	}
	if strings.Contains(ContentSecurityPolicy, "unsafe-inline") || strings.Contains(ContentSecurityPolicy, "unsafe-eval") {
		t.Error("CSP allows inline code")
	}

	proxied, _ := newTestServer(t, func(o *Options) { o.Config.TrustedProxies = []string{"10.0.0.0/8"} })
	tests := []struct {
		name   string
		s      *Server
		remote string
		xff    string
		want   string
	}{
		{"direct ignores XFF", s, "198.51.100.7:1234", "203.0.113.9", "198.51.100.7"},
		{"trusted proxy", proxied, "10.1.2.3:1234", "203.0.113.9", "203.0.113.9"},
		{"untrusted peer spoofing XFF", proxied, "198.51.100.7:1234", "203.0.113.9", "198.51.100.7"},
		{"spoofed chain through proxy", proxied, "10.1.2.3:1234", "1.1.1.1, 203.0.113.9", "203.0.113.9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/api/v1/ip", nil)
			req.RemoteAddr = tt.remote
			req.Header.Set("X-Forwarded-For", tt.xff)
			rec := httptest.NewRecorder()
			tt.s.Echo().ServeHTTP(rec, req)
			if rec.Body.String() != tt.want {
				t.Fatalf("RealIP = %q, want %q", rec.Body, tt.want)
			}
		})
	}
	if _, err := New(Options{Logger: slog.New(slog.DiscardHandler), Config: config.HTTP{TrustedProxies: []string{"nonsense"}}}); err == nil {
		t.Fatal("bad CIDR accepted")
	}
}

func TestGzip(t *testing.T) {
	s, _ := newTestServer(t, nil)
	tests := []struct {
		name     string
		path     string
		accept   string
		encoding string
	}{
		{"large json compressed", "/api/v1/big", "gzip, deflate", "gzip"},
		{"client without gzip", "/api/v1/big", "", ""},
		{"gzip refused with q=0", "/api/v1/big", "gzip;q=0", ""},
		{"event stream never compressed", "/api/v1/events", "gzip", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(s, "GET", tt.path, "", "", "Accept-Encoding", tt.accept)
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.encoding {
				t.Fatalf("Content-Encoding = %q, want %q", got, tt.encoding)
			}
		})
	}
}

func TestGracefulShutdownFinishesInFlightRequest(t *testing.T) {
	s, _ := newTestServer(t, nil)
	started := make(chan struct{})
	s.API().GET("/slow", func(c echo.Context) error {
		close(started)
		time.Sleep(400 * time.Millisecond)
		return c.String(http.StatusOK, "finished")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	url := "http://" + ln.Addr().String()

	type result struct {
		status int
		body   string
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Get(url + "/api/v1/slow")
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		res <- result{status: resp.StatusCode, body: string(b)}
	}()
	<-started
	cancel() // SIGTERM in production

	r := <-res
	if r.err != nil || r.status != 200 || r.body != "finished" {
		t.Fatalf("in-flight request: %+v", r)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
	if _, err := http.Get(url + "/healthz/live"); err == nil {
		t.Fatal("server still accepts connections after shutdown")
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"", 7, true}, {"2M", 2 << 20, true}, {"512K", 512 << 10, true}, {"1G", 1 << 30, true},
		{"100MB", 100 << 20, true}, {"4096", 4096, true}, {"lots", 0, false}, {"-1M", 0, false}, {"1.5M", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseSize(tt.in, 7)
			if (err == nil) != tt.ok || got != tt.want {
				t.Fatalf("parseSize(%q) = %d, %v", tt.in, got, err)
			}
		})
	}
}

// The access log's fast path (appending straight into Vigil's JSON
// handler) writes the same line as the slog path, redaction included.
func TestAccessLogFastPathMatchesSlog(t *testing.T) {
	fast, fastLogs := newTestServer(t, nil)
	slowLogs := &logtest.Buffer{}
	slow, _ := newTestServer(t, func(o *Options) {
		o.Logger = slog.New(slog.NewJSONHandler(slowLogs, &slog.HandlerOptions{ReplaceAttr: logging.Redact}))
	})
	if fast.raw == nil || slow.raw != nil {
		t.Fatal("expected the fast path on logging.New and the slog path on a plain handler")
	}
	for _, path := range []string{"/api/v1/items/vigil_abcdefghijklmnop", "/api/v1/boom", "/nope"} {
		for _, s := range []*Server{fast, slow} {
			do(s, "GET", path, "", "", "User-Agent", "curl/8 Bearer abcdefghijklmnopq", HeaderRequestID, "req-1")
		}
	}
	strip := func(ls []map[string]any) []map[string]any {
		var out []map[string]any
		for _, l := range ls {
			if l["msg"] != "http request" {
				continue
			}
			if d, ok := l["duration_ms"].(float64); !ok || d < 0 {
				t.Fatalf("duration_ms %v", l["duration_ms"])
			}
			delete(l, "time")
			delete(l, "duration_ms")
			out = append(out, l)
		}
		return out
	}
	a, b := strip(fastLogs.Records(t)), strip(slowLogs.Records(t))
	if len(a) != 3 || !reflect.DeepEqual(a, b) {
		t.Fatalf("fast path:\n%v\nslog path:\n%v", a, b)
	}
	for _, l := range a {
		for _, v := range l {
			if s, ok := v.(string); ok && (strings.Contains(s, "abcdefghijklmnop") || strings.Contains(s, internalSecret)) {
				t.Fatalf("secret in access line: %v", l)
			}
		}
	}
}

// API handlers can read the request id from their context.
func TestRequestIDInAPIContext(t *testing.T) {
	s, _ := newTestServer(t, nil)
	s.API().GET("/rid", func(c echo.Context) error { return c.String(http.StatusOK, RequestID(c.Request().Context())) })
	rec := do(s, "GET", "/api/v1/rid", "", "")
	if id := rec.Header().Get(HeaderRequestID); id == "" || rec.Body.String() != id {
		t.Fatalf("context id %q, header id %q", rec.Body.String(), id)
	}
}
