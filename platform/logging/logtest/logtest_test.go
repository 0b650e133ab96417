package logtest

import (
	"fmt"
	"sync"
	"testing"
)

func TestBufferConcurrentWritesAndReads(t *testing.T) {
	var b Buffer
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				fmt.Fprintf(&b, "{\"g\":%d,\"i\":%d}\n", g, i)
				_ = b.String()
			}
		})
	}
	wg.Wait()
	if n := len(b.Records(t)); n != 200 {
		t.Fatalf("%d records, want 200", n)
	}
}

func TestLineWith(t *testing.T) {
	var b Buffer
	b.Write([]byte("first line\nsecond needle line\nthird needle\n"))
	tests := []struct{ s, want string }{
		{"needle", "second needle line"},
		{"third", "third needle"},
		{"absent", ""},
	}
	for _, tc := range tests {
		if got := b.LineWith(tc.s); got != tc.want {
			t.Errorf("LineWith(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
