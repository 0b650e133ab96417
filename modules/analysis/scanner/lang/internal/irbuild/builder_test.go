package irbuild

import (
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// TestBodyShapes builds small CFGs through the Builder alone and pins
// their shape.
func TestBodyShapes(t *testing.T) {
	cases := []struct {
		name string
		fill func(b *Builder)
		want string
	}{
		{"empty body falls into the exit", func(b *Builder) {}, "0:1 1:"},
		{"jump to the exit leaves no dead block", func(b *Builder) { b.Jump(b.Fn.Exit) }, "0:1 1:"},
		{"code after a jump opens an unreachable block", func(b *Builder) {
			b.Jump(b.Fn.Exit)
			b.Emit(&ir.Instr{Op: ir.Assign})
		}, "0:2 1:2 2:"},
		{"branch and join", func(b *Builder) {
			join := &ir.Block{Note: "join"}
			t, f := b.Branch(&ir.Operand{}, "then", "else")
			b.Cur = t
			b.Jump(join)
			b.Cur = f
			b.Jump(join)
			b.Place(join)
		}, "0:c1,2 1:3 2:3 3:4 4:"},
		{"branch on an unknown condition", func(b *Builder) {
			t, f := b.Branch(nil, "then", "else")
			b.Cur = t
			b.Jump(b.Fn.Exit)
			b.Cur = f
		}, "0:?1,2 1:3 2:3 3:"},
		{"a join nothing reaches stays unreachable", func(b *Builder) {
			b.Jump(b.Fn.Exit)
			b.Place(&ir.Block{Note: "join"})
		}, "0:2 1:2 2:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := &Builder{}
			f := &ir.Func{Name: "f"}
			b.Body(f, func() { tc.fill(b) })
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
			if f.Exit != f.Blocks[len(f.Blocks)-1] {
				t.Error("the exit is not the last block")
			}
		})
	}
}

// TestBodyRestores: a nested body (a closure) has its own temporaries,
// note and tries, and the enclosing function's come back after it.
func TestBodyRestores(t *testing.T) {
	b := &Builder{}
	outer, inner := &ir.Func{Name: "outer"}, &ir.Func{Name: "inner"}
	b.Body(outer, func() {
		b.Note = "outer note"
		b.Temp()
		try := b.PushTry(b.Cur)
		b.Body(inner, func() {
			if b.Fn != inner || b.Note != "" || len(b.Tries) != 0 {
				t.Errorf("inner state: fn %s, note %q, %d tries", b.Fn.Name, b.Note, len(b.Tries))
			}
			if p := b.Temp(); p.Base != "$1" {
				t.Errorf("inner's first temp %s, want $1", p.Base)
			}
		})
		if b.Fn != outer || b.Note != "outer note" || len(b.Tries) != 1 || b.Tries[0] != try {
			t.Errorf("outer state not restored: fn %s, note %q, %d tries", b.Fn.Name, b.Note, len(b.Tries))
		}
		if p := b.Temp(); p.Base != "$2" {
			t.Errorf("outer's second temp %s, want $2", p.Base)
		}
		b.PopTry()
	})
	if len(inner.Blocks) != 2 {
		t.Errorf("the inner body's blocks went elsewhere: %d blocks", len(inner.Blocks))
	}
}

// TestTries: the blocks opened or placed in a try body are its blocks, and
// a nested try's are the enclosing one's too.
func TestTries(t *testing.T) {
	b := &Builder{}
	f := &ir.Func{Name: "f"}
	b.Body(f, func() {
		start := b.NewBlock("try")
		outer := b.PushTry(start)
		inStart := b.NewBlock("inner try")
		inner := b.PushTry(inStart)
		x := b.NewBlock("x")
		join := &ir.Block{Note: "join"}
		b.Place(join)
		if got := b.PopTry(); got != inner {
			t.Fatal("PopTry returned another try")
		}
		after := b.NewBlock("after inner")
		b.PopTry()
		b.NewBlock("after outer")
		cases := []struct {
			name string
			try  *Try
			want []*ir.Block
		}{
			{"inner", inner, []*ir.Block{inStart, x, join}},
			{"outer", outer, []*ir.Block{start, inStart, inStart, x, join, after}},
		}
		for _, tc := range cases {
			if len(tc.try.Blocks) != len(tc.want) {
				t.Errorf("%s try: %d blocks, want %d", tc.name, len(tc.try.Blocks), len(tc.want))
				continue
			}
			for i, blk := range tc.want {
				if tc.try.Blocks[i] != blk {
					t.Errorf("%s try: block %d is %q, want %q", tc.name, i, tc.try.Blocks[i].Note, blk.Note)
				}
			}
		}
	})
}

