// Package logtest gives tests a log destination that the code under test
// writes from its own goroutines (HTTP handlers, job workers, a logger's
// flusher) while the test reads it:
//
//	logs := &logtest.Buffer{}
//	log := slog.New(slog.NewJSONHandler(logs, nil))
//	...
//	if !strings.Contains(logs.String(), "rate limiter backend unavailable") { ... }
package logtest

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
)

// Buffer is a bytes.Buffer whose writes and reads may happen on different
// goroutines. The zero value is ready to use.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p; it never fails.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// LineWith returns the first line containing s, or "" when none does.
func (b *Buffer) LineWith(s string) string {
	for l := range strings.SplitSeq(b.String(), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// Records decodes the lines written so far as JSON log records (one per
// line, as slog's JSON handler writes them) and fails t on a line that is
// not JSON.
func (b *Buffer) Records(t testing.TB) []map[string]any {
	t.Helper()
	var out []map[string]any
	for l := range strings.SplitSeq(strings.TrimSpace(b.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line is not JSON: %q", l)
		}
		out = append(out, m)
	}
	return out
}
