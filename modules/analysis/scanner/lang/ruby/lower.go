// Package ruby is the Ruby front end of the dataflow engine: it lowers a
// file's syntax tree (tree-sitter ruby) into IR (scanner/ir), one CFG per
// method (`def`, `def self.x`, `define_method`), per block, proc or lambda
// that is not run in place, and one for the file's top level (class and
// module bodies run there, as Ruby runs them when the file loads).
//
// Ruby specifics:
//   - A bare name is a local variable once assigned (Ruby decides that by
//     source order too); otherwise it is a call of a method of the file,
//     or else a free name read as a place (`params`, `request`, `cookies`),
//     which is how model packs name framework inputs.
//   - A call without arguments on a receiver (`request.headers`, `x.strip`)
//     is a call whose receiver operand is the path receiver.method, so a
//     source named by a path still matches and the value keeps its taint.
//   - Instance variables are fields of self (`@x` is self.@x); every method
//     and block has the receiver self, so a value set in one action or
//     before_action is read in another (the engine's field taint).
//   - Blocks given to iterators (`each`, `map`, `select`, ...) run in place
//     as loops over the receiver's elements; other blocks, procs and
//     lambdas are closures (functions that see the state where they are
//     made). `return` in a block ends the enclosing method, as in Ruby.
//   - Interpolated strings, heredocs and backticks are Format; backticks
//     and %x() are a call of "`".
package ruby

import (
	"fmt"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// Lower lowers one Ruby file. It never fails: subtrees it cannot lower
// (syntax errors) are skipped and counted in Module.Errors.
func Lower(path string, root syntax.Node, src []byte) *ir.Module {
	l := &lowerer{Builder: irbuild.Builder{Src: src, Mod: &ir.Module{Path: path, Imports: map[string]string{}}},
		methods: map[string]bool{}, classes: map[string]bool{}, heredocs: map[uint32]syntax.Node{}, attrs: map[string]bool{}, aliases: map[string]string{}}
	l.collect(root, 0)
	top := &ir.Func{Name: "<module>", Span: l.Span(root), Recv: "self", Class: topClass}
	l.Mod.Top = top
	l.Mod.Funcs = append(l.Mod.Funcs, top)
	l.body(top, map[string]bool{}, func() { l.stmts(root) })
	for _, f := range l.Mod.Funcs {
		f.Finish()
	}
	return l.Mod
}

// topClass is the class of code outside any class: Ruby runs it on the
// main object (an Object), whose instance variables top-level blocks
// (Sinatra's before filters and routes) share.
const topClass = "Object"

type loopCtx struct {
	head, after *ir.Block
	// next: where `next` goes (the loop head; nil in a closure: its exit)
	next *ir.Block
}

type lowerer struct {
	irbuild.Builder // Cur is nil after return/raise/break/next: the rest is dead
	loops           []loopCtx
	class           string
	// locals are the names assigned so far in the current function (and
	// the enclosing ones, for blocks): a bare name among them is a variable
	locals map[string]bool
	// methods are the names of the file's methods: a bare name that is not
	// a local calls one of them
	methods map[string]bool
	// classes are the names of the file's classes (as written after
	// `class`): `C.new(x).m` on one of them is lowered through a local
	classes map[string]bool
	// heredocs maps the start of a heredoc's opening (<<~SQL) to its body
	heredocs map[uint32]syntax.Node
	// attrs are the names of attr_reader / attr_accessor / attr_writer
	// attributes of the file: `name` and self.name are the field self.@name
	attrs map[string]bool
	// methodRefs maps a local variable holding a Method object
	// (`m = method(:system)`) to the method it names (`system`): calling
	// it (`m.call(x)`) is a call of that method
	methodRefs map[string]string
	// objClass maps a local variable assigned `C.new(...)` to C: a call
	// o.m on it is C's method m (when C is a class of this file), and a
	// call without arguments is made on the object (newObjectNode)
	objClass map[string]string
	// route: the function lowered is a Sinatra route's block (what it
	// returns is the response body)
	route bool
	// aliases maps a method alias of the file (`alias_method :run, :system`,
	// `alias run system`) to the method it names: a call of the alias is a
	// call of that method
	aliases map[string]string
	// retryStart is the begin block `retry` in a rescue clause goes back to
	retryStart *ir.Block
	depth      int
}

// maxDepth bounds the recursion over pathological nesting.
const maxDepth = 400

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, locals map[string]bool, fill func()) {
	loops, class, saved, refs, objs, route := l.loops, l.class, l.locals, l.methodRefs, l.objClass, l.route
	l.loops, l.locals, l.methodRefs, l.objClass, l.route = nil, locals, map[string]string{}, map[string]string{}, false
	for k, v := range refs {
		l.methodRefs[k] = v // a block sees its method's variables
	}
	for k, v := range objs {
		l.objClass[k] = v
	}
	l.Body(f, fill)
	l.loops, l.class, l.locals, l.methodRefs, l.objClass, l.route = loops, class, saved, refs, objs, route
}