func TestEmitNotes(t *testing.T) {
	b := &Builder{}
	f := &ir.Func{Name: "f"}
	var plain, own, inner *ir.Instr
	b.Body(f, func() {
		b.Note = "outer"
		plain = b.Emit(&ir.Instr{Op: ir.Assign})
		own = b.Emit(&ir.Instr{Op: ir.Assign, Note: "own"})
		b.WithNote("inner", func() { inner = b.Emit(&ir.Instr{Op: ir.Assign}) })
		if b.Note != "outer" {
			t.Errorf("WithNote left the note %q", b.Note)
		}
	})
	for _, tc := range []struct {
		in   *ir.Instr
		want string
	}{{plain, "outer"}, {own, "own"}, {inner, "inner"}} {
		if tc.in.Note != tc.want {
			t.Errorf("note %q, want %q", tc.in.Note, tc.want)
		}
	}
	if n := len(f.Blocks[0].Instrs); n != 3 {
		t.Errorf("%d instructions in the entry block, want 3", n)
	}
}

func TestSpanTextLine(t *testing.T) {
	src := []byte("a = 1\nfoo(bar)\n")
	root := parsePython(t, src)
	call := syntax.NamedChildren(syntax.NamedChildren(root)[1])[0]
	b := &Builder{Src: src}
	if got := b.Text(call); got != "foo(bar)" {
		t.Errorf("Text = %q", got)
	}
	want := ir.Span{Start: 6, End: 14, Line: 2, Col: 1, EndLine: 2, EndCol: 9}
	if got := b.Span(call); got != want {
		t.Errorf("Span = %+v, want %+v", got, want)
	}
	if got := Line(call); got != 2 {
		t.Errorf("Line = %d, want 2", got)
	}
}

