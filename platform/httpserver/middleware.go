package httpserver

import (
	"net/url"
	"vigil/platform/logging"

	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/getsentry/sentry-go"
	sentryecho "github.com/getsentry/sentry-go/echo"
	"github.com/labstack/echo/v4"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// HeaderRequestID carries the request id in requests (from a trusted proxy)
// and responses.
const HeaderRequestID = "X-Request-ID"

type ctxKey int

const requestIDKey ctxKey = iota

// requestIDHeader is HeaderRequestID in canonical form, for direct map
// writes.
var requestIDHeader = http.CanonicalHeaderKey(HeaderRequestID)

// RequestID returns the request id stored in ctx by the server for /api
// requests, or "". Services pass it into their own log lines so one request
// can be followed.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// RequestIDFrom returns the request id of an echo context (the one the
// response carries).
func RequestIDFrom(c echo.Context) string {
	if v := c.Response().Header()[requestIDHeader]; len(v) > 0 {
		return v[0]
	}
	return RequestID(c.Request().Context())
}

// requestID reuses a well-formed incoming X-Request-ID (set by nginx) or
// generates one, and exposes it in the response header, the echo context
// and the request context. A trace never decides it: the trace id may come
// from the client's traceparent, so it is logged beside the request id
// (trace_id), never instead of it.
func (s *Server) requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		id := firstValue(req.Header, requestIDHeader)
		if !validRequestID(id) {
			id = newRequestID()
		}
		c.Response().Header()[requestIDHeader] = []string{id}
		if strings.HasPrefix(req.URL.Path, "/api/") {
			// Module code reads it from the context (RequestID); health,
			// metrics and static files never do, so they skip the copy.
			c.SetRequest(req.WithContext(context.WithValue(req.Context(), requestIDKey, id)))
		}
		return next(c)
	}
}

// firstValue is Header.Get for a key already in canonical form: Get
// canonicalises its key on every call, which the per-request paths skip.
func firstValue(h http.Header, canonicalKey string) string {
	if v := h[canonicalKey]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		b := id[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.') {
			return false
		}
	}
	return true
}

// Request ids are a random per-process prefix and a counter: unique
// across replicas and restarts, and far cheaper than 16 random bytes per
// request (they correlate log lines; they are not secrets).
var (
	requestIDPrefix = func() string {
		var b [8]byte
		_, _ = rand.Read(b[:])
		return hex.EncodeToString(b[:])
	}()
	requestIDSeq atomic.Uint64
)

func newRequestID() string {
	var buf [16 + 1 + 16]byte
	b := append(buf[:0], requestIDPrefix...)
	b = append(b, '-')
	b = strconv.AppendUint(b, requestIDSeq.Add(1), 16)
	return string(b)
}

// observe times each request once for both of its records: the metrics
// (count and latency by route template) and one structured access-log
// line. It hands errors to the error handler itself, so both carry the
// final status, and it is the one place a 5xx cause is logged (with the
// request id).
func (s *Server) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			c.Error(err)
		}
		end := time.Now()
		took := end.Sub(start)
		s.recordRequest(c, took)
		req := c.Request()
		res := c.Response()
		status := res.Status
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		ctx := req.Context()
		if !s.log.Enabled(ctx, level) {
			return nil
		}
		route := c.Path()
		duration := float64(took.Microseconds()) / 1000
		var traceID string
		if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
			traceID = sc.TraceID().String()
		}
		if s.raw != nil {
			// The same line as below, appended straight into the log
			// buffer (the access log is written on every request).
			_ = s.raw.AppendRecord(end, level, "http request", func(b []byte) []byte {
				b = append(b, `"request_id":`...)
				b = logging.AppendJSONString(b, RequestIDFrom(c))
				if traceID != "" {
					b = append(b, `,"trace_id":`...)
					b = logging.AppendJSONString(b, traceID)
				}
				b = append(b, `,"method":`...)
				b = logging.AppendJSONString(b, req.Method)
				b = append(b, `,"path":`...)
				b = logging.AppendJSONString(b, logging.RedactString(req.URL.Path))
				b = append(b, `,"route":`...)
				b = logging.AppendJSONString(b, route)
				b = append(b, `,"status":`...)
				b = strconv.AppendInt(b, int64(status), 10)
				b = append(b, `,"duration_ms":`...)
				b = strconv.AppendFloat(b, duration, 'g', -1, 64)
				b = append(b, `,"bytes_out":`...)
				b = strconv.AppendInt(b, res.Size, 10)
				b = append(b, `,"ip":`...)
				b = logging.AppendJSONString(b, c.RealIP())
				b = append(b, `,"user_agent":`...)
				b = logging.AppendJSONString(b, logging.RedactString(firstValue(req.Header, "User-Agent")))
				if err != nil && status >= 500 {
					b = append(b, `,"error":`...)
					b = logging.AppendJSONString(b, logging.RedactString(err.Error()))
				}
				return b
			})
			return nil
		}
		attrs := []slog.Attr{
			slog.String("request_id", RequestIDFrom(c)),
			slog.String("method", req.Method),
			slog.String("path", req.URL.Path),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Float64("duration_ms", duration),
			slog.Int64("bytes_out", res.Size),
			slog.String("ip", c.RealIP()),
			slog.String("user_agent", req.UserAgent()),
		}
		if traceID != "" {
			attrs = append(attrs, slog.String("trace_id", traceID))
		}
		if err != nil && status >= 500 {
			attrs = append(attrs, slog.String("error", err.Error()))
		}
		s.log.LogAttrs(ctx, level, "http request", attrs...)
		return nil
	}
}

