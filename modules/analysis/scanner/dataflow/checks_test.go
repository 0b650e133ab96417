package dataflow_test

import (
	"context"
	"slices"
	"testing"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
)

// checkFunc builds, by hand, `x = src; c = CHECK(x); if c { sink(x) } else { sink(x) }`:
// the first sink is line 4, the second line 5.
func checkFunc(check *ir.Instr) *ir.Module {
	f := &ir.Func{Name: "f"}
	b0, then, els, exit := f.NewBlock("entry"), f.NewBlock("then"), f.NewBlock("else"), f.NewBlock("exit")
	f.Exit = exit
	x, c, r := ir.Place{Base: "x"}, ir.Place{Base: "$1"}, ir.Place{Base: "$2"}
	b0.Instrs = append(b0.Instrs, &ir.Instr{Op: ir.Assign, Dst: &x, Args: []ir.Operand{ir.P(ir.Place{Base: "src"})}, Span: ir.Span{Line: 1}})
	check.Dst = &c
	check.Span = ir.Span{Line: 2}
	b0.Instrs = append(b0.Instrs, check)
	cond := ir.P(c)
	b0.Cond = &cond
	ir.Edge(b0, then)
	ir.Edge(b0, els)
	for i, b := range []*ir.Block{then, els} {
		b.Instrs = append(b.Instrs, &ir.Instr{Op: ir.Call, Dst: &r, Callee: "sink", Text: "sink", Args: []ir.Operand{ir.P(x)}, Span: ir.Span{Line: 4 + i, Start: uint32(10 * (i + 1))}})
		ir.Edge(b, exit)
	}
	top := &ir.Func{Name: "<module>"}
	tb, te := top.NewBlock("entry"), top.NewBlock("exit")
	top.Exit = te
	ir.Edge(tb, te)
	return &ir.Module{Path: "t", Top: top, Funcs: []*ir.Func{top, f}, Imports: map[string]string{}}
}

// TestFunctionChecks: PHP's preg_match with a delimited, anchored,
// wildcard-free pattern cleans the value on the edge where it matched
// (is_numeric-style checks are the packs' validators).
func TestFunctionChecks(t *testing.T) {
	x := ir.P(ir.Place{Base: "x"})
	cases := []struct {
		name  string
		check *ir.Instr
		want  []int
	}{
		{"preg_match anchored", &ir.Instr{Op: ir.Call, Callee: "preg_match", Text: "preg_match", Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Str, S: `/^[a-z0-9_]+$/i`}), x}}, []int{5}},
		{"preg_match with \\z and # delimiters", &ir.Instr{Op: ir.Call, Callee: "preg_match", Text: "preg_match", Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Str, S: `#^\d+\z#`}), x}}, []int{5}},
		{"preg_match unanchored", &ir.Instr{Op: ir.Call, Callee: "preg_match", Text: "preg_match", Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Str, S: `/[a-z]+/`}), x}}, []int{4, 5}},
		{"preg_match with a wildcard", &ir.Instr{Op: ir.Call, Callee: "preg_match", Text: "preg_match", Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Str, S: `/^.+$/`}), x}}, []int{4, 5}},
		{"some other call", &ir.Instr{Op: ir.Call, Callee: "check", Text: "check", Args: []ir.Operand{x}}, []int{4, 5}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := dataflow.Analyze(context.Background(), checkFunc(tc.check), testSpec{}, dataflow.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := sinkLines(res); !slices.Equal(got, tc.want) {
				t.Errorf("sinks at lines %v, want %v", got, tc.want)
			}
		})
	}
}

