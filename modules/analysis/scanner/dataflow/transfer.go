package dataflow

import (
	"slices"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ident"
	"vigil/modules/analysis/scanner/ir"
)

// transfer applies one instruction to the state.
func (a *analyzer) transfer(f *ir.Func, in *ir.Instr, s *state, sum *Summary) {
	switch in.Op {
	case ir.Assign:
		if len(in.Args) == 0 || in.Dst == nil {
			return
		}
		v := a.operand(in.Args[0], s, in.Span)
		if len(in.Dst.Path) > 0 && !v.T.empty() {
			if c, ok := a.spec.(AssignSanitizer); ok && c.CleanAssign(displayKey(*in.Dst)) {
				v = Val{}
			}
		}
		var st *Step
		if (!in.Dst.IsTemp() || len(in.Dst.Path) > 0) && !v.T.empty() {
			st = a.assignStep(in)
			v.T = v.T.withRef(st)
			var desc string
			var ok bool
			if sa, at := a.spec.(AssignSinkAt); at {
				desc, ok = sa.AssignSinkAt(displayKey(*in.Dst), in.Span)
			} else {
				desc, ok = a.spec.AssignSink(displayKey(*in.Dst))
			}
			if ok {
				a.sinkHit(in.Span, v.T, desc, sum)
			}
			a.storeField(f, *in.Dst, v.T)
			a.noteParamWrite(f, in, v.T, sum)
		}
		if src := in.Args[0]; len(in.Dst.Path) == 0 && !src.IsConst() && len(src.Place.Path) == 0 && src.Place.Base != "" {
			// a whole variable is copied with its structure (its fields
			// and elements stay apart)
			if e := s.get(src.Place.Base); e != nil && len(e.paths) > 0 {
				ne := &entry{whole: Val{T: e.whole.T, C: e.whole.C, Obj: e.whole.Obj}, paths: make([]pathVal, len(e.paths))}
				if !src.Place.IsTemp() && a.isSourcePlace(src.Place) {
					ne.whole.T = union(ne.whole.T, v.T)
				}
				for i, pv := range e.paths {
					ne.paths[i] = pv
					if st != nil && !pv.val.T.empty() {
						ne.paths[i].val.T = pv.val.T.withRef(st)
					}
				}
				if st != nil && !ne.whole.T.empty() {
					ne.whole.T = ne.whole.T.withRef(st)
				}
				s.set(in.Dst.Base, ne)
				return
			}
		}
		s.write(*in.Dst, v)
	case ir.Call:
		v := a.call(f, in, s, sum)
		if in.Dst != nil {
			if cs := a.newSummary(in); cs != nil && (len(cs.FieldStore) > 0 || isRubyNew(in)) {
				rbNew := isRubyNew(in)
				// a new object: the arguments its constructor keeps in
				// fields are there; the others stay on the whole object
				// (but for Ruby's C.new of a class of this file, whose
				// initialize is all that keeps them: `@x = "k"` leaves
				// the object clean)
				stored := map[int]bool{}
				for _, ps := range cs.FieldStore {
					for i, p := range ps {
						if p != nil {
							stored[i] = true
						}
					}
				}
				var rest Val
				for i, o := range in.Args {
					if !stored[i] && !rbNew {
						rest.T = union(rest.T, a.operand(o, s, in.Span).T)
					}
				}
				if in.Recv != nil {
					rest.T = union(rest.T, a.operand(*in.Recv, s, in.Span).T)
				}
				s.write(*in.Dst, rest)
				args := make([]Val, len(in.Args))
				for i, o := range in.Args {
					args[i] = a.operand(o, s, in.Span)
				}
				a.storeFields(in, cs, args, *in.Dst, s)
				return
			}
			s.write(*in.Dst, v)
		}
	case ir.Binary:
		var v Val
		if !in.Numeric {
			for _, o := range in.Args {
				v.T = union(v.T, a.operand(o, s, in.Span).T)
			}
		}
		v.C = a.foldBinary(in, s)
		if (in.Sub == "+" || in.Sub == "%") && a.fixedPrefix(in, s) {
			v.T = nil
		}
		if in.Dst != nil {
			s.write(*in.Dst, v)
		}
	case ir.Format, ir.Opaque:
		var v Val
		var sb strings.Builder
		allStr := in.Op == ir.Format
		for _, o := range in.Args {
			ov := a.operand(o, s, in.Span)
			v.T = union(v.T, ov.T)
			if ov.C.Kind == ir.Str {
				sb.WriteString(ov.C.S)
			} else {
				allStr = false
			}
		}
		if allStr && v.T.empty() {
			v.C = ir.Const{Kind: ir.Str, S: sb.String()}
		}
		if in.Op == ir.Format && a.fixedPrefix(in, s) {
			v.T = nil
		}
		if in.Dst != nil {
			s.write(*in.Dst, v)
		}
	case ir.Compare:
		if in.Dst != nil {
			s.write(*in.Dst, Val{C: a.foldCompare(in, s)})
		}
	case ir.Not:
		var c ir.Const
		if len(in.Args) == 1 {
			if t, ok := a.operand(in.Args[0], s, in.Span).C.Truth(); ok {
				c = boolConst(!t)
			}
		}
		if in.Dst != nil {
			s.write(*in.Dst, Val{C: c})
		}
	case ir.Build:
		if in.Dst == nil {
			return
		}
		// one entry for the whole container (element by element writes
		// would copy its paths once per element)
		ne := &entry{whole: Val{Obj: true}}
		keepConst := len(in.Args)+len(in.Kwargs) <= maxPaths
		var elems []ir.Elem // the one-step paths, in one array
		add := func(e ir.Elem, v Val) {
			if v.T.empty() && (!v.C.Known() || !keepConst) {
				return
			}
			if len(ne.paths) >= maxPaths {
				ne.whole.T = union(ne.whole.T, v.T)
				return
			}
			if ne.paths == nil {
				n := min(len(in.Args)+len(in.Kwargs), maxPaths)
				ne.paths, elems = make([]pathVal, 0, n), make([]ir.Elem, 0, n)
			}
			elems = append(elems, e)
			k := len(elems)
			ne.paths = append(ne.paths, pathVal{path: elems[k-1 : k : k], val: v})
		}
		for i, o := range in.Args {
			e := ir.Elem{Kind: ir.Key, Name: strconv.Itoa(i)}
			if in.Sub == "dict" || in.Sub == "object" {
				e = ir.Elem{Kind: ir.AnyElem}
			}
			v := a.operand(o, s, in.Span)
			if e.Kind == ir.AnyElem && len(ne.paths) > 0 && samePath(ne.paths[len(ne.paths)-1].path, []ir.Elem{e}) {
				last := &ne.paths[len(ne.paths)-1]
				last.val = joinVal(last.val, v)
				continue
			}
			add(e, v)
		}
		for _, kw := range in.Kwargs {
			e := ir.Elem{Kind: ir.Key, Name: kw.Name}
			if in.Sub == "object" && !isIndex(kw.Name) {
				// an object literal's named properties are fields
				e.Kind = ir.Field
			}
			add(e, a.operand(kw.Val, s, in.Span))
		}
		if len(ne.paths) == 0 && ne.whole.T == nil {
			ne = cleanObjEntry
		}
		s.set(in.Dst.Base, ne)
	case ir.Return:
		var v Val
		if len(in.Args) > 0 {
			v = a.operand(in.Args[0], s, in.Span)
		} else {
			v = Val{C: ir.Const{Kind: ir.Null}}
		}
		if !sum.retSeen {
			sum.retVal, sum.retSeen = v, true
		} else {
			sum.retVal = joinVal(sum.retVal, v)
		}
		if !v.T.empty() && retNews(v.T, sum) {
			t := v.T.with(Step{Span: in.Span, Kind: "return", Message: "returned"})
			if t.Src != nil && sum.RetSrc == nil {
				sum.RetSrc = t.Src
			}
			for i, p := range t.Params {
				if p != nil {
					sum.ParamRet = setTrace(sum.ParamRet, i, p)
				}
			}
			for i, p := range t.recv {
				if p != nil {
					sum.recvRet = setTrace(sum.recvRet, i, p)
				}
			}
		}
	case ir.MakeFunc:
		if in.Func != nil && f != a.m.Top {
			if prev := a.defEnv[in.Func]; prev != nil {
				// defined again (a loop, a second path): one flat scope
				// joining both
				m := prev.flatten()
				joinFlat(m, s.snapshot().flatten())
				a.defEnv[in.Func] = &scope{m: m}
			} else {
				a.defEnv[in.Func] = s.snapshot()
			}
		}
		if in.Dst != nil {
			s.write(*in.Dst, Val{})
		}
	}
}

