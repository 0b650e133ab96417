// Package python is the Python front end of the dataflow engine: it lowers
// the syntax tree of a file into IR (scanner/ir), one CFG per function plus
// one for the module's top level, and resolves imported names and aliases
// to canonical symbols (`import subprocess as sp` makes `sp.run` the symbol
// `subprocess.run`; `from os import system as run` makes `run` `os.system`).
package python

import (
	"fmt"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// Lower lowers one Python file. It never fails: subtrees it cannot lower
// (syntax errors) are skipped and counted in Module.Errors.
func Lower(path string, root syntax.Node, src []byte) *ir.Module {
	l := &lowerer{Builder: irbuild.Builder{Src: src, Mod: &ir.Module{Path: path, Imports: map[string]string{}}}}
	l.collectImports(root, 0)
	l.collectArgTypes(root)
	l.collectFieldTypes(root, 0)
	l.collectSignatures(root)
	top := &ir.Func{Name: "<module>", Span: l.Span(root)}
	l.Mod.Top = top
	l.Mod.Funcs = append(l.Mod.Funcs, top)
	l.body(top, func() { l.stmts(root) })
	for _, f := range l.Mod.Funcs {
		f.Finish()
	}
	return l.Mod
}

type loopCtx struct{ head, after *ir.Block }

type lowerer struct {
	irbuild.Builder
	loops []loopCtx
	class string
	// fieldTypes[class][field]: the class of a field's object (types.go)
	fieldTypes map[string]map[string]string
	// sigs: parameter names of the file's functions, constructors and
	// methods; classes: the file's top-level classes (types.go)
	sigs    map[string][]string
	classes map[string]bool
	props   map[string]bool // "Cls.name" of @property methods
	// ctorArgs[class]["#i" or keyword]: the type the file's constructor
	// calls of its class pass there; nameTypes: the type of every value
	// the file assigns to a name, any scope ("" unknown or several)
	ctorArgs  map[string]map[string]string
	ctorReq   map[string]map[string]string // the same, for the web request
	nameTypes map[string]string
	root      syntax.Node // the file's, for walkTypes
	// locals[f][name]: the type of each name f assigns ("" unknown)
	locals map[*ir.Func]map[string]string
}

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, fill func()) {
	loops, class := l.loops, l.class
	l.loops = nil
	l.Body(f, fill)
	l.loops, l.class = loops, class
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
					l.Mod.Imports[l.Text(alias)] = irbuild.NormText(l.Text(name))
				}
				continue
			}
			full := irbuild.NormText(l.Text(c))
			head := full
			if i := strings.IndexByte(full, '.'); i >= 0 {
				head = full[:i]
			}
			l.Mod.Imports[head] = head
		}
		return
	case "import_from_statement":
		mod := syntax.ChildByField(n, "module_name")
		if mod == nil {
			return
		}
		m := irbuild.NormText(l.Text(mod))
		for _, c := range syntax.ChildrenByField(n, "name") {
			name, local := c, c
			if c.Type() == "aliased_import" {
				name, local = syntax.ChildByField(c, "name"), syntax.ChildByField(c, "alias")
				if name == nil || local == nil {
					continue
				}
			}
			sym := irbuild.NormText(l.Text(name))
			sep := "."
			if strings.HasSuffix(m, ".") {
				sep = ""
			}
			l.Mod.Imports[l.Text(local)] = m + sep + sym
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
				l.Jump(l.Fn.Exit) // abort(400), sys.exit(): the rest of the path does not run
			}
		}
	case "block", "module":
		l.stmts(n)
	case "return_statement":
		var args []ir.Operand
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			if len(kids) == 1 {
				v := l.expr(kids[0])
				args = append(args, v)
				if !v.IsConst() && l.flaskView() && markupText.MatchString(l.Text(kids[0])) && l.isStringBuild(kids[0]) {
					// a Flask view's returned str is the response body, sent as text/html
					l.Emit(&ir.Instr{Op: ir.Call, Text: "Response", Callee: "flask.Response", Args: []ir.Operand{v}, Span: l.Span(kids[0])})
				}
			} else {
				args = append(args, l.build(kids, nil, n))
			}
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
	case "raise_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		l.Jump(l.Fn.Exit)
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
			l.Jump(l.loops[len(l.loops)-1].after)
		}
	case "continue_statement":
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].head)
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
				decos = append(decos, Canonical(l.Mod.Imports, irbuild.NormText(l.Text(t))))
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
			l.class = l.Text(name)
		}
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
		l.class = saved
	case "match_statement":
		l.matchStmt(n)
	case "ERROR":
		l.Mod.Errors++
	default:
		// assert, delete, print, exec, ...: their expressions still run
		for _, c := range syntax.NamedChildren(n) {
			l.exprStmt(c)
		}
	}
}