// recover turns a panic into a 500 problem; the stack goes to the log
// through the access log line's error.
func (s *Server) recover(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			r := recover()
			if r == nil {
				return
			}
			if r == http.ErrAbortHandler {
				panic(r)
			}
			buf := make([]byte, 8<<10)
			buf = buf[:runtime.Stack(buf, false)]
			err = fmt.Errorf("panic: %v\n%s", r, buf)
		}()
		return next(c)
	}
}

// sentryMiddleware reports panics (then re-panics into recover) and 5xx
// errors to Sentry with the request id as a tag.
func sentryMiddleware() echo.MiddlewareFunc {
	report := sentryecho.New(sentryecho.Options{Repanic: true})
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return report(func(c echo.Context) error {
			hub := sentryecho.GetHubFromContext(c)
			if hub == nil {
				hub = sentry.CurrentHub()
			}
			// Tag before next: a panic skips everything after it.
			hub.Scope().SetTag("request_id", RequestIDFrom(c))
			err := next(c)
			if err != nil && statusOf(err) >= 500 {
				hub.CaptureException(err)
			}
			return err
		})
	}
}

// ContentSecurityPolicy is sent with the app's pages. The built SPA loads
// only hashed same-origin scripts and stylesheets and has no inline script.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
	"frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'"

// APIContentSecurityPolicy is sent with responses that are not pages (the
// API, health checks, metrics): nothing may load, nothing may frame them.
const APIContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'"

// Header values are assigned straight into the header map (canonical keys,
// one-element slices that net/http never mutates): this middleware runs on
// every request, so it skips Header.Set's per-call key validation.
//
// securityHeaderValues go with pages: the strict CSP the SPA passes and
// the document-level policies. (Lists, not maps: they are walked on every
// request, and a slice walk costs nothing next to a map iteration.)
var securityHeaderValues = []headerValue{
	{"Content-Security-Policy", []string{ContentSecurityPolicy}},
	{"X-Content-Type-Options", []string{"nosniff"}},
	{"X-Frame-Options", []string{"DENY"}},
	{"Referrer-Policy", []string{"strict-origin-when-cross-origin"}},
	{"Cross-Origin-Opener-Policy", []string{"same-origin"}},
	{"Cross-Origin-Resource-Policy", []string{"same-origin"}},
	{"Permissions-Policy", []string{"camera=(), microphone=(), geolocation=(), payment=(), usb=()"}},
}

// apiSecurityHeaderValues go with JSON, health and metrics responses, as
// OWASP's REST guidance lists: no document policies that only pages use,
// so every API answer is ~500 bytes lighter.
var apiSecurityHeaderValues = []headerValue{
	{"Content-Security-Policy", []string{APIContentSecurityPolicy}},
	{"X-Content-Type-Options", []string{"nosniff"}},
	{"X-Frame-Options", []string{"DENY"}},
	{"Cross-Origin-Resource-Policy", []string{"same-origin"}},
}

// headerValue is one response header in canonical form.
type headerValue struct {
	key   string
	value []string
}

var hstsValue = []string{"max-age=63072000; includeSubDomains"}

// notPage reports whether path is served as data, never as a document.
func notPage(path string) bool {
	return strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/healthz/") || path == "/metrics"
}

// pageCSP is the pages' Content-Security-Policy: ContentSecurityPolicy,
// with the origin of the browser's Sentry DSN added to connect-src when
// the web app reports errors there.
func pageCSP(sentryDSN string) string {
	if sentryDSN == "" {
		return ContentSecurityPolicy
	}
	u, err := url.Parse(sentryDSN)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return ContentSecurityPolicy
	}
	return strings.Replace(ContentSecurityPolicy, "connect-src 'self'", "connect-src 'self' "+u.Scheme+"://"+u.Host, 1)
}

func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	hsts := strings.HasPrefix(strings.ToLower(s.opts.BaseURL), "https://")
	pages := securityHeaderValues
	if csp := pageCSP(s.opts.BrowserSentry.DSN); csp != ContentSecurityPolicy {
		pages = make([]headerValue, len(securityHeaderValues))
		for i, kv := range securityHeaderValues {
			if kv.key == "Content-Security-Policy" {
				kv = headerValue{kv.key, []string{csp}}
			}
			pages[i] = kv
		}
	}
	return func(c echo.Context) error {
		h := c.Response().Header()
		values := pages
		if notPage(c.Request().URL.Path) {
			values = apiSecurityHeaderValues
		}
		for _, kv := range values {
			h[kv.key] = kv.value[:1:1]
		}
		if hsts {
			h["Strict-Transport-Security"] = hstsValue[:1:1]
		}
		return next(c)
	}
}

// limitBody rejects bodies over the JSON limit (or the upload limit on
// upload routes): at once from Content-Length, or when the handler reads
// past the limit (the read fails with *http.MaxBytesError → 413).
func (s *Server) limitBody(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if req.Body == nil || req.Body == http.NoBody {
			return next(c)
		}
		limit := s.bodyLimit
		s.mu.Lock()
		up := s.uploads[req.Method+" "+c.Path()]
		s.mu.Unlock()
		if up {
			limit = s.uploadLimit
		}
		if req.ContentLength > limit {
			return &http.MaxBytesError{Limit: limit}
		}
		req.Body = http.MaxBytesReader(c.Response(), req.Body, limit)
		return next(c)
	}
}

// nameSpan names the request's span after its route template (known only
// after routing) and records the route, so traces group like /metrics.
func nameSpan(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		err := next(c)
		if span := trace.SpanFromContext(c.Request().Context()); span.IsRecording() {
			route := c.Path()
			span.SetName(c.Request().Method + " " + route)
			span.SetAttributes(attribute.String("http.route", route))
		}
		return err
	}
}
