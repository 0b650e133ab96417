// Package logging builds Vigil's structured logger. Every record passes
// through a redactor so that a secret which reaches a log call by mistake
// (a password field, an Authorization header, a DSN with credentials) is
// masked before it is written: logs are shipped to places with weaker access
// control than the database.
package logging

import (
	"io"
	"log/slog"
	"strings"

	"vigil/platform/config"
)

// New returns a logger writing JSON (default) or text to w at the configured
// level, with secret redaction applied to every attribute.
func New(w io.Writer, cfg config.Log) *slog.Logger {
	opts := &slog.HandlerOptions{
		Level:       ParseLevel(cfg.Level),
		ReplaceAttr: Redact,
	}
	var h slog.Handler
	if strings.EqualFold(cfg.Format, "text") {
		h = slog.NewTextHandler(w, opts)
	} else {
		jh := newJSONHandler(w, opts)
		jh.plain = plainKeys // Redact returns these unchanged
		h = jh
	}
	return slog.New(h)
}

// ParseLevel maps a config level name to a slog level; unknown names mean
// info (config.Validate rejects them before this point).
func ParseLevel(s string) slog.Level {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return slog.LevelDebug
	case "warn", "warning":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	default:
		return slog.LevelInfo
	}
}
