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

// markerKey names one marker trace: of f's parameter i (kind 'p'), of
// parameter i as a source ('s'), or of receiver field field ('f').
type markerKey struct {
	f     *ir.Func
	kind  byte
	i     int
	field string
}

// marker returns the trace under k, built by build the first time.
func (a *analyzer) marker(k markerKey, build func() Step) *Trace {
	if t, ok := a.markers[k]; ok {
		return t
	}
	if a.markers == nil {
		a.markers = map[markerKey]*Trace{}
	}
	t := (*Trace)(nil).With(build())
	a.markers[k] = t
	return t
}

// paramMarker is the trace marking what parameter i of f holds.
func (a *analyzer) paramMarker(f *ir.Func, i int) *Trace {
	return a.marker(markerKey{f: f, kind: 'p', i: i}, func() Step {
		return Step{Span: f.Span, Kind: "step", Message: fmt.Sprintf("parameter %s of %s", f.Params[i].Name, funcLabel(f))}
	})
}

// paramSource is the source step of parameter i of f when the spec makes
// it a source.
func (a *analyzer) paramSource(f *ir.Func, i int) *Trace {
	return a.marker(markerKey{f: f, kind: 's', i: i}, func() Step {
		p := f.Params[i]
		return Step{Span: p.Span, Kind: "source", Message: "untrusted data from parameter " + short(p.Decl)}
	})
}

// fieldMarker is the trace marking what receiver field n holds in f.
func (a *analyzer) fieldMarker(f *ir.Func, n string) *Trace {
	return a.marker(markerKey{f: f, kind: 'f', field: n}, func() Step {
		return Step{Span: f.Span, Kind: "step", Message: "field " + f.Recv + "." + n + " of " + funcLabel(f)}
	})
}
