package httpserver

import (
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/labstack/echo-contrib/echoprometheus"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// requestMetrics registers the request count and latency metrics, labelled
// by route template (never the raw path: unknown paths share one empty
// label), and the process, Go, DB pool and build-info collectors. It
// returns what records one finished request; the observe middleware calls
// it with the same duration it logs.
func (s *Server) requestMetrics() (func(c echo.Context, took time.Duration), error) {
	reg := s.registry
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	if s.opts.DB != nil {
		reg.MustRegister(collectors.NewDBStatsCollector(s.opts.DB, "vigil"))
	}
	build := prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace:   "vigil",
		Name:        "build_info",
		Help:        "Build information of the running binary; always 1.",
		ConstLabels: prometheus.Labels{"version": s.version(), "goversion": runtime.Version()},
	})
	build.Set(1)
	reg.MustRegister(build)

	host := hostLabel(s.opts.BaseURL)
	labels := []string{"code", "method", "host", "url"}
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "vigil", Subsystem: "http", Name: "requests_total",
		Help: "HTTP requests by status code, method and route template.",
	}, labels)
	duration := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "vigil", Subsystem: "http", Name: "request_duration_seconds",
		Help:    "HTTP request latency by status code, method and route template.",
		Buckets: prometheus.DefBuckets,
	}, labels)
	if err := reg.Register(requests); err != nil {
		return nil, err
	}
	if err := reg.Register(duration); err != nil {
		return nil, err
	}
	// Counts and latencies only: request and response size histograms
	// cost a walk over every header per request and nobody alerted on them.
	// The children of one (code, method, route) are looked up once and
	// kept, so a request costs one map read instead of two label hashes.
	type key struct {
		code          int
		method, route string
	}
	type child struct {
		requests prometheus.Counter
		duration prometheus.Observer
	}
	var children sync.Map // key -> child
	return func(c echo.Context, took time.Duration) {
		k := key{code: c.Response().Status, method: metricMethod(c.Request().Method), route: c.Path()} // the template (":id"), never the raw path
		ch, ok := children.Load(k)
		if !ok {
			values := []string{strconv.Itoa(k.code), k.method, host, k.route}
			ch, _ = children.LoadOrStore(k, child{requests.WithLabelValues(values...), duration.WithLabelValues(values...)})
		}
		m := ch.(child)
		m.requests.Inc()
		m.duration.Observe(took.Seconds())
	}, nil
}

func (s *Server) metricsHandler() echo.HandlerFunc {
	return echoprometheus.NewHandlerWithConfig(echoprometheus.HandlerConfig{Gatherer: s.registry})
}

// metricMethod keeps the method label bounded: anything but the standard
// methods is "OTHER" (clients may send any token).
func metricMethod(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "OTHER"
}
