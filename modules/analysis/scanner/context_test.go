package scanner

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSurrounding(t *testing.T) {
	lines := splitLines([]byte("l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n"))
	tests := []struct {
		name     string
		from, to int
		want     *Context
	}{
		{"middle", 5, 5, &Context{StartLine: 2, Lines: []string{"l2", "l3", "l4", "l5", "l6", "l7", "l8"}}},
		{"first line", 1, 1, &Context{StartLine: 1, Lines: []string{"l1", "l2", "l3", "l4"}}},
		{"last line, no phantom line after the final newline", 8, 8, &Context{StartLine: 5, Lines: []string{"l5", "l6", "l7", "l8"}}},
		{"several lines", 3, 4, &Context{StartLine: 1, Lines: []string{"l1", "l2", "l3", "l4", "l5", "l6", "l7"}}},
		{"end before start", 4, 2, &Context{StartLine: 1, Lines: []string{"l1", "l2", "l3", "l4", "l5", "l6", "l7"}}},
		{"outside the file", 40, 40, nil},
		{"no line", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := surrounding(lines, tt.from, tt.to); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("long lines are cut as in the snippet", func(t *testing.T) {
		got := surrounding([]string{strings.Repeat("x", 1000)}, 1, 1)
		if len(got.Lines) != 1 || !strings.HasSuffix(got.Lines[0], "…") || len(got.Lines[0]) > 410 {
			t.Fatalf("%q", got.Lines)
		}
	})
}

func TestFindingsCarryContext(t *testing.T) {
	src := "import hashlib\n\n\ndef sign(b):\n    return hashlib.md5(b).hexdigest()\n\n\nprint(sign(b'x'))\n"
	res, err := ScanFS(context.Background(), fstest.MapFS{"app/h.py": {Data: []byte(src)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) == 0 {
		t.Fatal("no finding")
	}
	for _, f := range res.Findings {
		c := f.Context
		if c == nil {
			t.Fatalf("%s has no context", f.RuleID)
		}
		hit := f.Location.StartLine - c.StartLine
		if c.StartLine != f.Location.StartLine-ContextLines || hit < 0 || hit >= len(c.Lines) || !strings.Contains(f.Snippet, strings.TrimSpace(c.Lines[hit])) {
			t.Fatalf("%s at line %d: context %+v, snippet %q", f.RuleID, f.Location.StartLine, c, f.Snippet)
		}
	}
}