// TestNumericBinary: a Numeric operator's result carries no taint, and
// constants still fold through it.
func TestNumericBinary(t *testing.T) {
	for _, numeric := range []bool{false, true} {
		f := &ir.Func{Name: "f"}
		b0, exit := f.NewBlock("entry"), f.NewBlock("exit")
		f.Exit = exit
		ir.Edge(b0, exit)
		y, k, r := ir.Place{Base: "y"}, ir.Place{Base: "k"}, ir.Place{Base: "$1"}
		b0.Instrs = []*ir.Instr{
			{Op: ir.Binary, Sub: "*", Dst: &y, Args: []ir.Operand{ir.P(ir.Place{Base: "src"}), ir.C(ir.Const{Kind: ir.Int, I: 10})}, Numeric: numeric, Span: ir.Span{Line: 1}},
			{Op: ir.Call, Callee: "sink", Text: "sink", Dst: &r, Args: []ir.Operand{ir.P(y)}, Span: ir.Span{Line: 2, Start: 10}},
			{Op: ir.Binary, Sub: "*", Dst: &k, Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Int, I: 6}), ir.C(ir.Const{Kind: ir.Int, I: 7})}, Numeric: numeric, Span: ir.Span{Line: 3}},
			{Op: ir.Return, Args: []ir.Operand{ir.P(k)}, Span: ir.Span{Line: 4}},
		}
		top := &ir.Func{Name: "<module>"}
		tb, te := top.NewBlock("entry"), top.NewBlock("exit")
		top.Exit = te
		ir.Edge(tb, te)
		m := &ir.Module{Path: "t", Top: top, Funcs: []*ir.Func{top, f}, Imports: map[string]string{}}
		res, err := dataflow.Analyze(context.Background(), m, testSpec{}, dataflow.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := []int{2}
		if numeric {
			want = nil
		}
		if got := sinkLines(res); !slices.Equal(got, want) {
			t.Errorf("numeric=%v: sinks at lines %v, want %v", numeric, got, want)
		}
		if s := res.Summaries["f"]; s == nil || s.RetConst != (ir.Const{Kind: ir.Int, I: 42}) {
			t.Errorf("numeric=%v: 6*7 should fold to 42: %+v", numeric, s)
		}
	}
}

// TestCheckedSourcePlace: a check of source data read in place
// (`if src.a != "x" { sink(src.a) } else { sink(src.a) }`) cleans that
// place on the edge where it passed (else), and only there; an unknown
// element is never marked.
func TestCheckedSourcePlace(t *testing.T) {
	for _, tc := range []struct {
		name  string
		place ir.Place
		want  []int
	}{
		{"field of a source", ir.Place{Base: "src", Path: []ir.Elem{{Kind: ir.Field, Name: "a"}}}, []int{4}},
		{"constant key of a source", ir.Place{Base: "src", Path: []ir.Elem{{Kind: ir.Key, Name: "q"}}}, []int{4}},
		{"unknown element", ir.Place{Base: "src", Path: []ir.Elem{{Kind: ir.AnyElem}}}, []int{4, 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &ir.Func{Name: "f"}
			b0, then, els, exit := f.NewBlock("entry"), f.NewBlock("then"), f.NewBlock("else"), f.NewBlock("exit")
			f.Exit = exit
			c, r := ir.Place{Base: "$1"}, ir.Place{Base: "$2"}
			b0.Instrs = append(b0.Instrs, &ir.Instr{Op: ir.Compare, Sub: "!=", Dst: &c, Args: []ir.Operand{ir.P(tc.place), ir.C(ir.Const{Kind: ir.Str, S: "x"})}, Span: ir.Span{Line: 2}})
			cond := ir.P(c)
			b0.Cond = &cond
			ir.Edge(b0, then)
			ir.Edge(b0, els)
			for i, b := range []*ir.Block{then, els} {
				b.Instrs = append(b.Instrs, &ir.Instr{Op: ir.Call, Dst: &r, Callee: "sink", Text: "sink", Args: []ir.Operand{ir.P(tc.place)}, Span: ir.Span{Line: 4 + i, Start: uint32(10 * (i + 1))}})
				ir.Edge(b, exit)
			}
			top := &ir.Func{Name: "<module>"}
			tb, te := top.NewBlock("entry"), top.NewBlock("exit")
			top.Exit = te
			ir.Edge(tb, te)
			m := &ir.Module{Path: "t", Top: top, Funcs: []*ir.Func{top, f}, Imports: map[string]string{}}
			res, err := dataflow.Analyze(context.Background(), m, testSpec{}, dataflow.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := sinkLines(res); !slices.Equal(got, tc.want) {
				t.Errorf("sinks at lines %v, want %v", got, tc.want)
			}
		})
	}
}
