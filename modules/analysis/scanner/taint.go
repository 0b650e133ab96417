package scanner

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"vigil/modules/analysis/scanner/budget"
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/textpos"
)

// The taint engine: see rules/README.md ("Taint rules") for the semantics.

// tval is the taint of a value: data from a real source (src, with its trace)
// and/or from parameters of the function being analysed (for summaries).
type tval struct {
	src    []TraceStep
	params map[int][]TraceStep
}

func (v *tval) empty() bool { return v == nil || (v.src == nil && len(v.params) == 0) }

func merge(a, b *tval) *tval {
	if a.empty() {
		return b
	}
	if b.empty() {
		return a
	}
	out := &tval{src: a.src, params: map[int][]TraceStep{}}
	if out.src == nil {
		out.src = b.src
	}
	for k, t := range b.params {
		out.params[k] = t
	}
	for k, t := range a.params {
		out.params[k] = t
	}
	return out
}

// withStep returns v with step appended to every trace.
func (v *tval) withStep(s TraceStep) *tval {
	if v.empty() {
		return v
	}
	out := &tval{}
	if v.src != nil {
		out.src = appendStep(v.src, s)
	}
	if len(v.params) > 0 {
		out.params = map[int][]TraceStep{}
		for k, t := range v.params {
			out.params[k] = appendStep(t, s)
		}
	}
	return out
}

// maxTrace bounds traces so loops and recursion cannot grow them without end.
const maxTrace = 12

func appendStep(t []TraceStep, s TraceStep) []TraceStep {
	if len(t) >= maxTrace {
		return t
	}
	out := make([]TraceStep, len(t), len(t)+1)
	copy(out, t)
	return append(out, s)
}

type summary struct {
	retSrc    []TraceStep
	paramRet  map[int][]TraceStep
	paramSink map[int][]TraceStep
	// a method's facts about its object's fields (the dataflow engine's
	// RecvSink, RecvRet and FieldStore): what a constructor of another
	// file keeps in a field reaches a sink in one of its methods
	recvSink, recvRet map[string][]TraceStep
	fieldStore        map[string]map[int][]TraceStep
	// what the function writes into its parameters (the engine's
	// ParamInto): `store[:k] = @v` given `session` by the caller
	paramInto []xParamWrite
}

// xParamWrite is a dataflow.ParamWrite with report traces.
type xParamWrite struct {
	param  int
	path   []ir.Elem
	params map[int][]TraceStep
	fields map[string][]TraceStep
	at     TraceStep
}

func (s *summary) size() int {
	n := len(s.paramRet) + len(s.paramSink) + len(s.recvSink) + len(s.recvRet) + len(s.paramInto)
	for _, ps := range s.fieldStore {
		n += len(ps)
	}
	if s.retSrc != nil {
		n++
	}
	return n
}

type env map[string]*tval

func (e env) clone() env {
	out := make(env, len(e))
	for k, v := range e {
		out[k] = v
	}
	return out
}

type taintRun struct {
	ctx      context.Context
	rule     *Rule
	lang     *language
	src      []byte
	path     string
	sums     map[string]*summary
	findings map[string]rawFinding
	visits   int
	aborted  bool
	stopped  error // why aborted: the file's work budget ran out or ctx is done
	lines    []int

	// per-callee match caches: callee texts repeat a lot within a file
	sanCache, srcCache map[string]bool
	sinkCache          map[string][]int

	// ext resolves a callee to the summary of a function in another file
	// (cross-file taint, xfile.go); nil when the file is analysed alone.
	ext       func(callee string) *summary
	extCache  map[string]*summary
	exprCache map[string]bool
	usedExt   bool // a summary from another file was applied
}

// lookup returns the summary for a callee and whether it comes from another
// file: a callee bound to another file's function by an import wins over a
// same-named function of this file.
func (r *taintRun) lookup(callee string) (*summary, bool) {
	if strings.Contains(callee, "(") {
		return nil, false
	}
	if r.ext != nil {
		s, ok := r.extCache[callee]
		if !ok {
			s = r.ext(callee)
			r.extCache[callee] = s
		}
		if s != nil {
			r.usedExt = true
			return s, true
		}
	}
	if strings.Contains(callee, ".") && r.isExprSource(callee) {
		// request.args.get(...) is source data even when this file has a
		// method named get
		return nil, false
	}
	return r.sums[lastSegment(callee)], false
}

