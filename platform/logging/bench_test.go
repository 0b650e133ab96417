package logging

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"vigil/platform/config"
)

// BenchmarkAccessLine measures one access-log-shaped record through the
// redacting JSON handler (the per-request logging cost).
func BenchmarkAccessLine(b *testing.B) {
	for _, tt := range []struct {
		name string
		l    *slog.Logger
	}{
		{"plain", slog.New(slog.NewJSONHandler(io.Discard, nil))},
		{"redacting", New(io.Discard, config.Log{})},
	} {
		b.Run(tt.name, func(b *testing.B) {
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				tt.l.LogAttrs(ctx, slog.LevelInfo, "http request",
					slog.String("request_id", "0123456789abcdef0123456789abcdef"),
					slog.String("method", "GET"),
					slog.String("path", "/healthz/live"),
					slog.String("route", "/healthz/live"),
					slog.Int("status", 200),
					slog.Float64("duration_ms", 0.123),
					slog.Int64("bytes_out", 16),
					slog.String("ip", "127.0.0.1"),
					slog.String("user_agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36"),
				)
			}
		})
	}
}
