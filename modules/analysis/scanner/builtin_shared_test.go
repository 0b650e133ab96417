package scanner

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestBuiltinScansShareOneEngine: scans without Options.Rules use one
// parse of the builtin catalogue, so the second reuses the engine the
// first compiled instead of adding one to the cache (each parse made new
// rules, and the cache is keyed by the rules' identity).
func TestBuiltinScansShareOneEngine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.py"), []byte("import os\nos.system(input())\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Scan(context.Background(), dir, Options{}); err != nil {
		t.Fatal(err)
	}
	engineMu.Lock()
	before := len(engineCache)
	engineMu.Unlock()
	if _, err := Scan(context.Background(), dir, Options{}); err != nil {
		t.Fatal(err)
	}
	engineMu.Lock()
	after := len(engineCache)
	engineMu.Unlock()
	if after != before {
		t.Fatalf("the second builtin scan compiled another engine (%d cached, was %d)", after, before)
	}
}