// retNews reports whether returning taint t tells the summary something
// new (the first trace of source data, of a parameter or of a field).
func retNews(t *Taint, sum *Summary) bool {
	if t.Src != nil && sum.RetSrc == nil {
		return true
	}
	for i, p := range t.Params {
		if p != nil && !hasTrace(sum.ParamRet, i) {
			return true
		}
	}
	for i, p := range t.recv {
		if p != nil && !hasTrace(sum.recvRet, i) {
			return true
		}
	}
	return false
}

// callStep kinds: the step of a call that data goes through.
const (
	returnedBy    = iota // source data returned by the callee
	passedThrough        // an argument the callee returns
	passedTo             // an argument that reaches a sink in the callee or a field
)

// callStepKey names one step of a call.
type callStepKey struct {
	in   *ir.Instr
	kind int
}

// callStep is the trace step of a call (kind above), made once per
// instruction and kind and shared like assignStep's.
func (a *analyzer) callStep(in *ir.Instr, kind int) *Step {
	k := callStepKey{in, kind}
	if st, ok := a.callSteps[k]; ok {
		return st
	}
	name := short(in.Text)
	var msg string
	switch kind {
	case returnedBy:
		msg = "returned by " + name + "()"
	case passedThrough:
		msg = "passed through " + name + "()"
	default:
		msg = "passed to " + name + "()"
	}
	if a.callSteps == nil {
		a.callSteps = map[callStepKey]*Step{}
	}
	st := &Step{Span: in.Span, Kind: "call", Message: msg}
	a.callSteps[k] = st
	return st
}

