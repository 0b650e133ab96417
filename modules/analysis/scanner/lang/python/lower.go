// Package python is the Python front end of the dataflow engine: it lowers
// the syntax tree of a file into IR (scanner/ir), one CFG per function plus
// one for the module's top level, and resolves imported names and aliases
// to canonical symbols (`import subprocess as sp` makes `sp.run` the symbol
// `subprocess.run`; `from os import system as run` makes `run` `os.system`).
package python

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/syntax"
)

// Lower lowers one Python file. It never fails: subtrees it cannot lower
// (syntax errors) are skipped and counted in Module.Errors.
func Lower(path string, root syntax.Node, src []byte) *ir.Module {
	l := &lowerer{src: src, mod: &ir.Module{Path: path, Imports: map[string]string{}}}
	l.collectImports(root, 0)
	top := &ir.Func{Name: "<module>", Span: l.span(root)}
	l.mod.Top = top
	l.mod.Funcs = append(l.mod.Funcs, top)
	l.body(top, func() { l.stmts(root) })
	for _, f := range l.mod.Funcs {
		f.Finish()
	}
	return l.mod
}

type loopCtx struct{ head, after *ir.Block }

// tryCtx collects the blocks of a try body: each may raise into the handlers.
type tryCtx struct{ blocks []*ir.Block }

type lowerer struct {
	src   []byte
	mod   *ir.Module
	fn    *ir.Func
	cur   *ir.Block // nil after return/raise/break/continue: the rest is dead
	temps int
	loops []loopCtx
	tries []*tryCtx
	note  string
	class string
}

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, fill func()) {
	saved := *l
	l.fn, l.temps, l.loops, l.tries, l.note = f, 0, nil, nil, ""
	l.cur = l.newBlock("entry")
	exit := &ir.Block{Note: "exit"}
	f.Exit = exit
	fill()
	if l.cur != nil {
		ir.Edge(l.cur, exit)
	}
	exit.Index = len(f.Blocks)
	f.Blocks = append(f.Blocks, exit)
	l.fn, l.cur, l.temps, l.loops, l.tries, l.note, l.class = saved.fn, saved.cur, saved.temps, saved.loops, saved.tries, saved.note, saved.class
}

func (l *lowerer) newBlock(note string) *ir.Block {
	b := l.fn.NewBlock(note)
	if len(l.tries) > 0 {
		t := l.tries[len(l.tries)-1]
		t.blocks = append(t.blocks, b)
	}
	return b
}

// block returns the current block, opening a dead one after a jump.
func (l *lowerer) block() *ir.Block {
	if l.cur == nil {
		l.cur = l.newBlock("unreachable")
	}
	return l.cur
}

func (l *lowerer) emit(in *ir.Instr) *ir.Instr {
	b := l.block()
	if in.Note == "" {
		in.Note = l.note
	}
	b.Instrs = append(b.Instrs, in)
	return in
}

func (l *lowerer) temp() ir.Place {
	l.temps++
	return ir.Place{Base: "$" + strconv.Itoa(l.temps)}
}

func (l *lowerer) span(n syntax.Node) ir.Span {
	sr, sc := n.StartPoint()
	er, ec := n.EndPoint()
	return ir.Span{Start: n.StartByte(), End: n.EndByte(), Line: int(sr) + 1, Col: int(sc) + 1, EndLine: int(er) + 1, EndCol: int(ec) + 1}
}

func (l *lowerer) text(n syntax.Node) string { return syntax.Text(n, l.src) }

func line(n syntax.Node) int {
	r, _ := n.StartPoint()
	return int(r) + 1
}

// ---- names -----------------------------------------------------------------