// isExprSource reports whether a dotted callee text matches an `expr` source.
func (r *taintRun) isExprSource(callee string) bool {
	v, ok := r.exprCache[callee]
	if !ok {
		for i := range r.rule.Taint.Sources {
			s := &r.rule.Taint.Sources[i]
			if s.exprRe != nil && (s.prefix == "" || strings.HasPrefix(callee, s.prefix)) && s.exprRe.MatchString(callee) {
				v = true
				break
			}
		}
		r.exprCache[callee] = v
	}
	return v
}

func (r *taintRun) isSanitizer(callee string) bool {
	v, ok := r.sanCache[callee]
	if !ok {
		v = matchAny(r.rule.Taint.Sanitizers, callee) != nil
		r.sanCache[callee] = v
	}
	return v
}

func (r *taintRun) isSourceCall(callee string) bool {
	v, ok := r.srcCache[callee]
	if !ok {
		v = matchAny(r.rule.Taint.Sources, callee) != nil
		r.srcCache[callee] = v
	}
	return v
}

// sinksFor returns the indexes of the sinks whose call pattern matches callee.
func (r *taintRun) sinksFor(callee string) []int {
	v, ok := r.sinkCache[callee]
	if !ok {
		for i, s := range r.rule.Taint.Sinks {
			if s.callRe != nil && s.callRe.MatchString(callee) {
				v = append(v, i)
			}
		}
		r.sinkCache[callee] = v
	}
	return v
}

func normText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// taintKeywords returns literal substrings one of which must occur in a file
// for the rule's sources to be able to match (nil: no prefilter possible).
func taintKeywords(r *Rule) []string {
	var out []string
	for _, s := range r.Taint.Sources {
		p := s.Expr
		if p == "" {
			p = s.Call
		}
		if p == "" {
			// parameter declarations: "*@RequestParam*" needs "@RequestParam" in the file
			p = strings.TrimLeft(s.Param, "*")
		}
		if strings.HasPrefix(p, "re:") {
			return nil
		}
		kw := p
		if i := strings.IndexByte(kw, '*'); i >= 0 {
			kw = kw[:i]
		}
		if kw == "" {
			return nil
		}
		out = append(out, kw)
	}
	return out
}

// runTaintFacts runs one taint rule over a file and also reports whether a function of the
// file has parameters reaching a sink or returns source data: facts another
// file calling it could use (cross-file taint, xfile.go).
func runTaintFacts(ctx context.Context, r *Rule, tf *taintFile) ([]rawFinding, bool, []string, error) {
	out, err := runTaintExt(ctx, r, tf, nil, false)
	return out.raws, out.facts, out.notes, err
}

// taintOut is what one taint rule found in one file.
type taintOut struct {
	raws []rawFinding
	// sums are the summaries of the file's named functions (empty ones
	// included), trace snippets filled in so another file can show them;
	// only when asked for
	sums    map[string]*summary
	facts   bool     // a function has parameters reaching a sink or returns source data
	usedExt bool     // a summary of another file's function was applied
	notes   []string // analysis limits hit (the file's result is partial)
}

