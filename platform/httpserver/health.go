package httpserver

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// readyTimeout bounds one readiness check so a hung database cannot hang probes.
const readyTimeout = 3 * time.Second

type healthBody struct {
	Status string `json:"status"`
}

// live answers as long as the process serves HTTP.
func (s *Server) live(c echo.Context) error {
	return c.JSON(http.StatusOK, healthBody{Status: "ok"})
}

// ready reports whether this replica should receive traffic: not while it
// drains for shutdown, and not when Ready (database, migrations) fails.
func (s *Server) ready(c echo.Context) error {
	if s.draining.Load() {
		return errs.New(errs.KindUnavailable, "shutting down")
	}
	if s.opts.Ready != nil {
		ctx, cancel := context.WithTimeout(c.Request().Context(), readyTimeout)
		defer cancel()
		if err := s.opts.Ready(ctx); err != nil {
			return errs.Wrap(errs.KindUnavailable, err, "not ready")
		}
	}
	return c.JSON(http.StatusOK, healthBody{Status: "ready"})
}

// MetaBody is the public description of the running instance.
type MetaBody struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// Sentry is where the web app reports its errors; absent when the
	// operator configured none (the app then loads no reporting code).
	Sentry *BrowserSentry `json:"sentry,omitempty"`
}

func (s *Server) meta(c echo.Context) error {
	body := MetaBody{Name: "Vigil", Version: s.version()}
	if s.opts.BrowserSentry.DSN != "" {
		bs := s.opts.BrowserSentry
		body.Sentry = &bs
	}
	return c.JSON(http.StatusOK, body)
}

func (s *Server) version() string {
	if s.opts.Version == "" {
		return "dev"
	}
	return s.opts.Version
}