// collect records, before lowering, the file's method names and the body
// of each heredoc (tree-sitter places a heredoc's body after the line that
// opens it; the n-th opening goes with the n-th body).
func (l *lowerer) collect(root syntax.Node, _ int) {
	var opens []syntax.Node
	var bodies []syntax.Node
	clientParams, clientFields := map[string]string{}, map[string]string{}
	var walk func(n syntax.Node, depth int)
	walk = func(n syntax.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type() {
		case "method", "singleton_method":
			if nm := syntax.ChildByField(n, "name"); nm != nil {
				l.methods[l.Text(nm)] = true
			}
		case "class":
			if nm := syntax.ChildByField(n, "name"); nm != nil {
				l.classes[irbuild.NormText(l.Text(nm))] = true
			}
		case "call":
			// attr_reader :name / attr_accessor :name: a bare `name` or
			// self.name reads the instance variable @name
			m := syntax.ChildByField(n, "method")
			if m != nil && syntax.ChildByField(n, "receiver") == nil {
				switch l.Text(m) {
				// (`require 'open-uri'` does not make Kernel#open fetch URLs:
				// Ruby 3.0 dropped that override, so open stays Kernel#open,
				// a file or, with a leading "|", a command)
				case "alias_method":
					if args := syntax.ChildByField(n, "arguments"); args != nil {
						if kids := syntax.NamedChildren(args); len(kids) == 2 {
							l.alias(kids[0], kids[1])
						}
					}
				case "attr_reader", "attr_accessor", "attr_writer":
					if args := syntax.ChildByField(n, "arguments"); args != nil {
						for _, a := range syntax.NamedChildren(args) {
							if a.Type() == "simple_symbol" {
								l.attrs[strings.TrimPrefix(l.Text(a), ":")] = true
							}
						}
					}
				}
			}
		case "alias":
			if kids := syntax.NamedChildren(n); len(kids) == 2 {
				l.alias(kids[0], kids[1])
			}
		case "optional_parameter":
			// def initialize(http = Faraday.new(...)): the parameter
			// holds a client unless the caller gives another
			if nm, v := syntax.ChildByField(n, "name"), syntax.ChildByField(n, "value"); nm != nil && v != nil {
				if c := l.clientNew(v); c != "" {
					clientParams[l.Text(nm)] = c
				}
			}
		case "assignment":
			// @http = Faraday.new(...), or a parameter defaulting to one:
			// @http.get(url) is Faraday.get(url)
			left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
			if left != nil && right != nil && left.Type() == "instance_variable" {
				c := l.clientNew(right)
				if c == "" && right.Type() == "identifier" {
					c = clientParams[l.Text(right)]
				}
				name := l.Text(left)
				if old, seen := clientFields[name]; seen && old != c {
					c = "" // assigned different things: unknown
				}
				clientFields[name] = c
			}
		case "heredoc_beginning":
			opens = append(opens, n)
		case "heredoc_body":
			bodies = append(bodies, n)
		}
		for i, c := 0, n.ChildCount(); i < c; i++ {
			walk(n.Child(i), depth+1)
		}
	}
	walk(root, 0)
	for f, c := range clientFields {
		if c != "" {
			if _, ok := l.Mod.Imports[f]; !ok {
				l.Mod.Imports[f] = c
			}
		}
	}
	for i := 0; i < len(opens) && i < len(bodies); i++ {
		l.heredocs[opens[i].StartByte()] = bodies[i]
	}
}