// runTaintExt is runTaint with calls resolved to other files' functions by
// ext (may be nil).
func runTaintExt(ctx context.Context, r *Rule, tf *taintFile, ext func(string) *summary, wantSums bool) (taintOut, error) {
	if engineV2[tf.lang.name] {
		return runTaintV2(ctx, r, tf, ext, wantSums)
	}
	l, root, src, path := tf.lang, tf.root, tf.src, tf.path
	run := &taintRun{ctx: ctx, rule: r, lang: l, src: src, path: path, sums: map[string]*summary{},
		sanCache: map[string]bool{}, srcCache: map[string]bool{}, sinkCache: map[string][]int{},
		ext: ext, extCache: map[string]*summary{}, exprCache: map[string]bool{}}
	for round := 0; round < 4; round++ {
		before := 0
		for _, s := range run.sums {
			before += s.size()
		}
		run.findings = map[string]rawFinding{}
		run.unit(root, env{}, "")
		if run.aborted {
			return taintOut{}, run.stopped
		}
		after := 0
		for _, s := range run.sums {
			after += s.size()
		}
		if after == before && (round > 0 || after == 0) {
			break
		}
	}
	// the visits since the last check count too
	budget.From(ctx).Spend(run.visits & 4095)
	out := make([]rawFinding, 0, len(run.findings))
	for _, f := range run.findings {
		out = append(out, f)
	}
	res := taintOut{raws: out, usedExt: run.usedExt}
	for _, s := range run.sums {
		if s.retSrc != nil || len(s.paramSink) > 0 {
			res.facts = true
			break
		}
	}
	if !wantSums {
		return res, nil
	}
	sums := make(map[string]*summary, len(run.sums))
	for name, s := range run.sums {
		if s.size() == 0 {
			// kept: another file's call to it then knows its result is clean
			sums[name] = &summary{}
			continue
		}
		e := &summary{retSrc: run.fillSnippets(s.retSrc), paramRet: map[int][]TraceStep{}, paramSink: map[int][]TraceStep{}}
		if s.retSrc == nil {
			e.retSrc = nil
		}
		for k, t := range s.paramRet {
			e.paramRet[k] = run.fillSnippets(t)
		}
		for k, t := range s.paramSink {
			e.paramSink[k] = run.fillSnippets(t)
		}
		sums[name] = e
	}
	res.sums = sums
	return res, nil
}

func (r *taintRun) tick() bool {
	r.visits++
	if r.visits&4095 == 0 {
		if err := budget.Check(r.ctx, 4096); err != nil {
			r.aborted, r.stopped = true, err
		}
	}
	return r.aborted
}

// step records a hop; its snippet is filled in only when a finding is
// reported (fillSnippets), as most tainted values never reach a sink.
func (r *taintRun) step(n *tnode, kind, msg string) TraceStep {
	return TraceStep{Location: r.loc(n), Kind: kind, Message: msg}
}

func (r *taintRun) fillSnippets(tr []TraceStep) []TraceStep {
	out := make([]TraceStep, len(tr))
	for i, st := range tr {
		if st.Snippet == "" && st.Location.Path == r.path {
			st.Snippet = r.lineAt(st.Location.StartLine)
		}
		out[i] = st
	}
	return out
}

func (r *taintRun) lineAt(line int) string {
	if r.lines == nil {
		r.lines = textpos.Starts(r.src)
	}
	if line < 1 || line > len(r.lines) {
		return ""
	}
	s := r.lines[line-1]
	e := len(r.src)
	if line < len(r.lines) {
		e = r.lines[line] - 1
	}
	l := strings.TrimRight(string(r.src[s:e]), " \t\r") // indentation kept: the code view lines it up with the file
	if len(l) > 200 {
		l = l[:197] + "..."
	}
	return strings.ToValidUTF8(l, "\uFFFD")
}

func (r *taintRun) loc(n *tnode) Location {
	return Location{Path: r.path, StartLine: int(n.sp.Row) + 1, StartColumn: int(n.sp.Column) + 1,
		EndLine: int(n.ep.Row) + 1, EndColumn: int(n.ep.Column) + 1}
}

