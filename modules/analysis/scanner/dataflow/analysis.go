package dataflow

import (
	"container/heap"
	"context"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/budget"
	"vigil/modules/analysis/scanner/ident"
	"vigil/modules/analysis/scanner/ir"
)

// Options bound the analysis of one module.
type Options struct {
	// Budget is the most instruction visits one function's fixpoint may
	// take (0: DefaultBudget); past it the function's analysis stops and
	// the function is listed in Result.BudgetHit.
	Budget int
	// Rounds bounds the summary fixpoint across functions (0: 4).
	Rounds int
	// Exported names the methods other modules call ("*": any): they
	// summarise what they do with their object's fields as the methods
	// the module calls itself do (a Ruby service object's `call`).
	Exported map[string]bool
}

// DefaultBudget is Options.Budget's default: far above what real functions
// need (a few visits per instruction), low enough to bound a pathological one.
const DefaultBudget = 200000

// Finding is a flow from a source to a sink.
type Finding struct {
	Sink  ir.Span // the sink call or assignment (for an Inter finding: the call that leads there)
	Desc  string  // the sink, as named in messages: "os.system()"
	Trace []Step  // source first, sink last
	// Inter is set when the sink lies in another function, reached
	// through a call: the last step of Trace is the sink itself.
	Inter bool
}

// Result is what one analysis of a module found.
type Result struct {
	Findings []Finding
	// Summaries are the named functions' summaries (by name).
	Summaries map[string]*Summary
	// BudgetHit names the functions whose fixpoint hit the budget.
	BudgetHit []string
	// Converged is false when the summary fixpoint ran out of rounds.
	Converged bool
}

type analyzer struct {
	// closureSinks are the parameters of a function that reach a sink in
	// a function nested in it (a closure reading them: the executor of
	// `new Promise((resolve) => client.search(base, {filter: name}))` in
	// `function find(name)`), by parameter index; closureNew the functions
	// that gained one this round (they are analysed again to say so in
	// their summaries). owner maps nested functions to their enclosing one.
	closureSinks map[*ir.Func][]*Trace
	closureNew   map[*ir.Func]bool
	owner        map[*ir.Func]*ir.Func
	ctx          context.Context
	m            *ir.Module
	spec         Spec
	opts         Options
	sums         map[string]*Summary // previous round's, used at call sites
	next         map[string]*Summary
	defEnv       map[*ir.Func]*scope
	perFunc      map[*ir.Func][]Finding // findings of each function's latest analysis
	cur          *ir.Func
	seen         map[flowKey]bool // finding keys of the current function's analysis
	scratch      map[string]*entry
	fresh        map[*entry]struct{} // state.fresh of the block running
	// one function's worklist buffers, reused by the next function
	inBuf     []*state
	queuedBuf []bool
	work      intHeap
	// fields: source data stored in a field of a class's instances
	// (self.q = request...) by any of its methods, read by all of them;
	// fieldsNext collects this round's stores
	fields, fieldsNext map[string]*Taint
	// paramFields: by the name a call uses, the parameters a method of
	// this file stores in fields of its object (argsIntoFields);
	// paramFieldsNew names those that gained one this round
	paramFields    map[string][]paramField
	paramFieldsNew map[string]bool
	// hardened: fields a ReceiverSanitizer call cleaned in some method (a
	// factory configured in the constructor): other methods do not read
	// the data stored there as tainted
	hardened  map[string]bool
	srcCache  map[string]bool
	keyBuf    []byte                // isSourcePlace's cache key
	argVals   []Val                 // call's argument values
	steps     map[*ir.Instr]*Step   // assignStep's
	callSteps map[callStepKey]*Step // callStep's
	budget    map[string]bool
	visits    int
	aborted   error // why the analysis stopped early: the file's work budget ran out or ctx is done
	// prefixed: temporaries holding text whose constant start made it
	// clean (FixedPrefix), so "https://h/" + a + b stays clean
	prefixed map[prefixKey]bool
	// fieldIDs/fieldNames: receiver fields told apart in summaries
	// (recvfields.go)
	fieldIDs   map[string]int
	fieldNames []string
	// classKeys: summary names with the class (Job.run, new Job), for
	// this file's calls only
	classKeys map[string]bool
	// called: the names the module's calls may resolve to
	called map[string]bool
	// vars: each function's variable table, kept across rounds (numbers
	// only grow, so scopes of an earlier round still read right)
	vars map[*ir.Func]*varTable
	// markers: the one-step traces a function's analysis starts from
	// (parameter and receiver-field markers, parameter sources), built
	// once per analysis instead of once per round (markers.go)
	markers map[*ir.Func]*funcMarkers
}

type prefixKey struct {
	f    *ir.Func
	temp string
}

