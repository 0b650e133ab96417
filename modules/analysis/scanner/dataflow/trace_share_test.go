package dataflow

import (
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// TestTaintWithSharesStep: a step appended to a value's source and
// parameter traces is stored once and pointed to by each new node, and
// every trace still reads the same steps; a full trace stays as it was.
func TestTaintWithSharesStep(t *testing.T) {
	src := (*Trace)(nil).With(Step{Kind: "source", Message: "untrusted data from q"})
	full := src
	for i := 1; i < MaxTrace; i++ {
		full = full.With(Step{Kind: "step", Message: "hop"})
	}
	p0 := (*Trace)(nil).With(Step{Kind: "step", Message: "parameter a of f()"})
	p2 := (*Trace)(nil).With(Step{Kind: "step", Message: "parameter c of f()"})
	s := Step{Span: ir.Span{Line: 7}, Kind: "step", Message: "assigned to x"}
	cases := []struct {
		name  string
		taint *Taint
		want  [][]string // the messages of Src, then of each non-nil Params trace
	}{
		{"source and parameters", &Taint{Src: src, Params: []*Trace{p0, nil, p2}},
			[][]string{{"untrusted data from q", "assigned to x"}, {"parameter a of f()", "assigned to x"}, {"parameter c of f()", "assigned to x"}}},
		{"parameters only", &Taint{Params: []*Trace{nil, p0}},
			[][]string{{"parameter a of f()", "assigned to x"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := c.taint.with(s)
			var traces []*Trace
			if out.Src != nil {
				traces = append(traces, out.Src)
			}
			for _, p := range out.Params {
				if p != nil {
					traces = append(traces, p)
				}
			}
			if len(traces) != len(c.want) {
				t.Fatalf("%d traces, want %d", len(traces), len(c.want))
			}
			for i, tr := range traces {
				var got []string
				for _, st := range tr.Steps() {
					got = append(got, st.Message)
				}
				if len(got) != len(c.want[i]) || got[0] != c.want[i][0] || got[1] != c.want[i][1] {
					t.Errorf("trace %d reads %q, want %q", i, got, c.want[i])
				}
				if tr.step != traces[0].step {
					t.Errorf("trace %d has its own copy of the new step; want it shared with trace 0", i)
				}
			}
		})
	}
	if got := (&Taint{Src: full}).with(s).Src; got != full {
		t.Errorf("a full trace gained a step")
	}
}

// TestStartTracesBuiltOnce: the parameter, parameter-source and
// receiver-field markers and the steps of assignments and calls are built once per
// analysis (the same trace every round) and read as before.
func TestStartTracesBuiltOnce(t *testing.T) {
	f := &ir.Func{Name: "run#2", Recv: "self", Params: []ir.Param{{Name: "req", Decl: "req:  Request"}}}
	in := &ir.Instr{Op: ir.Assign, Dst: &ir.Place{Base: "x"}, Note: "unpacked"}
	call := &ir.Instr{Op: ir.Call, Text: "db.get"}
	a := &analyzer{}
	cases := []struct {
		name  string
		build func() *Trace
		want  string
	}{
		{"parameter marker", func() *Trace { return a.paramMarker(f, 0) }, "parameter req of run()"},
		{"parameter source", func() *Trace { return a.paramSource(f, 0) }, "untrusted data from parameter req: Request"},
		{"receiver field marker", func() *Trace { return a.fieldMarker(f, "url") }, "field self.url of run()"},
		{"assignment", func() *Trace { sp := a.assignStep(in); return (*Trace)(nil).with(*sp, &sp) }, "assigned to x (unpacked)"},
		{"returned by a call", func() *Trace { return (*Trace)(nil).withRef(a.callStep(call, returnedBy)) }, "returned by db.get()"},
		{"passed through a call", func() *Trace { return (*Trace)(nil).withRef(a.callStep(call, passedThrough)) }, "passed through db.get()"},
		{"passed to a call", func() *Trace { return (*Trace)(nil).withRef(a.callStep(call, passedTo)) }, "passed to db.get()"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			first, again := c.build(), c.build()
			if got := first.Step().Message; got != c.want {
				t.Errorf("message %q, want %q", got, c.want)
			}
			if first.step != again.step {
				t.Errorf("built twice; want one step per analysis")
			}
		})
	}
}

// TestStepRefsAppend: a callee's steps appended by reference read as the
// callee's trace.
func TestStepRefsAppend(t *testing.T) {
	inner := TraceOf([]Step{{Kind: "step", Message: "parameter p of g()"}, {Kind: "step", Message: "assigned to y"}})
	tr := (*Trace)(nil).With(Step{Kind: "source", Message: "untrusted data from q"})
	for _, sp := range inner.stepRefs() {
		tr = tr.withRef(sp)
	}
	want := []string{"untrusted data from q", "parameter p of g()", "assigned to y"}
	got := tr.Steps()
	if len(got) != len(want) {
		t.Fatalf("%d steps, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Message != want[i] {
			t.Errorf("step %d %q, want %q", i, got[i].Message, want[i])
		}
	}
	if tr.step != inner.step {
		t.Errorf("the last step was copied; want it shared with the callee's trace")
	}
}

// paramSpec makes every parameter named "req" a source and counts the
// questions.
type paramSpec struct {
	Spec
	asked int
}

func (s *paramSpec) ParamSource(f *ir.Func, i int) bool {
	s.asked++
	return f.Params[i].Name == "req"
}

// TestParamEntryBuiltOnce: a parameter's entry at the function's start is
// made once per analysis (every round starts from it) and holds the
// parameter's marker, and its source step when it is a source.
func TestParamEntryBuiltOnce(t *testing.T) {
	f := &ir.Func{Name: "run", Params: []ir.Param{{Name: "self"}, {Name: "req", Decl: "req"}}}
	sp := &paramSpec{}
	a := &analyzer{spec: sp}
	for i, p := range f.Params {
		e := a.paramEntry(f, i)
		if again := a.paramEntry(f, i); again != e {
			t.Errorf("%s: entry built twice", p.Name)
		}
		tr := e.whole.T
		if len(tr.Params) != i+1 || tr.Params[i] != a.paramMarker(f, i) {
			t.Errorf("%s: marker traces %v", p.Name, tr.Params)
		}
		if (tr.Src != nil) != (p.Name == "req") || tr.Src != nil && tr.Src != a.paramSource(f, i) {
			t.Errorf("%s: source trace %v", p.Name, tr.Src)
		}
	}
	if sp.asked != 2 {
		t.Errorf("ParamSource asked %d times, want 2", sp.asked)
	}
}

// TestRecvEntryBuiltOnce: a method's receiver entry with its field
// markers is made once per analysis; every round's start state holds it.
func TestRecvEntryBuiltOnce(t *testing.T) {
	f := &ir.Func{Name: "get", Recv: "self", Class: "C", Params: []ir.Param{{Name: "self"}}}
	b := &ir.Block{Instrs: []*ir.Instr{{Op: ir.Call, Text: "db.run", Args: []ir.Operand{
		ir.P(ir.Place{Base: "self", Path: []ir.Elem{{Kind: ir.Field, Name: "url"}}})}}}}
	f.Blocks = []*ir.Block{b}
	caller := &ir.Func{Name: "main", Calls: map[string]bool{"get": true}}
	a := &analyzer{m: &ir.Module{Funcs: []*ir.Func{f, caller}}, spec: &paramSpec{}}
	var first *entry
	for round := 0; round < 2; round++ {
		init := newState(nil, newVarTable())
		init.put(init.vt.id("self"), a.paramEntry(f, 0))
		marked := a.markRecvFields(f, init)
		if len(marked) != 1 || marked[0] != "url" {
			t.Fatalf("round %d: marked %v", round, marked)
		}
		e := init.get("self")
		if len(e.paths) != 1 || e.paths[0].val.T.recv[a.fieldID("url")] != a.fieldMarker(f, "url") {
			t.Fatalf("round %d: receiver entry %+v", round, e)
		}
		if round == 0 {
			first = e
		} else if e != first {
			t.Error("receiver entry built again")
		}
	}
}
