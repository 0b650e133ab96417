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

// cleanEntry is the entry of a clean, non-constant variable (shared: entries
// are immutable).
var cleanEntry = &entry{}

// cleanObjEntry is a clean object or array (`const out = {}`), whose parts
// may be set later.
var cleanObjEntry = &entry{whole: Val{Obj: true}}

// varTable numbers the variables one analysis of a function assigns
// (its parameters, locals and the outer names it writes): a state holds
// their entries in a slice indexed by number, so copying a state at a
// block is one slice copy, not a map rebuild. Numbers are given on the
// first write and never change; states made before a number existed are
// shorter and read it as absent.
type varTable struct {
	ids   map[string]int
	names []string
}

func newVarTable() *varTable { return &varTable{ids: map[string]int{}} }

// id is the number of name, given now if it has none.
func (vt *varTable) id(name string) int {
	if i, ok := vt.ids[name]; ok {
		return i
	}
	i := len(vt.names)
	vt.ids[name] = i
	vt.names = append(vt.names, name)
	return i
}

// state maps variables to entries. A variable absent from the state was
// never assigned on the paths reaching this point. Names a function does
// not assign are read through outer, the enclosing scope's state where the
// function was defined; it is shared and never written, so copying a state
// at each block costs only what the function itself assigned.
type state struct {
	// vals[vt.ids[name]] is name's entry (nil or past the end: absent)
	vals  []*entry
	vt    *varTable
	outer *scope
	// tmp holds the block-local temporaries (locals[name]): defined and
	// used in one block, they are never copied or joined
	tmp    map[string]*entry
	locals map[string]bool
	// owned is false while vals may be shared with another state (copied
	// on the first write: most blocks read far more than they assign)
	owned bool
	// tok identifies vals: states sharing a slice share it, so a join of
	// two states with the same slice is a no-op
	tok *share
	// fresh holds the entries write made during the current block's
	// transfers and no other state or scope can have seen: a later write
	// of a part of the same variable in the block changes them in place
	// instead of copying their paths (`this.a = ...; this.b = ...` copied
	// them once per field). nil outside a block's transfers.
	fresh map[*entry]struct{}
}

// share counts the holders of one vals slice: the states that share it
// and have not copied it since, and the scopes made of it (which hold it
// for good). A state left the only holder writes the slice in place (two
// branches of an if: the first to write copies, the other one need not).
type share struct{ n int32 }

// own makes vals this state's own before a write.
func (s *state) own() {
	if s.owned {
		return
	}
	if s.tok.n == 1 {
		s.owned = true // the others sharing vals copied it already
		return
	}
	s.tok.n--
	n := max(len(s.vals), len(s.vt.names))
	vals := make([]*entry, n, n+4)
	copy(vals, s.vals)
	s.vals, s.owned, s.tok = vals, true, &share{n: 1}
}

// at is the entry of variable number i (nil: absent).
func (s *state) at(i int) *entry {
	if i < len(s.vals) {
		return s.vals[i]
	}
	return nil
}

// put stores the entry of variable number i (the state is owned).
func (s *state) put(i int, e *entry) {
	for len(s.vals) <= i {
		s.vals = append(s.vals, nil)
	}
	s.vals[i] = e
}

// scope is an enclosing function's state where a nested function was
// defined, shared (never written) by the nested function's states; parent
// is the scope that function itself was defined in. A scope joined from
// several definition points is a flat map (m) instead.
type scope struct {
	vals   []*entry
	vt     *varTable
	m      map[string]*entry
	parent *scope
}

func (sc *scope) get(base string) *entry {
	for ; sc != nil; sc = sc.parent {
		if sc.m != nil {
			if e, ok := sc.m[base]; ok {
				return e
			}
			continue
		}
		if sc.vt == nil {
			continue
		}
		if i, ok := sc.vt.ids[base]; ok && i < len(sc.vals) && sc.vals[i] != nil {
			return sc.vals[i]
		}
	}
	return nil
}

// flatten is the whole chain as one map (inner names first).
func (sc *scope) flatten() map[string]*entry {
	if sc == nil {
		return nil
	}
	out := sc.parent.flatten()
	if out == nil {
		out = make(map[string]*entry, len(sc.m)+len(sc.vals))
	}
	add := func(k string, v *entry) {
		if len(k) > 0 && k[0] == '$' {
			return
		}
		out[k] = v
	}
	for k, v := range sc.m {
		add(k, v)
	}
	for i, v := range sc.vals {
		if v != nil {
			add(sc.vt.names[i], v)
		}
	}
	return out
}

