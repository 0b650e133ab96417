package dataflow

import (
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
