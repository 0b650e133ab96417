package secrets

import (
	"regexp/syntax"
	"testing"
)

// The bounds the window is cut by: line breaks and bytes a match can hold.
func TestMatchBounds(t *testing.T) {
	cases := []struct {
		re         string
		nl, nbytes int
	}{
		{`abc`, 0, 3},
		{"a\nb\n", 2, 4},
		{`(?i)k`, 0, 3}, // K U+212A folds to k and takes three bytes
		{`é`, 0, 2},
		{`[a-z]`, 0, 1},
		{`[^a]`, 1, 4},
		{`\s`, 1, 1},
		{`.`, 0, 4},
		{`(?s).`, 1, 4},
		{`a?`, 0, 1},
		{`(ab)`, 0, 2},
		{`a*`, 0, inf},
		{`\s+`, inf, inf},
		{`\s{0,3}`, 3, 3},
		{`[a-z]{2,7}`, 0, 7},
		{`(?s).{4}`, 4, 16},
		{`a|bc|\n\n`, 2, 2},
		{`a\sb\sc`, 2, 5},
		{`\b^$\A`, 0, 0},
		{`[^\x00-\x{10FFFF}]`, 0, 0},
		{`(?:\s+)?x{3}`, inf, inf},
	}
	for _, tc := range cases {
		re, err := syntax.Parse(tc.re, syntax.Perl)
		if err != nil {
			t.Fatalf("%q: %v", tc.re, err)
		}
		if got := maxNL(re); got != tc.nl {
			t.Errorf("maxNL(%q) = %d, want %d", tc.re, got, tc.nl)
		}
		if got := maxBytes(re); got != tc.nbytes {
			t.Errorf("maxBytes(%q) = %d, want %d", tc.re, got, tc.nbytes)
		}
	}
	parts := []*syntax.Regexp{mustParse(t, `\n`), mustParse(t, `a\nb`)}
	if got := sumNL(parts); got != 2 {
		t.Errorf("sumNL = %d, want 2", got)
	}
}

func mustParse(t *testing.T, s string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}