// snapshot is the state as the scope of a function defined here: the
// state's slice is shared, not copied (the state copies it on its next write).
func (s *state) snapshot() *scope {
	s.owned = false
	s.fresh = nil // the scope sees the entries
	s.tok.n++
	return &scope{vals: s.vals, vt: s.vt, parent: s.outer}
}

func newState(outer *scope, vt *varTable) *state {
	return &state{vals: make([]*entry, 0, 8), vt: vt, outer: outer, owned: true, tok: &share{n: 1}}
}

func (s *state) get(base string) *entry {
	if s.locals[base] {
		return s.tmp[base]
	}
	if i, ok := s.vt.ids[base]; ok {
		if e := s.at(i); e != nil {
			return e
		}
	}
	return s.outer.get(base)
}

func (s *state) clone() *state {
	s.owned = false
	s.fresh = nil // the clone sees the entries
	s.tok.n++
	return &state{vals: s.vals, vt: s.vt, outer: s.outer, locals: s.locals, tok: s.tok}
}

// set stores an entry for a variable.
func (s *state) set(base string, e *entry) {
	if s.locals[base] {
		s.tmp[base] = e
		return
	}
	i := s.vt.id(base)
	s.own()
	s.put(i, e)
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
func (s *state) read(p ir.Place) (Val, bool) {
	e := s.get(p.Base)
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
	// a part written as a whole (a field or constant key, or a prefix of
	// the path read) stands for that part: what the variable held as a
	// whole before is gone there (`f.Name` checked clean by a validator
	// while `f` is tainted)
	cover := -1
	for i, pv := range e.paths {
		if e.whole.T == nil {
			break // nothing to mask (the common case: read as before)
		}
		if len(pv.path) <= len(p.Path) && exactPath(pv.path) && samePath(pv.path, p.Path[:len(pv.path)]) && (cover < 0 || len(pv.path) > len(e.paths[cover].path)) {
			cover = i
		}
	}
	v := Val{T: e.whole.T}
	if cover >= 0 {
		v.T = nil
	}
	for i, pv := range e.paths {
		if cover >= 0 && i != cover && len(pv.path) <= len(e.paths[cover].path) && exactPath(pv.path) {
			continue // above the covering part, written before it
		}
		if related(pv.path, p.Path) {
			v.T = union(v.T, pv.val.T)
			if samePath(pv.path, p.Path) {
				v.C = pv.val.C
			}
		}
	}
	return v, true
}

// exactPath: a path of fields and constant keys only (no unknown element).
func exactPath(p []ir.Elem) bool {
	for _, e := range p {
		if e.Kind == ir.AnyElem {
			return false
		}
	}
	return true
}

// write stores v at p: a strong update of a variable or of a path without
// unknown elements (what was stored below it is gone), a weak one (joined
// with what is there) of a path through an unknown element.
func (s *state) write(p ir.Place, v Val) {
	if len(p.Path) == 0 {
		if v.T == nil && !v.C.Known() && !v.Obj {
			// most values are clean: an absent variable reads as clean and
			// no constant, so only a variable that held something else
			// needs an entry (and a block-local temporary, which is cheap)
			if s.locals[p.Base] {
				s.tmp[p.Base] = cleanEntry
				return
			}
			if cur := s.get(p.Base); cur != nil && cur != cleanEntry {
				s.set(p.Base, cleanEntry)
			}
			return
		}
		s.set(p.Base, &entry{whole: v})
		return
	}
	old := s.get(p.Base)
	var ne *entry
	if _, ok := s.fresh[old]; ok && old != nil {
		ne = old // made in this block and seen by nobody else: changed in place
	} else {
		ne = s.made(&entry{})
		if old != nil {
			ne.whole = old.whole
		}
	}
	ne.whole.C = ir.Const{} // a container with a changed part is no constant
	weak := false
	for _, e := range p.Path {
		if e.Kind == ir.AnyElem {
			weak = true
		}
	}
	if old != nil {
		var paths []pathVal
		if ne == old {
			paths = old.paths[:0] // filtered in place
		} else {
			paths = make([]pathVal, 0, len(old.paths)+1)
		}
		for _, pv := range old.paths {
			if !weak && len(pv.path) >= len(p.Path) && samePath(pv.path[:len(p.Path)], p.Path) {
				continue // overwritten
			}
			if weak && samePath(pv.path, p.Path) {
				v = joinVal(pv.val, v)
				continue
			}
			paths = append(paths, pv)
		}
		if ne == old {
			clear(old.paths[len(paths):])
		}
		ne.paths = paths
	}
	if v.T.empty() && !v.C.Known() && !weak {
		// a clean, unknown value: nothing to remember beyond the kill,
		// unless the whole is tainted (then the clean part must mask it)
		if ne.whole.T.empty() {
			s.set(p.Base, ne)
			return
		}
	}
	if len(ne.paths) >= maxPaths {
		// too many parts to tell apart: the container as a whole
		for _, pv := range ne.paths {
			ne.whole.T = union(ne.whole.T, pv.val.T)
		}
		ne.paths = nil
		ne.whole.T = union(ne.whole.T, v.T)
		s.set(p.Base, ne)
		return
	}
	ne.paths = append(ne.paths, pathVal{path: p.Path, val: v})
	s.set(p.Base, ne)
}

// made records e, just made by write, as fresh (when a block's transfers
// are running) and returns it.
func (s *state) made(e *entry) *entry {
	if s.fresh != nil {
		s.fresh[e] = struct{}{}
	}
	return e
}

// maxPaths bounds the paths kept per variable (fields and keys told apart).
const maxPaths = 64

// join merges b into a (a is owned by the caller; both have the same
// outer scope and variable table) and reports whether a changed.
func join(a, b *state) bool {
	if a.tok == b.tok {
		return false
	}
	changed := false
	n := max(len(a.vals), len(b.vals))
	for i := 0; i < n; i++ {
		ea, eb := a.at(i), b.at(i)
		if ea == eb {
			continue
		}
		if eb != nil {
			ok := ea != nil
			if !ok {
				ea = a.outer.get(a.vt.names[i])
			}
			if ea == nil {
				// clean and not a constant on a's side
				a.own()
				a.put(i, withoutConsts(eb))
				changed = true
				continue
			}
			if ea == eb {
				continue
			}
			ne, ch := joinEntry(ea, eb)
			if ch || !ok {
				a.own()
				a.put(i, ne)
				changed = true
			}
			continue
		}
		// a name a has but b does not: b has the outer value, or a clean
		// value that is no constant
		eo := a.outer.get(a.vt.names[i])
		if eo == nil {
			if nc := withoutConsts(ea); nc != ea {
				a.own()
				a.put(i, nc)
				changed = true
			}
			continue
		}
		if eo != ea {
			if ne, ch := joinEntry(ea, eo); ch {
				a.own()
				a.put(i, ne)
				changed = true
			}
		}
	}
	return changed
}

// withoutConsts is e with its constants forgotten (e itself if it has none).
func withoutConsts(e *entry) *entry {
	has := e.whole.C.Known()
	for _, pv := range e.paths {
		if pv.val.C.Known() {
			has = true
		}
	}
	if !has {
		return e
	}
	ne := &entry{whole: Val{T: e.whole.T, Obj: e.whole.Obj}}
	for _, pv := range e.paths {
		pv.val.C = ir.Const{}
		ne.paths = append(ne.paths, pv)
	}
	if ne.whole.T == nil && len(ne.paths) == 0 {
		return cleanEntry
	}
	return ne
}

// joinFlat merges a state into a flat environment (a function defined at
// several points, or visited again by the fixpoint).
func joinFlat(a map[string]*entry, b map[string]*entry) {
	for k, eb := range b {
		ea, ok := a[k]
		if !ok {
			a[k] = eb
			continue
		}
		if ea != eb {
			ne, _ := joinEntry(ea, eb)
			a[k] = ne
		}
	}
}

// joinEntry is a joined with b and whether that differs from a; a itself
// when b adds nothing (most joins at a loop head or a merge change
// nothing, and entries are immutable, so nothing is copied then).
func joinEntry(a, b *entry) (*entry, bool) {
	var ne *entry // a's copy, made at the first change
	edit := func() {
		if ne == nil {
			ne = &entry{whole: a.whole, paths: append(make([]pathVal, 0, len(a.paths)+len(b.paths)), a.paths...)}
		}
	}
	paths := func() []pathVal {
		if ne != nil {
			return ne.paths
		}
		return a.paths
	}
	if w := joinVal(a.whole, b.whole); !sameVal(w, a.whole) {
		edit()
		ne.whole = w
	}
	for _, pb := range b.paths {
		found := false
		for i, pa := range paths() {
			if samePath(pa.path, pb.path) {
				found = true
				j := joinVal(pa.val, pb.val)
				if !sameVal(j, pa.val) {
					edit()
					ne.paths[i].val = j
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
			edit()
			ne.paths = append(ne.paths, pathVal{path: pb.path, val: v})
		}
	}
	// paths only on a's side lose their constants (b may differ)
	for i, pa := range paths() {
		if pa.val.C.Known() {
			inB := false
			for _, pb := range b.paths {
				if samePath(pa.path, pb.path) {
					inB = true
					break
				}
			}
			if !inB {
				edit()
				ne.paths[i].val.C = ir.Const{}
			}
		}
	}
	if ne == nil {
		return a, false
	}
	return ne, true
}
