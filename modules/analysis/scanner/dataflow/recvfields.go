package dataflow

import (
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// Receiver-field summaries: what a method does with its object's fields,
// so that data one method (a setter, a constructor) stores in an object
// reaches a sink in another method of it (`job.setTarget(x); job.run()`).
//
// A method reading field f of its receiver sees a marker: a taint whose
// recv list has a trace at id(f) (ids are per module), apart from the
// parameters. Whatever the marker reaches, a sink or the return value, is
// collected by id during the analysis and named in RecvSink/RecvRet when
// the method's summary is complete; what a parameter leaves in a field at the exit is
// FieldStore. At a call site obj.m(...) the caller reads obj.f for each
// RecvSink/RecvRet field and stores the arguments of FieldStore into
// obj.f; a constructor's FieldStore (`new C(x)`, `C(x)` for Python's
// `__init__`) fills the new object's fields.

// maxRecvFields bounds the fields of a module told apart (beyond them a
// field reads no marker).
const maxRecvFields = 32

// ctorNames are the constructor names front ends give (Java, Python,
// JavaScript, Ruby's initialize run by C.new).
var ctorNames = map[string]bool{"<init>": true, "__init__": true, "constructor": true, "initialize": true}

// fieldID is the module-wide id of a receiver field name (-1 past the bound).
func (a *analyzer) fieldID(name string) int {
	if id, ok := a.fieldIDs[name]; ok {
		return id
	}
	if len(a.fieldNames) >= maxRecvFields {
		return -1
	}
	if a.fieldIDs == nil {
		a.fieldIDs = map[string]int{}
	}
	id := len(a.fieldNames)
	a.fieldIDs[name] = id
	a.fieldNames = append(a.fieldNames, name)
	return id
}

// recvFields lists the receiver fields a method reads, in order of
// appearance (a field it only writes needs no marker: what a parameter
// leaves there is read at the exit).
func recvFields(f *ir.Func) []string {
	if f.Recv == "" || f.Class == "" {
		return nil
	}
	var out []string
	add := func(p ir.Place) {
		if p.Base != f.Recv || len(p.Path) == 0 || p.Path[0].Kind != ir.Field {
			return
		}
		if n := p.Path[0].Name; !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Recv != nil && !in.Recv.IsConst() {
				add(in.Recv.Place)
			}
			for _, o := range in.Args {
				if !o.IsConst() {
					add(o.Place)
				}
			}
			for _, kw := range in.Kwargs {
				if !kw.Val.IsConst() {
					add(kw.Val.Place)
				}
			}
		}
		if b.Cond != nil && !b.Cond.IsConst() {
			add(b.Cond.Place)
		}
	}
	return out
}

// writtenFields lists the receiver fields a method assigns.
func writtenFields(f *ir.Func) []string {
	var out []string
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if d := in.Dst; d != nil && d.Base == f.Recv && len(d.Path) > 0 && d.Path[0].Kind == ir.Field && !slices.Contains(out, d.Path[0].Name) {
				out = append(out, d.Path[0].Name)
			}
		}
	}
	return out
}

// markRecvFields gives each receiver field a method names its marker in
// the entry state; it returns the fields marked.
func (a *analyzer) markRecvFields(f *ir.Func, init *state) []string {
	if f.Recv == "" || f.Class == "" || !a.calledNames()[baseName(f.Name)] && !a.opts.Exported[baseName(f.Name)] && !a.opts.Exported["*"] {
		// a method no call of the file names (a handler, an entry
		// point): no caller needs its receiver facts
		return nil
	}
	// the same every round (the receiver's start entry, the field ids,
	// markers): made once per analysis (entries are immutable)
	m := a.markersOf(f)
	if m.recvDone {
		if m.recvEntry != nil {
			init.put(init.vt.id(f.Recv), m.recvEntry)
		}
		return m.recvMarked
	}
	m.recvDone = true
	names := recvFields(f)
	if len(names) == 0 {
		return nil
	}
	rid := init.vt.id(f.Recv)
	e := init.at(rid)
	ne := &entry{}
	if e != nil {
		ne.whole = e.whole
		ne.paths = append(ne.paths, e.paths...)
	}
	var marked []string
	for _, n := range names {
		id := a.fieldID(n)
		if id < 0 || len(ne.paths) >= maxPaths {
			continue
		}
		tr := a.fieldMarker(f, n)
		ne.paths = append(ne.paths, pathVal{path: []ir.Elem{{Kind: ir.Field, Name: n}}, val: Val{T: &Taint{recv: setTrace(nil, id, tr)}}})
		marked = append(marked, n)
	}
	init.put(rid, ne)
	m.recvEntry, m.recvMarked = ne, marked
	return marked
}

