package irtest

import (
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// diamond is entry -> (then | else) -> join -> exit; cond says whether the
// entry's branch has a condition.
func diamond(cond bool) *ir.Func {
	f := &ir.Func{Name: "f"}
	entry, then, els, join := f.NewBlock("entry"), f.NewBlock("then"), f.NewBlock("else"), f.NewBlock("join")
	if cond {
		entry.Cond = &ir.Operand{}
	}
	ir.Edge(entry, then)
	ir.Edge(entry, els)
	ir.Edge(then, join)
	ir.Edge(els, join)
	return f
}

func TestShape(t *testing.T) {
	straight := &ir.Func{}
	a, b := straight.NewBlock("a"), straight.NewBlock("b")
	ir.Edge(a, b)
	cases := []struct {
		name string
		f    *ir.Func
		want string
	}{
		{"empty", &ir.Func{}, ""},
		{"straight", straight, "0:1 1:"},
		{"unknown condition", diamond(false), "0:?1,2 1:3 2:3 3:"},
		{"condition", diamond(true), "0:c1,2 1:3 2:3 3:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Shape(tc.f); got != tc.want {
				t.Errorf("Shape = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFuncNamed(t *testing.T) {
	f, g, g2 := &ir.Func{Name: "f"}, &ir.Func{Name: "g"}, &ir.Func{Name: "g"}
	m := &ir.Module{Funcs: []*ir.Func{f, g, g2}}
	cases := []struct {
		name string
		want *ir.Func
	}{
		{"f", f},
		{"g", g},
		{"h", nil},
	}
	for _, tc := range cases {
		if got := FuncNamed(m, tc.name); got != tc.want {
			t.Errorf("FuncNamed(%q) = %p, want %p", tc.name, got, tc.want)
		}
	}
}

// finished gives f an exit block, last, as the front ends do.
func finished(f *ir.Func) *ir.Func {
	f.Exit = &ir.Block{Note: "exit", Index: len(f.Blocks)}
	if n := len(f.Blocks); n > 0 {
		ir.Edge(f.Blocks[n-1], f.Exit)
	}
	f.Blocks = append(f.Blocks, f.Exit)
	return f
}

func TestWellFormed(t *testing.T) {
	badIndex := finished(diamond(true))
	badIndex.Blocks[1].Index = 7
	oneWay := finished(&ir.Func{Name: "f"})
	oneWay.Blocks[0].Cond = &ir.Operand{}
	noPred := finished(diamond(false))
	noPred.Blocks[3].Preds = noPred.Blocks[3].Preds[:1]
	outside := finished(diamond(false))
	ir.Edge(outside.Blocks[1], &ir.Block{Index: 1})
	noExit := diamond(false)
	cases := []struct {
		name string
		f    *ir.Func
		ok   bool
	}{
		{"diamond", finished(diamond(true)), true},
		{"only an exit", finished(&ir.Func{Name: "f"}), true},
		{"no exit", noExit, false},
		{"wrong index", badIndex, false},
		{"condition with one successor", oneWay, false},
		{"edge missing its pred", noPred, false},
		{"edge leaving the function", outside, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := WellFormed(&ir.Module{Funcs: []*ir.Func{tc.f}})
			if (err == nil) != tc.ok {
				t.Errorf("WellFormed = %v, want ok %v", err, tc.ok)
			}
		})
	}
}
