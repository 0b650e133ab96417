package dataflow

import (
	"fmt"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// TestStateSharing checks the copy-on-write of states: a state and its
// clone read the same slice until one writes; the writer copies it, and
// the other, then its only holder, writes it in place; a scope made of a
// state keeps its slice for good (the state copies on its next write).
func TestStateSharing(t *testing.T) {
	tainted := Val{T: &Taint{Src: (*Trace)(nil).With(Step{Kind: "source"})}}
	vt := newVarTable()
	s := newState(nil, vt)
	s.write(ir.Place{Base: "a"}, tainted)
	s.write(ir.Place{Base: "b"}, tainted)
	c := s.clone()
	if &c.vals[0] != &s.vals[0] || c.tok != s.tok {
		t.Fatal("a clone does not share the state's slice")
	}
	orig := &s.vals[0]
	c.write(ir.Place{Base: "a"}, Val{C: ir.Const{Kind: ir.Str, S: "x"}})
	if &c.vals[0] == orig || c.tok == s.tok {
		t.Fatal("the clone wrote the shared slice")
	}
	if v, _ := s.read(ir.Place{Base: "a"}); v.T.empty() {
		t.Fatal("the clone's write reached the state")
	}
	s.write(ir.Place{Base: "b"}, Val{C: ir.Const{Kind: ir.Str, S: "y"}})
	if &s.vals[0] != orig {
		t.Error("the state copied a slice it alone holds")
	}
	if v, _ := c.read(ir.Place{Base: "b"}); v.T.empty() || v.C.Known() {
		t.Error("the state's write reached the clone")
	}
	// a scope holds the slice: the state copies before writing again
	sc := s.snapshot()
	s.write(ir.Place{Base: "a"}, Val{C: ir.Const{Kind: ir.Str, S: "z"}})
	if &s.vals[0] == orig {
		t.Error("the state wrote the slice a scope holds")
	}
	if e := sc.get("a"); e == nil || e.whole.T.empty() {
		t.Error("the state's write reached the scope")
	}
	if !join(s, c) {
		t.Error("join of different states reported no change")
	}
	d := s.clone()
	if join(d, s) {
		t.Error("join of states sharing a slice reported a change")
	}
}

// TestFreshEntriesChangedInPlace: while a block's transfers run, writes of
// parts of a variable whose entry the block made change that entry in
// place; an entry a clone or scope has seen, or made before the block,
// is copied as before (what the others read stays as it was).
func TestFreshEntriesChangedInPlace(t *testing.T) {
	src := Val{T: &Taint{Src: (*Trace)(nil).With(Step{Kind: "source"})}}
	field := func(n string) ir.Place {
		return ir.Place{Base: "x", Path: []ir.Elem{{Kind: ir.Field, Name: n}}}
	}
	s := newState(nil, newVarTable())
	s.write(field("old"), src) // before the block: not fresh
	before := s.get("x")
	s.fresh = map[*entry]struct{}{}
	s.write(field("a"), src)
	e := s.get("x")
	if e == before || len(before.paths) != 1 {
		t.Fatal("an entry made before the block was changed in place")
	}
	s.write(field("b"), src)
	s.write(field("a"), Val{}) // overwritten clean: the part is dropped
	if s.get("x") != e {
		t.Fatal("a fresh entry was copied")
	}
	if v, _ := s.read(field("b")); v.T.empty() {
		t.Error("x.b lost")
	}
	if v, _ := s.read(field("a")); !v.T.empty() {
		t.Error("x.a still tainted after a clean write")
	}
	if v, _ := s.read(field("old")); v.T.empty() {
		t.Error("x.old lost")
	}
	c := s.clone()
	s.write(field("c"), src)
	if s.get("x") == e {
		t.Error("an entry a clone has seen was changed in place")
	}
	if v, _ := c.read(field("c")); !v.T.empty() {
		t.Error("the clone sees a write made after it")
	}
	s.fresh = map[*entry]struct{}{}
	s.write(field("d"), src)
	e = s.get("x")
	sc := s.snapshot()
	s.write(field("e"), src)
	if s.get("x") == e {
		t.Error("an entry a scope has seen was changed in place")
	}
	if se := sc.get("x"); len(se.paths) != len(e.paths) || se != e {
		t.Error("the scope's entry changed")
	}
}

// TestSameScopeAsFlatten: sameScope answers as comparing the flattened
// scopes does, over combinations of one function's variables (some
// absent, some temporaries) above a shared parent scope and others.
func TestSameScopeAsFlatten(t *testing.T) {
	src := &entry{whole: Val{T: &Taint{Src: (*Trace)(nil).With(Step{Kind: "source"})}}}
	src2 := &entry{whole: Val{T: &Taint{Src: (*Trace)(nil).With(Step{Kind: "source", Message: "other trace"})}}}
	k := &entry{whole: Val{C: ir.Const{Kind: ir.Str, S: "k"}}}
	vt := newVarTable()
	for _, n := range []string{"a", "b", "$t", "c"} {
		vt.id(n)
	}
	pvt := newVarTable()
	pvt.id("a")
	pvt.id("z")
	parents := []*scope{nil, {vals: []*entry{src, k}, vt: pvt}, {m: map[string]*entry{"b": k, "$t": src}}}
	choices := []*entry{nil, src, src2, k, cleanEntry}
	var scopes []*scope
	for _, p := range parents {
		for i := 0; i < 60; i++ {
			n := i % 5
			vals := make([]*entry, n)
			for j := range vals {
				vals[j] = choices[(i/(j+1)+j)%len(choices)]
			}
			scopes = append(scopes, &scope{vals: vals, vt: vt, parent: p})
		}
	}
	scopes = append(scopes, nil, &scope{m: map[string]*entry{"a": src}})
	same := 0
	for i, a := range scopes {
		for j, b := range scopes {
			want := sameEnv(a.flatten(), b.flatten())
			if want && i != j {
				same++
			}
			if got := sameScope(a, b); got != want {
				t.Fatalf("scopes %d and %d: sameScope %v, flattened %v", i, j, got, want)
			}
		}
	}
	if same == 0 {
		t.Error("no two different scopes compared the same")
	}
}

// TestCheckedByNoAlloc: finding the place an equality check validates
// allocates nothing (the place is the instruction's own, not a copy).
func TestCheckedByNoAlloc(t *testing.T) {
	cmp := &ir.Instr{Op: ir.Compare, Sub: "==", Dst: &ir.Place{Base: "$t1"},
		Args: []ir.Operand{ir.P(ir.Place{Base: "mode"}), {Const: ir.Const{Kind: ir.Str, S: "fast"}}}}
	b := &ir.Block{Instrs: []*ir.Instr{cmp}}
	a := &analyzer{spec: &paramSpec{}}
	s := newState(nil, newVarTable())
	cond := ir.P(ir.Place{Base: "$t1"})
	out := a.checkedBy(b, cond, s)
	if out[0] != &cmp.Args[0].Place {
		t.Fatalf("checked places %v, want mode on the true edge", out)
	}
	if n := testing.AllocsPerRun(20, func() { a.checkedBy(b, cond, s) }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// TestBuildPathsOneArray: a container literal's parts are kept with one
// array for their paths (not one slice each, grown by appends).
func TestBuildPathsOneArray(t *testing.T) {
	in := &ir.Instr{Op: ir.Build, Sub: "object", Dst: &ir.Place{Base: "o"}}
	for i := 0; i < 10; i++ {
		in.Kwargs = append(in.Kwargs, ir.Kwarg{Name: fmt.Sprintf("k%d", i), Val: ir.Operand{Const: ir.Const{Kind: ir.Int, I: int64(i)}}})
	}
	f := &ir.Func{Name: "f"}
	a := &analyzer{spec: &paramSpec{}}
	s := newState(nil, newVarTable())
	a.transfer(f, in, s, &Summary{})
	for i := 0; i < 10; i++ {
		v, _ := s.read(ir.Place{Base: "o", Path: []ir.Elem{{Kind: ir.Field, Name: fmt.Sprintf("k%d", i)}}})
		if v.C.Kind != ir.Int || v.C.I != int64(i) {
			t.Errorf("o.k%d = %+v", i, v.C)
		}
	}
	if n := testing.AllocsPerRun(20, func() { a.transfer(f, in, s, &Summary{}) }); n > 5 {
		t.Errorf("%v allocations for a literal of 10 parts", n)
	}
}