func short(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// funcName is the name a function is called by in this file ("" if anonymous).
func (r *taintRun) funcName(fn *tnode) string {
	if n := fn.child("name"); n != nil {
		return n.text(r.src)
	}
	if fd := funcDeclarator(fn); fd != nil {
		if n := fd.child("declarator"); n != nil {
			return lastSegment(normText(n.text(r.src)))
		}
	}
	if p := fn.parent; p != nil {
		for _, f := range []string{"name", "left"} {
			if n := p.child(f); n != nil && n != fn {
				return lastSegment(normText(n.text(r.src)))
			}
		}
	}
	return ""
}

func lastSegment(callee string) string {
	i := strings.LastIndexAny(callee, ".:>")
	return callee[i+1:]
}

// params returns the parameter names of a function in positional order,
// without receivers such as self, and the declaration node of each.
func (r *taintRun) params(fn *tnode) ([]string, []*tnode) {
	p := fn.child("parameters")
	if p == nil {
		p = fn.child("parameter")
	}
	if p == nil {
		if fd := funcDeclarator(fn); fd != nil {
			p = fd.child("parameters")
		}
	}
	if p == nil {
		return nil, nil
	}
	if r.lang.identTypes[p.typ] {
		return []string{p.text(r.src)}, []*tnode{p}
	}
	var out []string
	var decls []*tnode
	for _, c := range p.namedChildren() {
		if names := c.childrenByField("name"); len(names) > 0 && p.typ == "parameter_list" && r.lang.name == "go" {
			for _, n := range names {
				out = append(out, n.text(r.src))
				decls = append(decls, c)
			}
			continue
		}
		if n := c.child("name"); n != nil {
			out = append(out, strings.TrimPrefix(n.text(r.src), "&"))
			decls = append(decls, c)
			continue
		}
		if id := r.firstIdent(c); id != nil {
			out = append(out, id.text(r.src))
			decls = append(decls, c)
		}
	}
	if len(out) > 0 && r.lang.selfNames[out[0]] {
		out, decls = out[1:], decls[1:]
	}
	return out, decls
}

// funcDeclarator returns the function_declarator of a C/C++ function
// definition (its name and parameters live there, possibly under pointer or
// reference declarators), or nil.
func funcDeclarator(fn *tnode) *tnode {
	d := fn.child("declarator")
	for i := 0; d != nil && i < 8; i++ {
		if d.typ == "function_declarator" {
			return d
		}
		next := d.child("declarator")
		if next == nil {
			// reference_declarator has no field name on its inner declarator
			for _, c := range d.children {
				if c.named && c.typ != "type_qualifier" {
					next = c
					break
				}
			}
		}
		d = next
	}
	return nil
}

// paramSource reports whether a parameter declaration matches a `param`
// source. The declaration text is matched with whitespace runs collapsed to
// one space (`@RequestParam("q") String q`).
func (r *taintRun) paramSource(decl *tnode) bool {
	var txt string
	for i := range r.rule.Taint.Sources {
		s := &r.rule.Taint.Sources[i]
		if s.paramRe == nil {
			continue
		}
		if txt == "" {
			txt = strings.Join(strings.Fields(decl.text(r.src)), " ")
		}
		if s.paramRe.MatchString(txt) {
			return true
		}
	}
	return false
}

func (n *tnode) childrenByField(field string) []*tnode {
	var out []*tnode
	for _, c := range n.children {
		if c.field == field {
			out = append(out, c)
		}
	}
	return out
}

func (r *taintRun) firstIdent(n *tnode) *tnode {
	if r.lang.identTypes[n.typ] {
		return n
	}
	for _, c := range n.children {
		if id := r.firstIdent(c); id != nil {
			return id
		}
	}
	return nil
}

// unit analyses one function (or the file's top level when fn is the root).
func (r *taintRun) unit(fn *tnode, outer env, name string) {
	e := outer.clone()
	sum := &summary{paramRet: map[int][]TraceStep{}, paramSink: map[int][]TraceStep{}}
	isRoot := fn.parent == nil
	if !isRoot {
		names, decls := r.params(fn)
		for i, p := range names {
			v := &tval{params: map[int][]TraceStep{i: {r.step(fn, "step", fmt.Sprintf("parameter %s of %s", p, nameOr(name)))}}}
			if r.paramSource(decls[i]) {
				v.src = []TraceStep{r.step(decls[i], "source", "untrusted data from parameter "+short(decls[i].text(r.src)))}
			}
			e[p] = v
		}
		body := fn.child("body")
		if body == nil {
			return
		}
		if r.lang.callTypes[body.typ] || r.lang.exprTypes[body.typ] || body.typ == "binary_expression" || body.typ == "template_string" {
			// expression-bodied arrow function / lambda: the body is the return value
			r.visit(body, e, sum)
			r.recordReturn(body, r.eval(body, e), sum)
		} else {
			r.visit(body, e, sum)
		}
	} else {
		r.visit(fn, e, sum)
	}
	if name != "" {
		r.sums[name] = sum
	}
}

func nameOr(n string) string {
	if n == "" {
		return "anonymous function"
	}
	return n + "()"
}

func (r *taintRun) recordReturn(n *tnode, v *tval, sum *summary) {
	if v.empty() {
		return
	}
	v = v.withStep(r.step(n, "return", "returned"))
	if v.src != nil && sum.retSrc == nil {
		sum.retSrc = v.src
	}
	for k, t := range v.params {
		if _, ok := sum.paramRet[k]; !ok {
			sum.paramRet[k] = t
		}
	}
}

func (r *taintRun) visit(n *tnode, e env, sum *summary) {
	if n == nil || r.tick() {
		return
	}
	l := r.lang
	if n.kind == kFunc && n.parent != nil {
		r.unit(n, e, r.funcName(n))
		return
	}
	if n.kind == kOther && len(n.children) == 0 {
		return
	}
	if lr, ok := l.assignTypes[n.typ]; n.kind == kAssign && ok {
		times := 1
		if l.loopTypes[n.typ] {
			times = 2
		}
		for i := 0; i < times; i++ {
			left, right := n.child(lr[0]), n.child(lr[1])
			if right != nil {
				r.visit(right, e, sum)
			}
			if left != nil && right != nil {
				v := r.eval(right, e)
				r.checkAssignSink(n, left, v, sum)
				r.assign(left, v, l.augTypes[n.typ], e)
			}
			for _, c := range n.children {
				if c != left && c != right {
					r.visit(c, e, sum)
				}
			}
		}
		return
	}
	if n.kind == kCall {
		for _, c := range n.children {
			r.visit(c, e, sum)
		}
		r.checkCall(n, e, sum)
		return
	}
	if n.kind == kReturn {
		for _, c := range n.children {
			r.visit(c, e, sum)
		}
		if kids := n.namedChildren(); len(kids) > 0 {
			var v *tval
			for _, k := range kids {
				v = merge(v, r.eval(k, e))
			}
			r.recordReturn(n, v, sum)
		}
		return
	}
	times := 1
	if l.loopTypes[n.typ] {
		times = 2
	}
	for i := 0; i < times; i++ {
		for _, c := range n.children {
			r.visit(c, e, sum)
		}
	}
}

func (r *taintRun) assign(left *tnode, v *tval, aug bool, e env) {
	key := normText(left.text(r.src))
	if r.lang.identTypes[left.typ] || r.lang.exprTypes[left.typ] {
		if v.empty() {
			if !aug {
				delete(e, key)
			}
			return
		}
		st := r.step(left, "step", "assigned to "+short(left.text(r.src)))
		e[key] = merge(e[key], v.withStep(st))
		if left.typ == "subscript" || left.typ == "subscript_expression" || left.typ == "element_reference" {
			if obj := left.child("value"); obj != nil {
				e[normText(obj.text(r.src))] = merge(e[normText(obj.text(r.src))], v.withStep(st))
			} else if obj := left.child("object"); obj != nil {
				e[normText(obj.text(r.src))] = merge(e[normText(obj.text(r.src))], v.withStep(st))
			}
		}
		return
	}
	// patterns: tuples, lists, destructuring, expression lists
	var ids []*tnode
	var collect func(n *tnode)
	collect = func(n *tnode) {
		if r.lang.identTypes[n.typ] {
			ids = append(ids, n)
			return
		}
		if n.typ == "pair_pattern" || n.typ == "pair" {
			if val := n.child("value"); val != nil {
				collect(val)
			}
			return
		}
		for _, c := range n.children {
			if c.field == "type" {
				continue
			}
			collect(c)
		}
	}
	collect(left)
	for _, id := range ids {
		k := id.text(r.src)
		if v.empty() {
			if !aug {
				delete(e, k)
			}
			continue
		}
		e[k] = merge(e[k], v.withStep(r.step(id, "step", "assigned to "+k)))
	}
}

func (r *taintRun) callee(n *tnode) string {
	if !n.calleeDone {
		n.callee, n.calleeDone = r.computeCallee(n), true
	}
	return n.callee
}

func (r *taintRun) computeCallee(n *tnode) string { return calleeOf(n, r.src) }

// calleeOf is the normalised text of a call's callee (see rules/README.md).
func calleeOf(n *tnode, src []byte) string {
	if c, ok := constructCallee[n.typ]; ok {
		return c
	}
	if c := n.child("constructor"); c != nil {
		return normText(c.text(src))
	}
	if n.typ == "object_creation_expression" {
		if t := n.child("type"); t != nil {
			return normText(t.text(src))
		}
	}
	args := n.child("arguments")
	var s string
	if args != nil {
		s = string(src[n.start:args.start])
	} else {
		s = n.text(src)
	}
	s = normText(s)
	if i := strings.IndexByte(s, '<'); i > 0 && strings.HasSuffix(s, ">") && !strings.Contains(s, "->") {
		s = s[:i]
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, "?."), "(")
}

