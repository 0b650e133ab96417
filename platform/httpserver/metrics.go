package httpserver

import (
	"runtime"
	"strconv"
	"time"

	"github.com/labstack/echo-contrib/echoprometheus"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metricsMiddleware records request counts, latencies and sizes labelled by
// route template (never the raw path: unknown paths share one empty label)
// and registers process, Go, DB pool and build-info collectors.
func (s *Server) metricsMiddleware() (echo.MiddlewareFunc, error) {
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
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			// The access log (inside this middleware) has already turned
			// the error into a response, so the written status is the truth.
			code := c.Response().Status
			if err != nil && !c.Response().Committed {
				code = statusOf(err)
			}
			route := c.Path() // the template (":id"), never the raw path
			values := []string{strconv.Itoa(code), c.Request().Method, host, route}
			requests.WithLabelValues(values...).Inc()
			duration.WithLabelValues(values...).Observe(time.Since(start).Seconds())
			return err
		}
	}, nil
}

func (s *Server) metricsHandler() echo.HandlerFunc {
	return echoprometheus.NewHandlerWithConfig(echoprometheus.HandlerConfig{Gatherer: s.registry})
}
