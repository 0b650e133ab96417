package dataflow

import "vigil/modules/analysis/scanner/ir"

// Writes into parameters: a method given a store fills it
// (`def remember(store) store[:plan] = @plan end`), and the caller's
// argument is where the value lands (`choice.remember(session)`). An
// assignment sink of the caller's place (session[...]) is then reached
// from the parameters and receiver fields the value came from.

// maxParamInto bounds the writes into parameters a summary keeps.
const maxParamInto = 8

// ParamWrite is one write into parameter Param at Path (below it), of
// data from the function's parameters and receiver fields (T: no source
// data, which is reported where it is written).
type ParamWrite struct {
	Param int
	Path  []ir.Elem
	// Params[k]: parameter k's data is written (the trace inside the
	// function); Fields[f]: receiver field f's
	Params []*Trace
	Fields map[string]*Trace
	At     ir.Span
	AtPath string // the file of At when another file's ("": this one)
	AtText string // the line of At then
	recv   []*Trace
}

// noteParamWrite records in sum that the assignment in writes t into a
// parameter of f.
func (a *analyzer) noteParamWrite(f *ir.Func, in *ir.Instr, t *Taint, sum *Summary) {
	d := in.Dst
	if d == nil || len(d.Path) == 0 || d.IsTemp() || t.empty() || len(t.Params) == 0 && len(t.recv) == 0 {
		return
	}
	idx := -1
	for i, p := range f.Params {
		if p.Name == d.Base {
			idx = i
			break
		}
	}
	if idx < 0 || f.Recv == d.Base {
		return
	}
	for _, w := range sum.ParamInto {
		if w.Param == idx && samePath(w.Path, d.Path) {
			return
		}
	}
	if len(sum.ParamInto) >= maxParamInto {
		return
	}
	sum.ParamInto = append(sum.ParamInto, ParamWrite{Param: idx, Path: d.Path, Params: t.Params, recv: t.recv, At: in.Span})
}

// applyParamInto applies at a call the callee's writes into its
// parameters: where the argument's place with the write's path is an
// assignment sink, the data the callee wrote there reaches it.
func (a *analyzer) applyParamInto(f *ir.Func, in *ir.Instr, cs *Summary, args []Val, s *state, sum *Summary) {
	for _, w := range cs.ParamInto {
		if w.Param >= len(in.Args) || in.Args[w.Param].IsConst() || in.Args[w.Param].Place.Base == "" || in.Args[w.Param].Place.IsTemp() {
			continue
		}
		at := in.Args[w.Param].Place
		for _, e := range w.Path {
			at = at.Extend(e)
		}
		var desc string
		var ok bool
		if sa, isAt := a.spec.(AssignSinkAt); isAt {
			desc, ok = sa.AssignSinkAt(displayKey(at), in.Span)
		} else {
			desc, ok = a.spec.AssignSink(displayKey(at))
		}
		if !ok {
			continue
		}
		sink := Step{Span: w.At, Path: w.AtPath, Snippet: w.AtText, Kind: "sink", Message: "reaches " + desc}
		for k, tr := range w.Params {
			if tr == nil || k >= len(args) || args[k].T.empty() {
				continue
			}
			a.applyInner(in, args[k].T.withRef(a.callStep(in, passedTo)), tr.WithLast(sink), sum)
		}
		obj, hasObj := recvPlace(f, in)
		for _, n := range sortedKeys(w.Fields) {
			tr := w.Fields[n]
			if tr == nil || !hasObj {
				continue
			}
			fv := a.recvField(f, obj, n, s, in.Span)
			if fv.T.empty() {
				continue
			}
			a.applyInner(in, fv.T.with(Step{Span: in.Span, Kind: "call", Message: "field " + n + " read by " + short(in.Text) + "()"}), tr.WithLast(sink), sum)
		}
	}
}

// finishParamInto names the receiver fields of the writes into
// parameters once the function's analysis is complete.
func (a *analyzer) finishParamInto(sum *Summary) {
	for i := range sum.ParamInto {
		w := &sum.ParamInto[i]
		for id, tr := range w.recv {
			if tr == nil || id >= len(a.fieldNames) {
				continue
			}
			if w.Fields == nil {
				w.Fields = map[string]*Trace{}
			}
			w.Fields[a.fieldNames[id]] = tr
		}
		w.recv = nil
	}
}