// calledNames are the names the module's calls may resolve to.
func (a *analyzer) calledNames() map[string]bool {
	if a.called == nil {
		a.called = map[string]bool{}
		for _, g := range a.m.Funcs {
			for n := range g.Calls {
				a.called[n] = true
			}
		}
	}
	return a.called
}

func baseName(name string) string {
	if i := strings.IndexByte(name, '#'); i > 0 {
		return name[:i]
	}
	return name
}

// finishRecv moves what the markers reached out of the parameter lists
// and records what parameters leave in the receiver's fields at the exit.
func (a *analyzer) finishRecv(f *ir.Func, sum *Summary, marked []string, exit *state) {
	move := func(list []*Trace, dst *map[string]*Trace) {
		for i, p := range list {
			if p == nil || i >= len(a.fieldNames) {
				continue
			}
			if *dst == nil {
				*dst = map[string]*Trace{}
			}
			(*dst)[a.fieldNames[i]] = p
		}
	}
	a.finishParamInto(sum)
	move(sum.recvSink, &sum.RecvSink)
	move(sum.recvRet, &sum.RecvRet)
	sum.recvSink, sum.recvRet = nil, nil
	sum.ParamSink = trimNil(sum.ParamSink)
	sum.ParamRet = trimNil(sum.ParamRet)
	if exit == nil || f.Recv == "" || f.Class == "" {
		return
	}
	for _, n := range writtenFields(f) {
		v, _ := exit.read(ir.Place{Base: f.Recv, Path: []ir.Elem{{Kind: ir.Field, Name: n}}})
		if v.T == nil {
			continue
		}
		for i, p := range v.T.Params {
			if p == nil || i >= len(f.Params) {
				continue
			}
			if sum.FieldStore == nil {
				sum.FieldStore = map[string][]*Trace{}
			}
			sum.FieldStore[n] = setTrace(sum.FieldStore[n], i, p.With(Step{Span: f.Span, Kind: "step", Message: "stored in field " + f.Recv + "." + n}))
		}
	}
}

func trimNil(list []*Trace) []*Trace {
	for len(list) > 0 && list[len(list)-1] == nil {
		list = list[:len(list)-1]
	}
	return list
}

// recvPlace is the object a call is made on as a place: its receiver, or
// the caller's own receiver for a bare call in a method (`run()` in Java).
func recvPlace(f *ir.Func, in *ir.Instr) (ir.Place, bool) {
	if in.Recv != nil {
		if in.Recv.IsConst() || in.Recv.Place.Base == "" {
			return ir.Place{}, false
		}
		return in.Recv.Place, true
	}
	if f != nil && f.Recv != "" && f.Class != "" && !strings.ContainsAny(in.Text, ".:>([") {
		return ir.Place{Base: f.Recv}, true
	}
	return ir.Place{}, false
}

// applyRecv applies a method summary's receiver facts at a call: the
// fields that reach a sink or the return value are read from the object
// the call is made on, and arguments the method stores in fields are
// stored in the object's fields.
func (a *analyzer) applyRecv(f *ir.Func, in *ir.Instr, cs *Summary, args []Val, s *state, sum *Summary, v Val) Val {
	if len(cs.RecvSink) == 0 && len(cs.RecvRet) == 0 && len(cs.FieldStore) == 0 {
		return v
	}
	obj, ok := recvPlace(f, in)
	if !ok {
		return v
	}
	name := short(in.Text)
	for _, n := range sortedKeys(cs.RecvSink) {
		fv := a.recvField(f, obj, n, s, in.Span)
		inner := cs.RecvSink[n]
		if fv.T.empty() || !a.innerNews(fv.T, inner, sum) {
			continue
		}
		t := fv.T.with(Step{Span: in.Span, Kind: "call", Message: "field " + n + " read by " + name + "()"})
		if t.Src != nil && a.classFieldTainted(n) {
			// the class's field already holds source data (storeField /
			// argsIntoFields): the method reports its own sink
			t = &Taint{Params: t.Params, recv: t.recv}
		}
		a.applyInner(in, t, inner, sum)
	}
	for _, n := range sortedKeys(cs.RecvRet) {
		fv := a.recvField(f, obj, n, s, in.Span)
		if !fv.T.empty() {
			v.T = union(v.T, fv.T.with(Step{Span: in.Span, Kind: "call", Message: "field " + n + " returned by " + name + "()"}))
			v.C = ir.Const{}
		}
	}
	a.storeFields(in, cs, args, obj, s)
	return v
}