func matchAny(list []TaintSource, callee string) *TaintSource {
	for i := range list {
		if list[i].callRe != nil && list[i].callRe.MatchString(callee) {
			return &list[i]
		}
	}
	return nil
}

// args splits a call's arguments into positional and keyword ones.
func (r *taintRun) args(n *tnode) ([]*tnode, map[string]*tnode) {
	a := n.child("arguments")
	if a == nil {
		if _, ok := constructCallee[n.typ]; ok {
			return n.namedChildren(), nil
		}
		return nil, nil
	}
	var pos []*tnode
	kw := map[string]*tnode{}
	kids := a.namedChildren()
	if len(a.children) > 0 && !a.named {
		kids = []*tnode{a}
	}
	for _, c := range kids {
		if r.lang.kwargTypes[c.typ] {
			if nm := c.child("name"); nm != nil {
				kw[nm.text(r.src)] = c.child("value")
			}
			continue
		}
		pos = append(pos, c)
	}
	return pos, kw
}

// eval returns the taint of an expression.
func (r *taintRun) eval(n *tnode, e env) *tval {
	if n == nil || r.aborted {
		return nil
	}
	if n.kind == kFunc {
		return nil
	}
	if n.kind == kOther && len(n.children) == 0 {
		return nil
	}
	t := r.rule.Taint
	if n.kind == kCall {
		callee := r.callee(n)
		if r.isSanitizer(callee) {
			return nil
		}
		if r.isSourceCall(callee) {
			return &tval{src: []TraceStep{r.step(n, "source", sourceLabel(n.text(r.src)))}}
		}
		if s, ext := r.lookup(callee); s != nil {
			var v *tval
			if s.retSrc != nil {
				v = &tval{src: appendStep(s.retSrc, r.step(n, "call", "returned by "+short(callee)+"()"))}
			}
			pos, _ := r.args(n)
			for i, a := range pos {
				inner, ok := s.paramRet[i]
				if !ok {
					continue
				}
				av := r.eval(a, e)
				if !av.empty() {
					av = av.withStep(r.step(n, "call", fmt.Sprintf("passed through %s()", short(callee))))
					if ext {
						// show the steps inside the other file, then come back
						for _, st := range inner {
							av = av.withStep(st)
						}
					}
					v = merge(v, av)
				}
			}
			return v
		}
	}
	if n.kind == kExpr || n.kind == kIdent || (n.kind == kCall && r.lang.exprTypes[n.typ]) {
		raw := n.text(r.src)
		txt := raw
		if strings.ContainsAny(raw, " \t\r\n") {
			txt = normText(raw)
		}
		for i := range t.Sources {
			s := &t.Sources[i]
			if s.exprRe == nil || (s.prefix != "" && !strings.HasPrefix(txt, s.prefix)) {
				continue
			}
			if s.exprRe.MatchString(txt) {
				return &tval{src: []TraceStep{r.step(n, "source", sourceLabel(raw))}}
			}
		}
		if v, ok := e[txt]; ok {
			return v
		}
		if n.kind == kIdent {
			return nil
		}
	}
	if isComparison(n, r.src) {
		// a comparison yields a boolean: an on/off switch read from the
		// environment or a request carries no attacker text
		return nil
	}
	var v *tval
	for _, c := range n.children {
		if c.field == "type" || c.field == "key" && n.typ == "pair" {
			continue
		}
		v = merge(v, r.eval(c, e))
	}
	return v
}