// markupText finds an HTML tag in a string's text.
var markupText = regexp.MustCompile(`<[a-zA-Z/!]`)

// flaskView reports whether the function being lowered is a Flask route
// (a decorator `x.route`, `x.get`, ... in a file that imports flask).
func (l *lowerer) flaskView() bool {
	if l.Fn == nil || len(l.Fn.Decorators) == 0 {
		return false
	}
	route := false
	for _, d := range l.Fn.Decorators {
		if i := strings.LastIndexByte(d, '.'); i > 0 {
			switch d[i+1:] {
			case "route", "get", "post", "put", "patch", "delete":
				route = true
			}
		}
	}
	if !route {
		return false
	}
	for _, sym := range l.Mod.Imports {
		if sym == "flask" || strings.HasPrefix(sym, "flask.") {
			return true
		}
	}
	return false
}

// isStringBuild reports whether an expression builds a string from parts:
// an f-string, a concatenation or % formatting, or str.format() on a literal.
func (l *lowerer) isStringBuild(n syntax.Node) bool {
	switch n.Type() {
	case "string", "concatenated_string", "binary_operator":
		return true
	case "call":
		f := syntax.ChildByField(n, "function")
		if f != nil && f.Type() == "attribute" {
			obj, attr := syntax.ChildByField(f, "object"), syntax.ChildByField(f, "attribute")
			return obj != nil && attr != nil && obj.Type() == "string" && attr.Type() == "identifier" && l.Text(attr) == "format"
		}
	}
	return false
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
	return noReturns[Canonical(l.Mod.Imports, irbuild.NormText(l.Text(fn)))]
}

// jump ends the current block with an edge to target.
func (l *lowerer) ifStmt(n syntax.Node) {
	after := &ir.Block{Note: fmt.Sprintf("after if line %d", irbuild.Line(n))}
	l.ifChain(n, after)
	l.Place(after)
}