// recvField reads field n of obj at a call; on the caller's own receiver
// (`this.helper()`, `helper()`) a field the caller never names reads the
// caller's marker for it, so the callee's facts pass on to its summary.
func (a *analyzer) recvField(f *ir.Func, obj ir.Place, n string, s *state, at ir.Span) Val {
	fp := obj.Extend(ir.Elem{Kind: ir.Field, Name: n})
	v := a.operand(ir.P(fp), s, at)
	if f == nil || len(obj.Path) != 0 || obj.Base != f.Recv || f.Class == "" {
		return v
	}
	if e := s.get(obj.Base); e != nil {
		for _, pv := range e.paths {
			if samePath(pv.path, fp.Path) {
				return v
			}
		}
	}
	if id := a.fieldID(n); id >= 0 {
		tr := a.fieldMarker(f, n)
		v.T = union(v.T, &Taint{recv: setTrace(nil, id, tr)})
	}
	return v
}

// classFieldTainted reports whether a field of that name of some class
// of the file holds source data for all its methods.
func (a *analyzer) classFieldTainted(n string) bool {
	for k, t := range a.fields {
		if t != nil && t.Src != nil && strings.HasSuffix(k, "."+n) {
			return true
		}
	}
	return false
}

// storeFields stores the arguments a method or constructor keeps in
// fields into obj's fields (joined with what is there).
func (a *analyzer) storeFields(in *ir.Instr, cs *Summary, args []Val, obj ir.Place, s *state) {
	for _, n := range sortedKeys(cs.FieldStore) {
		var t *Taint
		for i, p := range cs.FieldStore[n] {
			if p == nil || i >= len(args) || args[i].T.empty() {
				continue
			}
			t = union(t, args[i].T.with(Step{Span: in.Span, Kind: "step", Message: "stored in field " + n + " by " + short(in.Text) + "()"}))
		}
		if t.empty() {
			continue
		}
		at := obj.Extend(ir.Elem{Kind: ir.Field, Name: n})
		cur, _ := s.read(at)
		s.write(at, Val{T: union(cur.T, t)})
	}
}

// applyInner reports or summarises taint reaching a sink inside a callee
// (the callee's trace inner ends at the sink); traces are built only for
// what is new.
func (a *analyzer) applyInner(in *ir.Instr, t *Taint, inner *Trace, sum *Summary) {
	var steps []*Step
	inside := func(tr *Trace) *Trace {
		if steps == nil {
			steps = inner.stepRefs()
		}
		for _, st := range steps[:len(steps)-1] {
			tr = tr.withRef(st)
		}
		return tr.WithLast(*steps[len(steps)-1])
	}
	if t.Src != nil && !a.seen[interKey(inner.Step(), t.Src.first())] {
		tr := inside(t.Src)
		a.addFinding(Finding{Sink: in.Span, Desc: strings.TrimPrefix(inner.Step().Message, "reaches "), Trace: tr.Steps(), Inter: true})
	}
	for k, p := range t.Params {
		if p != nil && !hasTrace(sum.ParamSink, k) {
			sum.ParamSink = setTrace(sum.ParamSink, k, inside(p))
		}
	}
	for k, p := range t.recv {
		if p != nil && !hasTrace(sum.recvSink, k) {
			sum.recvSink = setTrace(sum.recvSink, k, inside(p))
		}
	}
}

