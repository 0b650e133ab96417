package logging

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"vigil/platform/config"
)

type valuer struct{}

func (valuer) LogValue() slog.Value { return slog.StringValue("resolved") }

// The fast handler writes what slog.JSONHandler writes (as JSON values;
// key order and float/time spellings aside), redaction included.
func TestJSONHandlerMatchesSlog(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 123456789, time.UTC)
	u, _ := url.Parse("postgres://vigil:hunter2@db:5432/vigil")
	type build func(l *slog.Logger) *slog.Logger
	id := func(l *slog.Logger) *slog.Logger { return l }
	cases := []struct {
		name  string
		build build
		msg   string
		attrs []slog.Attr
	}{
		{"plain", id, "hello", nil},
		{"kinds", id, "k", []slog.Attr{slog.String("s", "v"), slog.Int("i", -3), slog.Uint64("u", 7), slog.Float64("f", 1.5),
			slog.Bool("b", true), slog.Duration("d", 1500*time.Millisecond), slog.Time("t", at), slog.Any("e", errors.New("boom")),
			slog.Any("m", map[string]int{"a": 1}), slog.Any("nil", nil), slog.Any("lv", valuer{})}},
		{"escapes", id, "quote \" back \\ nl \n tab \t <b>&amp; \u2028 é 日本", []slog.Attr{slog.String("x", "ctl \x01 bad \xff utf8")}},
		{"redaction", id, "Authorization: Bearer abcdefghijklmnop", []slog.Attr{slog.String("password", "hunter2"), slog.String("api_key", "k"),
			slog.String("note", "token=abcdefghijkl&x=1"), slog.Any("dsn_url", u), slog.Any("u", u), slog.Any("list", []string{"Bearer abcdefghijklmnop"}),
			slog.String("path", "/invite/vigil_abcdefghijklmnop")}},
		{"groups", id, "g", []slog.Attr{slog.Group("req", slog.String("method", "GET"), slog.Group("inner", slog.Int("n", 1))),
			slog.Group("empty"), slog.Group("", slog.String("inline", "yes")), slog.Group("onlyempty", slog.Group("e"))}},
		{"with", func(l *slog.Logger) *slog.Logger { return l.With("role", "web", "secret", "x") }, "w", []slog.Attr{slog.Int("n", 1)}},
		{"with group", func(l *slog.Logger) *slog.Logger { return l.WithGroup("g").With("a", 1) }, "wg", []slog.Attr{slog.Int("b", 2)}},
		{"empty with group", func(l *slog.Logger) *slog.Logger { return l.With("a", 1).WithGroup("g") }, "eg", nil},
		{"nested empty groups", func(l *slog.Logger) *slog.Logger { return l.WithGroup("g").With("a", 1).WithGroup("h").WithGroup("i") }, "ne", nil},
		{"group then attrs", func(l *slog.Logger) *slog.Logger { return l.WithGroup("g").WithGroup("h") }, "ga", []slog.Attr{slog.Int("x", 1)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: Redact}
			var ours, theirs bytes.Buffer
			for _, h := range []struct {
				buf *bytes.Buffer
				h   slog.Handler
			}{{&ours, newJSONHandler(&ours, opts)}, {&theirs, slog.NewJSONHandler(&theirs, opts)}} {
				l := tc.build(slog.New(h.h))
				r := slog.NewRecord(at, slog.LevelWarn+2, tc.msg, 0)
				r.AddAttrs(tc.attrs...)
				if err := l.Handler().Handle(context.Background(), r); err != nil {
					t.Fatal(err)
				}
			}
			if !strings.HasSuffix(ours.String(), "}\n") || strings.Count(ours.String(), "\n") != 1 {
				t.Fatalf("not one line: %q", ours.String())
			}
			var a, b map[string]any
			if err := json.Unmarshal(ours.Bytes(), &a); err != nil {
				t.Fatalf("ours is not JSON: %v\n%s", err, ours.String())
			}
			if err := json.Unmarshal(theirs.Bytes(), &b); err != nil {
				t.Fatal(err)
			}
			for _, m := range []map[string]any{a, b} {
				ts, _ := m["time"].(string)
				if parsed, err := time.Parse(time.RFC3339Nano, ts); err != nil || !parsed.Truncate(time.Millisecond).Equal(at.Truncate(time.Millisecond)) {
					t.Fatalf("time %q: %v", ts, err)
				}
				delete(m, "time")
				if tv, ok := m["t"].(string); ok {
					pt, _ := time.Parse(time.RFC3339Nano, tv)
					m["t"] = pt.UnixNano()
				}
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("differs from slog.JSONHandler:\nours   %s\nslog's %s", ours.String(), theirs.String())
			}
			if strings.Contains(ours.String(), "hunter2") || strings.Contains(ours.String(), "abcdefghijklmnop") {
				t.Fatalf("secret leaked: %s", ours.String())
			}
		})
	}
}

func TestJSONHandlerLevelAndOddValues(t *testing.T) {
	var buf bytes.Buffer
	l := slog.New(newJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: Redact}))
	l.Info("dropped")
	if buf.Len() != 0 {
		t.Fatalf("info written at warn level: %s", buf.String())
	}
	l.Warn("nan", "f", 0.0/zero(), "ch", make(chan int))
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatalf("invalid JSON for NaN/unmarshalable values: %v\n%s", err, buf.String())
	}
}

func zero() float64 { return 0 }

// TestMessagesRedactedEveryTime: the handler remembers a message redaction
// left unchanged, which must never let a secret-bearing message through,
// whatever order the two kinds arrive in.
func TestMessagesRedactedEveryTime(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, config.Log{})
	secret := "retry with Bearer abcdefgh12345678 failed"
	msgs := []string{"http request", secret, "http request", "http request", secret, secret, "job done"}
	for _, m := range msgs {
		l.Info(m)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(msgs) {
		t.Fatalf("%d lines for %d records", len(lines), len(msgs))
	}
	for i, line := range lines {
		var rec struct{ Msg string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		want := msgs[i]
		if want == secret {
			want = "retry with Bearer " + Redacted + " failed"
		}
		if rec.Msg != want {
			t.Errorf("line %d: msg %q, want %q", i, rec.Msg, want)
		}
	}
}
