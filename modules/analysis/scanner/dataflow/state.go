package dataflow

import "vigil/modules/analysis/scanner/ir"

// entry is what is known about one variable: its value as a whole and
// the values stored at paths inside it. Entries are immutable once in a
// state; writes make new ones.
type entry struct {
	whole Val
	paths []pathVal
}

type pathVal struct {
	path []ir.Elem
	val  Val
}

// state maps variables to entries. A variable absent from the state was
// never assigned on the paths reaching this point.
type state map[string]*entry

func (s state) clone() state {
	out := make(state, len(s)+4)
	for k, v := range s {
		out[k] = v
	}
	return out
}

// elemMatch reports whether two path steps may select the same thing.
func elemMatch(a, b ir.Elem) bool {
	switch {
	case a.Kind == ir.Field || b.Kind == ir.Field:
		return a.Kind == b.Kind && a.Name == b.Name
	case a.Kind == ir.AnyElem || b.Kind == ir.AnyElem:
		return true
	}
	return a.Name == b.Name
}

// related reports whether a value stored at stored may be (part of) what a
// read of read sees: one path is a prefix of the other, step by step.
func related(stored, read []ir.Elem) bool {
	n := min(len(stored), len(read))
	for i := 0; i < n; i++ {
		if !elemMatch(stored[i], read[i]) {
			return false
		}
	}
	return true
}

func samePath(a, b []ir.Elem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// read returns the value of a place: the variable's whole value joined
// with every related path value; a constant only when it is exact.
func (s state) read(p ir.Place) (Val, bool) {
	e := s[p.Base]
	if e == nil {
		return Val{}, false
	}
	if len(p.Path) == 0 {
		v := e.whole
		for _, pv := range e.paths {
			v.T = union(v.T, pv.val.T)
		}
		return v, true
	}
	v := Val{T: e.whole.T}
	for _, pv := range e.paths {
		if related(pv.path, p.Path) {
			v.T = union(v.T, pv.val.T)
			if samePath(pv.path, p.Path) {
				v.C = pv.val.C
			}
		}
	}
	return v, true
}

// write stores v at p: a strong update of a variable or of a path without
// unknown elements (what was stored below it is gone), a weak one (joined
// with what is there) of a path through an unknown element.
func (s state) write(p ir.Place, v Val) {
	if len(p.Path) == 0 {
		s[p.Base] = &entry{whole: v}
		return
	}
	old := s[p.Base]
	ne := &entry{}
	if old != nil {
		ne.whole = old.whole
		ne.whole.C = ir.Const{} // a container with a changed part is no constant
	}
	weak := false
	for _, e := range p.Path {
		if e.Kind == ir.AnyElem {
			weak = true
		}
	}
	if old != nil {
		ne.paths = make([]pathVal, 0, len(old.paths)+1)
		for _, pv := range old.paths {
			if !weak && len(pv.path) >= len(p.Path) && samePath(pv.path[:len(p.Path)], p.Path) {
				continue // overwritten
			}
			if weak && samePath(pv.path, p.Path) {
				v = joinVal(pv.val, v)
				continue
			}
			ne.paths = append(ne.paths, pv)
		}
	}
	if v.T.empty() && !v.C.Known() && !weak {
		// a clean, unknown value: nothing to remember beyond the kill,
		// unless the whole is tainted (then the clean part must mask it)
		if ne.whole.T.empty() {
			s[p.Base] = ne
			return
		}
	}
	ne.paths = append(ne.paths, pathVal{path: p.Path, val: v})
	s[p.Base] = ne
}

// join merges b into a (a is owned by the caller) and reports whether a changed.
func join(a, b state) bool {
	changed := false
	for k, eb := range b {
		ea, ok := a[k]
		if !ok {
			a[k] = eb
			changed = true
			continue
		}
		if ea == eb {
			continue
		}
		ne, ch := joinEntry(ea, eb)
		if ch {
			a[k] = ne
			changed = true
		}
	}
	return changed
}

func joinEntry(a, b *entry) (*entry, bool) {
	ne := &entry{whole: joinVal(a.whole, b.whole), paths: append([]pathVal(nil), a.paths...)}
	changed := !sameVal(ne.whole, a.whole)
	for _, pb := range b.paths {
		found := false
		for i, pa := range ne.paths {
			if samePath(pa.path, pb.path) {
				found = true
				j := joinVal(pa.val, pb.val)
				if !sameVal(j, pa.val) {
					ne.paths[i].val = j
					changed = true
				}
				break
			}
		}
		if !found {
			// absent on a's side: the value there is whatever the whole said
			v := pb.val
			v.C = ir.Const{}
			if !a.whole.T.empty() {
				v.T = union(v.T, a.whole.T)
			}
			ne.paths = append(ne.paths, pathVal{path: pb.path, val: v})
			changed = true
		}
	}
	// paths only on a's side lose their constants (b may differ)
	for i, pa := range ne.paths {
		if pa.val.C.Known() {
			inB := false
			for _, pb := range b.paths {
				if samePath(pa.path, pb.path) {
					inB = true
					break
				}
			}
			if !inB {
				ne.paths[i].val.C = ir.Const{}
				changed = true
			}
		}
	}
	return ne, changed
}
