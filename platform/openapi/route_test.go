package openapi

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"
)

func TestRegisterAndOperationsShareOneTable(t *testing.T) {
	hit := func(name string) echo.HandlerFunc {
		return func(c echo.Context) error { return c.String(http.StatusOK, name) }
	}
	guard := func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if c.Request().Header.Get("X-Ok") == "" {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
	routes := []Route{
		{Method: http.MethodGet, Path: "/api/v1/things", OperationID: "listThings", Action: "things:read", Handler: hit("list")},
		{Method: http.MethodDelete, Path: "/api/v1/things/:id", OperationID: "deleteThing", Handler: hit("delete"),
			Middleware: []echo.MiddlewareFunc{guard}},
	}
	e := echo.New()
	Register(e.Group("/api/v1"), "/api/v1", routes)

	doc, err := Build(Options{}, routes)
	if err != nil {
		t.Fatal(err)
	}
	CheckRoutes(t, e, doc)
	if got := doc.Paths["/api/v1/things"]["get"].Action; got != "things:read" {
		t.Errorf("x-vigil-action = %q, want things:read", got)
	}

	tests := []struct {
		method, path string
		header       bool
		code         int
		body         string
	}{
		{http.MethodGet, "/api/v1/things", false, 200, "list"},
		{http.MethodDelete, "/api/v1/things/7", true, 200, "delete"},
		{http.MethodDelete, "/api/v1/things/7", false, 401, ""},
		{http.MethodPost, "/api/v1/things", false, 405, ""},
	}
	for _, tc := range tests {
		req := httptest.NewRequest(tc.method, tc.path, nil)
		if tc.header {
			req.Header.Set("X-Ok", "1")
		}
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		if rec.Code != tc.code || (tc.body != "" && rec.Body.String() != tc.body) {
			t.Errorf("%s %s: %d %q, want %d %q", tc.method, tc.path, rec.Code, rec.Body.String(), tc.code, tc.body)
		}
	}
}

func TestRegisterRejectsMisdeclaredRoutes(t *testing.T) {
	h := func(c echo.Context) error { return nil }
	tests := map[string]Route{
		"outside the base": {Method: http.MethodGet, Path: "/health", Handler: h},
		"prefix only":      {Method: http.MethodGet, Path: "/api/v1things", Handler: h},
		"no handler":       {Method: http.MethodGet, Path: "/api/v1/things"},
	}
	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("Register did not panic")
				}
			}()
			Register(echo.New().Group("/api/v1"), "/api/v1", []Route{r})
		})
	}
}
