package httpserver

import (
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

func openapiCheck(t *testing.T, s *Server, d *openapi.Document) {
	t.Helper()
	openapi.CheckRoutes(t, s.Echo(), d)
}

func TestRouteDiffDetectsDrift(t *testing.T) {
	s, _ := newTestServer(t, nil)
	s.API().GET("/undocumented/:id", func(c echo.Context) error { return nil })
	s.AddOperations(openapi.Operation{Method: "DELETE", Path: "/api/v1/items/:key"})
	doc, err := s.Document()
	if err != nil {
		t.Fatal(err)
	}
	missing, extra := openapi.RouteDiff(s.Echo(), doc)
	if len(missing) != 1 || missing[0] != "GET /api/v1/undocumented/{id}" {
		t.Fatalf("missing = %v", missing)
	}
	if len(extra) != 1 || extra[0] != "DELETE /api/v1/items/{key}" {
		t.Fatalf("extra = %v", extra)
	}
}