// ---- control flow helpers --------------------------------------------------

// setTo assigns v to the temporary t (a branch's value of an if or case).
func (l *lowerer) setTo(t ir.Place, v ir.Operand, n syntax.Node) {
	if l.Cur == nil {
		return
	}
	l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(n)})
}

// ---- statements ------------------------------------------------------------

// stmts lowers a statement list and returns the value of its last
// statement (a method's or block's implicit return value).
func (l *lowerer) stmts(n syntax.Node) ir.Operand {
	if n == nil {
		return nilConst()
	}
	v := nilConst()
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "heredoc_body", "empty_statement":
			continue
		}
		v = l.stmt(c)
	}
	return v
}

// bodyValue lowers a body that may carry rescue / else / ensure clauses
// (a method's or a do-block's body_statement, begin ... end).
func (l *lowerer) bodyValue(n syntax.Node) ir.Operand {
	if n == nil {
		return nilConst()
	}
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "rescue" || c.Type() == "ensure" {
			return l.begin(n)
		}
	}
	return l.stmts(n)
}

func nilConst() ir.Operand { return ir.C(ir.Const{Kind: ir.Null}) }

// ifExpr lowers if / unless / elsif chains and their modifier forms.
func (l *lowerer) ifExpr(n syntax.Node, negate bool) ir.Operand {
	ln := irbuild.Line(n)
	kind := "if"
	if negate {
		kind = "unless"
	}
	res := l.Temp()
	after := &ir.Block{Note: fmt.Sprintf("after %s line %d", kind, ln)}
	t, f := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	if negate {
		t, f = f, t
	}
	l.Cur = t
	l.WithNote(fmt.Sprintf("in then-branch of line %d", ln), func() {
		body := syntax.ChildByField(n, "consequence")
		if body == nil {
			body = syntax.ChildByField(n, "body") // modifier form
			if body != nil {
				l.setTo(res, l.stmt(body), n)
				return
			}
		}
		l.setTo(res, l.stmts(body), n)
	})
	l.Jump(after)
	l.Cur = f
	l.setTo(res, nilConst(), n)
	if alt := syntax.ChildByField(n, "alternative"); alt != nil {
		note := fmt.Sprintf("in else-branch of line %d", ln)
		if alt.Type() == "elsif" {
			note = fmt.Sprintf("in elsif-branch of line %d", irbuild.Line(alt))
		}
		l.WithNote(note, func() {
			if alt.Type() == "elsif" {
				l.setTo(res, l.ifExpr(alt, false), alt)
				return
			}
			l.setTo(res, l.stmts(alt), alt)
		})
	}
	l.Jump(after)
	l.Place(after)
	return ir.P(res)
}

