// Package httpserver is Vigil's HTTP edge: one echo instance with the
// middleware every route needs (request id, access log, recover/Sentry,
// security headers, body limits, gzip, metrics), one error handler that
// writes RFC 9457 problem documents, health and metrics endpoints, the
// OpenAPI document, and the embedded single-page app as the last fallback.
//
// Modules hand their route tables to Mount, which registers each route
// and documents it from the same declaration; main.go mounts the SPA last
// and calls Start.
package httpserver

import (
	"vigil/platform/logging"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"vigil/platform/config"
	"vigil/platform/openapi"
)

// Options are the dependencies of a Server. Logger is required; DB and
// Ready are optional (without Ready the server is ready as soon as it runs).
type Options struct {
	Config  config.HTTP
	BaseURL string
	Logger  *slog.Logger
	// DB feeds the connection-pool collector on /metrics.
	DB *sql.DB
	// Ready reports whether the process can serve traffic (database
	// reachable, migrations current). /healthz/ready turns 503 when it fails.
	Ready   func(context.Context) error
	Version string
	// SentryEnabled turns on panic and 5xx reporting; sentry.Init is the
	// caller's job (it owns the DSN).
	SentryEnabled bool
	// Tracing wraps the handler with OpenTelemetry (otelhttp): one span
	// per request, named by route, whose trace id becomes the request id.
	// tracing.Setup installs the exporter.
	Tracing bool
	// BrowserSentry, when its DSN is set, is served to the web app
	// (GET /api/v1/meta) so it reports its own errors, and the DSN's
	// origin is added to the pages' connect-src.
	BrowserSentry BrowserSentry
}

// BrowserSentry is the error reporting the web app is told to use.
type BrowserSentry struct {
	DSN         string  `json:"dsn"`
	Environment string  `json:"environment"`
	Release     string  `json:"release"`
	SampleRate  float64 `json:"sample_rate"`
}

// Server is Vigil's HTTP server. Create it with New, register routes, call
// MountSPA last, then Start.
type Server struct {
	opts Options
	log  *slog.Logger
	// raw is the logger's fast path for access lines (nil: use slog).
	raw logging.RawAppender
	// recordRequest adds a finished request to the metrics (requestMetrics).
	recordRequest func(c echo.Context, took time.Duration)
	e             *echo.Echo
	api           *echo.Group
	registry      *prometheus.Registry
	bodyLimit     int64
	uploadLimit   int64

	mu          sync.Mutex
	ops         []openapi.Operation
	uploads     map[string]bool // "METHOD path" of routes allowed the upload limit
	docCache    []byte
	spaMounted  bool
	httpServer  *http.Server
	draining    atomic.Bool
	problemBase string
	// stopping is closed when Shutdown begins (see Stopping).
	stopping chan struct{}
	stopOnce sync.Once
}

type stoppingKey struct{}

// Stopping returns a channel that is closed when the server serving the
// request of ctx begins to shut down (nil, never closed, outside Serve).
// Long-lived responses (Server-Sent Events) select on it and end, so they
// do not hold the drain until its timeout; their clients reconnect to
// another replica.
func Stopping(ctx context.Context) <-chan struct{} {
	ch, _ := ctx.Value(stoppingKey{}).(chan struct{})
	return ch
}

// Defaults used when the configuration leaves a value at zero.
const (
	DefaultBodyLimit       = 2 << 20
	DefaultUploadLimit     = 100 << 20
	DefaultReadTimeout     = 30 * time.Second
	DefaultWriteTimeout    = 60 * time.Second
	DefaultIdleTimeout     = 120 * time.Second
	DefaultShutdownTimeout = 25 * time.Second
)