// assignStep is the trace step of an assignment, made once per
// instruction and shared by every trace it is appended to (in every
// round: steps are never changed).
func (a *analyzer) assignStep(in *ir.Instr) *Step {
	if st, ok := a.steps[in]; ok {
		return st
	}
	msg := "assigned to " + short(displayKey(*in.Dst))
	if in.Note != "" {
		msg += " (" + in.Note + ")"
	}
	if a.steps == nil {
		a.steps = map[*ir.Instr]*Step{}
	}
	st := &Step{Span: in.Span, Kind: "step", Message: msg}
	a.steps[in] = st
	return st
}

func boolConst(b bool) ir.Const {
	if b {
		return ir.Const{Kind: ir.Bool, I: 1}
	}
	return ir.Const{Kind: ir.Bool}
}

// foldBinary folds arithmetic and string concatenation of constants.
func (a *analyzer) foldBinary(in *ir.Instr, s *state) ir.Const {
	if len(in.Args) != 2 {
		return ir.Const{}
	}
	x, y := a.operand(in.Args[0], s, in.Span).C, a.operand(in.Args[1], s, in.Span).C
	if !x.Known() || !y.Known() {
		return ir.Const{}
	}
	if x.Kind == ir.Bool {
		x.Kind = ir.Int
	}
	if y.Kind == ir.Bool {
		y.Kind = ir.Int
	}
	switch {
	case x.Kind == ir.Str && y.Kind == ir.Str && in.Sub == "+":
		if len(x.S)+len(y.S) > 4096 {
			return ir.Const{}
		}
		return ir.Const{Kind: ir.Str, S: x.S + y.S}
	case x.Kind == ir.Int && y.Kind == ir.Int:
		switch in.Sub {
		case "+":
			return ir.Const{Kind: ir.Int, I: x.I + y.I}
		case "-":
			return ir.Const{Kind: ir.Int, I: x.I - y.I}
		case "*":
			return ir.Const{Kind: ir.Int, I: x.I * y.I}
		case "//", "/":
			if y.I != 0 && (in.Sub == "//" || x.I%y.I == 0) {
				q := x.I / y.I
				if in.Sub == "//" && (x.I%y.I != 0) && ((x.I < 0) != (y.I < 0)) {
					q--
				}
				return ir.Const{Kind: ir.Int, I: q}
			}
		case "%":
			if y.I != 0 {
				r := x.I % y.I
				if r != 0 && (r < 0) != (y.I < 0) {
					r += y.I
				}
				return ir.Const{Kind: ir.Int, I: r}
			}
		}
	}
	return ir.Const{}
}

// foldCompare folds comparisons of constants (chains included).
func (a *analyzer) foldCompare(in *ir.Instr, s *state) ir.Const {
	ops := strings.Fields(in.Sub)
	// "not in" / "is not" are two words
	var norm []string
	for i := 0; i < len(ops); i++ {
		if i+1 < len(ops) && (ops[i] == "not" && ops[i+1] == "in" || ops[i] == "is" && ops[i+1] == "not") {
			norm = append(norm, ops[i]+" "+ops[i+1])
			i++
			continue
		}
		norm = append(norm, ops[i])
	}
	if len(norm) == 0 || len(norm) != len(in.Args)-1 {
		return ir.Const{}
	}
	for i, op := range norm {
		x, y := a.operand(in.Args[i], s, in.Span).C, a.operand(in.Args[i+1], s, in.Span).C
		r, ok := compareConst(op, x, y)
		if !ok {
			return ir.Const{}
		}
		if !r {
			return boolConst(false)
		}
	}
	return boolConst(true)
}

