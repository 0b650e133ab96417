package httpserver

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/openapi"
)

// TestMountServesAndDocumentsOneDeclaration: a route table handed to
// Mount is served (API routes behind the API group's input check, others
// at the root with HEAD beside GET) and documented, with nothing else to
// write.
func TestMountServesAndDocumentsOneDeclaration(t *testing.T) {
	s, _ := newTestServer(t, nil)
	ok := func(body string) echo.HandlerFunc {
		return func(c echo.Context) error { return c.String(http.StatusOK, body) }
	}
	s.Mount(
		openapi.Route{Method: http.MethodGet, Path: "/api/v1/widgets/:id", OperationID: "getWidget", Handler: ok("widget"),
			Summary: "A widget", Responses: map[int]openapi.Response{200: {Description: "the widget"}}},
		openapi.Route{Method: http.MethodGet, Path: "/widgetz", OperationID: "getWidgetz", Handler: ok("root"),
			Summary: "Widgets outside the API", Responses: map[int]openapi.Response{200: {Description: "ok"}}},
	)
	tests := []struct {
		method, path string
		want         int
	}{
		{http.MethodGet, "/api/v1/widgets/0190a1b2-0000-7000-8000-000000000001", http.StatusOK},
		{http.MethodGet, "/api/v1/widgets/%00bad", http.StatusNotFound}, // the API group's input check: not a valid id
		{http.MethodGet, "/widgetz", http.StatusOK},
		{http.MethodHead, "/widgetz", http.StatusOK},
		{http.MethodHead, "/healthz/live", http.StatusOK}, // the server's own table, mounted the same way
		{http.MethodGet, "/api/v1/meta", http.StatusOK},
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		s.Echo().ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.want {
			t.Errorf("%s %s = %d, want %d (%s)", tc.method, tc.path, rec.Code, tc.want, rec.Body.String())
		}
	}
	doc, err := s.Document()
	if err != nil {
		t.Fatal(err)
	}
	openapiCheck(t, s, doc)
	for _, p := range []string{"/api/v1/widgets/{id}", "/widgetz", "/healthz/ready", "/metrics", "/api/v1/openapi.json"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("%s is not documented", p)
		}
	}
}

func TestMountRejectsARouteWithoutHandler(t *testing.T) {
	tests := []string{"/api/v1/nothing", "/nothing"}
	for _, path := range tests {
		t.Run(path, func(t *testing.T) {
			s, _ := newTestServer(t, nil)
			defer func() {
				if recover() == nil {
					t.Fatalf("Mount accepted %s without a handler", path)
				}
			}()
			s.Mount(openapi.Route{Method: http.MethodGet, Path: path})
		})
	}
}