// innerNews reports whether applyInner would add anything for taint t
// reaching the callee's sink inner: a flow not yet found or a parameter
// or field not yet known to reach a sink (so that callers can skip
// building the taint's traces).
func (a *analyzer) innerNews(t *Taint, inner *Trace, sum *Summary) bool {
	if t.Src != nil && !a.seen[interKey(inner.Step(), t.Src.first())] {
		return true
	}
	for k, p := range t.Params {
		if p != nil && !hasTrace(sum.ParamSink, k) {
			return true
		}
	}
	for k, p := range t.recv {
		if p != nil && !hasTrace(sum.recvSink, k) {
			return true
		}
	}
	return false
}

// ctorSummary is the summary of the constructor a call creates an object
// with (`new C(x)`, `C(x)`), keyed "new C" (and "new C#n" for overloads).
func (a *analyzer) ctorSummary(in *ir.Instr) *Summary {
	if len(a.sums) == 0 || in.Text == "" || strings.ContainsAny(in.Text, "([") {
		return nil
	}
	name := strings.TrimPrefix(in.Text, "new ")
	if cls, ok := rubyNew(name); ok {
		name = cls
	}
	if i := strings.LastIndexAny(name, ".:>"); i >= 0 {
		name = name[i+1:]
	}
	if s := a.sums["new "+name+"#"+strconv.Itoa(len(in.Args))]; s != nil {
		return s
	}
	return a.sums["new "+name]
}

// newSummary is the summary of the constructor a call creates an object
// with: one of this file's (ctorSummary) or, for Ruby's C.new of a class
// another file declares, its initialize as the Spec resolves it.
func (a *analyzer) newSummary(in *ir.Instr) *Summary {
	if cs := a.ctorSummary(in); cs != nil || !isRubyNew(in) {
		return cs
	}
	return a.spec.External(in)
}

// rubyNew is the class C of Ruby's `C.new` (Mod::C.new), which runs C's
// initialize.
func rubyNew(text string) (string, bool) {
	cls, ok := strings.CutSuffix(text, ".new")
	if !ok || cls == "" || cls[0] < 'A' || cls[0] > 'Z' {
		return "", false
	}
	return cls, true
}

// ctorKey is the name a constructor's summary is kept under.
func ctorKey(f *ir.Func) string {
	name, arity := f.Name, ""
	if i := strings.IndexByte(name, '#'); i > 0 {
		name, arity = name[:i], name[i:]
	}
	if !ctorNames[name] || f.Class == "" {
		return ""
	}
	cls := f.Class
	if i := strings.LastIndexAny(cls, ".:>\\$"); i >= 0 {
		cls = cls[i+1:]
	}
	return "new " + cls + arity
}

// methodKey is the second name a method's summary is kept under, with
// its class: "Job.run" (and "Job.run#2" for an overload).
func methodKey(f *ir.Func) string {
	if f.Class == "" || f.Recv == "" || f.Name == "" {
		return ""
	}
	cls := f.Class
	if i := strings.LastIndexAny(cls, ".:>\\$"); i >= 0 {
		cls = cls[i+1:]
	}
	return cls + "." + f.Name
}

// calleeClass is the class segment of a canonical callee "pkg.Cls.m"
// whose method is name, or "".
func calleeClass(callee, name string) string {
	rest, ok := strings.CutSuffix(callee, "."+name)
	if !ok || rest == "" {
		return ""
	}
	if i := strings.LastIndexAny(rest, ".:>\\$/"); i >= 0 {
		rest = rest[i+1:]
	}
	return rest
}

func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// recvShape fingerprints the receiver facts of a summary.
func (s *Summary) recvShape() uint64 {
	if len(s.RecvSink) == 0 && len(s.RecvRet) == 0 && len(s.FieldStore) == 0 {
		return 0
	}
	h := fnv.New64a()
	for _, k := range sortedKeys(s.RecvSink) {
		h.Write([]byte("s" + k + "\x00"))
	}
	for _, k := range sortedKeys(s.RecvRet) {
		h.Write([]byte("r" + k + "\x00"))
	}
	for _, k := range sortedKeys(s.FieldStore) {
		h.Write([]byte("f" + k))
		for i, p := range s.FieldStore[k] {
			if p != nil {
				h.Write([]byte{byte(i)})
			}
		}
		h.Write([]byte{0})
	}
	return h.Sum64() | 1
}
