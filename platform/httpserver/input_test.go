package httpserver

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"
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
