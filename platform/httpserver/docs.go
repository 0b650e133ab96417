package httpserver

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

// Document builds the OpenAPI document from every operation added so far.
func (s *Server) Document() (*openapi.Document, error) {
	return openapi.Build(openapi.Options{
		Title:   "Vigil API",
		Version: s.version(),
		Description: "AI-assisted code security analysis. Errors are RFC 9457 problem documents " +
			"(application/problem+json) whose type links to the Problem types section of this reference.",
		ServerURL: s.opts.BaseURL,
	}, s.Operations())
}

func (s *Server) openAPI(c echo.Context) error {
	s.mu.Lock()
	b := s.docCache
	s.mu.Unlock()
	if b == nil {
		doc, err := s.Document()
		if err != nil {
			return fmt.Errorf("httpserver: openapi document: %w", err)
		}
		if b, err = json.Marshal(doc); err != nil {
			return fmt.Errorf("httpserver: openapi document: %w", err)
		}
		s.mu.Lock()
		s.docCache = b
		s.mu.Unlock()
	}
	c.Response().Header().Set(echo.HeaderCacheControl, "no-cache")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, b)
}

// ownRoutes is the table of the routes the server itself serves, each
// declared once for registration and documentation (Mount).
func (s *Server) ownRoutes() []openapi.Route {
	return []openapi.Route{
		{
			Method: http.MethodGet, Path: "/api/v1/openapi.json", OperationID: "getOpenAPI", Handler: s.openAPI,
			Summary: "This OpenAPI 3.1 document", Tags: []string{"meta"},
			Responses: map[int]openapi.Response{200: {Description: "The OpenAPI document.", Body: map[string]any{"openapi": openapi.Version}}},
		},
		{
			Method: http.MethodGet, Path: "/api/v1/meta", OperationID: "getMeta", Handler: s.meta,
			Summary: "Describe the running instance", Tags: []string{"meta"},
			Responses: map[int]openapi.Response{200: {Description: "Name and version of the instance.", Body: MetaBody{Name: "Vigil", Version: "1.0.0"}}},
		},
		{
			Method: http.MethodGet, Path: "/healthz/live", OperationID: "getLive", Handler: s.live,
			Summary: "Liveness: the process serves HTTP", Tags: []string{"health"},
			Responses: map[int]openapi.Response{200: {Description: "Alive.", Body: healthBody{Status: "ok"}}},
		},
		{
			Method: http.MethodGet, Path: "/healthz/ready", OperationID: "getReady", Handler: s.ready,
			Summary:     "Readiness: the database is reachable and migrated",
			Description: "Load balancers route traffic only to ready replicas. A replica that is shutting down answers 503 while it drains.",
			Tags:        []string{"health"},
			Responses: map[int]openapi.Response{
				200: {Description: "Ready.", Body: healthBody{Status: "ready"}},
				503: {Description: "Not ready (database unreachable, migrations pending, or draining)."},
			},
		},
		{
			Method: http.MethodGet, Path: "/metrics", OperationID: "getMetrics", Handler: s.metricsHandler(),
			Summary: "Prometheus metrics", Tags: []string{"health"},
			Responses: map[int]openapi.Response{200: {Description: "Prometheus text exposition format.", ContentType: "text/plain"}},
		},
	}
}