// Analyze runs the taint analysis of spec over every function of m.
func Analyze(ctx context.Context, m *ir.Module, spec Spec, opts Options) (*Result, error) {
	if opts.Budget <= 0 {
		opts.Budget = DefaultBudget
	}
	if opts.Rounds <= 0 {
		opts.Rounds = 4
	}
	a := &analyzer{ctx: ctx, m: m, spec: spec, opts: opts, sums: map[string]*Summary{}, srcCache: map[string]bool{},
		budget: map[string]bool{}, defEnv: map[*ir.Func]*scope{}, perFunc: make(map[*ir.Func][]Finding, len(m.Funcs)), seen: map[flowKey]bool{},
		fields: map[string]*Taint{}, fieldsNext: map[string]*Taint{}, hardened: map[string]bool{},
		paramFields: map[string][]paramField{}, paramFieldsNew: map[string]bool{}}
	res := &Result{}
	topKids := map[*ir.Func]bool{}
	for _, c := range m.Top.Children {
		topKids[c] = true
	}
	for _, f := range m.Funcs {
		if f.Locals == nil || f.Calls == nil {
			f.Finish()
		}
	}
	// Round 0 analyses every function with what is known (nothing about
	// this file's functions: their calls take the default); each later
	// round re-analyses only the functions that call a function whose
	// summary changed, or whose environment changed.
	run := make(map[*ir.Func]bool, len(m.Funcs))
	for _, f := range m.Funcs {
		run[f] = true
	}
	var topEnv *scope
	for round := 0; round < opts.Rounds && len(run) > 0; round++ {
		a.next = map[string]*Summary{}
		envChanged := map[*ir.Func]bool{}
		for _, f := range m.Funcs {
			if !run[f] && !envChanged[f] {
				continue
			}
			env := a.defEnv[f]
			if topKids[f] {
				// Python and JavaScript read a module's globals when the
				// function runs, normally after the module is loaded: its
				// functions see the module's final state
				env = topEnv
			}
			var before map[*ir.Func]*scope
			if len(f.Children) > 0 {
				before = make(map[*ir.Func]*scope, len(f.Children))
			}
			for _, c := range f.Children {
				before[c] = a.defEnv[c]
				delete(a.defEnv, c)
			}
			a.cur = f
			a.perFunc[f] = nil
			if len(a.seen) > 0 {
				clear(a.seen)
			}
			out := a.function(f, env)
			if a.aborted != nil {
				return nil, a.aborted
			}
			if f == m.Top && out != nil {
				ne := out.snapshot()
				if round > 0 && !sameScope(ne, topEnv) {
					for c := range topKids {
						envChanged[c] = true
					}
				}
				topEnv = ne
			}
			for _, c := range f.Children {
				if !topKids[c] && round > 0 && !sameScope(before[c], a.defEnv[c]) {
					envChanged[c] = true
				}
			}
		}
		changed := map[string]bool{}
		for k, s := range a.next {
			if p, ok := a.sums[k]; !ok || p.shape() != s.shape() {
				changed[k] = true
				if i := strings.IndexByte(k, '#'); i > 0 {
					changed[k[:i]] = true // an overload: its callers call it by name
				}
				if i := strings.LastIndexAny(k, ". "); i > 0 {
					// a method or constructor kept under its class: its
					// callers call it by its own name (`new C` by C)
					n := k[i+1:]
					if j := strings.IndexByte(n, '#'); j > 0 {
						n = n[:j]
					}
					changed[n] = true
				}
				if strings.HasPrefix(k, "new ") {
					// Ruby's C.new(x), named "new" in its callers' calls
					changed["new"] = true
				}
			}
			a.sums[k] = s
		}
		// callers of a method that stores a parameter in a field pass
		// their arguments there
		for n := range a.paramFieldsNew {
			changed[n] = true
		}
		clear(a.paramFieldsNew)
		run = map[*ir.Func]bool{}
		for g := range a.closureNew {
			run[g] = true
		}
		clear(a.closureNew)
		// fields that became tainted: every method of the class reads them
		classes := map[string]bool{}
		for k, t := range a.fieldsNext {
			if old := a.fields[k]; old == nil || old.Src == nil && t.Src != nil {
				a.fields[k] = union(old, t)
				classes[k[:strings.LastIndexByte(k, '.')]] = true
			}
		}
		if len(classes) > 0 {
			for _, f := range m.Funcs {
				if f.Class != "" && classes[f.Class] {
					run[f] = true
				}
			}
		}
		if len(changed) > 0 {
			for _, f := range m.Funcs {
				for n := range f.Calls {
					if changed[n] {
						run[f] = true
						break
					}
				}
			}
		}
	}
	res.Converged = len(run) == 0
	seen := map[flowKey]bool{}
	for _, f := range m.Funcs {
		for _, fd := range a.perFunc[f] {
			k := findingKey(fd)
			if !seen[k] {
				seen[k] = true
				res.Findings = append(res.Findings, fd)
			}
		}
	}
	// the visits since the last check count too
	budget.From(ctx).Spend(a.visits)
	res.Summaries = a.sums
	if len(a.classKeys) > 0 {
		res.Summaries = make(map[string]*Summary, len(a.sums))
		for k, s := range a.sums {
			if !a.classKeys[k] {
				res.Summaries[k] = s
			}
		}
	}
	for f := range a.budget {
		res.BudgetHit = append(res.BudgetHit, f)
	}
	return res, nil
}

// sameEnv compares two environments by what they say (not traces).
func sameEnv(a, b map[string]*entry) bool {
	if len(a) != len(b) {
		return false
	}
	for k, ea := range a {
		eb, ok := b[k]
		if !ok {
			return false
		}
		if !sameEntry(ea, eb) {
			return false
		}
	}
	return true
}

// sameEntry reports whether two entries say the same (not traces).
func sameEntry(ea, eb *entry) bool {
	if ea == eb {
		return true
	}
	if !sameVal(ea.whole, eb.whole) || len(ea.paths) != len(eb.paths) {
		return false
	}
	for i := range ea.paths {
		if !samePath(ea.paths[i].path, eb.paths[i].path) || !sameVal(ea.paths[i].val, eb.paths[i].val) {
			return false
		}
	}
	return true
}

// sameScope is sameEnv(a.flatten(), b.flatten()) without the maps when
// a and b are one level of the same function's variables over the same
// parent (a function's environment in two rounds): only that level's
// names can differ, each read as flatten reads it.
func sameScope(a, b *scope) bool {
	if a == nil || b == nil || a.m != nil || b.m != nil || a.vt == nil || a.vt != b.vt || a.parent != b.parent {
		return sameEnv(a.flatten(), b.flatten())
	}
	at := func(vals []*entry, i int) *entry {
		if i < len(vals) {
			return vals[i]
		}
		return nil
	}
	for i, n := 0, max(len(a.vals), len(b.vals)); i < n; i++ {
		name := a.vt.names[i]
		if len(name) > 0 && name[0] == '$' {
			continue // not in flatten's maps
		}
		ea, eb := at(a.vals, i), at(b.vals, i)
		if ea == eb {
			continue
		}
		if ea == nil {
			ea = a.parent.get(name)
		}
		if eb == nil {
			eb = b.parent.get(name)
		}
		if (ea == nil) != (eb == nil) || ea != nil && !sameEntry(ea, eb) {
			return false
		}
	}
	return true
}

func funcLabel(f *ir.Func) string {
	if f.Name == "" {
		return "anonymous function"
	}
	if i := strings.IndexByte(f.Name, '#'); i > 0 {
		return f.Name[:i] + "()" // an overload named by its arity
	}
	return f.Name + "()"
}