// collectImports records every import of the file (at any depth of
// statements), so that calls resolve whatever the order of definitions.
func (l *lowerer) collectImports(n syntax.Node, depth int) {
	if depth > 200 {
		return
	}
	switch n.Type() {
	case "import_statement":
		for _, c := range syntax.ChildrenByField(n, "name") {
			if c.Type() == "aliased_import" {
				name, alias := syntax.ChildByField(c, "name"), syntax.ChildByField(c, "alias")
				if name != nil && alias != nil {
					l.mod.Imports[l.text(alias)] = normText(l.text(name))
				}
				continue
			}
			full := normText(l.text(c))
			head := full
			if i := strings.IndexByte(full, '.'); i >= 0 {
				head = full[:i]
			}
			l.mod.Imports[head] = head
		}
		return
	case "import_from_statement":
		mod := syntax.ChildByField(n, "module_name")
		if mod == nil {
			return
		}
		m := normText(l.text(mod))
		for _, c := range syntax.ChildrenByField(n, "name") {
			name, local := c, c
			if c.Type() == "aliased_import" {
				name, local = syntax.ChildByField(c, "name"), syntax.ChildByField(c, "alias")
				if name == nil || local == nil {
					continue
				}
			}
			sym := normText(l.text(name))
			sep := "."
			if strings.HasSuffix(m, ".") {
				sep = ""
			}
			l.mod.Imports[l.text(local)] = m + sep + sym
		}
		return
	case "module", "block", "if_statement", "elif_clause", "else_clause", "for_statement", "while_statement",
		"try_statement", "except_clause", "finally_clause", "with_statement", "function_definition",
		"class_definition", "decorated_definition", "expression_statement":
		for i, c := 0, n.ChildCount(); i < c; i++ {
			k := n.Child(i)
			if k.IsNamed() {
				l.collectImports(k, depth+1)
			}
		}
	}
}

// Canonical resolves a callee or expression text through imports (see
// ir.Canonical).
func Canonical(imports map[string]string, text string) string { return ir.Canonical(imports, text) }

func normText(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// ---- statements ------------------------------------------------------------

func (l *lowerer) stmts(n syntax.Node) {
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		if k.IsNamed() {
			l.stmt(k)
		}
	}
}

func (l *lowerer) stmt(n syntax.Node) {
	switch n.Type() {
	case "comment", "pass_statement", "import_statement", "import_from_statement", "future_import_statement",
		"global_statement", "nonlocal_statement", "type_alias_statement":
	case "expression_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.exprStmt(c)
			if c.Type() == "call" && l.noReturn(c) {
				l.jump(l.fn.Exit) // abort(400), sys.exit(): the rest of the path does not run
			}
		}
	case "block", "module":
		l.stmts(n)
	case "return_statement":
		var args []ir.Operand
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			if len(kids) == 1 {
				args = append(args, l.expr(kids[0]))
			} else {
				args = append(args, l.build(kids, nil, n))
			}
		}
		l.emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.span(n)})
		l.jump(l.fn.Exit)
	case "raise_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		l.jump(l.fn.Exit)
	case "if_statement":
		l.ifStmt(n)
	case "for_statement":
		l.forStmt(n)
	case "while_statement":
		l.whileStmt(n)
	case "try_statement":
		l.tryStmt(n)
	case "with_statement":
		l.withStmt(n)
	case "break_statement":
		if len(l.loops) > 0 {
			l.jump(l.loops[len(l.loops)-1].after)
		}
	case "continue_statement":
		if len(l.loops) > 0 {
			l.jump(l.loops[len(l.loops)-1].head)
		}
	case "function_definition":
		l.funcDef(n, nil)
	case "decorated_definition":
		var decos []string
		for _, d := range syntax.NamedChildren(n) {
			if d.Type() != "decorator" {
				continue
			}
			for _, e := range syntax.NamedChildren(d) {
				t := e
				if e.Type() == "call" {
					if f := syntax.ChildByField(e, "function"); f != nil {
						t = f
					}
				}
				decos = append(decos, Canonical(l.mod.Imports, normText(l.text(t))))
			}
		}
		def := syntax.ChildByField(n, "definition")
		if def == nil {
			return
		}
		if def.Type() == "function_definition" {
			l.funcDef(def, decos)
		} else {
			l.stmt(def)
		}
	case "class_definition":
		name := syntax.ChildByField(n, "name")
		saved := l.class
		if name != nil {
			l.class = l.text(name)
		}
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
		l.class = saved
	case "match_statement":
		l.matchStmt(n)
	case "ERROR":
		l.mod.Errors++
	default:
		// assert, delete, print, exec, ...: their expressions still run
		for _, c := range syntax.NamedChildren(n) {
			l.exprStmt(c)
		}
	}
}

