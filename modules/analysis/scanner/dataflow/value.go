// Package dataflow is the taint engine over IR (scanner/ir): a worklist
// analysis over each function's CFG with joins at merge points (taint is a
// may-property: the union of what reaches a point), loops iterated to a
// fixpoint, access paths of bounded depth (fields, container elements at
// constant and unknown keys), constant propagation that prunes branches
// whose condition is known, and per-function summaries (which parameters
// reach the return value or a sink, whether the function returns source
// data or a constant) iterated to a fixpoint across the functions of a file.
// What is a source, sink, sanitiser or propagator comes from a Spec: rules
// plus model packs (scanner/models), never from code here.
package dataflow

import (
	"vigil/modules/analysis/scanner/ir"
)

// Step is one hop of a trace.
type Step struct {
	Span    ir.Span
	Path    string // file; "" means the file being analysed
	Kind    string // source, step, call, return, sink
	Message string
	Snippet string // the line, when the step comes from another file's summary
}

// MaxTrace bounds traces so loops and recursion cannot grow them.
const MaxTrace = 12

// Trace is a persistent list of steps, newest last; traces share tails.
// A step appended to several traces at once (Taint.with: the source and
// every parameter marker of a value) is stored once and shared by them.
type Trace struct {
	step *Step
	Prev *Trace
	N    int
}

// stepTrace is a trace node allocated with its step (one allocation).
type stepTrace struct {
	t Trace
	s Step
}

// newTrace is a node holding its own copy of s.
func newTrace(s Step, prev *Trace, n int) *Trace {
	c := &stepTrace{s: s}
	c.t = Trace{step: &c.s, Prev: prev, N: n}
	return &c.t
}

// Step is the trace's newest step.
func (t *Trace) Step() Step { return *t.step }

// With returns t with s appended (t itself once MaxTrace steps are reached).
func (t *Trace) With(s Step) *Trace {
	var shared *Step
	return t.with(s, &shared)
}

// with is With for a step appended to several traces: the first node it
// allocates stores s and sets *shared, the later ones point to it.
func (t *Trace) with(s Step, shared **Step) *Trace {
	n := 1
	if t != nil {
		if t.N >= MaxTrace {
			return t
		}
		n = t.N + 1
	}
	if *shared != nil {
		return &Trace{step: *shared, Prev: t, N: n}
	}
	out := newTrace(s, t, n)
	*shared = out.step
	return out
}

// first is the trace's first step (its source).
func (t *Trace) first() Step {
	for t.Prev != nil {
		t = t.Prev
	}
	return *t.step
}

// WithLast appends s even to a full trace (then in place of its newest
// step): a sink step must end every finding's trace.
func (t *Trace) WithLast(s Step) *Trace {
	if t != nil && t.N >= MaxTrace {
		return newTrace(s, t.Prev, t.N)
	}
	return t.With(s)
}

// withRef appends the step sp points to, which must not change after,
// without copying it.
func (t *Trace) withRef(sp *Step) *Trace {
	return t.with(*sp, &sp)
}

// stepRefs returns the trace's steps in order, as Steps, but as pointers
// to the steps the trace holds (to append them to other traces).
func (t *Trace) stepRefs() []*Step {
	if t == nil {
		return nil
	}
	out := make([]*Step, t.N)
	for i := t.N - 1; t != nil && i >= 0; t, i = t.Prev, i-1 {
		out[i] = t.step
	}
	return out
}

// Steps returns the steps in order, first (the source) first.
func (t *Trace) Steps() []Step {
	if t == nil {
		return nil
	}
	out := make([]Step, t.N)
	for i := t.N - 1; t != nil && i >= 0; t, i = t.Prev, i-1 {
		out[i] = *t.step
	}
	return out
}

// TraceOf builds a trace from steps.
func TraceOf(steps []Step) *Trace {
	var t *Trace
	for _, s := range steps {
		t = t.With(s)
	}
	return t
}

// Taint is where a value's data may come from: a real source (Src, one
// witness trace) and/or the parameters of the function being analysed
// (Params[i] non-nil: parameter i flows here, for summaries) and/or the
// fields of its receiver as a method's caller will have them (recv[id]
// non-nil: the field numbered id, analyzer.fieldID; recvfields.go). The
// field markers are kept apart from Params so that the parameter lists
// stay as short as the function's parameters.
type Taint struct {
	Src    *Trace
	Params []*Trace
	recv   []*Trace
}

func (t *Taint) empty() bool {
	if t == nil {
		return true
	}
	if t.Src != nil {
		return false
	}
	for _, p := range t.Params {
		if p != nil {
			return false
		}
	}
	for _, p := range t.recv {
		if p != nil {
			return false
		}
	}
	return true
}