func (r *taintRun) addFinding(sink *tnode, src []TraceStep, msg string) {
	key := fmt.Sprintf("%d:%s:%d", sink.start, src[0].Location.Path, src[0].Location.StartLine*100000+src[0].Location.StartColumn)
	if _, ok := r.findings[key]; ok {
		return
	}
	first := src[0]
	m := r.rule.Message
	if m == "" {
		m = r.rule.Title
	}
	m = strings.NewReplacer("{{sink}}", msg, "{{source}}", r.lineAt(first.Location.StartLine)).Replace(m)
	m = fmt.Sprintf("%s: data from %s (%s) reaches %s", m, r.where(first.Location), short(first.Message), msg)
	r.findings[key] = rawFinding{rule: r.rule, start: sink.start, end: sink.end, sp: sink.sp, ep: sink.ep,
		matched: sink.text(r.src), trace: r.fillSnippets(src), message: m}
}

func (r *taintRun) sinkHit(n *tnode, v *tval, desc string, sum *summary) {
	if v.empty() {
		return
	}
	v = v.withStep(r.step(n, "sink", "reaches "+desc))
	if v.src != nil {
		r.addFinding(n, v.src, desc)
	}
	for k, t := range v.params {
		if _, ok := sum.paramSink[k]; !ok {
			sum.paramSink[k] = t
		}
	}
}