// noReturns are functions that never return to their caller.
var noReturns = map[string]bool{"abort": true, "flask.abort": true, "werkzeug.exceptions.abort": true,
	"sys.exit": true, "exit": true, "quit": true, "os._exit": true, "os.abort": true,
}

func (l *lowerer) noReturn(call syntax.Node) bool {
	fn := syntax.ChildByField(call, "function")
	if fn == nil {
		return false
	}
	return noReturns[Canonical(l.mod.Imports, normText(l.text(fn)))]
}

// jump ends the current block with an edge to target.
func (l *lowerer) jump(target *ir.Block) {
	if l.cur != nil {
		ir.Edge(l.cur, target)
	}
	l.cur = nil
}

// branch ends the current block on cond (nil: unknown) and returns the
// blocks for true and false.
func (l *lowerer) branch(cond *ir.Operand, tnote, fnote string) (*ir.Block, *ir.Block) {
	b := l.block()
	t, f := l.newBlock(tnote), l.newBlock(fnote)
	b.Cond = cond
	ir.Edge(b, t)
	ir.Edge(b, f)
	l.cur = nil
	return t, f
}

func (l *lowerer) withNote(note string, fn func()) {
	saved := l.note
	l.note = note
	fn()
	l.note = saved
}

func (l *lowerer) ifStmt(n syntax.Node) {
	after := &ir.Block{Note: fmt.Sprintf("after if line %d", line(n))}
	l.ifChain(n, after)
	l.place(after)
}