// addsTo reports whether b has a trace where a has none.
func addsTo(a, b []*Trace) bool {
	for i, p := range b {
		if p != nil && (i >= len(a) || a[i] == nil) {
			return true
		}
	}
	return false
}

// mergeTraces is a's traces plus b's where a has none (a fresh slice).
func mergeTraces(a, b []*Trace) []*Trace {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make([]*Trace, max(len(a), len(b)))
	copy(out, b)
	for i, p := range a {
		if p != nil {
			out[i] = p
		}
	}
	return out
}

// union joins two taints, keeping a's witness traces where both have one;
// it returns a itself when b adds nothing (states stay shared).
func union(a, b *Taint) *Taint {
	if b.empty() {
		return a
	}
	if a.empty() {
		return b
	}
	addsSrc := a.Src == nil && b.Src != nil
	addsParams := addsTo(a.Params, b.Params)
	addsRecv := addsTo(a.recv, b.recv)
	if !addsSrc && !addsParams && !addsRecv {
		return a
	}
	out := &Taint{Src: a.Src, Params: a.Params, recv: a.recv}
	if out.Src == nil {
		out.Src = b.Src
	}
	if addsParams {
		out.Params = mergeTraces(a.Params, b.Params)
	}
	if addsRecv {
		out.recv = mergeTraces(a.recv, b.recv)
	}
	return out
}

// traces counts t's traces (source, parameter and receiver-field ones).
func (t *Taint) traces() int {
	n := 0
	if t.Src != nil {
		n++
	}
	for _, l := range [2][]*Trace{t.Params, t.recv} {
		for _, p := range l {
			if p != nil {
				n++
			}
		}
	}
	return n
}

// withAll is every trace of list with s appended (nil for none), the
// new nodes sharing one copy of s (see Trace.with).
func withAll(list []*Trace, s Step, shared **Step) []*Trace {
	if len(list) == 0 {
		return nil
	}
	out := make([]*Trace, len(list))
	for i, p := range list {
		if p != nil {
			out[i] = p.with(s, shared)
		}
	}
	return out
}

// with appends a step to every trace of t; they share one copy of it.
func (t *Taint) with(s Step) *Taint {
	var shared *Step
	return t.withShared(s, &shared)
}

// withRef appends the step sp points to (which must not change after) to
// every trace of t, without copying it.
func (t *Taint) withRef(sp *Step) *Taint {
	return t.withShared(*sp, &sp)
}

// withShared appends s to every trace of t, the new nodes pointing to
// *shared, or when it is nil to one copy of s (allocated on its own when
// t has several traces).
func (t *Taint) withShared(s Step, shared **Step) *Taint {
	if t.empty() {
		return nil
	}
	if *shared == nil && t.traces() > 1 {
		// a step of its own, not inside the first node: a trace kept
		// (a summary's) must not keep the other traces' nodes alive
		sp := new(Step)
		*sp = s
		*shared = sp
	}
	out := &Taint{}
	if t.Src != nil {
		out.Src = t.Src.with(s, shared)
	}
	out.Params = withAll(t.Params, s, shared)
	out.recv = withAll(t.recv, s, shared)
	return out
}

// Val is the abstract value of a place: its taint and, when known, its
// constant value.
type Val struct {
	T *Taint
	C ir.Const
	// Obj: the value is an object or array built by a literal (a
	// container, never a string) on every path; sinks that render only
	// strings serialise it (Sink.SkipObjects).
	Obj bool
}

func joinVal(a, b Val) Val {
	out := Val{T: union(a.T, b.T), Obj: a.Obj && b.Obj}
	if a.C == b.C {
		out.C = a.C
	}
	return out
}

func sameVal(a, b Val) bool {
	if a.C != b.C || a.Obj != b.Obj {
		return false
	}
	return sameTaint(a.T, b.T)
}

// sameTaint compares taints by what they say (which origins), not traces.
func sameTaint(a, b *Taint) bool {
	if a.empty() || b.empty() {
		return a.empty() == b.empty()
	}
	if (a.Src == nil) != (b.Src == nil) {
		return false
	}
	return sameTraces(a.Params, b.Params) && sameTraces(a.recv, b.recv)
}

// sameTraces reports whether two lists have traces at the same indexes.
func sameTraces(a, b []*Trace) bool {
	n := max(len(a), len(b))
	for i := 0; i < n; i++ {
		var x, y *Trace
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if (x == nil) != (y == nil) {
			return false
		}
	}
	return true
}
