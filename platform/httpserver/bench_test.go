package httpserver

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/config"
	"vigil/platform/logging"
)

// BenchmarkStack measures the full middleware stack on /healthz/live
// against a bare echo handler (bench/http.sh measures the same over TCP).
func BenchmarkStack(b *testing.B) {
	s, err := New(Options{Logger: logging.New(io.Discard, config.Log{Level: os.Getenv("BENCH_LEVEL")}), Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	bare := echo.New()
	bare.GET("/healthz/live", func(c echo.Context) error { return c.JSON(http.StatusOK, healthBody{Status: "ok"}) })
	for _, tt := range []struct {
		name string
		h    http.Handler
	}{{"bare", bare}, {"vigil", s.Echo()}} {
		b.Run(tt.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", "/healthz/live", nil)
			req.Header.Set("User-Agent", "wrk")
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				tt.h.ServeHTTP(rec, req)
			}
		})
	}
}