// ifChain lowers an if or elif clause with the clauses after it.
func (l *lowerer) ifChain(n syntax.Node, after *ir.Block) {
	cond := l.expr(syntax.ChildByField(n, "condition"))
	ln := line(n)
	t, f := l.branch(&cond, fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	l.cur = t
	l.withNote(fmt.Sprintf("in then-branch of line %d", ln), func() {
		if c := syntax.ChildByField(n, "consequence"); c != nil {
			l.stmts(c)
		}
	})
	l.jump(after)
	l.cur = f
	alts := syntax.ChildrenByField(n, "alternative")
	if len(alts) > 0 {
		a := alts[0]
		if a.Type() == "elif_clause" {
			// the remaining clauses form the else branch
			l.withNote(fmt.Sprintf("in else-branch of line %d", ln), func() { l.elifs(alts, after) })
			return
		}
		l.withNote(fmt.Sprintf("in else-branch of line %d", ln), func() {
			if b := syntax.ChildByField(a, "body"); b != nil {
				l.stmts(b)
			}
		})
	}
	l.jump(after)
}

func (l *lowerer) elifs(alts []syntax.Node, after *ir.Block) {
	a := alts[0]
	if a.Type() != "elif_clause" {
		if b := syntax.ChildByField(a, "body"); b != nil {
			l.stmts(b)
		}
		l.jump(after)
		return
	}
	cond := l.expr(syntax.ChildByField(a, "condition"))
	ln := line(a)
	t, f := l.branch(&cond, fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	l.cur = t
	l.withNote(fmt.Sprintf("in elif-branch of line %d", ln), func() {
		if c := syntax.ChildByField(a, "consequence"); c != nil {
			l.stmts(c)
		}
	})
	l.jump(after)
	l.cur = f
	if len(alts) > 1 {
		l.elifs(alts[1:], after)
		return
	}
	l.jump(after)
}

// place appends a pre-made block (a join point) and continues there; a
// join nothing reaches stays unreachable.
func (l *lowerer) place(b *ir.Block) {
	b.Index = len(l.fn.Blocks)
	l.fn.Blocks = append(l.fn.Blocks, b)
	if len(l.tries) > 0 {
		t := l.tries[len(l.tries)-1]
		t.blocks = append(t.blocks, b)
	}
	if l.cur != nil {
		ir.Edge(l.cur, b)
	}
	l.cur = b
}

// loop lowers a loop whose head block is head; condAt is the block that
// ends on cond (head itself unless evaluating cond opened blocks).
func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, bodyFill func(), elseClause syntax.Node, cond *ir.Operand) {
	ln := line(n)
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	l.cur = condAt
	body, exit := l.branch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	l.loops = append(l.loops, loopCtx{head: head, after: after})
	l.cur = body
	l.withNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	l.jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.cur = exit
	if elseClause != nil {
		if b := syntax.ChildByField(elseClause, "body"); b != nil {
			l.stmts(b)
		}
	}
	l.place(after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	it := l.expr(syntax.ChildByField(n, "right"))
	head := l.newBlock(fmt.Sprintf("loop head line %d", line(n)))
	l.jump(head)
	left := syntax.ChildByField(n, "left")
	l.loop(head, head, n, func() {
		if left != nil {
			l.assignTo(left, elemOf(it), n)
		}
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
	}, syntax.ChildByField(n, "alternative"), nil)
}

// elemOf is an operand reading any element of a container operand.
func elemOf(o ir.Operand) ir.Operand {
	if o.IsConst() {
		return ir.Operand{}
	}
	return ir.P(o.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
}

func (l *lowerer) whileStmt(n syntax.Node) {
	head := l.newBlock(fmt.Sprintf("loop head line %d", line(n)))
	l.jump(head)
	l.cur = head
	cond := l.expr(syntax.ChildByField(n, "condition"))
	l.loop(head, l.block(), n, func() {
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
	}, syntax.ChildByField(n, "alternative"), &cond)
}

func (l *lowerer) tryStmt(n syntax.Node) {
	ln := line(n)
	after := &ir.Block{Note: fmt.Sprintf("after try line %d", ln)}
	start := l.newBlock(fmt.Sprintf("try line %d", ln))
	l.jump(start)
	l.cur = start
	tc := &tryCtx{blocks: []*ir.Block{start}}
	l.tries = append(l.tries, tc)
	if b := syntax.ChildByField(n, "body"); b != nil {
		l.stmts(b)
	}
	l.tries = l.tries[:len(l.tries)-1]
	if len(l.tries) > 0 {
		outer := l.tries[len(l.tries)-1]
		outer.blocks = append(outer.blocks, tc.blocks...)
	}
	var elseClause, finally syntax.Node
	var handlers []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "except_clause", "except_group_clause":
			handlers = append(handlers, c)
		case "else_clause":
			elseClause = c
		case "finally_clause":
			finally = c
		}
	}
	if elseClause != nil && l.cur != nil {
		if b := syntax.ChildByField(elseClause, "body"); b != nil {
			l.stmts(b)
		}
	}
	var fin *ir.Block
	if finally != nil {
		fin = &ir.Block{Note: fmt.Sprintf("finally line %d", ln)}
	}
	join := after
	if fin != nil {
		join = fin
	}
	l.jump(join)
	for _, h := range handlers {
		hb := l.newBlock(fmt.Sprintf("except line %d", line(h)))
		for _, b := range tc.blocks {
			ir.Edge(b, hb)
		}
		l.cur = hb
		l.withNote(fmt.Sprintf("in except handler of line %d", line(h)), func() {
			for _, c := range syntax.NamedChildren(h) {
				switch c.Type() {
				case "block":
					l.stmts(c)
				case "as_pattern":
					if al := syntax.ChildByField(c, "alias"); al != nil {
						l.assignTo(al, l.opaque(nil, c), c)
					}
				}
			}
		})
		l.jump(join)
	}
	if len(handlers) == 0 && fin != nil {
		// try/finally: an exception anywhere in the body runs the finally block
		for _, b := range tc.blocks {
			ir.Edge(b, fin)
		}
	}
	if fin != nil {
		l.place(fin)
		for _, c := range syntax.NamedChildren(finally) {
			if c.Type() == "block" {
				l.stmts(c)
			}
		}
		l.jump(after)
	}
	l.place(after)
}

func (l *lowerer) withStmt(n syntax.Node) {
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "with_clause" {
			continue
		}
		for _, item := range syntax.NamedChildren(c) {
			v := syntax.ChildByField(item, "value")
			if v == nil {
				continue
			}
			if v.Type() == "as_pattern" {
				kids := syntax.NamedChildren(v)
				al := syntax.ChildByField(v, "alias")
				if len(kids) > 0 && al != nil {
					val := l.expr(kids[0])
					l.assignTo(al, val, v)
					continue
				}
			}
			l.expr(v)
		}
	}
	if b := syntax.ChildByField(n, "body"); b != nil {
		l.stmts(b)
	}
}