// condBranch lowers a condition as jumps: `a && b`, `a || b`, `!a`, `not
// a` and parentheses branch on each check, so a check holds on the edge
// where it passed (`if path.start_with?("/") && !path.start_with?("//")`
// leaves path checked in the then-branch). It returns the blocks where the
// condition is true and false.
func (l *lowerer) condBranch(n syntax.Node, tnote, fnote string) (*ir.Block, *ir.Block) {
	for n != nil && n.Type() == "parenthesized_statements" {
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			break
		}
		n = kids[0]
	}
	if n != nil {
		switch n.Type() {
		case "unary":
			if o := syntax.ChildByField(n, "operator"); o != nil && (l.Text(o) == "!" || l.Text(o) == "not") {
				t, f := l.condBranch(syntax.ChildByField(n, "operand"), fnote, tnote)
				return f, t
			}
		case "binary":
			op := ""
			if o := syntax.ChildByField(n, "operator"); o != nil {
				op = l.Text(o)
			}
			left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
			if left == nil || right == nil {
				break
			}
			switch op {
			case "&&", "and":
				t1, f1 := l.condBranch(left, tnote, fnote)
				l.Cur = t1
				t2, f2 := l.condBranch(right, tnote, fnote)
				return t2, l.joinBlocks(fnote, f1, f2)
			case "||", "or":
				t1, f1 := l.condBranch(left, tnote, fnote)
				l.Cur = f1
				t2, f2 := l.condBranch(right, tnote, fnote)
				return l.joinBlocks(tnote, t1, t2), f2
			}
		}
	}
	var cond ir.Operand
	if n != nil {
		cond = l.expr(n)
	}
	if l.Cur == nil {
		// the condition ended its path (`raise` inside it): both sides
		// are unreachable
		return &ir.Block{Note: tnote}, &ir.Block{Note: fnote}
	}
	return l.Branch(&cond, tnote, fnote)
}

// joinBlocks returns a new block both a and b continue in.
func (l *lowerer) joinBlocks(note string, a, b *ir.Block) *ir.Block {
	j := &ir.Block{Note: note}
	l.Cur = a
	l.Place(j)
	l.Cur = b
	l.Jump(j)
	return j
}

// loop lowers a loop whose head block is head; condAt is the block that
// ends on cond (head itself unless evaluating cond opened blocks).
func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, bodyFill func(), cond *ir.Operand) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	l.Cur = condAt
	body, exit := l.Branch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	l.loops = append(l.loops, loopCtx{head: head, after: after, next: head})
	l.Cur = body
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.Cur = exit
	l.Place(after)
}

// whileExpr lowers while / until loops and their modifier forms.
func (l *lowerer) whileExpr(n syntax.Node, until bool) ir.Operand {
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	l.Cur = head
	cond := l.expr(syntax.ChildByField(n, "condition"))
	if until {
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{cond}, Span: l.Span(n)})
		cond = ir.P(t)
	}
	l.loop(head, l.Block(), n, func() {
		if b := syntax.ChildByField(n, "body"); b != nil {
			if b.Type() == "do" {
				l.stmts(b)
			} else {
				l.stmt(b)
			}
		}
	}, &cond)
	return nilConst()
}

// forExpr lowers `for x in list do ... end`.
func (l *lowerer) forExpr(n syntax.Node) ir.Operand {
	var it ir.Operand
	if v := syntax.ChildByField(n, "value"); v != nil {
		kids := syntax.NamedChildren(v)
		if v.Type() == "in" && len(kids) == 1 {
			it = l.expr(kids[0])
		} else {
			it = l.expr(v)
		}
	}
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	pat := syntax.ChildByField(n, "pattern")
	l.loop(head, head, n, func() {
		if pat != nil {
			l.assignTo(pat, elemOf(it), n)
		}
		l.stmts(syntax.ChildByField(n, "body"))
	}, nil)
	return it
}