// ifChain lowers an if or elif clause with the clauses after it.
func (l *lowerer) ifChain(n syntax.Node, after *ir.Block) {
	cond := l.expr(syntax.ChildByField(n, "condition"))
	ln := irbuild.Line(n)
	t, f := l.Branch(&cond, fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	l.Cur = t
	l.WithNote(fmt.Sprintf("in then-branch of line %d", ln), func() {
		if c := syntax.ChildByField(n, "consequence"); c != nil {
			l.stmts(c)
		}
	})
	l.Jump(after)
	l.Cur = f
	alts := syntax.ChildrenByField(n, "alternative")
	if len(alts) > 0 {
		a := alts[0]
		if a.Type() == "elif_clause" {
			// the remaining clauses form the else branch
			l.WithNote(fmt.Sprintf("in else-branch of line %d", ln), func() { l.elifs(alts, after) })
			return
		}
		l.WithNote(fmt.Sprintf("in else-branch of line %d", ln), func() {
			if b := syntax.ChildByField(a, "body"); b != nil {
				l.stmts(b)
			}
		})
	}
	l.Jump(after)
}

func (l *lowerer) elifs(alts []syntax.Node, after *ir.Block) {
	a := alts[0]
	if a.Type() != "elif_clause" {
		if b := syntax.ChildByField(a, "body"); b != nil {
			l.stmts(b)
		}
		l.Jump(after)
		return
	}
	cond := l.expr(syntax.ChildByField(a, "condition"))
	ln := irbuild.Line(a)
	t, f := l.Branch(&cond, fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	l.Cur = t
	l.WithNote(fmt.Sprintf("in elif-branch of line %d", ln), func() {
		if c := syntax.ChildByField(a, "consequence"); c != nil {
			l.stmts(c)
		}
	})
	l.Jump(after)
	l.Cur = f
	if len(alts) > 1 {
		l.elifs(alts[1:], after)
		return
	}
	l.Jump(after)
}

// loop lowers a loop whose head block is head; condAt is the block that
// ends on cond (head itself unless evaluating cond opened blocks).
func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, bodyFill func(), elseClause syntax.Node, cond *ir.Operand) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	l.Cur = condAt
	body, exit := l.Branch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	l.loops = append(l.loops, loopCtx{head: head, after: after})
	l.Cur = body
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.Cur = exit
	if elseClause != nil {
		if b := syntax.ChildByField(elseClause, "body"); b != nil {
			l.stmts(b)
		}
	}
	l.Place(after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	it := l.expr(syntax.ChildByField(n, "right"))
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
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
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	l.Cur = head
	cond := l.expr(syntax.ChildByField(n, "condition"))
	l.loop(head, l.Block(), n, func() {
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
	}, syntax.ChildByField(n, "alternative"), &cond)
}

func (l *lowerer) tryStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after try line %d", ln)}
	start := l.NewBlock(fmt.Sprintf("try line %d", ln))
	l.Jump(start)
	l.Cur = start
	l.PushTry(start)
	if b := syntax.ChildByField(n, "body"); b != nil {
		l.stmts(b)
	}
	tc := l.PopTry()
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
	if elseClause != nil && l.Cur != nil {
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
	l.Jump(join)
	for _, h := range handlers {
		hb := l.NewBlock(fmt.Sprintf("except line %d", irbuild.Line(h)))
		for _, b := range tc.Blocks {
			ir.Edge(b, hb)
		}
		l.Cur = hb
		l.WithNote(fmt.Sprintf("in except handler of line %d", irbuild.Line(h)), func() {
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
		l.Jump(join)
	}
	if len(handlers) == 0 && fin != nil {
		// try/finally: an exception anywhere in the body runs the finally block
		for _, b := range tc.Blocks {
			ir.Edge(b, fin)
		}
	}
	if fin != nil {
		l.Place(fin)
		for _, c := range syntax.NamedChildren(finally) {
			if c.Type() == "block" {
				l.stmts(c)
			}
		}
		l.Jump(after)
	}
	l.Place(after)
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
	after := &ir.Block{Note: fmt.Sprintf("after match line %d", irbuild.Line(n))}
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return
	}
	for _, c := range syntax.NamedChildren(body) {
		if c.Type() != "case_clause" {
			continue
		}
		t, f := l.Branch(nil, fmt.Sprintf("case line %d", irbuild.Line(c)), fmt.Sprintf("next case line %d", irbuild.Line(c)))
		l.Cur = t
		if b := syntax.ChildByField(c, "consequence"); b != nil {
			l.stmts(b)
		}
		l.Jump(after)
		l.Cur = f
	}
	l.Jump(after)
	l.Place(after)
}

// ---- functions -------------------------------------------------------------

func (l *lowerer) funcDef(n syntax.Node, decos []string) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	f := l.function(n, name, decos)
	if name != "" {
		dst := ir.Place{Base: name}
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(n)})
	}
}

// function lowers a def or lambda into a new Func, child of the current one.
func (l *lowerer) function(n syntax.Node, name string, decos []string) *ir.Func {
	f := &ir.Func{Name: name, Class: l.class, Span: l.Span(n), Decorators: decos}
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
			f.Params = append(f.Params, ir.Param{Name: l.Text(id), Decl: strings.Join(strings.Fields(l.Text(p)), " "), Span: l.Span(p)})
		}
	}
	if len(f.Params) > 0 && (f.Params[0].Name == "self" || f.Params[0].Name == "cls") && l.class != "" {
		f.Recv = f.Params[0].Name
		f.Params = f.Params[1:]
		l.ctorParamTypes(f)
	}
	if l.Fn != nil {
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	body := syntax.ChildByField(n, "body")
	l.body(f, func() {
		if body == nil {
			return
		}
		if n.Type() == "lambda" {
			v := l.expr(body)
			l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(body)})
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
