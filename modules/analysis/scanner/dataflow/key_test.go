package dataflow

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// TestAppendKey: the source cache's key buffer spells a place as
// ir.Place.Key does.
func TestAppendKey(t *testing.T) {
	cases := []ir.Place{
		{Base: "x"},
		{Base: "request", Path: []ir.Elem{{Kind: ir.Field, Name: "args"}}},
		{Base: "$1", Path: []ir.Elem{{Kind: ir.Key, Name: `"q"`}, {Kind: ir.AnyElem}, {Kind: ir.Field, Name: "v"}}},
		{Base: "_GET", Path: []ir.Elem{{Kind: ir.Key, Name: "0"}}},
	}
	for _, p := range cases {
		if got, want := string(appendKey([]byte("junk"), p)[4:]), p.Key(); got != want {
			t.Errorf("appendKey(%v) = %q, want %q", p, got, want)
		}
	}
}

// TestShort: short collapses white space as strings.Fields does, with or
// without the fast path for text already single-spaced.
func TestShort(t *testing.T) {
	cases := []string{"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "request.args[\"q\"]", "x\u00a0y", "é b", "f(a, b)",
		"0123456789 0123456789 0123456789 0123456789 0123456789 0123456789 0123"}
	for _, s := range cases {
		want := strings.Join(strings.Fields(s), " ")
		if len(want) > 60 {
			want = want[:57] + "..."
		}
		if got := short(s); got != want {
			t.Errorf("short(%q) = %q, want %q", s, got, want)
		}
	}
}
