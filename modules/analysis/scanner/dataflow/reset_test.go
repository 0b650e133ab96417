package dataflow

import (
	"slices"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// TestResetJoins: an if that replaces a value with a constant when its
// regex check fails makes the join read the value as checked; the reset
// on the passing edge, a non-constant reset, or a group of an unanchored
// match do not.
func TestResetJoins(t *testing.T) {
	str := func(s string) ir.Operand { return ir.C(ir.Const{Kind: ir.Str, S: s}) }
	v := func(b string) ir.Operand { return ir.P(ir.Place{Base: b}) }
	group := ir.P(ir.Place{Base: "m", Path: []ir.Elem{{Kind: ir.Key, Name: "0"}}})
	// build: b0: [$1 = preg_match(first, target, m)]; b1: $2 = preg_match(pat, subj);
	// if $2 (negated when not) -> pass/reset; reset: target = resetVal; join
	build := func(first string, subj ir.Operand, not bool, resetVal ir.Operand) *ir.Func {
		f := &ir.Func{Name: "f"}
		b0, b1, reset, pass, join := f.NewBlock("entry"), f.NewBlock("check"), f.NewBlock("then"), f.NewBlock("else"), f.NewBlock("after")
		b0.Instrs = []*ir.Instr{{Op: ir.Call, Text: "preg_match", Callee: "preg_match", Dst: &ir.Place{Base: "$1"}, Args: []ir.Operand{str(first), v("target"), v("m")}}}
		b0.Cond = &ir.Operand{Place: ir.Place{Base: "$1"}}
		ir.Edge(b0, b1)
		ir.Edge(b0, pass)
		b1.Instrs = []*ir.Instr{{Op: ir.Call, Text: "preg_match", Callee: "preg_match", Dst: &ir.Place{Base: "$2"}, Args: []ir.Operand{v("pattern"), subj}}}
		b1.Cond = &ir.Operand{Place: ir.Place{Base: "$2"}}
		if not {
			b1.Instrs = append(b1.Instrs, &ir.Instr{Op: ir.Not, Dst: &ir.Place{Base: "$3"}, Args: []ir.Operand{v("$2")}})
			b1.Cond = &ir.Operand{Place: ir.Place{Base: "$3"}}
			ir.Edge(b1, reset)
			ir.Edge(b1, pass)
		} else {
			ir.Edge(b1, pass)
			ir.Edge(b1, reset)
		}
		reset.Instrs = []*ir.Instr{{Op: ir.Assign, Dst: &ir.Place{Base: "target"}, Args: []ir.Operand{resetVal}}}
		ir.Edge(reset, join)
		ir.Edge(pass, join)
		return f
	}
	// the value itself against a constant pattern, negated, reset to "/"
	buildPat := func(pat string) *ir.Func {
		f := build(`#^x#`, v("target"), true, str("/"))
		f.Blocks[1].Instrs[0].Args[0] = str(pat)
		return f
	}
	tests := []struct {
		name string
		f    *ir.Func
		want []string
	}{
		{"host group fails, reset", build(`#^https?://[^/]+#i`, group, false, str("/")), []string{"target"}},
		{"value itself, negated check", build(`#^x#`, v("target"), true, str("/")), []string{"target"}},
		{"reset on the passing edge", build(`#^x#`, v("target"), false, str("/")), nil},
		{"reset to a variable", build(`#^x#`, v("target"), true, v("other")), nil},
		{"group of an unanchored match", build(`#https?://[^/]+#i`, group, false, str("/")), nil},
		{"constant allow-list pattern", buildPat(`/^[a-z0-9.-]+$/`), []string{"target"}},
		{"constant unanchored pattern", buildPat(`/\.php$/`), nil},
	}
	// "reset on the passing edge": swap so the reset block is the true edge
	tests[2].f.Blocks[1].Succs[0], tests[2].f.Blocks[1].Succs[1] = tests[2].f.Blocks[1].Succs[1], tests[2].f.Blocks[1].Succs[0]
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := resetJoins(tc.f)[4]
			if !slices.Equal(got, tc.want) {
				t.Errorf("resets at the join %v, want %v", got, tc.want)
			}
		})
	}
}