func (l *lowerer) matchStmt(n syntax.Node) {
	for _, s := range syntax.ChildrenByField(n, "subject") {
		l.expr(s)
	}
	after := &ir.Block{Note: fmt.Sprintf("after match line %d", line(n))}
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return
	}
	for _, c := range syntax.NamedChildren(body) {
		if c.Type() != "case_clause" {
			continue
		}
		t, f := l.branch(nil, fmt.Sprintf("case line %d", line(c)), fmt.Sprintf("next case line %d", line(c)))
		l.cur = t
		if b := syntax.ChildByField(c, "consequence"); b != nil {
			l.stmts(b)
		}
		l.jump(after)
		l.cur = f
	}
	l.jump(after)
	l.place(after)
}

// ---- functions -------------------------------------------------------------

func (l *lowerer) funcDef(n syntax.Node, decos []string) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.text(nm)
	}
	f := l.function(n, name, decos)
	if name != "" {
		dst := ir.Place{Base: name}
		l.emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.span(n)})
	}
}

// function lowers a def or lambda into a new Func, child of the current one.
func (l *lowerer) function(n syntax.Node, name string, decos []string) *ir.Func {
	f := &ir.Func{Name: name, Class: l.class, Span: l.span(n), Decorators: decos}
	if ps := syntax.ChildByField(n, "parameters"); ps != nil {
		for _, p := range syntax.NamedChildren(ps) {
			var id syntax.Node
			switch p.Type() {
			case "identifier":
				id = p
			case "default_parameter", "typed_default_parameter":
				id = syntax.ChildByField(p, "name")
			default:
				id = firstIdent(p)
			}
			if id == nil {
				continue
			}
			f.Params = append(f.Params, ir.Param{Name: l.text(id), Decl: strings.Join(strings.Fields(l.text(p)), " "), Span: l.span(p)})
		}
	}
	if len(f.Params) > 0 && (f.Params[0].Name == "self" || f.Params[0].Name == "cls") && l.class != "" {
		f.Recv = f.Params[0].Name
		f.Params = f.Params[1:]
	}
	if l.fn != nil {
		l.fn.Children = append(l.fn.Children, f)
	}
	l.mod.Funcs = append(l.mod.Funcs, f)
	body := syntax.ChildByField(n, "body")
	l.body(f, func() {
		if body == nil {
			return
		}
		if n.Type() == "lambda" {
			v := l.expr(body)
			l.emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.span(body)})
			return
		}
		l.class = ""
		l.stmts(body)
	})
	return f
}

func firstIdent(n syntax.Node) syntax.Node {
	if n.Type() == "identifier" {
		return n
	}
	for i, c := 0, n.ChildCount(); i < c; i++ {
		if id := firstIdent(n.Child(i)); id != nil {
			return id
		}
	}
	return nil
}