// function analyses one function's CFG to its fixpoint.
func (a *analyzer) function(f *ir.Func, env *scope) *state {
	sum := &Summary{}
	vt := a.vars[f]
	if vt == nil {
		if a.vars == nil {
			a.vars = map[*ir.Func]*varTable{}
		}
		vt = newVarTable()
		a.vars[f] = vt
	}
	init := newState(env, vt)
	init.locals = f.Locals
	for i, p := range f.Params {
		init.put(init.vt.id(p.Name), a.paramEntry(f, i))
	}
	marked := a.markRecvFields(f, init)
	// the worklist's buffers are the analyzer's, cleared: nothing keeps
	// them past this function (its exit state is returned, not the slice)
	in := a.inBuf[:0]
	if cap(in) < len(f.Blocks) {
		in = make([]*state, 0, len(f.Blocks))
	}
	in = in[:len(f.Blocks)]
	clear(in)
	a.inBuf = in
	queued := a.queuedBuf[:0]
	if cap(queued) < len(f.Blocks) {
		queued = make([]bool, 0, len(f.Blocks))
	}
	queued = queued[:len(f.Blocks)]
	clear(queued)
	a.queuedBuf = queued
	work := &a.work
	*work = append((*work)[:0], 0)
	in[0] = init
	queued[0] = true
	visits := 0
	if a.scratch == nil {
		a.scratch = map[string]*entry{}
		a.fresh = map[*entry]struct{}{}
	}
	scratch := a.scratch
	var last *state
	inLoop := loopBlocks(f)
	var resets map[int][]string // joins past an if that resets a URL whose check failed
	if hc, ok := a.spec.(HostCheck); ok && hc.HostChecks() {
		resets = resetJoins(f)
	}
	for work.Len() > 0 {
		// lowest index first: blocks are mostly laid out in flow order,
		// so joins see all their forward predecessors before running
		idx := heap.Pop(work).(int)
		queued[idx] = false
		b := f.Blocks[idx]
		var s *state
		if inLoop[idx] {
			s = in[idx].clone()
		} else {
			// nothing joins into a block outside loops once it ran (its
			// predecessors all come first): its entry state is used up
			s = in[idx]
		}
		for _, v := range resets[idx] {
			if val, _ := s.read(ir.Place{Base: v}); !val.T.empty() {
				s.write(ir.Place{Base: v}, Val{})
			}
		}
		clear(scratch)
		s.tmp = scratch
		if len(a.fresh) > 0 {
			clear(a.fresh)
		}
		s.fresh = a.fresh
		for _, instr := range b.Instrs {
			visits++
			a.transfer(f, instr, s, sum)
		}
		s.fresh = nil
		last = s
		if visits > a.opts.Budget {
			a.budget[funcLabel(f)] = true
			break
		}
		a.visits += len(b.Instrs) + 1
		if a.visits > 4096 {
			// the file's work budget (deterministic) and the wall-clock
			// safety net carried by ctx
			err := budget.Check(a.ctx, a.visits)
			a.visits = 0
			if err != nil {
				a.aborted = err
				return nil
			}
		}
		succs := b.Succs
		if b.Cond != nil && len(succs) == 2 {
			if v := a.operand(*b.Cond, s, ir.Span{}); v.C.Known() {
				if t, ok := v.C.Truth(); ok {
					if t {
						succs = succs[:1]
					} else {
						succs = succs[1:]
					}
				}
			}
		}
		var valid [2]*ir.Place // a value a check proves clean on the true / false edge
		if b.Cond != nil && len(b.Succs) == 2 {
			valid = a.validated(b, s)
		}
		for i, sb := range succs {
			out := s
			edge := i
			if len(succs) == 1 && sb == b.Succs[len(b.Succs)-1] && len(b.Succs) == 2 {
				edge = 1
			}
			if len(b.Succs) == 2 && valid[edge] != nil {
				out = s.clone()
				if checkablePlace(*valid[edge]) && a.isSourcePlace(*valid[edge]) {
					// a check of source data read in place
					// (`ALLOWED.include?(params[:sort]) ? params[:sort] : "id"`):
					// the same place reads clean where every path checked it,
					// also when its base holds taint too (a handler's `req`
					// parameter): a plain clean value would read as source
					// data again
					out.write(*valid[edge], Val{C: checkedSource})
				} else if v, _ := out.read(*valid[edge]); !v.T.empty() {
					out.write(*valid[edge], Val{})
				}
				if src := a.urlSource(*valid[edge]); src != nil {
					// u = new URL(next, base); if (u.origin !== ORIGIN) return:
					// next, where u points, is checked as well
					if v, _ := out.read(*src); !v.T.empty() {
						out.write(*src, Val{})
					}
				}
			}
			if in[sb.Index] == nil {
				if i == len(succs)-1 || out != s {
					in[sb.Index] = out // the last successor takes the block's own copy
				} else {
					in[sb.Index] = s.clone()
				}
			} else if !join(in[sb.Index], out) {
				continue
			}
			if !queued[sb.Index] {
				queued[sb.Index] = true
				heap.Push(work, sb.Index)
			}
		}
	}
	// the return value is a constant only if every way out returns it
	if sum.retSeen && f.Exit != nil {
		for _, p := range f.Exit.Preds {
			if in[p.Index] == nil {
				continue
			}
			if n := len(p.Instrs); n == 0 || p.Instrs[n-1].Op != ir.Return {
				sum.retVal.C = ir.Const{}
			}
		}
		sum.RetConst = sum.retVal.C
		sum.checks = a.returnsCheck(f, in)
	}
	sum.Returns = sum.retSeen
	for i, t := range a.closureSinks[f] {
		if t != nil && !hasTrace(sum.ParamSink, i) {
			sum.ParamSink = setTrace(sum.ParamSink, i, t)
		}
	}
	var exit *state
	if f.Exit != nil {
		exit = in[f.Exit.Index]
	}
	a.finishRecv(f, sum, marked, exit)
	if f.Name != "" && (f != a.m.Top || len(f.Params) > 0) {
		// (a top level given parameters: a PHP file included with the
		// includer's variables in scope)
		a.next[f.Name] = sum
		// kept under its class too (not given to other files)
		k := ctorKey(f)
		if k == "" {
			k = methodKey(f)
		}
		if k != "" && k != f.Name {
			a.next[k] = sum
			if a.classKeys == nil {
				a.classKeys = map[string]bool{}
			}
			a.classKeys[k] = true
		}
	}
	if f.Exit != nil && in[f.Exit.Index] != nil {
		return in[f.Exit.Index]
	}
	return last
}

