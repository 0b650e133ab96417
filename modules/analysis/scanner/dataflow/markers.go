package dataflow

import (
	"fmt"

	"vigil/modules/analysis/scanner/ir"
)

// The one-step traces a function's analysis starts from: each parameter's
// marker ("parameter x of f()"), its source step when the spec makes it a
// source, and the marker of each receiver field read. A file's functions
// are analysed again every round of the summary fixpoint, and these
// traces are the same every time (traces are immutable and share tails),
// so they are built once per analysis of the module.

// funcMarkers are one function's marker traces, by parameter index
// (params, sources) and by receiver field name (fields).
type funcMarkers struct {
	params, sources []*Trace
	fields          map[string]*Trace
	// inits are the parameters' entries at the function's start (entries
	// are immutable: every round's analysis starts from the same ones)
	inits []*entry
	// recvEntry is the receiver's entry with its field markers where the
	// method starts, recvMarked the fields marked (recvDone: worked out)
	recvEntry  *entry
	recvMarked []string
	recvDone   bool
}

// markersOf returns f's markers, made empty the first time.
func (a *analyzer) markersOf(f *ir.Func) *funcMarkers {
	m := a.markers[f]
	if m == nil {
		if a.markers == nil {
			a.markers = map[*ir.Func]*funcMarkers{}
		}
		m = &funcMarkers{}
		a.markers[f] = m
	}
	return m
}

// indexed returns (*list)[i], built by build the first time.
func indexed(list *[]*Trace, n, i int, build func() Step) *Trace {
	if *list == nil {
		*list = make([]*Trace, n)
	}
	if (*list)[i] == nil {
		(*list)[i] = (*Trace)(nil).With(build())
	}
	return (*list)[i]
}

// paramMarker is the trace marking what parameter i of f holds.
func (a *analyzer) paramMarker(f *ir.Func, i int) *Trace {
	return indexed(&a.markersOf(f).params, len(f.Params), i, func() Step {
		return Step{Span: f.Span, Kind: "step", Message: fmt.Sprintf("parameter %s of %s", f.Params[i].Name, funcLabel(f))}
	})
}

// paramSource is the source step of parameter i of f when the spec makes
// it a source.
func (a *analyzer) paramSource(f *ir.Func, i int) *Trace {
	return indexed(&a.markersOf(f).sources, len(f.Params), i, func() Step {
		p := f.Params[i]
		return Step{Span: p.Span, Kind: "source", Message: "untrusted data from parameter " + short(p.Decl)}
	})
}

// fieldMarker is the trace marking what receiver field n holds in f.
func (a *analyzer) fieldMarker(f *ir.Func, n string) *Trace {
	m := a.markersOf(f)
	if t := m.fields[n]; t != nil {
		return t
	}
	if m.fields == nil {
		m.fields = map[string]*Trace{}
	}
	t := (*Trace)(nil).With(Step{Span: f.Span, Kind: "step", Message: "field " + f.Recv + "." + n + " of " + funcLabel(f)})
	m.fields[n] = t
	return t
}

// paramEntry is parameter i's entry where f starts: its marker, and its
// source step when the spec makes it a source.
func (a *analyzer) paramEntry(f *ir.Func, i int) *entry {
	m := a.markersOf(f)
	if m.inits == nil {
		m.inits = make([]*entry, len(f.Params))
	}
	if e := m.inits[i]; e != nil {
		return e
	}
	t := &Taint{Params: setTrace(nil, i, a.paramMarker(f, i))}
	if a.spec.ParamSource(f, i) {
		t.Src = a.paramSource(f, i)
	}
	e := &entry{whole: Val{T: t}}
	m.inits[i] = e
	return e
}