func num(c ir.Const) (float64, bool) {
	switch c.Kind {
	case ir.Int, ir.Bool:
		return float64(c.I), true
	case ir.Float:
		return c.F, true
	}
	return 0, false
}

func compareConst(op string, x, y ir.Const) (bool, bool) {
	if !x.Known() || !y.Known() {
		return false, false
	}
	if xf, ok := num(x); ok {
		if yf, ok := num(y); ok {
			switch op {
			case "==", "===", "is":
				return xf == yf, true
			case "!=", "!==", "is not":
				return xf != yf, true
			case "<":
				return xf < yf, true
			case "<=":
				return xf <= yf, true
			case ">":
				return xf > yf, true
			case ">=":
				return xf >= yf, true
			}
			return false, false
		}
	}
	if x.Kind == ir.Str && y.Kind == ir.Str {
		switch op {
		case "==", "===":
			return x.S == y.S, true
		case "!=", "!==":
			return x.S != y.S, true
		case "in":
			return strings.Contains(y.S, x.S), true
		case "not in":
			return !strings.Contains(y.S, x.S), true
		}
		return false, false
	}
	switch op {
	case "==", "===", "is":
		return x == y, true
	case "!=", "!==", "is not":
		return x != y, true
	}
	return false, false
}

// call applies a call: sinks, sanitisers, sources, summaries of analysed
// functions, propagator models, and by default the union of the inputs.
func (a *analyzer) call(f *ir.Func, in *ir.Instr, s *state, sum *Summary) Val {
	var recv Val
	if in.Recv != nil {
		recv = a.operand(*in.Recv, s, in.Span)
	}
	// the argument values live in a buffer reused by every call (nothing
	// keeps them past the call)
	n := len(in.Args) + len(in.Kwargs)
	if cap(a.argVals) < n {
		a.argVals = make([]Val, n)
	}
	args, kwargs := a.argVals[:len(in.Args):len(in.Args)], a.argVals[len(in.Args):n]
	for i, o := range in.Args {
		args[i] = a.operand(o, s, in.Span)
	}
	for i, kw := range in.Kwargs {
		kwargs[i] = a.operand(kw.Val, s, in.Span)
	}
	if sinks := a.spec.Sinks(f, in); len(sinks) > 0 {
		// every matching sink counts (a rule's entry that names arguments
		// must not hide a pack's entry that names keywords of the same
		// call); the finding takes the first tainted sink's description
		var t *Taint
		desc := ""
		for _, sk := range sinks {
			st := a.sinkTaint(sk, in, recv, args, kwargs, s)
			if desc == "" && !st.empty() {
				desc = sk.Desc
			}
			t = union(t, st)
		}
		a.sinkHit(in.Span, t, desc, sum)
	}
	if rs, ok := a.spec.(ReceiverSanitizer); ok && in.Recv != nil && !in.Recv.IsConst() && in.Recv.Place.Base != "" && !in.Recv.Place.IsTemp() && rs.CleansReceiver(in) {
		s.write(in.Recv.Place, Val{})
		if k := fieldKey(f, in.Recv.Place); k != "" && len(in.Recv.Place.Path) == 1 {
			a.hardened[k] = true
		}
	}
	if a.spec.Sanitizer(in) {
		return Val{}
	}
	if a.spec.SourceCall(in) {
		return Val{T: &Taint{Src: (*Trace)(nil).With(Step{Span: in.Span, Kind: "source", Message: "untrusted data from " + short(in.Text) + "()"})}}
	}
	a.argsIntoFields(in, args)
	if cs, ext := a.lookup(in); cs != nil {
		v := a.applySummary(in, cs, ext, args, sum)
		if !isRubyNew(in) {
			// (C.new: its initialize fills the new object, not C)
			v = a.applyRecv(f, in, cs, args, s, sum, v)
		}
		if len(cs.ParamInto) > 0 {
			a.applyParamInto(f, in, cs, args, s, sum)
		}
		if ext && !recv.T.empty() {
			// another file's method called on tainted data (a getter of
			// a request-built object): summaries do not follow the
			// receiver's fields, so its taint reaches the result as it
			// does for calls without a summary
			v.T = union(v.T, recv.T)
			v.C = ir.Const{}
		}
		return v
	}
	switch a.spec.Propagator(in) {
	case PropIntoReceiver:
		if in.Recv != nil && !in.Recv.IsConst() && in.Recv.Place.Base != "" {
			var t *Taint
			for _, v := range args {
				t = union(t, v.T)
			}
			for _, v := range kwargs {
				t = union(t, v.T)
			}
			if !t.empty() {
				dst := in.Recv.Place.Extend(ir.Elem{Kind: ir.AnyElem})
				t = t.with(Step{Span: in.Span, Kind: "step", Message: "stored in " + short(dst.Key()) + " by " + short(in.Text) + "()"})
				s.write(dst, Val{T: t})
				a.storeField(f, dst, t)
			}
		}
		return Val{}
	case PropFromReceiverKey, PropPutKey:
		if in.Recv != nil && !in.Recv.IsConst() && in.Recv.Place.Base != "" && len(args) > 0 {
			e := ir.Elem{Kind: ir.AnyElem}
			if args[0].C.Kind == ir.Str || args[0].C.Kind == ir.Int {
				e = ir.Elem{Kind: ir.Key, Name: keyOf(args[0].C)}
			}
			at := in.Recv.Place.Extend(e)
			if a.spec.Propagator(in) == PropPutKey && len(args) > 1 {
				if !args[1].T.empty() {
					t := args[1].T.with(Step{Span: in.Span, Kind: "step", Message: "stored in " + short(at.Key())})
					cur, _ := s.read(at)
					s.write(at, Val{T: union(cur.T, t)})
				}
			}
			v := a.operand(ir.P(at), s, in.Span)
			if len(args) > 1 {
				v.T = union(v.T, args[1].T)
			}
			v.C = ir.Const{}
			return v
		}
	}
	v := Val{T: recv.T}
	if rp, ok := a.spec.(ResultProps); ok {
		if i, props, ok := rp.ResultProps(in); ok && i < len(args) {
			if len(props) > 0 && !in.Args[i].IsConst() && in.Args[i].Place.Base != "" {
				v.T = union(v.T, a.propTaint(in.Args[i].Place, props, s, in.Span))
			} else {
				v.T = union(v.T, args[i].T)
			}
			return v
		}
	}
	evaluated := func(int) bool { return false }
	if ev, ok := a.spec.(Evaluator); ok {
		if pos, all, ok := ev.Evaluates(in); ok {
			if all {
				// nothing of the arguments is in the result
				return v
			}
			evaluated = func(i int) bool { return slices.Contains(pos, i) }
		}
	}
	for i, x := range args {
		if !evaluated(i) {
			v.T = union(v.T, x.T)
		}
	}
	for _, x := range kwargs {
		v.T = union(v.T, x.T)
	}
	return v
}