// elemOf is an operand reading any element of a container operand.
func elemOf(o ir.Operand) ir.Operand {
	if o.IsConst() {
		return ir.Operand{}
	}
	return ir.P(o.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
}

// begin lowers begin / rescue / else / ensure (also a method or block body
// with rescue clauses): every block of the body may raise into each rescue.
func (l *lowerer) begin(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	res := l.Temp()
	after := &ir.Block{Note: fmt.Sprintf("after begin line %d", ln)}
	start := l.NewBlock(fmt.Sprintf("begin line %d", ln))
	l.Jump(start)
	l.Cur = start
	var rescues []syntax.Node
	var elseClause, ensure syntax.Node
	var body []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "rescue":
			rescues = append(rescues, c)
		case "else":
			elseClause = c
		case "ensure":
			ensure = c
		case "heredoc_body", "empty_statement":
		default:
			body = append(body, c)
		}
	}
	l.PushTry(start)
	v := nilConst()
	for _, c := range body {
		v = l.stmt(c)
	}
	tc := l.PopTry()
	if elseClause != nil && l.Cur != nil {
		// the else clause runs after the body, outside the rescues' reach
		eb := l.NewBlock(fmt.Sprintf("begin-else line %d", irbuild.Line(elseClause)))
		l.Jump(eb)
		l.Cur = eb
		l.WithNote(fmt.Sprintf("in else clause of line %d", ln), func() { v = l.stmts(elseClause) })
	}
	l.setTo(res, v, n)
	var fin *ir.Block
	if ensure != nil {
		fin = &ir.Block{Note: fmt.Sprintf("ensure line %d", ln)}
	}
	join := after
	if fin != nil {
		join = fin
	}
	l.Jump(join)
	for _, h := range rescues {
		hb := l.NewBlock(fmt.Sprintf("rescue line %d", irbuild.Line(h)))
		for _, b := range tc.Blocks {
			ir.Edge(b, hb)
		}
		l.Cur = hb
		l.WithNote(fmt.Sprintf("in rescue clause of line %d", irbuild.Line(h)), func() {
			if ex := syntax.ChildByField(h, "exceptions"); ex != nil {
				for _, e := range syntax.NamedChildren(ex) {
					l.expr(e)
				}
			}
			if ev := syntax.ChildByField(h, "variable"); ev != nil {
				for _, id := range syntax.NamedChildren(ev) {
					t := l.Temp()
					l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(ev)})
					l.assignTo(id, ir.P(t), ev)
				}
			}
			l.retryStart = start
			l.setTo(res, l.stmts(syntax.ChildByField(h, "body")), h)
			l.retryStart = nil
		})
		l.Jump(join)
	}
	if len(rescues) == 0 && fin != nil {
		// begin/ensure: an exception anywhere in the body runs the ensure clause
		for _, b := range tc.Blocks {
			ir.Edge(b, fin)
		}
	}
	if fin != nil {
		l.Place(fin)
		l.WithNote(fmt.Sprintf("in ensure clause of line %d", ln), func() { l.stmts(ensure) })
		l.Jump(after)
	}
	l.Place(after)
	return ir.P(res)
}

// caseExpr lowers `case subject when a, b then ... else ... end`: each
// pattern is compared with the subject (`===`), so a constant subject
// prunes the branches it cannot take and a constant pattern validates.
func (l *lowerer) caseExpr(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	var subj *ir.Operand
	if v := syntax.ChildByField(n, "value"); v != nil {
		o := l.expr(v)
		subj = &o
	}
	res := l.Temp()
	after := &ir.Block{Note: fmt.Sprintf("after case line %d", ln)}
	var elseClause syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "else":
			elseClause = c
			continue
		case "when":
		default:
			continue
		}
		bodyB := &ir.Block{Note: fmt.Sprintf("when line %d", irbuild.Line(c))}
		for _, p := range syntax.ChildrenByField(c, "pattern") {
			pe := p
			if kids := syntax.NamedChildren(p); p.Type() == "pattern" && len(kids) == 1 {
				pe = kids[0]
			}
			pv := l.expr(pe)
			cond := pv
			if subj != nil {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "===", Args: []ir.Operand{*subj, pv}, Span: l.Span(p)})
				cond = ir.P(t)
			}
			yes, no := l.Branch(&cond, fmt.Sprintf("when match line %d", irbuild.Line(p)), fmt.Sprintf("next when line %d", irbuild.Line(p)))
			l.Cur = yes
			l.Jump(bodyB)
			l.Cur = no
		}
		next := l.Cur
		l.Cur = nil
		l.Place(bodyB)
		l.WithNote(fmt.Sprintf("in when-branch of line %d", irbuild.Line(c)), func() {
			l.setTo(res, l.stmts(syntax.ChildByField(c, "body")), c)
		})
		l.Jump(after)
		l.Cur = next
	}
	l.setTo(res, nilConst(), n)
	if elseClause != nil {
		l.WithNote(fmt.Sprintf("in else-branch of case line %d", ln), func() {
			l.setTo(res, l.stmts(elseClause), elseClause)
		})
	}
	l.Jump(after)
	l.Place(after)
	return ir.P(res)
}