// New builds the server and its middleware chain. It registers the health,
// metrics, meta and OpenAPI routes; it starts nothing.
func New(opts Options) (*Server, error) {
	if opts.Logger == nil {
		return nil, errors.New("httpserver: nil Logger")
	}
	body, err := parseSize(opts.Config.BodyLimit, DefaultBodyLimit)
	if err != nil {
		return nil, fmt.Errorf("httpserver: http.body_limit: %w", err)
	}
	upload, err := parseSize(opts.Config.UploadLimit, DefaultUploadLimit)
	if err != nil {
		return nil, fmt.Errorf("httpserver: http.upload_limit: %w", err)
	}
	if upload < body {
		upload = body
	}
	extractor, err := ipExtractor(opts.Config.TrustedProxies)
	if err != nil {
		return nil, fmt.Errorf("httpserver: http.trusted_proxies: %w", err)
	}
	s := &Server{
		opts:        opts,
		log:         opts.Logger,
		raw:         logging.RawAppenderOf(opts.Logger.Handler()),
		e:           echo.New(),
		registry:    prometheus.NewRegistry(),
		bodyLimit:   body,
		uploadLimit: upload,
		uploads:     map[string]bool{},
		problemBase: strings.TrimRight(opts.BaseURL, "/") + "/docs/api#problem-",
		stopping:    make(chan struct{}),
	}
	e := s.e
	e.HideBanner = true
	e.HidePort = true
	e.IPExtractor = extractor
	e.HTTPErrorHandler = s.handleError
	e.Validator = structValidator{}
	e.Logger.SetOutput(discard{})

	s.recordRequest, err = s.requestMetrics()
	if err != nil {
		return nil, err
	}
	e.Pre(s.requestID)
	if s.opts.Tracing {
		e.Use(nameSpan)
	}
	e.Use(
		s.observe,
		s.recover,
	)
	if opts.SentryEnabled {
		e.Use(sentryMiddleware())
	}
	e.Use(
		s.securityHeaders,
		gzipMiddleware,
		s.limitBody,
	)

	// Only the API takes ids and text parameters to queries: health,
	// metrics and static files skip the input check.
	s.api = e.Group("/api/v1", checkInput)
	s.Mount(s.ownRoutes()...)
	return s, nil
}

// apiBase is the path of the API group (API) every module's routes sit under.
const apiBase = "/api/v1"

// Mount registers routes and documents them in the OpenAPI document: the
// one call that wires a route table (a module's Routes()), so what is
// served and what is documented come from the same declarations. Routes
// under /api/v1 go on the API group (and its middleware); others, such as
// health and metrics, on the server's root, where a GET also answers HEAD
// (some load balancers probe with it). A route without a handler panics
// at wiring time.
func (s *Server) Mount(routes ...openapi.Route) {
	var api []openapi.Route
	for _, r := range routes {
		if r.Path == apiBase || strings.HasPrefix(r.Path, apiBase+"/") {
			api = append(api, r)
			continue
		}
		if r.Handler == nil {
			panic(fmt.Sprintf("httpserver: route %s %s has no handler", r.Method, r.Path))
		}
		methods := []string{r.Method}
		if r.Method == http.MethodGet {
			methods = append(methods, http.MethodHead)
		}
		s.e.Match(methods, r.Path, r.Handler, r.Middleware...)
	}
	openapi.Register(s.api, apiBase, api)
	s.AddOperations(routes...)
}

// Echo returns the underlying echo instance (for tests and route listings).
func (s *Server) Echo() *echo.Echo { return s.e }

// API returns the /api/v1 group every module registers its routes on.
func (s *Server) API() *echo.Group { return s.api }

// Registry is the Prometheus registry served on /metrics; modules register
// their own collectors on it.
func (s *Server) Registry() *prometheus.Registry { return s.registry }

// AddOperations adds route descriptions to the OpenAPI document. Operations
// whose request body is an upload (multipart, zip, gzip, octet-stream) are
// also allowed the larger upload body limit.
func (s *Server) AddOperations(ops ...openapi.Operation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, op := range ops {
		s.ops = append(s.ops, op)
		if isUploadContentType(op.RequestContentType) {
			s.uploads[strings.ToUpper(op.Method)+" "+op.Path] = true
		}
	}
	s.docCache = nil
}

// AllowUpload lets one route (echo path, e.g. "/api/v1/sources") receive
// bodies up to the upload limit instead of the JSON body limit.
func (s *Server) AllowUpload(method, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.uploads[strings.ToUpper(method)+" "+path] = true
}

// Operations returns the operations added so far.
func (s *Server) Operations() []openapi.Operation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]openapi.Operation(nil), s.ops...)
}

