package php

import (
	"testing"

	"github.com/smacker/go-tree-sitter/php"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t testing.TB, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(php.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("t.php", tr, []byte(src))
}

// TestFormatText: which printf arguments are printed as text.
func TestFormatText(t *testing.T) {
	cases := []struct {
		f    string
		want map[int]bool
		ok   bool
	}{
		{"id = %d", map[int]bool{1: false}, true},
		{"%s and %05.2f and %%", map[int]bool{1: true, 2: false}, true},
		{"%2$d %1$s %2$x", map[int]bool{1: true, 2: false}, true},
		{"%'*10s|%-10u|%c", map[int]bool{1: true, 2: false, 3: true}, true},
		{"%1$d %1$s", map[int]bool{1: true}, true},
		{"100%", nil, false},
	}
	for _, tc := range cases {
		got, ok := formatText(tc.f)
		if ok != tc.ok || len(got) != len(tc.want) {
			t.Errorf("%q: %v %v, want %v %v", tc.f, got, ok, tc.want, tc.ok)
			continue
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("%q: argument %d text=%v, want %v", tc.f, k, got[k], v)
			}
		}
	}
}