// caseMatch lowers `case subject in pattern ... end`: each clause may run;
// the names a pattern binds take the subject's elements (at the key a
// hash pattern names).
func (l *lowerer) caseMatch(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	subj := l.expr(syntax.ChildByField(n, "value"))
	res := l.Temp()
	after := &ir.Block{Note: fmt.Sprintf("after case line %d", ln)}
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "in_clause" {
			if c.Type() == "else" {
				l.WithNote(fmt.Sprintf("in else-branch of case line %d", ln), func() { l.setTo(res, l.stmts(c), c) })
			}
			continue
		}
		yes, no := l.Branch(nil, fmt.Sprintf("in-pattern line %d", irbuild.Line(c)), fmt.Sprintf("next pattern line %d", irbuild.Line(c)))
		l.Cur = yes
		l.WithNote(fmt.Sprintf("in pattern branch of line %d", irbuild.Line(c)), func() {
			if p := syntax.ChildByField(c, "pattern"); p != nil {
				l.bindPattern(p, subj, c, 0)
			}
			if g := syntax.ChildByField(c, "guard"); g != nil {
				l.expr(g)
			}
			l.setTo(res, l.stmts(syntax.ChildByField(c, "body")), c)
		})
		l.Jump(after)
		l.Cur = no
	}
	l.Jump(after)
	l.Place(after)
	return ir.P(res)
}

// bindPattern assigns the names a case/in pattern binds.
func (l *lowerer) bindPattern(p syntax.Node, v ir.Operand, at syntax.Node, depth int) {
	if depth > 20 {
		return
	}
	switch p.Type() {
	case "identifier":
		l.assignTo(p, v, at)
	case "as_pattern":
		if nm := syntax.ChildByField(p, "name"); nm != nil {
			l.assignTo(nm, v, at)
		}
		if val := syntax.ChildByField(p, "value"); val != nil {
			l.bindPattern(val, v, at, depth+1)
		}
	case "keyword_pattern":
		key := syntax.ChildByField(p, "key")
		val := syntax.ChildByField(p, "value")
		ev := elemOf(v)
		if key != nil && !v.IsConst() {
			ev = ir.P(v.Place.Extend(ir.Elem{Kind: ir.Key, Name: strconv.Quote(strings.TrimSuffix(l.Text(key), ":"))}))
		}
		if val == nil {
			if key != nil && key.Type() == "hash_key_symbol" {
				l.assignName(l.Text(key), ev, at)
			}
			return
		}
		l.bindPattern(val, ev, at, depth+1)
	case "splat_parameter", "hash_splat_parameter":
		if nm := syntax.ChildByField(p, "name"); nm != nil {
			l.assignTo(nm, v, at)
		}
	case "array_pattern", "find_pattern", "hash_pattern", "alternative_pattern", "parenthesized_pattern":
		for _, c := range syntax.NamedChildren(p) {
			ev := v
			if p.Type() == "array_pattern" || p.Type() == "find_pattern" {
				ev = elemOf(v)
			}
			l.bindPattern(c, ev, at, depth+1)
		}
	}
}

// ---- methods and classes ---------------------------------------------------

// className is the name a class or module is known by in field keys.
func (l *lowerer) className(n syntax.Node) string {
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		return irbuild.NormText(l.Text(nm))
	}
	return ""
}

// classBody lowers a class or module body in the current function (Ruby
// runs it when the file loads), with its methods as children.
func (l *lowerer) classBody(n syntax.Node, name string) ir.Operand {
	saved := l.class
	if name != "" {
		l.class = name
	}
	if sc := syntax.ChildByField(n, "superclass"); sc != nil {
		for _, c := range syntax.NamedChildren(sc) {
			l.expr(c)
		}
	}
	if b := syntax.ChildByField(n, "body"); b != nil {
		l.bodyValue(b)
	}
	l.class = saved
	return nilConst()
}