// Start listens on Config.Addr and serves until ctx is done, then shuts
// down gracefully (see Serve).
func (s *Server) Start(ctx context.Context) error {
	addr := s.opts.Config.Addr
	if addr == "" {
		addr = ":8080"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("httpserver: listen %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done. Then /healthz/ready turns 503 (so a
// load balancer stops sending new requests), the listener closes and
// in-flight requests get up to Config.ShutdownTimeout to finish: the
// blue/green switch relies on this. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.newHTTPServer()
	s.mu.Lock()
	s.httpServer = srv
	s.mu.Unlock()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("http: listening", "addr", ln.Addr().String())

	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("httpserver: serve: %w", err)
	case <-ctx.Done():
	}
	timeout := s.opts.Config.ShutdownTimeout
	if timeout <= 0 {
		timeout = DefaultShutdownTimeout
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	s.log.Info("http: shutting down", "timeout", timeout.String())
	if err := s.Shutdown(sctx); err != nil {
		return err
	}
	<-errc
	s.log.Info("http: stopped")
	return nil
}

// Shutdown stops accepting connections, tells long-lived responses to end
// (Stopping) and waits for in-flight requests until ctx is done.
func (s *Server) Shutdown(ctx context.Context) error {
	s.draining.Store(true)
	s.stopOnce.Do(func() { close(s.stopping) })
	s.mu.Lock()
	srv := s.httpServer
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	if err := srv.Shutdown(ctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("httpserver: shutdown: in-flight requests did not finish: %w", err)
	}
	return nil
}

func (s *Server) newHTTPServer() *http.Server {
	c := s.opts.Config
	read, write, idle := c.ReadTimeout, c.WriteTimeout, c.IdleTimeout
	if read <= 0 {
		read = DefaultReadTimeout
	}
	if write <= 0 {
		write = DefaultWriteTimeout
	}
	if idle <= 0 {
		idle = DefaultIdleTimeout
	}
	header := read
	if header > 10*time.Second {
		header = 10 * time.Second
	}
	var handler http.Handler = s.e
	if s.opts.Tracing {
		handler = otelhttp.NewHandler(s.e, "http")
	}
	base := context.WithValue(context.Background(), stoppingKey{}, s.stopping)
	return &http.Server{
		Handler:           handler,
		BaseContext:       func(net.Listener) context.Context { return base },
		ReadHeaderTimeout: header,
		ReadTimeout:       read,
		WriteTimeout:      write,
		IdleTimeout:       idle,
		MaxHeaderBytes:    1 << 20,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

func ipExtractor(cidrs []string) (echo.IPExtractor, error) {
	if len(cidrs) == 0 {
		return echo.ExtractIPDirect(), nil
	}
	opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
	var bad []string
	for _, c := range cidrs {
		c = strings.TrimSpace(c)
		if !strings.Contains(c, "/") {
			if ip := net.ParseIP(c); ip != nil {
				if ip.To4() != nil {
					c += "/32"
				} else {
					c += "/128"
				}
			}
		}
		_, n, err := net.ParseCIDR(c)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%q", c))
			continue
		}
		opts = append(opts, echo.TrustIPRange(n))
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("not a CIDR or IP: %s", strings.Join(bad, ", "))
	}
	return echo.ExtractIPFromXFFHeader(opts...), nil
}

// parseSize parses "2M", "512K", "1G", "100MB" or a byte count.
func parseSize(s string, def int64) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	if s == "" {
		return def, nil
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "B"), "I")
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, strings.TrimSuffix(s, "G")
	}
	var n int64
	if _, err := fmt.Sscanf(s, "%d", &n); err != nil || n <= 0 || fmt.Sprint(n) != s {
		return 0, fmt.Errorf("invalid size %q (want e.g. 2M, 512K, 1G)", s)
	}
	return n * mult, nil
}

func isUploadContentType(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.HasPrefix(ct, "multipart/") || ct == "application/octet-stream" ||
		ct == "application/zip" || ct == "application/gzip" || ct == "application/x-gzip" || ct == "application/x-tar"
}

// hostLabel is the constant metrics "host" label: the public host name,
// never the client-controlled Host header.
func hostLabel(baseURL string) string {
	if u, err := url.Parse(baseURL); err == nil && u.Host != "" {
		return u.Host
	}
	return ""
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