// propTaint is the taint that reaches a sink through some properties of
// an argument: the value as a whole plus what is stored at each property
// path, named as a field (o.url = x) or as a constant key ({url: x},
// o['url'] = x); unknown elements count as any property.
func (a *analyzer) propTaint(p ir.Place, props [][]string, s *state, at ir.Span) *Taint {
	var t *Taint
	for _, names := range props {
		field, key := p, p
		for _, n := range names {
			field = field.Extend(ir.Elem{Kind: ir.Field, Name: n})
			key = key.Extend(ir.Elem{Kind: ir.Key, Name: strconv.Quote(n)})
		}
		t = union(t, a.operand(ir.P(field), s, at).T)
		t = union(t, a.operand(ir.P(key), s, at).T)
	}
	return t
}

// isIndex reports whether a key is a number (an array-like index).
func isIndex(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func keyOf(c ir.Const) string {
	if c.Kind == ir.Str {
		return strconv.Quote(c.S)
	}
	return strconv.FormatInt(c.I, 10)
}

// lookup finds the summary of the function a call reaches: another file's
// (resolved by the caller's Spec) or one of this file's, by name.
func (a *analyzer) lookup(in *ir.Instr) (*Summary, bool) {
	if in.Text == "" {
		return nil, false
	}
	if strings.ContainsAny(in.Text, "([") {
		// a call on a call's result (Ruby's Cls.new(a).m(x)): never one of
		// this file's functions by name, but the Spec's resolver may know
		// the receiver's class from the call it is made on
		if s := a.spec.External(in); s != nil {
			return s, true
		}
		// Python's Cls(args).m(x) and factory().m(x): the method of a
		// class this file defines (by its class when the head is one, else
		// by name, as for obj.m(x))
		if head, m, ok := ctorChain(in.Text); ok && len(a.sums) > 0 {
			if s := a.sums[head+"."+m]; s != nil {
				return s, false
			}
			if s := a.sums[m]; s != nil && a.sums[head] != nil {
				return s, false
			}
		}
		return nil, false
	}
	if s := a.spec.External(in); s != nil {
		return s, true
	}
	if strings.Contains(in.Text, ".") && a.spec.SourcePlace(in.Text, in.Callee) {
		// request.args.get(...) is source data even when this file has a get
		return nil, false
	}
	name := in.Text
	if i := strings.LastIndexAny(name, ".:>"); i >= 0 {
		name = name[i+1:]
	}
	if len(a.sums) > 0 {
		if cls := calleeClass(in.Callee, name); cls != "" {
			// a method of a class the front end knows the receiver of
			// (`Job.run` for job.run()): that class's own, when this file
			// defines it
			if s := a.sums[cls+"."+name+"#"+strconv.Itoa(len(in.Args))]; s != nil {
				return s, false
			}
			if s := a.sums[cls+"."+name]; s != nil {
				return s, false
			}
		}
		// overloads a front end told apart by their arity (Java): "m#2"
		if s := a.sums[name+"#"+strconv.Itoa(len(in.Args))]; s != nil {
			return s, false
		}
	}
	if s := a.sums[name]; s != nil {
		return s, false
	}
	if isRubyNew(in) {
		// C.new(x) runs C's initialize(x): a sink there is reached
		return a.ctorSummary(in), false
	}
	return nil, false
}

func (a *analyzer) applySummary(in *ir.Instr, cs *Summary, ext bool, args []Val, sum *Summary) Val {
	var v Val
	if cs.RetSrc != nil {
		v.T = &Taint{Src: cs.RetSrc.withRef(a.callStep(in, returnedBy))}
	}
	for i, inner := range cs.ParamRet {
		if inner == nil || i >= len(args) || args[i].T.empty() {
			continue
		}
		t := args[i].T.withRef(a.callStep(in, passedThrough))
		if ext {
			// show the steps inside the other file, then come back
			for _, st := range inner.stepRefs() {
				t = t.withRef(st)
			}
		}
		v.T = union(v.T, t)
	}
	for i, inner := range cs.ParamSink {
		if inner == nil || i >= len(args) || args[i].T.empty() || !a.innerNews(args[i].T, inner, sum) {
			continue
		}
		t := args[i].T.withRef(a.callStep(in, passedTo))
		a.applyInner(in, t, inner, sum)
	}
	if cs.Returns && cs.RetConst.Known() && v.T.empty() {
		v.C = cs.RetConst
	}
	return v
}

// sinkHit records tainted data reaching a sink: a finding for source data,
// a summary fact for parameter data (traces are built only for what is
// new: a flow already found, a parameter already known to reach a sink).
func (a *analyzer) sinkHit(at ir.Span, t *Taint, desc string, sum *Summary) {
	if t.empty() {
		return
	}
	sink := Step{Span: at, Kind: "sink", Message: "reaches " + desc}
	if t.Src != nil && !a.seen[localKey(at, t.Src.first())] {
		a.addFinding(Finding{Sink: at, Desc: desc, Trace: t.Src.WithLast(sink).Steps()})
	}
	for i, p := range t.Params {
		if p == nil {
			continue
		}
		if g := a.enclosingOwner(p); g != nil {
			// a parameter of an enclosing function, read by this closure
			if list := a.closureSinks[g]; !hasTrace(list, i) {
				if a.closureSinks == nil {
					a.closureSinks, a.closureNew = map[*ir.Func][]*Trace{}, map[*ir.Func]bool{}
				}
				a.closureSinks[g] = setTrace(list, i, p.WithLast(sink))
				a.closureNew[g] = true
			}
			continue
		}
		if !hasTrace(sum.ParamSink, i) {
			sum.ParamSink = setTrace(sum.ParamSink, i, p.WithLast(sink))
		}
	}
	for i, p := range t.recv {
		if p != nil && !hasTrace(sum.recvSink, i) {
			sum.recvSink = setTrace(sum.recvSink, i, p.WithLast(sink))
		}
	}
}

// sinkTaint is the taint of what sink sk consumes at call in: the
// receiver, the arguments and keywords it names (or all of them).
func (a *analyzer) sinkTaint(sk Sink, in *ir.Instr, recv Val, args, kwargs []Val, s *state) *Taint {
	var t *Taint
	if sk.All {
		for _, v := range args {
			if sk.SkipObjects && v.Obj {
				continue
			}
			t = union(t, v.T)
		}
		for _, v := range kwargs {
			t = union(t, v.T)
		}
	} else {
		if sk.Recv {
			t = union(t, recv.T)
		}
		for _, i := range sk.Args {
			if i >= len(args) || sk.SkipObjects && args[i].Obj {
				continue
			}
			if props := sk.Props[i]; len(props) > 0 && !in.Args[i].IsConst() && in.Args[i].Place.Base != "" {
				t = union(t, a.propTaint(in.Args[i].Place, props, s, in.Span))
				continue
			}
			t = union(t, args[i].T)
		}
		for _, k := range sk.Kwargs {
			for i, kw := range in.Kwargs {
				if kw.Name == k {
					t = union(t, kwargs[i].T)
				}
			}
		}
	}
	return t
}

// enclosingOwner returns the function enclosing the one analysed whose
// parameter marker p is (nil: p is the analysed function's own, or not a
// marker of an enclosing function). Markers start with a step at their
// function's span (paramMarker).
func (a *analyzer) enclosingOwner(p *Trace) *ir.Func {
	if a.cur == nil || a.cur == a.m.Top {
		return nil
	}
	at := p.first().Span
	if at == a.cur.Span {
		return nil
	}
	if a.owner == nil {
		a.owner = map[*ir.Func]*ir.Func{}
		for _, f := range a.m.Funcs {
			for _, c := range f.Children {
				a.owner[c] = f
			}
		}
	}
	for g := a.owner[a.cur]; g != nil && g != a.m.Top; g = a.owner[g] {
		if g.Span == at && strings.HasPrefix(p.first().Message, "parameter ") {
			return g
		}
	}
	return nil
}

// hasTrace reports whether list has a trace at i.
func hasTrace(list []*Trace, i int) bool {
	return i < len(list) && list[i] != nil
}

func (a *analyzer) addFinding(f Finding) {
	k := findingKey(f)
	if a.seen[k] {
		return
	}
	a.seen[k] = true
	a.perFunc[a.cur] = append(a.perFunc[a.cur], f)
}

// flowKey identifies a flow: its sink (the sink's offset, or for a sink
// in another function the sink step's place) and its source step's place.
type flowKey struct {
	inter           bool
	start           uint32
	path            string
	line, col       int
	srcPath         string
	srcLine, srcCol int
}

// findingKey is a finding's flowKey.
func findingKey(f Finding) flowKey {
	src := f.Trace[0]
	if f.Inter {
		return interKey(f.Trace[len(f.Trace)-1], src)
	}
	return localKey(f.Sink, src)
}

// localKey is the key of a flow from src to a sink at span at.
func localKey(at ir.Span, src Step) flowKey {
	return flowKey{start: at.Start, srcPath: src.Path, srcLine: src.Span.Line, srcCol: src.Span.Col}
}

// interKey is the key of a flow from src to the sink step sk of a callee.
func interKey(sk, src Step) flowKey {
	return flowKey{inter: true, path: sk.Path, line: sk.Span.Line, col: sk.Span.Col, srcPath: src.Path, srcLine: src.Span.Line, srcCol: src.Span.Col}
}

// fieldKey names the field of a receiver path (self.q...): "Class.q".
func fieldKey(f *ir.Func, p ir.Place) string {
	if f == nil || f.Recv == "" || f.Class == "" || p.Base != f.Recv || len(p.Path) == 0 || p.Path[0].Kind != ir.Field {
		return ""
	}
	return f.Class + "." + p.Path[0].Name
}

// storeField records source data stored in a field of the receiver, and
// which of the method's parameters it stores there (for its callers).
func (a *analyzer) storeField(f *ir.Func, p ir.Place, t *Taint) {
	if t.empty() {
		return
	}
	k := fieldKey(f, p)
	if k == "" {
		return
	}
	if t.Src != nil {
		a.fieldsNext[k] = union(a.fieldsNext[k], &Taint{Src: t.Src})
	}
	for i, tr := range t.Params {
		if tr != nil {
			a.noteParamField(f, i, k, tr)
		}
	}
}

// paramField is a method's parameter stored in a field of its object: a
// constructor's `self.sort = sort`, a setter's `this.order = o`.
type paramField struct {
	param int
	field string // Class.name
	trace *Trace // inside the method: parameter first, the store last
}

// isConstructor reports whether a method builds its object: called by
// the class's name (Python's __init__, JavaScript's constructor, Ruby's
// initialize, PHP's __construct, Java's method named as its class).
func isConstructor(f *ir.Func) bool {
	n := f.Name
	if i := strings.IndexByte(n, '#'); i > 0 {
		n = n[:i]
	}
	switch n {
	case "__init__", "constructor", "initialize", "__construct", f.Class:
		return true
	}
	return false
}

// noteParamField records that method f stores its parameter i in field
// k, under the names its callers use: the method's own and, for a
// constructor, the class's (`Sorter(x)`, `new Sorter(x)`).
func (a *analyzer) noteParamField(f *ir.Func, i int, k string, tr *Trace) {
	names := []string{f.Name}
	if i := strings.IndexByte(f.Name, '#'); i > 0 {
		names = append(names, f.Name[:i])
	}
	if isConstructor(f) {
		names = append(names, f.Class)
	}
	for _, n := range names {
		if n == "" {
			continue
		}
		dup := false
		for _, pf := range a.paramFields[n] {
			if pf.param == i && pf.field == k {
				dup = true
				break
			}
		}
		if !dup {
			a.paramFields[n] = append(a.paramFields[n], paramField{param: i, field: k, trace: tr})
			a.paramFieldsNew[n] = true
		}
	}
}

// argsIntoFields handles a call of a method of this file that stores its
// parameters in fields of its object: source data passed there is stored
// in those fields, which every method of the class then reads (the field
// taint is per class, as for source data a method stores itself).
func (a *analyzer) argsIntoFields(in *ir.Instr, args []Val) {
	if len(a.paramFields) == 0 || in.Text == "" || strings.ContainsAny(in.Text, "([") {
		return
	}
	name := in.Text
	if i := strings.LastIndexAny(name, ".:>"); i >= 0 {
		name = name[i+1:]
	}
	for _, pf := range a.paramFields[name] {
		if pf.param >= len(args) || args[pf.param].T == nil || args[pf.param].T.Src == nil {
			continue
		}
		tr := args[pf.param].T.Src.withRef(a.callStep(in, passedTo))
		for _, st := range pf.trace.stepRefs() {
			tr = tr.withRef(st)
		}
		a.fieldsNext[pf.field] = union(a.fieldsNext[pf.field], &Taint{Src: tr})
	}
}

// isRubyNew reports whether a call is Ruby's C.new.
func isRubyNew(in *ir.Instr) bool {
	_, ok := rubyNew(in.Text)
	return ok
}

// displayKey is a place as messages show it: a path under a temporary
// (the result of a call: f().innerHTML) without the temporary's name.
func displayKey(p ir.Place) string {
	k := p.Key()
	if p.IsTemp() {
		return "…" + k[len(p.Base):]
	}
	return k
}

// fixedPrefix reports whether the Spec deems text built from in (a
// concatenation or interpolation) clean by its constant first operand.
func (a *analyzer) fixedPrefix(in *ir.Instr, s *state) bool {
	fp, ok := a.spec.(FixedPrefix)
	if !ok || len(in.Args) == 0 {
		return false
	}
	first := in.Args[0]
	if !first.IsConst() && first.Place.IsTemp() && len(first.Place.Path) == 0 && a.prefixed[prefixKey{a.cur, first.Place.Base}] {
		a.markPrefixed(in)
		return true
	}
	c := a.operand(first, s, in.Span)
	if c.T.empty() && c.C.Kind == ir.Str && fp.CleanPrefix(c.C.S) {
		a.markPrefixed(in)
		return true
	}
	return false
}

func (a *analyzer) markPrefixed(in *ir.Instr) {
	if in.Dst == nil || !in.Dst.IsTemp() || len(in.Dst.Path) > 0 {
		return
	}
	if a.prefixed == nil {
		a.prefixed = map[prefixKey]bool{}
	}
	a.prefixed[prefixKey{a.cur, in.Dst.Base}] = true
}

// ctorChain splits a callee `C(args).m` (a method called on the result of
// a call of a bare name: a constructor or a factory) into C and m.
func ctorChain(text string) (string, string, bool) {
	i := strings.IndexByte(text, '(')
	j := strings.LastIndexByte(text, '.')
	if i <= 0 || j < i || text[j-1] != ')' {
		return "", "", false
	}
	head, m := text[:i], text[j+1:]
	if !ident.Is(head) || !ident.Is(m) {
		return "", "", false
	}
	// the parentheses after the head close just before the dot
	depth := 0
	for k := i; k < j; k++ {
		switch text[k] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && k != j-1 {
				return "", "", false
			}
		}
	}
	return head, m, depth == 0
}
