package logging

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"vigil/platform/config"
)

const (
	password = "hunter2-S3cret!"
	jwt      = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
	apiKey   = "vigil_live_4f9a8b7c6d5e4f3a2b1c"
)

func TestSecretsNeverReachLogs(t *testing.T) {
	u, _ := url.Parse("postgres://vigil:" + password + "@db:5432/vigil")
	tests := []struct {
		name   string
		log    func(l *slog.Logger)
		secret string
		keep   string
	}{
		{"password attribute", func(l *slog.Logger) { l.Info("signup", "password", password, "email", "a@b.c") }, password, "a@b.c"},
		{"camel case token", func(l *slog.Logger) { l.Info("x", "accessToken", jwt) }, jwt, ""},
		{"authorization header", func(l *slog.Logger) { l.Info("req", "Authorization", "Bearer "+apiKey) }, apiKey, ""},
		{"cookie", func(l *slog.Logger) { l.Info("req", "cookie", "vigil_session="+jwt) }, jwt, ""},
		{"api_key", func(l *slog.Logger) { l.Info("req", "api_key", "abcdef0123456789") }, "abcdef0123456789", ""},
		{"dsn", func(l *slog.Logger) { l.Info("db", "dsn", "host=db password="+password) }, password, ""},
		{"bearer in message", func(l *slog.Logger) { l.Info("got header Authorization: Bearer " + apiKey) }, apiKey, "got header"},
		{"jwt in free text", func(l *slog.Logger) { l.Warn("bad token", "detail", "token was "+jwt) }, jwt, "token was"},
		{"api key in free text", func(l *slog.Logger) { l.Info("submitted", "note", "used "+apiKey+" from CI") }, apiKey, "from CI"},
		{"url with password string", func(l *slog.Logger) { l.Info("connect", "target", u.String()) }, password, "db:5432"},
		{"url value", func(l *slog.Logger) { l.Info("connect", "target", u) }, password, "db:5432"},
		{"error text", func(l *slog.Logger) { l.Error("fail", "err", errors.New("dial "+u.String()+": refused")) }, password, "refused"},
		{"key=value pair in error", func(l *slog.Logger) {
			l.Error("db", "err", errors.New("pq: connect failed: host=db password="+password+" sslmode=off"))
		}, password, "sslmode=off"},
		{"quoted pair", func(l *slog.Logger) { l.Info("cfg " + `secret: "` + password + `"`) }, password, "cfg"},
		{"query parameter", func(l *slog.Logger) { l.Info("req", "uri", "/callback?code=abc123456789&state=zzzzzzzzz&x=1") }, "abc123456789", "x=1"},
		{"grouped secret", func(l *slog.Logger) {
			l.Info("cfg", slog.Group("smtp", slog.String("host", "mail"), slog.String("password", password)))
		}, password, "mail"},
		{"with attrs", func(l *slog.Logger) { l.With("token", jwt).Info("x") }, jwt, ""},
	}
	for _, format := range []string{"json", "text"} {
		for _, tt := range tests {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				var buf bytes.Buffer
				tt.log(New(&buf, config.Log{Level: "debug", Format: format}))
				out := buf.String()
				if strings.Contains(out, tt.secret) {
					t.Fatalf("secret leaked: %s", out)
				}
				if !strings.Contains(out, Redacted) {
					t.Fatalf("no redaction marker in %s", out)
				}
				if tt.keep != "" && !strings.Contains(out, tt.keep) {
					t.Fatalf("redaction removed non-secret %q: %s", tt.keep, out)
				}
			})
		}
	}
}

func TestOrdinaryAttributesKept(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, config.Log{Level: "info", Format: "json"})
	l.Info("request", "method", "GET", "path", "/api/v1/analyses/42", "status", 200, "request_id", "abc", "monkey", "banana")
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("not JSON: %v: %s", err, buf.String())
	}
	want := map[string]any{"method": "GET", "path": "/api/v1/analyses/42", "status": float64(200), "request_id": "abc", "monkey": "banana"}
	for k, v := range want {
		if rec[k] != v {
			t.Errorf("%s = %v, want %v", k, rec[k], v)
		}
	}
}

func TestLevel(t *testing.T) {
	tests := []struct {
		level   string
		debug   bool
		info    bool
		warning bool
	}{
		{"debug", true, true, true},
		{"info", false, true, true},
		{"", false, true, true},
		{"warn", false, false, true},
		{"error", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.level, func(t *testing.T) {
			var buf bytes.Buffer
			l := New(&buf, config.Log{Level: tt.level})
			l.Debug("d")
			l.Info("i")
			l.Warn("w")
			out := buf.String()
			if got := strings.Contains(out, `"msg":"d"`); got != tt.debug {
				t.Errorf("debug logged = %v", got)
			}
			if got := strings.Contains(out, `"msg":"i"`); got != tt.info {
				t.Errorf("info logged = %v", got)
			}
			if got := strings.Contains(out, `"msg":"w"`); got != tt.warning {
				t.Errorf("warn logged = %v", got)
			}
		})
	}
}

func TestIsSecretKey(t *testing.T) {
	tests := map[string]bool{
		"password": true, "db.password": true, "X-Api-Key": true, "api_key": true, "clientSecret": true,
		"Set-Cookie": true, "refresh_token": true, "dsn": true, "key": true,
		"monkey": false, "method": false, "request_id": false, "keyboard": false, "status": false,
	}
	for k, want := range tests {
		t.Run(k, func(t *testing.T) {
			if got := IsSecretKey(k); got != want {
				t.Fatalf("IsSecretKey(%q) = %v, want %v", k, got, want)
			}
		})
	}
}