func (r *taintRun) checkAssignSink(n, left *tnode, v *tval, sum *summary) {
	if v.empty() {
		return
	}
	txt := normText(left.text(r.src))
	for _, s := range r.rule.Taint.Sinks {
		if s.assignRe != nil && s.assignRe.MatchString(txt) {
			r.sinkHit(n, v, short(left.text(r.src)), sum)
			return
		}
	}
}

func (r *taintRun) checkCall(n *tnode, e env, sum *summary) {
	callee := r.callee(n)
	var pos []*tnode
	var kw map[string]*tnode
	argsDone := false
	for _, si := range r.sinksFor(callee) {
		s := &r.rule.Taint.Sinks[si]
		if s.whereRe != nil && !s.whereRe.MatchString(n.text(r.src)) {
			continue
		}
		if s.notWhereRe != nil && s.notWhereRe.MatchString(n.text(r.src)) {
			continue
		}
		if !r.functionAllows(n, s) {
			continue
		}
		if !argsDone {
			pos, kw = r.args(n)
			argsDone = true
		}
		var v *tval
		if len(s.Args) == 0 && len(s.Kwargs) == 0 {
			for _, a := range pos {
				v = merge(v, r.eval(a, e))
			}
			for _, a := range kw {
				v = merge(v, r.eval(a, e))
			}
		} else {
			for _, i := range s.Args {
				if i < len(pos) {
					v = merge(v, r.eval(pos[i], e))
				}
			}
			for _, k := range s.Kwargs {
				if a := kw[k]; a != nil {
					v = merge(v, r.eval(a, e))
				}
			}
		}
		r.sinkHit(n, v, short(callee)+"()", sum)
		return
	}
	// calls to functions of this file (or, resolved by import, of another
	// file) whose parameters reach a sink
	s, _ := r.lookup(callee)
	if s == nil || len(s.paramSink) == 0 {
		return
	}
	if !argsDone {
		pos, _ = r.args(n)
	}
	for i, a := range pos {
		inner, ok := s.paramSink[i]
		if !ok {
			continue
		}
		v := r.eval(a, e)
		if v.empty() {
			continue
		}
		v = v.withStep(r.step(n, "call", fmt.Sprintf("passed to %s()", short(callee))))
		if v.src != nil {
			tr := v.src
			for _, st := range inner {
				tr = appendStep(tr, st)
			}
			sinkStep := inner[len(inner)-1]
			r.addInterFinding(n, sinkStep, tr)
		}
		for k, t := range v.params {
			if _, ok := sum.paramSink[k]; !ok {
				tr := t
				for _, st := range inner {
					tr = appendStep(tr, st)
				}
				sum.paramSink[k] = tr
			}
		}
	}
}

// where names a location for a message: "line N" in this file, "PATH line N"
// in another.
func (r *taintRun) where(l Location) string {
	if l.Path != r.path {
		return fmt.Sprintf("%s line %d", l.Path, l.StartLine)
	}
	return fmt.Sprintf("line %d", l.StartLine)
}

// addInterFinding reports a flow whose sink lies in another function, at the
// sink's own location (the trace shows the call that carried the data).
func (r *taintRun) addInterFinding(call *tnode, sink TraceStep, tr []TraceStep) {
	loc := sink.Location
	key := fmt.Sprintf("L%s:%d:%d:%s:%d", loc.Path, loc.StartLine, loc.StartColumn, tr[0].Location.Path, tr[0].Location.StartLine*100000+tr[0].Location.StartColumn)
	if _, ok := r.findings[key]; ok {
		return
	}
	m := r.rule.Message
	if m == "" {
		m = r.rule.Title
	}
	via, from := short(r.callee(call))+"()", r.where(tr[0].Location)
	if loc.Path != r.path {
		// reported in the other file: name the caller's file too
		via += fmt.Sprintf(" called at %s line %d", r.path, int(call.sp.Row)+1)
		if tr[0].Location.Path == r.path {
			from = fmt.Sprintf("%s line %d", r.path, tr[0].Location.StartLine)
		}
	}
	m = fmt.Sprintf("%s: data from %s (%s) reaches %s via %s", m, from, short(tr[0].Message),
		strings.TrimPrefix(sink.Message, "reaches "), via)
	tr = r.fillSnippets(tr)
	r.findings[key] = rawFinding{rule: r.rule, trace: tr, message: m, interSink: &loc, matched: tr[len(tr)-1].Snippet}
}

