package httpserver

import (
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// TestCheckInput: path ids that are no Vigil id are 404, NUL bytes and
// invalid UTF-8 anywhere in the path or query are 400, before the handler
// runs; the id filters QueryID reads are 400 when malformed.
func TestCheckInput(t *testing.T) {
	s, err := New(Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	reached := 0
	ok := func(c echo.Context) error { reached++; return c.NoContent(http.StatusNoContent) }
	s.API().GET("/things/:id", ok)
	s.API().GET("/things/:id/parts/:part_id", ok)
	s.API().GET("/refs/:ref", ok)
	s.API().GET("/list", func(c echo.Context) error {
		if _, err := QueryID(c, "cursor"); err != nil {
			return err
		}
		return ok(c)
	})
	const id = "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6"
	tests := []struct {
		path string
		want int
	}{
		{"/api/v1/things/" + id, 204},
		{"/api/v1/things/nope", 404},
		{"/api/v1/things/%00", 404},
		{"/api/v1/things/" + id + "%00", 404},
		{"/api/v1/things/0190C3A4-5B6C-7D8E-9FA0-B1C2D3E4F5A6", 404},
		{"/api/v1/things/" + id + "/parts/" + id, 204},
		{"/api/v1/things/" + id + "/parts/x", 404},
		{"/api/v1/refs/cs_test_a1B2", 204},
		{"/api/v1/refs/cs%00", 400},
		{"/api/v1/refs/%FF", 400},
		{"/api/v1/things/" + id + "?q=a%00b", 400},
		{"/api/v1/things/" + id + "?q=%C3%A9t%C3%A9", 204},
		{"/api/v1/things/" + id + "?q=%FF", 400},
		{"/api/v1/things/" + id + "?a%00=b", 400},
		{"/api/v1/list", 204},
		{"/api/v1/list?cursor=" + id, 204},
		{"/api/v1/list?cursor=nope", 400},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			before := reached
			rec := httptest.NewRecorder()
			s.Echo().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if tt.want != 204 && reached != before {
				t.Fatal("the handler ran")
			}
		})
	}
}

// TestCheckInputScope: the input check is the API group's: routes that
// modules add to the group after New are guarded, an unknown API path is
// still a 404 problem, a known one with another method a 405 with Allow
// (although the group's middleware makes echo route it to a catch-all),
// and health, metrics and other routes (static files, the SPA) never go
// through it.
func TestCheckInputScope(t *testing.T) {
	s, err := New(Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ok := func(c echo.Context) error { return c.NoContent(http.StatusNoContent) }
	// As serve does (authentication, rate limits): more group middleware.
	s.API().Use(func(next echo.HandlerFunc) echo.HandlerFunc { return next })
	s.API().GET("/later/:id", ok)
	s.API().PUT("/later/:id", ok)
	s.Echo().GET("/assets/:id", ok)
	const id = "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6"
	tests := []struct {
		method, path string
		want         int
		allow        string
	}{
		{"GET", "/api/v1/later/nope", 404, ""},
		{"GET", "/api/v1/later/" + id + "?q=%00", 400, ""},
		{"GET", "/api/v1/unknown", 404, ""},
		{"DELETE", "/api/v1/later/" + id, 405, "GET, PUT"},
		{"GET", "/assets/index-3f2a.js", 204, ""},
		{"GET", "/assets/x?q=%00", 204, ""},
		{"GET", "/healthz/live?q=%00", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			s.Echo().ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.want || rec.Header().Get("Allow") != tt.allow {
				t.Fatalf("status %d (Allow %q), want %d (Allow %q): %s", rec.Code, rec.Header().Get("Allow"), tt.want, tt.allow, rec.Body)
			}
		})
	}
}

// TestBindRefusesNUL: a NUL in any string of a JSON body (PostgreSQL
// cannot store it) is a 422 naming the field, wherever it sits.
func TestBindRefusesNUL(t *testing.T) {
	type item struct {
		Name string `json:"name"`
	}
	type body struct {
		Title  string            `json:"title"`
		Items  []item            `json:"items"`
		Labels map[string]string `json:"labels"`
		Note   *string           `json:"note"`
		Any    any               `json:"any"`
	}
	tests := []struct {
		body  string
		field string // "" = accepted
	}{
		{`{"title":"ok","items":[{"name":"é"}],"labels":{"a":"b"},"note":"n","any":["x"]}`, ""},
		{`{"title":"a\u0000b"}`, "title"},
		{`{"items":[{"name":"x"},{"name":"\u0000"}]}`, "items[1].name"},
		{`{"labels":{"k":"v\u0000"}}`, "labels.k"},
		{`{"labels":{"k\u0000":"v"}}`, "labels"},
		{`{"note":"\u0000"}`, "note"},
		{`{"any":{"deep":["\u0000"]}}`, "any.deep[0]"},
		{`{"title":"a\\u0000b"}`, ""}, // an escaped backslash: no NUL
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			e := echo.New()
			req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			var dst body
			err := Bind(e.NewContext(req, httptest.NewRecorder()), &dst)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var pe *errs.Error
			if !errors.As(err, &pe) || pe.Kind != errs.KindInvalid || len(pe.Fields) != 1 || pe.Fields[0].Field != tt.field {
				t.Fatalf("err = %#v, want 422 on %s", err, tt.field)
			}
		})
	}
}
