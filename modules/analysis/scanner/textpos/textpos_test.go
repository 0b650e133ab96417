package textpos

import (
	"slices"
	"strings"
	"testing"
)

func TestStartsPosition(t *testing.T) {
	text := "ab\n\ncd\n"
	starts := Starts(text)
	if want := []int{0, 3, 4, 7}; !slices.Equal(starts, want) || !slices.Equal(Starts([]byte(text)), want) {
		t.Fatalf("Starts = %v, want %v", starts, want)
	}
	if got := Starts(""); !slices.Equal(got, []int{0}) {
		t.Errorf("Starts of nothing = %v", got)
	}
	for _, tc := range []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {4, 3, 1}, {6, 3, 3}, {7, 4, 1},
	} {
		if line, col := Position(starts, tc.off); line != tc.line || col != tc.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
	}
}

// TestStartsOneAllocation: the offsets of a text take one allocation
// (every file scanned has its lines counted).
func TestStartsOneAllocation(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []int
	}{
		{"", []int{0}},
		{"a", []int{0}},
		{"a\n", []int{0, 2}},
		{"a\r\nbc\n\nd", []int{0, 3, 6, 7}},
	} {
		if got := Starts([]byte(c.src)); !slices.Equal(got, c.want) {
			t.Errorf("Starts(%q) = %v, want %v", c.src, got, c.want)
		}
	}
	src := strings.Repeat("x = 1\n", 1000)
	b := []byte(src)
	if n := testing.AllocsPerRun(10, func() { Starts(b) }); n != 1 {
		t.Errorf("Starts of 1,000 lines ([]byte): %v allocations, want 1", n)
	}
	if n := testing.AllocsPerRun(10, func() { Starts(src) }); n != 1 {
		t.Errorf("Starts of 1,000 lines (string): %v allocations, want 1", n)
	}
}