// callees collects the callee texts of every call in a tree (cached on the nodes).
func callees(root *tnode, src []byte) map[string]bool {
	out := map[string]bool{}
	var walk func(n *tnode)
	walk = func(n *tnode) {
		if n.kind == kCall {
			if !n.calleeDone {
				n.callee, n.calleeDone = calleeOf(n, src), true
			}
			out[n.callee] = true
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(root)
	return out
}

// mayHaveSink reports whether a rule can report anything in a file's own
// analysis with these callees: without a matching sink call (or an
// assignment sink, which is not prefiltered) the rule has nothing to find
// there. Flows into sinks of other files are the cross-file pass's
// (xfile.go), which re-analyses the files that need it.
func mayHaveSink(r *Rule, calls map[string]bool) bool {
	for _, s := range r.Taint.Sinks {
		if s.assignRe != nil {
			return true
		}
	}
	for c := range calls {
		for _, s := range r.Taint.Sinks {
			if s.callRe != nil && s.callRe.MatchString(c) {
				return true
			}
		}
	}
	return false
}

// functionAllows checks a sink's not-in-file regex against the file and its
// in-function / not-in-function regexes against the innermost function
// around n (the whole file at top level).
func (r *taintRun) functionAllows(n *tnode, s *TaintSink) bool {
	if s.notInFileRe != nil && s.notInFileRe.Match(r.src) {
		return false
	}
	if s.inFileRe != nil && !s.inFileRe.Match(r.src) {
		return false
	}
	if s.inFuncRe == nil && s.notInFuncRe == nil {
		return true
	}
	fn := n
	for fn.parent != nil && !r.lang.funcTypes[fn.typ] {
		fn = fn.parent
	}
	text := fn.text(r.src)
	if s.inFuncRe != nil && !s.inFuncRe.MatchString(text) {
		return false
	}
	return s.notInFuncRe == nil || !s.notInFuncRe.MatchString(text)
}

// comparisonOps are the binary operators whose result is a boolean.
var comparisonOps = map[string]bool{"==": true, "!=": true, "===": true, "!==": true, "<": true, ">": true,
	"<=": true, ">=": true, "instanceof": true, "in": true, "is": true, "not in": true, "is not": true}

// isComparison reports whether n computes a boolean from its operands
// (a comparison, a negation, typeof): the result holds none of their text.
func isComparison(n *tnode, src []byte) bool {
	switch n.typ {
	case "comparison_operator", "not_operator":
		return true
	case "binary_expression", "binary", "binary_operator":
		for _, c := range n.children {
			if !c.named && comparisonOps[c.text(src)] {
				return true
			}
		}
	case "unary_expression":
		for _, c := range n.children {
			if t := c.text(src); !c.named && (t == "!" || t == "typeof") {
				return true
			}
		}
	}
	return false
}

// envSourceRe recognises sources that read the process environment;
// localInputRe the command line and standard input.
var (
	envSourceRe  = regexp.MustCompile(`\b(os\.environ|os\.getenv|getenv|process\.env|ENV\[|System\.getenv|\$_ENV|os\.Getenv)`)
	localInputRe = regexp.MustCompile(`^(sys\.argv|process\.argv|sys\.stdin|raw_input\s*\(|input\s*\()`)
)

// Source labels of process-local inputs (see localSource).
const (
	envSourcePrefix   = "data from the environment: "
	localSourcePrefix = "local input from "
)

// sourceLabel describes where tainted data comes from. The environment,
// the command line and standard input are set by whoever runs the
// program: they are named as such, not as untrusted request data.
func sourceLabel(text string) string {
	switch {
	case envSourceRe.MatchString(text):
		return envSourcePrefix + short(text)
	case localInputRe.MatchString(text):
		return localSourcePrefix + short(text)
	}
	return "untrusted data from " + short(text)
}