// method lowers def name(params) ... end and def self.name.
func (l *lowerer) method(n syntax.Node) ir.Operand {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	f := l.function(n, name, syntax.ChildByField(n, "parameters"), map[string]bool{}, func() ir.Operand {
		b := syntax.ChildByField(n, "body")
		if b == nil {
			return nilConst()
		}
		if b.Type() == "body_statement" {
			return l.bodyValue(b)
		}
		return l.expr(b) // def x = expr
	})
	l.Emit(&ir.Instr{Op: ir.MakeFunc, Func: f, Span: l.Span(n)})
	return ir.C(ir.Const{Kind: ir.Str, S: name}) // def returns its name as a symbol
}

// function lowers a method, block or lambda into a new Func, child of the
// current one; fill lowers the body and returns its value (the implicit
// return value).
func (l *lowerer) function(n syntax.Node, name string, params syntax.Node, locals map[string]bool, fill func() ir.Operand) *ir.Func {
	class := l.class
	if class == "" {
		class = topClass
	}
	f := &ir.Func{Name: name, Class: class, Recv: "self", Span: l.Span(n)}
	type destructure struct {
		pattern syntax.Node
		param   string
	}
	var later []destructure
	if params != nil {
		for i, p := range syntax.NamedChildren(params) {
			id := p
			switch p.Type() {
			case "optional_parameter", "keyword_parameter", "splat_parameter", "hash_splat_parameter", "block_parameter":
				id = syntax.ChildByField(p, "name")
			case "destructured_parameter":
				nm := "$p" + strconv.Itoa(i)
				later = append(later, destructure{p, nm})
				f.Params = append(f.Params, ir.Param{Name: nm, Decl: strings.Join(strings.Fields(l.Text(p)), " "), Span: l.Span(p)})
				continue
			}
			if id == nil || id.Type() != "identifier" {
				continue
			}
			pname := l.Text(id)
			locals[pname] = true
			f.Params = append(f.Params, ir.Param{Name: pname, Decl: strings.Join(strings.Fields(l.Text(p)), " "), Span: l.Span(p)})
		}
	}
	if l.Fn != nil {
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	l.depth++
	l.body(f, locals, func() {
		for _, d := range later {
			for _, c := range syntax.NamedChildren(d.pattern) {
				l.assignTo(c, elemOf(ir.P(ir.Place{Base: d.param})), d.pattern)
			}
		}
		v := fill()
		if l.Cur != nil {
			l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(n), Note: "implicit return"})
		}
	})
	l.depth--
	return f
}

// alias records that the method name newName (a symbol, string or
// identifier) is another name of oldName.
func (l *lowerer) alias(newName, oldName syntax.Node) {
	name := func(n syntax.Node) string {
		switch n.Type() {
		case "simple_symbol", "identifier":
			return strings.TrimPrefix(l.Text(n), ":")
		case "string":
			return strings.Trim(l.Text(n), `"'`)
		}
		return ""
	}
	nw, old := name(newName), name(oldName)
	if nw != "" && old != "" && nw != old {
		l.aliases[nw] = old
	}
}

// httpClients are the HTTP client classes whose instances send requests
// by the same method names as the class (Faraday.new(...).get(url) as
// Faraday.get(url)).
var httpClients = map[string]bool{"Faraday": true, "::Faraday": true}

// clientNew is the client class of `Faraday.new(...)`, or "".
func (l *lowerer) clientNew(n syntax.Node) string {
	if n.Type() != "call" {
		return ""
	}
	m, r := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "receiver")
	if m == nil || r == nil || l.Text(m) != "new" || !httpClients[l.Text(r)] {
		return ""
	}
	return strings.TrimPrefix(l.Text(r), "::")
}