// short is s with its white space runs made single spaces, cut at 60
// bytes (for messages).
func short(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// singleSpaced reports whether s is plain ASCII whose only white space is
// single spaces between words (short leaves it as it is: most names).
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// operand evaluates an operand in a state.
func (a *analyzer) operand(o ir.Operand, s *state, at ir.Span) Val {
	if o.IsConst() {
		return Val{C: o.Const}
	}
	if o.Place.Base == "" {
		return Val{}
	}
	v, _ := s.read(o.Place)
	// (no field holding source data for a class's methods, the common
	// case: no key to build)
	if len(a.fields) > 0 {
		if k := fieldKey(a.cur, o.Place); k != "" {
			if t := a.fields[k]; t != nil && !a.hardened[k] {
				v.T = union(v.T, t.with(Step{Span: at, Kind: "step", Message: "read from field " + short(o.Place.Key()) + " (set in another method)"}))
				v.C = ir.Const{}
			}
		}
	}
	if !o.Place.IsTemp() && a.isSourcePlace(o.Place) {
		if v.C == checkedSource {
			return Val{}
		}
		key := o.Place.Key()
		v.T = union(&Taint{Src: (*Trace)(nil).With(Step{Span: at, Kind: "source", Message: "untrusted data from " + short(key)})}, v.T)
		v.C = ir.Const{}
	}
	return v
}

// checkedSource marks a source place a branch condition validated on the
// way to this point; constants join to "not a constant" unless equal, so
// the mark holds only where every incoming path checked the place.
var checkedSource = ir.Const{Kind: ir.Str, S: "\x00vigil:checked-source"}

// checkablePlace reports whether a validated place can carry the mark: a
// path of fields and constant keys (params["sort"]), not an unknown element.
func checkablePlace(p ir.Place) bool {
	if p.IsTemp() || len(p.Path) == 0 {
		return false
	}
	for _, e := range p.Path {
		if e.Kind == ir.AnyElem {
			return false
		}
	}
	return true
}

func (a *analyzer) isSourcePlace(p ir.Place) bool {
	// a name typed in this function (ir.Func.Types) resolves through its
	// type, so its cache entries are apart from other functions' names
	typ := ""
	if a.cur != nil && a.cur.Types != nil {
		typ = a.cur.Types[p.Base]
	}
	// the cache key is built in a reused buffer: a hit (most reads) makes
	// no string
	buf := a.keyBuf[:0]
	if typ != "" {
		buf = append(append(buf, typ...), 0)
	}
	buf = appendKey(buf, p)
	a.keyBuf = buf
	v, ok := a.srcCache[string(buf)]
	if !ok {
		key := p.Key()
		ck := string(buf)
		v = a.spec.SourcePlace(key, ir.CanonicalIn(a.cur, a.m.Imports, key))
		if !v {
			// a.b[k].c is source data when a.b is
			for i := len(p.Path) - 1; i >= 0 && !v; i-- {
				pre := ir.Place{Base: p.Base, Path: p.Path[:i]}
				pk := pre.Key()
				pck := pk
				if typ != "" {
					pck = typ + "\x00" + pk
				}
				if c, ok := a.srcCache[pck]; ok {
					v = c
					continue
				}
				c := a.spec.SourcePlace(pk, ir.CanonicalIn(a.cur, a.m.Imports, pk))
				a.srcCache[pck] = c
				v = c
			}
		}
		a.srcCache[ck] = v
	}
	return v
}

// appendKey appends p.Key() to buf.
func appendKey(buf []byte, p ir.Place) []byte {
	buf = append(buf, p.Base...)
	for _, e := range p.Path {
		switch e.Kind {
		case ir.Field:
			buf = append(append(buf, '.'), e.Name...)
		case ir.Key:
			buf = append(append(append(buf, '['), e.Name...), ']')
		default:
			buf = append(buf, "[*]"...)
		}
	}
	return buf
}

// intHeap is a min-heap of block indexes (the worklist).
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

// Push implements heap.Interface.
func (h *intHeap) Push(x any) { *h = append(*h, x.(int)) }

// Pop implements heap.Interface.
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// loopBlocks marks the blocks that may run again after a later block: those
// between the target and the source of an edge going back in block order
// (front ends lay blocks out in flow order, loops contiguously).
func loopBlocks(f *ir.Func) []bool {
	out := make([]bool, len(f.Blocks))
	for _, b := range f.Blocks {
		for _, s := range b.Succs {
			if s.Index <= b.Index {
				for i := s.Index; i <= b.Index; i++ {
					out[i] = true
				}
			}
		}
	}
	return out
}

// validated recognises a branch condition that proves a variable clean on
// one edge: membership in a clean collection (`x in ALLOWED`,
// `ALLOWED.contains(x)`, `["a", "b"].includes(x)`, `ALLOWED.has(x)`), equality with a constant (`x == "a"`,
// `"a".equals(x)`), a character-class check (`x.isdigit()`,
// `StringUtils.isNumeric(x)`), a full match of a constant pattern without
// wildcards (`re.fullmatch`, Java's `x.matches`), and their negations. It returns the
// place proven clean on the true edge ([0]) and on the false edge ([1]).
func (a *analyzer) validated(b *ir.Block, s *state) [2]*ir.Place {
	return a.checkedBy(b, *b.Cond, s)
}

// returnsCheck returns 1 + the parameter that a function returns true
// only for when it passed a check (every way out returns a check of it,
// or false), else 0: `return preg_match('/^[a-z]+$/', $n) === 1;`.
func (a *analyzer) returnsCheck(f *ir.Func, in []*state) int {
	param := 0
	for _, p := range f.Exit.Preds {
		if in[p.Index] == nil {
			continue
		}
		n := len(p.Instrs)
		if n == 0 || p.Instrs[n-1].Op != ir.Return || len(p.Instrs[n-1].Args) == 0 {
			return 0
		}
		r := p.Instrs[n-1].Args[0]
		var v [2]*ir.Place
		if r.IsConst() {
			t, ok := r.Const.Truth()
			if ok && !t {
				continue
			}
			if !ok {
				return 0
			}
			// return true where only a passed check leads:
			// `if (!in_array($h, HOSTS, true)) { return false; } return true;`
			v[0] = a.guardedBy(p, in)
		} else {
			v = a.checkedBy(p, r, in[p.Index])
		}
		if v[0] == nil || len(v[0].Path) != 0 {
			return 0
		}
		j := 0
		for i, prm := range f.Params {
			if prm.Name == v[0].Base {
				j = i + 1
			}
		}
		if j == 0 || param != 0 && param != j {
			return 0
		}
		param = j
	}
	return param
}

// guardedBy is the place a branch proved clean on the only way into b: the
// nearest block with a two-way branch above a chain of single
// predecessors, read on the edge the chain leaves it by; nil otherwise.
func (a *analyzer) guardedBy(b *ir.Block, in []*state) *ir.Place {
	cur := b
	for steps := 0; steps < 8 && len(cur.Preds) == 1; steps++ {
		pred := cur.Preds[0]
		if pred.Cond != nil && len(pred.Succs) == 2 {
			if pred.Succs[0] == pred.Succs[1] || in[pred.Index] == nil {
				return nil
			}
			edge := 0
			if pred.Succs[1] == cur {
				edge = 1
			}
			return a.checkedBy(pred, *pred.Cond, in[pred.Index])[edge]
		}
		cur = pred
	}
	return nil
}

// checkedBy is validated for any boolean operand of the block (a branch
// condition, a returned check).
func (a *analyzer) checkedBy(b *ir.Block, cond ir.Operand, s *state) [2]*ir.Place {
	var out [2]*ir.Place
	if cond.IsConst() || !cond.Place.IsTemp() {
		return out
	}
	def := func(base string) *ir.Instr {
		for i := len(b.Instrs) - 1; i >= 0; i-- {
			if d := b.Instrs[i].Dst; d != nil && d.Base == base && len(d.Path) == 0 {
				return b.Instrs[i]
			}
		}
		return nil
	}
	in := def(cond.Place.Base)
	flip := false
	for in != nil {
		if in.Op == ir.Not && len(in.Args) == 1 && !in.Args[0].IsConst() && in.Args[0].Place.IsTemp() {
			flip = !flip
			in = def(in.Args[0].Place.Base)
			continue
		}
		// a boolean a front end marked as such (Java's `compare
		// (primitive)` of a method's result)
		if in.Op == ir.Compare && in.Sub == "(primitive)" && len(in.Args) == 1 && !in.Args[0].IsConst() && in.Args[0].Place.IsTemp() {
			in = def(in.Args[0].Place.Base)
			continue
		}
		// a check's result compared with a truth value:
		// `preg_match(P, $x) === 1`, `ctype_digit($x) == false`
		if in.Op == ir.Compare && len(in.Args) == 2 {
			x, y := in.Args[0], in.Args[1]
			if x.IsConst() {
				x, y = y, x
			}
			if t, ok := y.Const.Truth(); ok && y.IsConst() && (y.Const.Kind == ir.Int || y.Const.Kind == ir.Bool) && !x.IsConst() && x.Place.IsTemp() {
				if d := def(x.Place.Base); d != nil && d.Op == ir.Call {
					if m := d.Text[strings.LastIndexAny(d.Text, ".>:")+1:]; m == "strpos" || m == "stripos" || m == "mb_strpos" {
						// strpos($p, $base) === 0: $p starts with $base;
						// strpos($p, '..') !== false: $p contains '..'
						// (a position, not a truth value)
						prefix := y.Const.Kind == ir.Int && y.Const.I == 0
						contains := y.Const.Kind == ir.Bool && y.Const.I == 0 && (in.Sub == "===" || in.Sub == "!==") &&
							len(d.Args) >= 2 && d.Args[1].IsConst() // a fixed needle: strpos($f, '..')
						if !prefix && !contains {
							break
						}
						t = prefix
					}
					neg := in.Sub == "!=" || in.Sub == "!=="
					if in.Sub == "==" || in.Sub == "===" || neg {
						if neg == t {
							flip = !flip
						}
						in = d
						continue
					}
				}
			}
		}
		break
	}
	if in == nil {
		return out
	}
	var p *ir.Place
	negated := false
	if len(cond.Place.Path) == 1 && in.Op == ir.Call && !flip {
		// if urlparse(url).netloc: ... : where the URL has no host it is
		// relative to this site (for flows about where a URL points)
		cp := cond.Place // (its address is taken: a heap copy, made only here)
		if hp := a.hostChecked(b, &cp); hp != &cp && !hp.IsTemp() {
			out[1] = hp
		}
		return out
	}
	switch in.Op {
	case ir.Compare:
		if len(in.Args) != 2 {
			return out
		}
		// the places checked are returned as pointers into the
		// instruction (not to copies, which would each be a heap object)
		x, y := in.Args[0], in.Args[1]
		switch in.Sub {
		case "in", "not in":
			if x.IsConst() {
				return out // a temporary is resolved below (strtoupper($x), url.getHost()) or refused
			}
			if !y.IsConst() {
				if v := a.operand(y, s, in.Span); !v.T.empty() || y.Place.IsTemp() && !isBuilt(b, y) {
					return out
				}
			}
			p, negated = &in.Args[0].Place, in.Sub == "not in"
		case "==", "===", "!=", "!==", "is", "is not":
			if t := a.typeChecked(b, x, y); t != nil {
				// typeof x === "number": x holds no text
				p, negated = t, in.Sub == "!=" || in.Sub == "!=="
				break
			}
			if t := commonPathChecked(b, x, y); t != nil {
				// os.path.commonpath([BASE, target]) == BASE: target is under BASE
				p, negated = t, in.Sub == "!=" || in.Sub == "!==" || in.Sub == "is not"
				break
			}
			if y.IsConst() && !x.IsConst() {
				p = &in.Args[0].Place
			} else if x.IsConst() && !y.IsConst() {
				p = &in.Args[1].Place
			} else if h := a.hostComparedToClean(x, y, s, in.Span); h != nil {
				p = h
			} else {
				return out
			}
			negated = in.Sub == "!=" || in.Sub == "!==" || in.Sub == "is not"
		default:
			return out
		}
	case ir.Call:
		m := in.Text[strings.LastIndexAny(in.Text, ".")+1:]
		switch m {
		case "isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha", "isidentifier":
			if in.Recv == nil || in.Recv.IsConst() {
				return out
			}
			p = &in.Recv.Place
		case "isNumeric", "isAlphanumeric", "isAlpha", "isDigits", "isCreatable":
			// StringUtils.isNumeric(x), NumberUtils.isDigits(x)
			if in.Recv != nil || len(in.Args) != 1 || in.Args[0].IsConst() {
				return out
			}
			p = &in.Args[0].Place
		case "matches":
			// x.matches("[a-z]+") and Pattern.matches("[a-z]+", x): a
			// full match of a constant pattern without wildcards
			var pat, x ir.Operand
			switch {
			case in.Recv != nil && len(in.Args) == 0 && in.Recv.Place.IsTemp():
				// P.matcher(x).matches(): a full match of a compiled
				// pattern; a Pattern.compile(CONST) in the same block must
				// be tight, a pattern kept in a field or variable is the
				// program's own
				m := def(in.Recv.Place.Base)
				if m == nil || m.Op != ir.Call || !strings.HasSuffix(m.Text, "matcher") || len(m.Args) != 1 || m.Args[0].IsConst() || m.Recv == nil {
					return out
				}
				if m.Recv.Place.IsTemp() {
					c := def(m.Recv.Place.Base)
					if c == nil || c.Op != ir.Call || !strings.HasSuffix(c.Text, "compile") || len(c.Args) == 0 || !c.Args[0].IsConst() || c.Args[0].Const.Kind != ir.Str || !a.tight(c.Args[0].Const.S) {
						return out
					}
				}
				p = &m.Args[0].Place
			case in.Recv != nil && len(in.Args) == 1:
				pat, x = in.Args[0], *in.Recv
			case in.Recv == nil && len(in.Args) == 2:
				pat, x = in.Args[0], in.Args[1]
			default:
				return out
			}
			if p == nil {
				if !pat.IsConst() || pat.Const.Kind != ir.Str || x.IsConst() || !a.tight(pat.Const.S) {
					return out
				}
				p = &x.Place
			}
		case "contains", "containsKey":
			// ALLOWED.contains(x) with a clean collection
			if in.Recv == nil || in.Recv.IsConst() || len(in.Args) != 1 || in.Args[0].IsConst() {
				return out
			}
			y := *in.Recv
			if v := a.operand(y, s, in.Span); !v.T.empty() || y.Place.IsTemp() && !isBuilt(b, y) {
				return out
			}
			p = &in.Args[0].Place
		case "equals", "equalsIgnoreCase":
			// x.equals("admin") or "admin".equals(x)
			if in.Recv == nil || len(in.Args) != 1 {
				return out
			}
			x, y := *in.Recv, in.Args[0]
			if y.IsConst() && !x.IsConst() {
				p = &x.Place
			} else if x.IsConst() && !y.IsConst() {
				p = &y.Place
			} else {
				return out
			}
		case "test":
			// JavaScript: /^[a-z]+$/.test(x), or RE.test(x) with a constant RE
			if in.Recv == nil || len(in.Args) != 1 || in.Args[0].IsConst() {
				return out
			}
			if pat, ok := a.constStr(*in.Recv, s, in.Span); !ok || !anchoredRegex(pat, a.tight) {
				return out
			}
			p = &in.Args[0].Place
		case "fullmatch", "match":
			if in.Recv != nil && !in.Recv.IsConst() && len(in.Args) == 1 {
				// JavaScript: x.match(/^[a-z]+$/)
				if pat, ok := a.constStr(in.Args[0], s, in.Span); !ok || !anchoredRegex(pat, a.tight) {
					return out
				}
				p = &in.Recv.Place
				break
			}
			if len(in.Args) != 2 || !in.Args[0].IsConst() || in.Args[1].IsConst() {
				return out
			}
			pat := in.Args[0].Const.S
			// \z: Ruby's end of string (Ruby's $ is an end of line)
			anchored := m == "fullmatch" || strings.HasSuffix(pat, "$") || strings.HasSuffix(pat, `\Z`) || strings.HasSuffix(pat, `\z`)
			if !anchored || !a.tight(pat) {
				return out
			}
			p = &in.Args[1].Place
		case "preg_match":
			// PHP: preg_match('/^[a-z]+$/', $x[, $m]): delimiters and flags around the pattern
			if len(in.Args) < 2 || !in.Args[0].IsConst() || in.Args[1].IsConst() || in.Recv != nil {
				return out
			}
			pat := delimited(in.Args[0].Const.S)
			if !strings.HasPrefix(pat, "^") || !(strings.HasSuffix(pat, "$") || strings.HasSuffix(pat, `\z`)) || !a.tight(pat) {
				return out
			}
			p = &in.Args[1].Place
		case "includes", "has":
			// membership as a method of a clean collection:
			// ["a", "b"].includes(x), ALLOWED.has(x)
			if in.Recv == nil || len(in.Args) != 1 || in.Args[0].IsConst() || in.Args[0].Place.IsTemp() {
				// name.includes("..") is a model's (per kind)
				p, negated = a.specValidated(in)
				break
			}
			if y := *in.Recv; !y.IsConst() {
				if v := a.operand(y, s, in.Span); !v.T.empty() || y.Place.IsTemp() && !isBuilt(b, y) {
					return out
				}
			}
			p = &in.Args[0].Place
		default:
			// a function of the file that returns true only for a
			// checked parameter (`if (!is_valid_name($n)) exit;`)
			if cs, _ := a.lookup(in); cs != nil && cs.checks > 0 && cs.checks <= len(in.Args) && !in.Args[cs.checks-1].IsConst() {
				p = &in.Args[cs.checks-1].Place
				break
			}
			p, negated = a.specValidated(in)
			if p == nil {
				p = a.callChecked(in, s)
			}
		}
	default:
		return out
	}
	if p != nil {
		p = a.hostChecked(b, p)
	}
	// a check of a URL's host or of a trimmed or case-folded string
	// (`ALLOWED.contains(url.getHost())`, `"a".equals(s.trim())`) checks
	// the value it was called on (not a length or other number)
	for p != nil && p.IsTemp() && len(p.Path) == 0 {
		d := def(p.Base)
		if d == nil || d.Op != ir.Call || !sameValueGetters[d.Text[strings.LastIndexAny(d.Text, ".>:")+1:]] {
			break
		}
		switch {
		case len(d.Args) == 0 && d.Recv != nil && !d.Recv.IsConst():
			p = &d.Recv.Place // url.getHost(), s.trim()
		case len(d.Args) == 1 && d.Recv == nil && !d.Args[0].IsConst():
			p = &d.Args[0].Place // strtoupper($s), trim($s)
		default:
			p = nil
		}
	}
	if p == nil || p.Base == "" || p.IsTemp() {
		return out
	}
	edge := 0
	if negated != flip {
		edge = 1
	}
	out[edge] = p
	return out
}

// sameValueGetters are methods without arguments whose result, checked
// against an allow-list or a constant, pins down what matters of their
// receiver: a URL's host, a string up to case and surrounding blanks.
var sameValueGetters = map[string]bool{"getHost": true, "host": true, "hostname": true, "getHostName": true,
	"trim": true, "strip": true, "toLowerCase": true, "toUpperCase": true, "lower": true, "upper": true,
	"downcase": true, "upcase": true, "casefold": true, "toString": true, "to_s": true,
	"strtoupper": true, "strtolower": true, "mb_strtoupper": true, "mb_strtolower": true, "ucfirst": true,
	"lcfirst": true, "rtrim": true, "ltrim": true}

// delimited strips a PCRE pattern's delimiters and trailing flags
// ("/^a$/i" is "^a$"); a pattern without them is returned as is.
func delimited(pat string) string {
	if len(pat) < 2 {
		return pat
	}
	open := pat[0]
	closeCh := open
	switch open {
	case '(':
		closeCh = ')'
	case '{':
		closeCh = '}'
	case '[':
		closeCh = ']'
	case '<':
		closeCh = '>'
	}
	if open == '\\' || open == '^' || ident.Byte(open) {
		return pat
	}
	i := strings.LastIndexByte(pat, closeCh)
	if i <= 0 || strings.Trim(pat[i+1:], "imsxuADSUXJn") != "" {
		return pat
	}
	return pat[1:i]
}

// hostComparedToClean: for flows about where a URL points (HostCheck), the
// origin or host of a URL compared with a value that carries no taint (the
// app's own origin from a constant or its configuration:
// `u.origin !== APP_ORIGIN`) is checked like one compared with a literal.
func (a *analyzer) hostComparedToClean(x, y ir.Operand, s *state, at ir.Span) *ir.Place {
	hc, ok := a.spec.(HostCheck)
	if !ok || !hc.HostChecks() || x.IsConst() || y.IsConst() {
		return nil
	}
	isHost := func(o ir.Operand) bool {
		p := o.Place
		if len(p.Path) != 1 || p.Path[0].Kind != ir.Field {
			return false
		}
		switch p.Path[0].Name {
		case "origin", "host", "hostname", "netloc":
			return true
		}
		return false
	}
	for _, o := range [][2]ir.Operand{{x, y}, {y, x}} {
		if isHost(o[0]) {
			if v := a.operand(o[1], s, at); v.T.empty() {
				if w := a.operand(o[0], s, at); !w.T.empty() {
					return &o[0].Place
				}
			}
		}
	}
	return nil
}

// urlSource is, for flows about where a URL points (HostCheck), the
// variable a URL object was parsed from: with `const u = new URL(next,
// base)` (or urlparse, urlsplit, parse_url) set once in the function, a check
// that proves u proves next (Ruby: u = URI.parse(next) or URI(next)).
// Nil otherwise.
func (a *analyzer) urlSource(p ir.Place) *ir.Place {
	hc, ok := a.spec.(HostCheck)
	if !ok || !hc.HostChecks() || len(p.Path) != 0 || p.IsTemp() || p.Base == "" {
		return nil
	}
	db, d := a.soleDef(p.Base)
	if d == nil || d.Op != ir.Assign || len(d.Args) != 1 || d.Args[0].IsConst() || !d.Args[0].Place.IsTemp() || len(d.Args[0].Place.Path) != 0 {
		return nil
	}
	t := d.Args[0].Place.Base
	for _, in := range db.Instrs {
		if in.Dst == nil || in.Dst.Base != t || len(in.Dst.Path) != 0 || in.Op != ir.Call {
			continue
		}
		m := in.Callee[strings.LastIndexAny(in.Callee, `.\`)+1:]
		if (m == "urlparse" || m == "urlsplit" || m == "URL" || m == "parse_url" || m == "URI" || m == "parse" && strings.HasSuffix(in.Callee, "URI.parse")) && len(in.Args) >= 1 && !in.Args[0].IsConst() &&
			!in.Args[0].Place.IsTemp() && len(in.Args[0].Place.Path) == 0 && in.Args[0].Place.Base != p.Base {
			return &in.Args[0].Place
		}
	}
	return nil
}

// hostChecked widens a check of a URL's host (`ALLOWED.has(u.hostname)`,
// `urlparse(url).netloc in ALLOWED`) to the whole URL when the Spec's flow
// is about where a URL points (HostCheck); other places are returned as
// they are.
func (a *analyzer) hostChecked(b *ir.Block, p *ir.Place) *ir.Place {
	hc, ok := a.spec.(HostCheck)
	if !ok || !hc.HostChecks() {
		return p
	}
	if len(p.Path) == 0 && !p.IsTemp() && p.Base != "" {
		// a variable the function sets once, to a parsed URL's host:
		// $host = parse_url($u, PHP_URL_HOST); in_array($host, HOSTS)
		// (or a trimmed or case-folded copy of it)
		db, d := a.soleDef(p.Base)
		if d == nil || len(d.Args) != 1 || d.Args[0].IsConst() || !d.Args[0].Place.IsTemp() {
			return p
		}
		if d.Op != ir.Assign && (d.Op != ir.Call || d.Recv != nil || !sameValueGetters[d.Text[strings.LastIndexAny(d.Text, ".>:\\")+1:]]) {
			return p
		}
		if hp := a.hostChecked(db, &d.Args[0].Place); hp != &d.Args[0].Place && !hp.IsTemp() {
			return hp
		}
		return p
	}
	if len(p.Path) == 0 && p.IsTemp() && a.cur != nil {
		// `parse_url($u)['host'] ?? ''`: a temporary that holds the host
		// or, on the other branches, constants only
		var one *ir.Place
		var ob *ir.Block
		for _, db := range a.cur.Blocks {
			for _, in := range db.Instrs {
				if in.Dst == nil || in.Dst.Base != p.Base || len(in.Dst.Path) != 0 {
					continue
				}
				if len(in.Args) != 1 || in.Op != ir.Assign && (in.Op != ir.Call || in.Recv != nil || !sameValueGetters[in.Text[strings.LastIndexAny(in.Text, ".>:\\")+1:]]) {
					return p
				}
				if in.Args[0].IsConst() {
					continue
				}
				if one != nil {
					return p
				}
				one, ob = &in.Args[0].Place, db
			}
		}
		if one != nil && one.Base != p.Base && (len(one.Path) > 0 || one.IsTemp()) {
			if hp := a.hostChecked(ob, one); hp != one && !hp.IsTemp() {
				return hp
			}
		}
		return p
	}
	if len(p.Path) != 1 {
		return p
	}
	switch e := p.Path[0]; {
	case e.Kind == ir.Field && (e.Name == "hostname" || e.Name == "host" || e.Name == "origin" || e.Name == "netloc"):
	case e.Kind == ir.Key && strings.Trim(e.Name, `"'`) == "host" && p.IsTemp():
		// parse_url($u)['host']
		tp := ir.Place{Base: p.Base, Path: []ir.Elem{{Kind: ir.Field, Name: "host"}}}
		if hp := a.hostChecked(b, &tp); hp != &tp && !hp.IsTemp() {
			return hp
		}
		return p
	case e.Kind == ir.Key && strings.Trim(e.Name, `"'`) == "host" && !p.IsTemp():
		// $parts = parse_url($u); $parts['host']: the URL parsed into
		// a variable the function sets once
		db, d := a.soleDef(p.Base)
		if d == nil || d.Op != ir.Assign || len(d.Args) != 1 || d.Args[0].IsConst() || !d.Args[0].Place.IsTemp() || len(d.Args[0].Place.Path) != 0 {
			return p
		}
		tp := d.Args[0].Place.Extend(ir.Elem{Kind: ir.Field, Name: "host"})
		if hp := a.hostChecked(db, &tp); hp != &tp && !hp.IsTemp() {
			return hp
		}
		return p
	default:
		return p
	}
	if !p.IsTemp() {
		return &ir.Place{Base: p.Base}
	}
	// a parsed URL: $1 = urlparse(url); $1.hostname
	for i := len(b.Instrs) - 1; i >= 0; i-- {
		in := b.Instrs[i]
		if in.Dst == nil || in.Dst.Base != p.Base || len(in.Dst.Path) != 0 {
			continue
		}
		m := in.Callee[strings.LastIndexAny(in.Callee, `.\`)+1:]
		if in.Op == ir.Call && (m == "urlparse" || m == "urlsplit" || m == "URL" || m == "parse_url" || m == "URI" || m == "parse" && strings.HasSuffix(in.Callee, "URI.parse")) && len(in.Args) >= 1 && !in.Args[0].IsConst() {
			return &in.Args[0].Place
		}
		break
	}
	return p
}

// soleDef is the block and instruction of the only assignment to the
// whole of variable v in the current function; nil when there are none or
// several.
func (a *analyzer) soleDef(v string) (*ir.Block, *ir.Instr) {
	if a.cur == nil {
		return nil, nil
	}
	var db *ir.Block
	var d *ir.Instr
	for _, b := range a.cur.Blocks {
		for _, in := range b.Instrs {
			if in.Dst != nil && in.Dst.Base == v && len(in.Dst.Path) == 0 {
				if d != nil {
					return nil, nil
				}
				db, d = b, in
			}
		}
	}
	return db, d
}

// typeChecked recognises JavaScript's `typeof x === "number"` (or
// "boolean", "undefined"; "string" too when the Spec says a string is safe
// for its flow, StringSafe): it returns x, proven on the equal edge.
func (a *analyzer) typeChecked(b *ir.Block, x, y ir.Operand) *ir.Place {
	for _, o := range [][2]ir.Operand{{x, y}, {y, x}} {
		t, c := o[0], o[1]
		if t.IsConst() || !t.Place.IsTemp() || len(t.Place.Path) > 0 || !c.IsConst() || c.Const.Kind != ir.Str {
			continue
		}
		switch c.Const.S {
		case "number", "boolean", "undefined":
		case "string":
			if ss, ok := a.spec.(StringSafe); !ok || !ss.StringsSafe() {
				continue
			}
		default:
			continue
		}
		for i := len(b.Instrs) - 1; i >= 0; i-- {
			in := b.Instrs[i]
			if in.Dst == nil || len(in.Dst.Path) > 0 || in.Dst.Base != t.Place.Base {
				continue
			}
			if in.Op == ir.Compare && in.Sub == "typeof" && len(in.Args) == 1 && !in.Args[0].IsConst() && !in.Args[0].Place.IsTemp() {
				v := in.Args[0].Place
				return &v
			}
			break
		}
	}
	return nil
}

// commonPathChecked recognises `os.path.commonpath([base, t]) == base`
// (either side): it returns t, the place proven to lie under base where the
// comparison holds.
func commonPathChecked(b *ir.Block, x, y ir.Operand) *ir.Place {
	for _, o := range [][2]ir.Operand{{x, y}, {y, x}} {
		call, base := o[0], o[1]
		if call.IsConst() || !call.Place.IsTemp() || len(call.Place.Path) > 0 || base.IsConst() {
			continue
		}
		var def, list *ir.Instr
		for _, in := range b.Instrs {
			if in.Dst != nil && len(in.Dst.Path) == 0 && in.Dst.Base == call.Place.Base {
				def = in
			}
		}
		if def == nil || def.Op != ir.Call || len(def.Args) != 1 || !strings.HasSuffix(def.Callee, "commonpath") || def.Args[0].IsConst() {
			continue
		}
		for _, in := range b.Instrs {
			if in.Dst != nil && len(in.Dst.Path) == 0 && in.Dst.Base == def.Args[0].Place.Base && in.Op == ir.Build {
				list = in
			}
		}
		if list == nil || len(list.Args) != 2 {
			continue
		}
		for i, a := range list.Args {
			other := list.Args[1-i]
			if !a.IsConst() && a.Place.Key() == base.Place.Key() && !other.IsConst() && !other.Place.IsTemp() {
				t := other.Place
				return &t
			}
		}
	}
	return nil
}

// specValidated is the place a Spec's Validator says the call checks
// (an argument, or the receiver for index -1) and whether it passed where
// the call is false; nil when no validator applies.
func (a *analyzer) specValidated(in *ir.Instr) (*ir.Place, bool) {
	v, ok := a.spec.(Validator)
	if !ok {
		return nil, false
	}
	i, onTrue, ok := v.Validates(in)
	switch {
	case !ok || i >= len(in.Args):
		return nil, false
	case i < 0:
		if in.Recv == nil || in.Recv.IsConst() {
			return nil, false
		}
		return a.receiverRoot(in.Recv.Place), !onTrue
	case in.Args[i].IsConst():
		return nil, false
	}
	return a.converted(in.Args[i].Place), !onTrue
}

// callChecked is, for a Spec whose CallsCheck is true, the first
// variable given to the call that holds tainted data (nil: none): a local
// variable before a field or element (`isMember(req.session.userId,
// teamId)` checks the teamId the handler took from the request).
func (a *analyzer) callChecked(in *ir.Instr, s *state) *ir.Place {
	cc, ok := a.spec.(CallCheck)
	if !ok || !cc.CallsCheck() || s == nil {
		return nil
	}
	// a comparison of two tainted values (`strings.EqualFold(m,
	// r.FormValue("n"))`) checks one against the attacker's other value:
	// no verification (a membership check of a session's user and a
	// requested team is one)
	if comparisonCall.MatchString(in.Text) || comparisonCall.MatchString(in.Callee) {
		tainted := 0
		for _, o := range in.Args {
			if !o.IsConst() && !a.operand(o, s, in.Span).T.empty() {
				tainted++
			}
		}
		if tainted > 1 {
			return nil
		}
	}
	for _, local := range []bool{true, false} {
		for _, o := range in.Args {
			if o.IsConst() || o.Place.Base == "" || o.Place.IsTemp() || local != (len(o.Place.Path) == 0) {
				continue
			}
			if v := a.operand(o, s, in.Span); !v.T.empty() {
				p := o.Place
				return &p
			}
		}
	}
	return nil
}

// comparisonCall names calls that compare their arguments for equality.
var comparisonCall = regexp.MustCompile(`(?i)(^|[.:>])(equals?(fold|ignorecase)?|compare|same|match(es)?|is_?equal)\w*$`)

// receiverRoot is what a receiver made by calls without arguments was
// made from (`f.getCanonicalPath().startsWith(base)` checks f), else p.
func (a *analyzer) receiverRoot(p ir.Place) *ir.Place {
	for depth := 0; depth < 4 && p.IsTemp() && len(p.Path) == 0 && a.cur != nil; depth++ {
		var d *ir.Instr
		for _, b := range a.cur.Blocks {
			for _, in := range b.Instrs {
				if in.Dst != nil && in.Dst.Base == p.Base && len(in.Dst.Path) == 0 {
					d = in
				}
			}
		}
		if d == nil || d.Op != ir.Call || len(d.Args) != 0 || d.Recv == nil || d.Recv.IsConst() {
			break
		}
		p = d.Recv.Place
	}
	return &p
}

// conversions are calls whose checked result speaks for their argument:
// Number.isInteger(Number(id)) checks id.
var conversions = map[string]bool{"Number": true, "String": true, "parseInt": true, "parseFloat": true, "str": true, "int": true, "float": true}

// converted is the variable a temporary converts, when the current
// function set it from a conversion of that variable; else p.
func (a *analyzer) converted(p ir.Place) *ir.Place {
	if !p.IsTemp() || len(p.Path) > 0 || a.cur == nil {
		return &p
	}
	for _, b := range a.cur.Blocks {
		for _, in := range b.Instrs {
			if in.Dst == nil || in.Dst.Base != p.Base || len(in.Dst.Path) > 0 {
				continue
			}
			if in.Op == ir.Call && in.Recv == nil && conversions[in.Text] && len(in.Args) >= 1 && !in.Args[0].IsConst() && !in.Args[0].Place.IsTemp() {
				q := in.Args[0].Place
				return &q
			}
			return &p
		}
	}
	return &p
}

// constStr is the string constant an operand holds (directly or, for a
// variable, its constant value in s).
func (a *analyzer) constStr(o ir.Operand, s *state, at ir.Span) (string, bool) {
	c := o.Const
	if !c.Known() {
		c = a.operand(o, s, at).C
	}
	return c.S, c.Kind == ir.Str
}

// anchoredRegex reports whether a regular expression literal (/.../flags,
// or a bare pattern) must match the whole text (^...$, no multi-line flag)
// and has no wildcard: a value that passed it is one of a small alphabet.
func anchoredRegex(lit string, tight func(string) bool) bool {
	pat := lit
	if strings.HasPrefix(lit, "/") {
		i := strings.LastIndexByte(lit, '/')
		if i <= 0 || strings.Contains(lit[i+1:], "m") {
			return false
		}
		pat = lit[1:i]
	}
	return strings.HasPrefix(pat, "^") && strings.HasSuffix(pat, "$") && !strings.HasSuffix(pat, `\$`) &&
		!strings.Contains(pat, "|") && tight(pat)
}

// tight is tightPattern for the Spec's flow: where a dot is harmless
// (DotSafe: not a file path), a dot inside a character class ([\w.-]) is
// a literal character, not a wildcard.
func (a *analyzer) tight(pat string) bool {
	ds, ok := a.spec.(DotSafe)
	return tightPattern(pat, ok && ds.DotsSafe())
}

// tightPattern reports whether a regular expression has no wildcard
// (., \S, \W, \D) that would let any character through. A dot inside a
// character class (`[a-z0-9.-]`, a host name) is a literal dot, but it
// still lets `..` through: it counts as tight only where dots are harmless
// (dotsSafe: not a file path; see analyzer.tight).
func tightPattern(pat string, dotsSafe bool) bool {
	if strings.Contains(pat, `\S`) || strings.Contains(pat, `\W`) || strings.Contains(pat, `\D`) {
		return false
	}
	inClass := false
	for i := 0; i < len(pat); i++ {
		switch c := pat[i]; {
		case c == '\\':
			i++ // an escaped character (`\.`) is literal
		case c == '[' && !inClass:
			inClass = true
			if i+1 < len(pat) && pat[i+1] == ']' {
				i++ // `[]...]`: a leading ] is a member
			} else if i+2 < len(pat) && pat[i+1] == '^' && pat[i+2] == ']' {
				i += 2
			}
		case c == ']' && inClass:
			inClass = false
		case c == '.' && (!inClass || !dotsSafe):
			return false
		}
	}
	return true
}

// isBuilt reports whether a temporary holds a container literal built in
// the block (`x in ("a", "b")`) or a named constant the front end knows
// nothing of but that carries no data (`in_array($x, self::COLUMNS)`,
// an opaque expression without operands).
func isBuilt(b *ir.Block, o ir.Operand) bool {
	for _, in := range b.Instrs {
		if in.Dst != nil && in.Dst.Base == o.Place.Base && (in.Op == ir.Build || in.Op == ir.Opaque && len(in.Args) == 0 && in.Recv == nil) {
			return true
		}
	}
	return false
}
