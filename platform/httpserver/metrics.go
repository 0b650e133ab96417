package httpserver

import (
	"runtime"

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
	return echoprometheus.NewMiddlewareWithConfig(echoprometheus.MiddlewareConfig{
		Namespace:                 "vigil",
		Subsystem:                 "http",
		Registerer:                reg,
		DoNotUseRequestPathFor404: true,
		LabelFuncs: map[string]echoprometheus.LabelValueFunc{
			// The Host header is client-controlled: a constant keeps the
			// label set bounded.
			"host": func(echo.Context, error) string { return host },
		},
		// The access log (inside this middleware) has already turned the
		// error into a response, so the written status is the truth.
		StatusCodeResolver: func(c echo.Context, err error) int {
			if err != nil && !c.Response().Committed {
				return statusOf(err)
			}
			return c.Response().Status
		},
	}), nil
}

func (s *Server) metricsHandler() echo.HandlerFunc {
	return echoprometheus.NewHandlerWithConfig(echoprometheus.HandlerConfig{Gatherer: s.registry})
}