func TestNormText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a.b", "a.b"},
		{"a . b", "a.b"},
		{"os\n\t.system", "os.system"},
		{"", ""},
		{" \u00a0x ", "x"},
	}
	for _, tc := range cases {
		if got := NormText(tc.in); got != tc.want {
			t.Errorf("NormText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestShortCircuit: `a op b` branches on the temporary holding a (on
// nothing known without a test), runs b on one side and joins; b's value
// goes to the same temporary unless it says not to.
func TestShortCircuit(t *testing.T) {
	src := []byte("x = a or b\n")
	root := parsePython(t, src)
	n := syntax.NamedChildren(syntax.NamedChildren(root)[0])[0]
	cases := []struct {
		name           string
		test, whenTrue bool
		store          bool
		want           string
		rightBlock     int // the block b runs in
	}{
		{"and", true, true, true, "0:c1,2 1:3 2:3 3:4 4:", 1},
		{"or", true, false, true, "0:c1,2 1:3 2:3 3:4 4:", 2},
		{"??", false, false, true, "0:?1,2 1:3 2:3 3:4 4:", 2},
		{"b leaves", true, true, false, "0:c1,2 1:4 2:3 3:4 4:", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := &Builder{Src: src}
			f := &ir.Func{Name: "f"}
			var v ir.Operand
			b.Body(f, func() {
				v = b.ShortCircuit(n, "op", ir.Operand{}, tc.test, tc.whenTrue, func() (ir.Operand, bool) {
					if !tc.store {
						b.Jump(b.Fn.Exit)
					}
					return ir.Operand{}, tc.store
				})
			})
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
			if v.Place.Base != "$1" {
				t.Errorf("value %+v, want $1", v)
			}
			stores := len(f.Blocks[tc.rightBlock].Instrs)
			if want := map[bool]int{true: 1, false: 0}[tc.store]; stores != want {
				t.Errorf("%d stores where b runs, want %d\n%s", stores, want, ir.Dump(f))
			}
			if f.Blocks[0].Instrs[0].Dst.Base != "$1" {
				t.Errorf("a not stored in $1\n%s", ir.Dump(f))
			}
		})
	}
}

// TestConditional: each side of `c ? a : b` runs in its block and stores
// its value (where it says so) in the one temporary, with the branch's
// note; the two join after.
func TestConditional(t *testing.T) {
	src := []byte("x = a if c else b\n")
	root := parsePython(t, src)
	n := syntax.NamedChildren(syntax.NamedChildren(root)[0])[0]
	b := &Builder{Src: src}
	f := &ir.Func{Name: "f"}
	var v ir.Operand
	b.Body(f, func() {
		tmp := b.Temp()
		yes, no := b.Branch(nil, "yes", "no")
		v = b.Conditional(n, tmp, yes, no, func(i int) (ir.Operand, ir.Span, bool) {
			return ir.Operand{}, ir.Span{Line: 10 + i}, i == 0 // the false side stores nothing
		})
	})
	if got, want := irtest.Shape(f), "0:?1,2 1:3 2:3 3:4 4:"; got != want {
		t.Errorf("shape %s, want %s\n%s", got, want, ir.Dump(f))
	}
	if v.Place.Base != "$1" {
		t.Errorf("value %+v, want $1", v)
	}
	yes, no := f.Blocks[1].Instrs, f.Blocks[2].Instrs
	if len(yes) != 1 || yes[0].Dst.Base != "$1" || yes[0].Span.Line != 10 || yes[0].Note != "in true-branch of ternary line 1" || len(no) != 0 {
		t.Errorf("sides:\n%s", ir.Dump(f))
	}
	if f.Blocks[3].Note != "after ternary line 1" {
		t.Errorf("join %q", f.Blocks[3].Note)
	}
}

// TestHoldFormat: Hold keeps a value's own place and gives a constant (or
// a value of no place) a temporary; Format folds constant strings into
// one and formats into a temporary otherwise.
func TestHoldFormat(t *testing.T) {
	src := []byte("f'a{x}'\n")
	root := parsePython(t, src)
	n := syntax.NamedChildren(root)[0]
	b := &Builder{Src: src}
	f := &ir.Func{Name: "f"}
	str := func(s string) ir.Operand { return ir.C(ir.Const{Kind: ir.Str, S: s}) }
	x := ir.P(ir.Place{Base: "x"})
	b.Body(f, func() {
		if p := b.Hold(x, n); p.Base != "x" {
			t.Errorf("Hold(x) = %s", p.Base)
		}
		if p := b.Hold(str("s"), n); p.Base != "$1" {
			t.Errorf("Hold(constant) = %s, want $1", p.Base)
		}
		if p := b.Hold(ir.Operand{}, n); p.Base != "$2" {
			t.Errorf("Hold(no place) = %s, want $2", p.Base)
		}
		if o := b.Format([]ir.Operand{str("a"), str("b")}, n); !o.IsConst() || o.Const.S != "ab" {
			t.Errorf("Format of constants = %v", o)
		}
		if o := b.Format([]ir.Operand{str("a"), x}, n); o.Place.Base != "$3" {
			t.Errorf("Format with x = %v, want $3", o)
		}
	})
	var ops []ir.Op
	for _, in := range f.Blocks[0].Instrs {
		ops = append(ops, in.Op)
	}
	if len(ops) != 3 || ops[0] != ir.Assign || ops[1] != ir.Assign || ops[2] != ir.Format {
		t.Errorf("instructions %v\n%s", ops, ir.Dump(f))
	}
}

// parsePython parses src as Python and returns its root.
func parsePython(t *testing.T, src []byte) syntax.Node {
	t.Helper()
	root, err := syntax.Parse(python.GetLanguage(), src)
	if err != nil {
		t.Fatal(err)
	}
	return root
}
