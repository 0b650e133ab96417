package scanner

import (
	"maps"
	"math"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
)

// TestPruneKept: after a round only the files pending and their callers,
// transitively, keep their lowered IR; the source bytes kept follow.
func TestPruneKept(t *testing.T) {
	// a is called by b, b by c; d calls a; e stands alone
	callers := map[string][]string{"a": {"b", "d"}, "b": {"c"}}
	tests := []struct {
		name    string
		pending []string
		want    []string
	}{
		{"callee pending", []string{"a"}, []string{"a", "b", "c", "d"}},
		{"middle pending", []string{"b"}, []string{"b", "c"}},
		{"top pending", []string{"c"}, []string{"c"}},
		{"two pending", []string{"b", "e"}, []string{"b", "c", "e"}},
		{"none pending", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &xstate{callers: callers, kept: map[string]*xkept{}}
			for _, p := range []string{"a", "b", "c", "d", "e"} {
				x.kept[p] = &xkept{src: []byte(p + p)}
				x.keptBytes += 2
			}
			pending := map[string]map[string]bool{}
			for _, p := range tt.pending {
				pending[p] = map[string]bool{"R": true}
			}
			x.pruneKept(pending)
			got := slices.Sorted(maps.Keys(x.kept))
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
			if x.keptBytes != 2*len(tt.want) {
				t.Errorf("keptBytes %d, want %d", x.keptBytes, 2*len(tt.want))
			}
		})
	}
}

// TestXKeepRoom: without a soft memory limit files are always kept; under
// one, only while the live heap is below half of it.
func TestXKeepRoom(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	runtime.GC() // the live heap figure is a collection's
	tests := []struct {
		name  string
		limit int64
		want  bool
	}{
		{"no limit", math.MaxInt64, true},
		{"live heap far below half", 1 << 40, true},
		{"live heap above half", 1 << 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.limit)
			if got := xKeepRoom(); got != tt.want {
				t.Errorf("xKeepRoom() = %v under a %d-byte limit, want %v", got, tt.limit, tt.want)
			}
		})
	}
}
