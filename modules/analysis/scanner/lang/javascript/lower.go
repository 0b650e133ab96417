// Package javascript is the JavaScript/TypeScript front end of the dataflow
// engine: it lowers a file's syntax tree (tree-sitter javascript,
// typescript or tsx grammars) into IR, one CFG per function, method, arrow
// function and the module top level, and resolves imports and require()
// bindings to canonical symbols (`import {exec as run} from
// 'child_process'` makes `run` the symbol `child_process.exec`).
package javascript

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// Lower lowers one file. It never fails: subtrees it cannot lower are
// skipped and counted in Module.Errors.
func Lower(path string, root syntax.Node, src []byte) *ir.Module {
	l := &lowerer{Builder: irbuild.Builder{Src: src, Mod: &ir.Module{Path: path, Imports: map[string]string{}}}}
	l.collectImports(root)
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
	// fieldClients are the fields of the class being lowered that hold a
	// client a factory made (`this.http = axios.create()` in the
	// constructor, directly or through a parameter's default value):
	// field name -> the client module (see clientOf)
	fieldClients map[string]string
	// checks are the function's const booleans holding a check
	// (`const local = v.startsWith("/") && !v.startsWith("//")`): a
	// branch on the name branches on the check itself
	checks map[string]syntax.Node
}

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, fill func()) {
	loops, class, checks := l.loops, l.class, l.checks
	l.loops, l.checks = nil, nil
	l.Body(f, fill)
	l.loops, l.class, l.checks = loops, class, checks
}

// ---- names -----------------------------------------------------------------

// strValue is the value of a string literal node ("" if it is not one).
func (l *lowerer) strValue(n syntax.Node) (string, bool) {
	if n == nil || n.Type() != "string" {
		return "", false
	}
	var sb strings.Builder
	for i := 0; i < n.ChildCount(); i++ {
		k := n.Child(i)
		if k.Type() == "string_fragment" || k.Type() == "escape_sequence" {
			sb.WriteString(l.Text(k))
		}
	}
	return sb.String(), true
}

// requireOf returns the module of `require('m')` (or `require('m').x`, with x).
func (l *lowerer) requireOf(n syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	if n.Type() == "member_expression" {
		obj, prop := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "property")
		if m, ok := l.requireOf(obj); ok && prop != nil {
			return m + "." + l.Text(prop), true
		}
		return "", false
	}
	if n.Type() != "call_expression" {
		return "", false
	}
	fn, args := syntax.ChildByField(n, "function"), syntax.ChildByField(n, "arguments")
	if fn == nil || args == nil || l.Text(fn) != "require" {
		return "", false
	}
	kids := syntax.NamedChildren(args)
	if len(kids) != 1 {
		return "", false
	}
	return l.strValue(kids[0])
}

// promisified returns the symbol of f in `util.promisify(f)` when f is a
// bound import (`util.promisify(child_process.exec)`, `promisify(exec)` after
// `const {exec} = require('child_process')`): the promisified function takes
// the same arguments, so it is the same sink, and calling it is calling f.
func (l *lowerer) promisified(n syntax.Node) (string, bool) {
	if n == nil || n.Type() != "call_expression" {
		return "", false
	}
	fn, args := syntax.ChildByField(n, "function"), syntax.ChildByField(n, "arguments")
	if fn == nil || args == nil || ir.Canonical(l.Mod.Imports, l.Text(fn)) != "util.promisify" {
		return "", false
	}
	kids := syntax.NamedChildren(args)
	if len(kids) != 1 || (kids[0].Type() != "identifier" && kids[0].Type() != "member_expression") {
		return "", false
	}
	text := strings.Join(strings.Fields(l.Text(kids[0])), "")
	head := text
	if i := strings.IndexByte(text, '.'); i >= 0 {
		head = text[:i]
	}
	if _, ok := l.Mod.Imports[head]; !ok {
		return "", false // not an imported name: nothing known about it
	}
	return ir.Canonical(l.Mod.Imports, text), true
}

// clientFactories are the calls of HTTP client modules that return a
// client with the module's own request methods (`axios.create({...}).get`
// sends as `axios.get` does).
var clientFactories = map[string]bool{"axios.create": true, "got.extend": true, "ky.create": true, "ky.extend": true,
	"ldapjs.createClient": true}

// clientClasses are the client classes of imported modules whose
// instances' methods are named after the class (`new Client({url})` of
// ldapts: `client.search` is ldapts.Client.search).
var clientClasses = map[string]bool{"ldapts.Client": true, "activedirectory": true, "activedirectory2": true}

// clientOf returns the module of a client a factory of an imported HTTP
// client module makes (`const api = axios.create({ baseURL })`): calls on
// the client are the module's calls.
func (l *lowerer) clientOf(n syntax.Node) (string, bool) {
	for n != nil && n.Type() == "await_expression" {
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			return "", false
		}
		n = kids[0]
	}
	if n != nil && n.Type() == "new_expression" {
		c := syntax.ChildByField(n, "constructor")
		if c == nil || c.Type() != "identifier" {
			return "", false
		}
		if _, ok := l.Mod.Imports[l.Text(c)]; !ok {
			return "", false
		}
		canon := ir.Canonical(l.Mod.Imports, l.Text(c))
		return canon, clientClasses[canon]
	}
	if n == nil || n.Type() != "call_expression" {
		return "", false
	}
	fn := syntax.ChildByField(n, "function")
	if fn == nil || fn.Type() != "member_expression" {
		return "", false
	}
	obj := syntax.ChildByField(fn, "object")
	if obj == nil || obj.Type() != "identifier" {
		return "", false
	}
	if _, ok := l.Mod.Imports[l.Text(obj)]; !ok {
		return "", false
	}
	canon := ir.Canonical(l.Mod.Imports, strings.Join(strings.Fields(l.Text(fn)), ""))
	if !clientFactories[canon] {
		return "", false
	}
	return canon[:strings.LastIndexByte(canon, '.')], true
}

// collectImports records import declarations and require() bindings of
// the top level.
func (l *lowerer) collectImports(root syntax.Node) {
	for _, st := range syntax.NamedChildren(root) {
		switch st.Type() {
		case "import_statement":
			m, ok := l.strValue(syntax.ChildByField(st, "source"))
			if !ok {
				continue
			}
			for _, c := range syntax.NamedChildren(st) {
				if c.Type() != "import_clause" {
					continue
				}
				for _, k := range syntax.NamedChildren(c) {
					switch k.Type() {
					case "identifier": // default import
						l.Mod.Imports[l.Text(k)] = m
					case "namespace_import":
						for _, id := range syntax.NamedChildren(k) {
							l.Mod.Imports[l.Text(id)] = m
						}
					case "named_imports":
						for _, sp := range syntax.NamedChildren(k) {
							name, alias := syntax.ChildByField(sp, "name"), syntax.ChildByField(sp, "alias")
							if name == nil {
								continue
							}
							local := name
							if alias != nil {
								local = alias
							}
							l.Mod.Imports[l.Text(local)] = m + "." + l.Text(name)
						}
					}
				}
			}
		case "lexical_declaration", "variable_declaration":
			for _, d := range syntax.NamedChildren(st) {
				if d.Type() != "variable_declarator" {
					continue
				}
				m, ok := l.requireOf(syntax.ChildByField(d, "value"))
				name := syntax.ChildByField(d, "name")
				if !ok && name != nil && name.Type() == "identifier" {
					if sym, ok := l.promisified(syntax.ChildByField(d, "value")); ok {
						l.Mod.Imports[l.Text(name)] = sym
					} else if sym, ok := l.clientOf(syntax.ChildByField(d, "value")); ok {
						l.Mod.Imports[l.Text(name)] = sym
					}
					continue
				}
				if !ok || name == nil {
					continue
				}
				switch name.Type() {
				case "identifier":
					l.Mod.Imports[l.Text(name)] = m
				case "object_pattern":
					for _, p := range syntax.NamedChildren(name) {
						switch p.Type() {
						case "shorthand_property_identifier_pattern":
							l.Mod.Imports[l.Text(p)] = m + "." + l.Text(p)
						case "pair_pattern":
							k, v := syntax.ChildByField(p, "key"), syntax.ChildByField(p, "value")
							if k != nil && v != nil && v.Type() == "identifier" {
								l.Mod.Imports[l.Text(v)] = m + "." + l.Text(k)
							}
						}
					}
				}
			}
		}
	}
}

// ---- statements ------------------------------------------------------------

func (l *lowerer) stmts(n syntax.Node) {
	for _, c := range syntax.NamedChildren(n) {
		l.stmt(c)
	}
}

func (l *lowerer) stmt(n syntax.Node) {
	switch n.Type() {
	case "comment", "empty_statement", "import_statement", "debugger_statement", "hash_bang_line",
		"type_alias_declaration", "interface_declaration", "enum_declaration", "ambient_declaration":
	case "expression_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
			if l.noReturn(c) {
				l.Jump(l.Fn.Exit) // ctx.throw(400), process.exit(1): the rest of the path does not run
			}
		}
	case "statement_block", "program":
		l.stmts(n)
	case "lexical_declaration", "variable_declaration":
		for _, d := range syntax.NamedChildren(n) {
			if d.Type() != "variable_declarator" {
				continue
			}
			name, val := syntax.ChildByField(d, "name"), syntax.ChildByField(d, "value")
			if name == nil {
				continue
			}
			var v ir.Operand
			if val != nil {
				l.noteCheck(n, name, val)
				v = l.expr(val)
			} else {
				v = ir.C(ir.Const{Kind: ir.Null})
			}
			l.assignTo(name, v, d)
		}
	case "return_statement":
		var args []ir.Operand
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			args = append(args, l.expr(kids[0]))
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
	case "throw_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		l.Jump(l.Fn.Exit)
	case "if_statement":
		l.ifStmt(n)
	case "for_statement":
		l.forStmt(n)
	case "for_in_statement":
		l.forInStmt(n)
	case "while_statement":
		head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
		l.Jump(head)
		l.Cur = head
		cond := l.expr(syntax.ChildByField(n, "condition"))
		l.loop(head, l.Block(), n, func() { l.stmtField(n, "body") }, &cond)
	case "do_statement":
		ln := irbuild.Line(n)
		body := l.NewBlock(fmt.Sprintf("do body line %d", ln))
		l.Jump(body)
		l.Cur = body
		after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
		l.loops = append(l.loops, loopCtx{head: body, after: after})
		l.WithNote(fmt.Sprintf("in loop body of line %d", ln), func() { l.stmtField(n, "body") })
		l.loops = l.loops[:len(l.loops)-1]
		cond := l.expr(syntax.ChildByField(n, "condition"))
		if l.Cur != nil {
			b := l.Cur
			b.Cond = &cond
			ir.Edge(b, body)
			l.Cur = nil
			l.Place(after)
			ir.Edge(b, after)
		} else {
			l.Place(after)
		}
	case "try_statement":
		l.tryStmt(n)
	case "switch_statement":
		l.switchStmt(n)
	case "break_statement":
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].after)
		}
	case "continue_statement":
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].head)
		}
	case "labeled_statement":
		l.stmtField(n, "body")
	case "function_declaration", "generator_function_declaration":
		l.funcDef(n)
	case "class_declaration", "abstract_class_declaration":
		l.classDecl(n)
	case "export_statement":
		if d := syntax.ChildByField(n, "declaration"); d != nil {
			l.stmt(d)
		}
		if v := syntax.ChildByField(n, "value"); v != nil {
			l.expr(v)
		}
	case "ERROR":
		l.Mod.Errors++
	default:
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	}
}

func (l *lowerer) stmtField(n syntax.Node, field string) {
	if b := syntax.ChildByField(n, field); b != nil {
		l.stmt(b)
	}
}

func (l *lowerer) ifStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after if line %d", ln)}
	t, f := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("then line %d", ln), fmt.Sprintf("else line %d", ln))
	l.Cur = t
	l.WithNote(fmt.Sprintf("in then-branch of line %d", ln), func() { l.stmtField(n, "consequence") })
	l.Jump(after)
	l.Cur = f
	if alt := syntax.ChildByField(n, "alternative"); alt != nil {
		l.WithNote(fmt.Sprintf("in else-branch of line %d", ln), func() {
			for _, c := range syntax.NamedChildren(alt) {
				l.stmt(c)
			}
		})
	}
	l.Jump(after)
	l.Place(after)
}

// condBranch lowers an if's condition as control flow: `a && b` tests b
// only where a held, `a || b` only where a failed, `!a` swaps the edges, so
// each test sits on its own edge (`if (!name || name.includes("..")) return`
// leaves name checked on the path that goes on). It returns the blocks
// reached when the condition is true and when it is false.
func (l *lowerer) condBranch(n syntax.Node, tnote, fnote string) (*ir.Block, *ir.Block) {
	t, f := &ir.Block{Note: tnote}, &ir.Block{Note: fnote}
	l.condTo(n, t, f)
	for _, b := range []*ir.Block{t, f} {
		b.Index = len(l.Fn.Blocks)
		l.Fn.Blocks = append(l.Fn.Blocks, b)
	}
	l.Cur = nil
	return t, f
}

// condTo branches from the current block to t or f on condition n.
func (l *lowerer) condTo(n syntax.Node, t, f *ir.Block) {
	for n != nil && n.Type() == "parenthesized_expression" {
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			break
		}
		n = kids[0]
	}
	if n != nil {
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		switch {
		case n.Type() == "binary_expression" && (op == "&&" || op == "||"):
			ln := irbuild.Line(n)
			mid := l.NewBlock(fmt.Sprintf("%s right side line %d", op, ln))
			if op == "&&" {
				l.condTo(syntax.ChildByField(n, "left"), mid, f)
			} else {
				l.condTo(syntax.ChildByField(n, "left"), t, mid)
			}
			l.Cur = mid
			l.condTo(syntax.ChildByField(n, "right"), t, f)
			return
		case n.Type() == "unary_expression" && op == "!":
			l.condTo(syntax.ChildByField(n, "argument"), f, t)
			return
		case n.Type() == "identifier" && l.checks[l.Text(n)] != nil:
			l.condTo(l.checks[l.Text(n)], t, f)
			return
		}
	}
	var o ir.Operand
	if n != nil {
		o = l.expr(n)
	}
	b := l.Block()
	b.Cond = &o
	ir.Edge(b, t)
	ir.Edge(b, f)
	l.Cur = nil
}

func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, bodyFill func(), cond *ir.Operand) {
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
	l.Place(after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	if init := syntax.ChildByField(n, "initializer"); init != nil {
		l.stmt(init)
	}
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	l.Cur = head
	var cond *ir.Operand
	if c := syntax.ChildByField(n, "condition"); c != nil {
		kids := syntax.NamedChildren(c)
		if c.Type() == "expression_statement" && len(kids) == 1 {
			c = kids[0]
		}
		if c.Type() != "empty_statement" && c.Type() != ";" {
			o := l.expr(c)
			cond = &o
		}
	}
	l.loop(head, l.Block(), n, func() {
		inc := syntax.ChildByField(n, "increment")
		if inc == nil {
			l.stmtField(n, "body")
			return
		}
		// continue runs the increment before the condition, as the body's end does
		step := &ir.Block{Note: fmt.Sprintf("loop step line %d", irbuild.Line(n))}
		l.loops[len(l.loops)-1].head = step
		l.stmtField(n, "body")
		l.Place(step)
		l.expr(inc)
	}, cond)
}

func (l *lowerer) forInStmt(n syntax.Node) {
	it := l.expr(syntax.ChildByField(n, "right"))
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	left := syntax.ChildByField(n, "left")
	elem := ir.Operand{}
	if !it.IsConst() {
		elem = ir.P(it.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
	}
	l.loop(head, head, n, func() {
		if left != nil {
			l.assignTo(left, elem, n)
		}
		l.stmtField(n, "body")
	}, nil)
}

func (l *lowerer) tryStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after try line %d", ln)}
	start := l.NewBlock(fmt.Sprintf("try line %d", ln))
	l.Jump(start)
	l.Cur = start
	l.PushTry(start)
	l.stmtField(n, "body")
	tc := l.PopTry()
	fin := syntax.ChildByField(n, "finalizer")
	join := after
	var finB *ir.Block
	if fin != nil {
		finB = &ir.Block{Note: fmt.Sprintf("finally line %d", ln)}
		join = finB
	}
	l.Jump(join)
	if h := syntax.ChildByField(n, "handler"); h != nil {
		hb := l.NewBlock(fmt.Sprintf("catch line %d", irbuild.Line(h)))
		for _, b := range tc.Blocks {
			ir.Edge(b, hb)
		}
		l.Cur = hb
		l.WithNote(fmt.Sprintf("in catch block of line %d", irbuild.Line(h)), func() {
			if p := syntax.ChildByField(h, "parameter"); p != nil {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(p)})
				l.assignTo(p, ir.P(t), h)
			}
			l.stmtField(h, "body")
		})
		l.Jump(join)
	} else if finB != nil {
		for _, b := range tc.Blocks {
			ir.Edge(b, finB)
		}
	}
	if finB != nil {
		l.Place(finB)
		l.stmtField(fin, "body")
		l.Jump(after)
	}
	l.Place(after)
}

// switchStmt lowers each case as a comparison with the subject (so a
// constant subject prunes the cases it cannot take); a case body without
// break falls through into the next one.
func (l *lowerer) switchStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	subj := l.expr(syntax.ChildByField(n, "value"))
	after := &ir.Block{Note: fmt.Sprintf("after switch line %d", ln)}
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return
	}
	l.loops = append(l.loops, loopCtx{head: after, after: after}) // break leaves the switch
	if len(l.loops) > 1 {
		l.loops[len(l.loops)-1].head = l.loops[len(l.loops)-2].head // continue still targets the loop
	}
	var fall *ir.Block // end of the previous case body when it falls through
	var dflt syntax.Node
	for _, c := range syntax.NamedChildren(body) {
		if c.Type() == "switch_default" {
			dflt = c
			continue
		}
		if c.Type() != "switch_case" {
			continue
		}
		v := l.expr(syntax.ChildByField(c, "value"))
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "===", Args: []ir.Operand{subj, v}, Span: l.Span(c)})
		cond := ir.P(t)
		yes, no := l.Branch(&cond, fmt.Sprintf("case line %d", irbuild.Line(c)), fmt.Sprintf("next case line %d", irbuild.Line(c)))
		if fall != nil {
			ir.Edge(fall, yes)
		}
		l.Cur = yes
		l.WithNote(fmt.Sprintf("in case of line %d", irbuild.Line(c)), func() {
			for _, s := range syntax.ChildrenByField(c, "body") {
				l.stmt(s)
			}
		})
		fall = l.Cur
		l.Cur = no
	}
	if dflt != nil {
		db := l.Block()
		if fall != nil {
			ir.Edge(fall, db)
		}
		l.WithNote(fmt.Sprintf("in default case of line %d", irbuild.Line(dflt)), func() {
			for _, s := range syntax.ChildrenByField(dflt, "body") {
				l.stmt(s)
			}
		})
	} else if fall != nil {
		ir.Edge(fall, after)
	}
	l.loops = l.loops[:len(l.loops)-1]
	l.Jump(after)
	l.Place(after)
}

// ---- functions and classes ---------------------------------------------------

func (l *lowerer) funcDef(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	f := l.function(n, name)
	if name != "" {
		dst := ir.Place{Base: name}
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(n)})
	}
}

func (l *lowerer) classDecl(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	saved, savedClients := l.class, l.fieldClients
	l.class = name
	l.fieldClients = nil
	if b := syntax.ChildByField(n, "body"); b != nil {
		l.fieldClients = l.classClients(b)

		for _, m := range syntax.NamedChildren(b) {
			if m.Type() == "method_definition" {
				mn := ""
				if nm := syntax.ChildByField(m, "name"); nm != nil {
					mn = l.Text(nm)
				}
				f := l.function(m, mn)
				f.Recv = "this"
				dst := ir.Place{Base: name + "." + mn}
				l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(m)})
			}
		}
	}
	l.class, l.fieldClients = saved, savedClients
	if name != "" {
		dst := ir.Place{Base: name}
		l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &dst, Span: l.Span(n)})
	}
}

// classClients finds the fields of a class body that hold a client made
// by a factory of an imported client module: a field declared with one
// (`http = axios.create()`), or set in the constructor from one
// (`this.http = axios.create()`) or from a parameter whose default value
// is one (`constructor(client = axios.create()) { this.http = client }`).
func (l *lowerer) classClients(body syntax.Node) map[string]string {
	var out map[string]string
	put := func(field, mod string) {
		if out == nil {
			out = map[string]string{}
		}
		out[field] = mod
	}
	for _, m := range syntax.NamedChildren(body) {
		switch m.Type() {
		case "field_definition", "public_field_definition":
			prop, val := syntax.ChildByField(m, "property"), syntax.ChildByField(m, "value")
			if prop == nil {
				prop = syntax.ChildByField(m, "name")
			}
			if prop != nil && val != nil {
				if mod, ok := l.clientOf(val); ok {
					put(l.Text(prop), mod)
				}
			}
		case "method_definition":
			if nm := syntax.ChildByField(m, "name"); nm == nil || l.Text(nm) != "constructor" {
				continue
			}
			defaults := map[string]string{}
			if ps := syntax.ChildByField(m, "parameters"); ps != nil {
				for _, p := range syntax.NamedChildren(ps) {
					left, right := syntax.ChildByField(p, "left"), syntax.ChildByField(p, "right")
					if p.Type() != "assignment_pattern" {
						left, right = syntax.ChildByField(p, "pattern"), syntax.ChildByField(p, "value")
					}
					if left == nil || right == nil || left.Type() != "identifier" {
						continue
					}
					if mod, ok := l.clientOf(right); ok {
						defaults[l.Text(left)] = mod
						if paramPropRe.MatchString(l.Text(p)) {
							// TypeScript: constructor(private http = axios.create())
							put(l.Text(left), mod)
						}
					}
				}
			}
			b := syntax.ChildByField(m, "body")
			if b == nil {
				continue
			}
			for _, st := range syntax.NamedChildren(b) {
				if st.Type() != "expression_statement" {
					continue
				}
				for _, e := range syntax.NamedChildren(st) {
					if e.Type() != "assignment_expression" {
						continue
					}
					left, right := syntax.ChildByField(e, "left"), syntax.ChildByField(e, "right")
					if left == nil || right == nil || left.Type() != "member_expression" {
						continue
					}
					obj, prop := syntax.ChildByField(left, "object"), syntax.ChildByField(left, "property")
					if obj == nil || prop == nil || l.Text(obj) != "this" {
						continue
					}
					if mod, ok := l.clientOf(right); ok {
						put(l.Text(prop), mod)
					} else if mod, ok := defaults[l.Text(right)]; ok && right.Type() == "identifier" {
						put(l.Text(prop), mod)
					}
				}
			}
		}
	}
	return out
}

// paramPropRe matches a TypeScript constructor parameter that is also a
// property of the object (`private readonly sort: string`): the
// constructor stores it in this.sort.
var paramPropRe = regexp.MustCompile(`^(public|private|protected|readonly|override)\s`)

// function lowers a function, arrow function or method into a new Func.
func (l *lowerer) function(n syntax.Node, name string) *ir.Func {
	f := &ir.Func{Name: name, Class: l.class, Span: l.Span(n)}
	var pnodes []syntax.Node
	if ps := syntax.ChildByField(n, "parameters"); ps != nil {
		pnodes = syntax.NamedChildren(ps)
	} else if p := syntax.ChildByField(n, "parameter"); p != nil {
		pnodes = []syntax.Node{p}
	}
	type destructure struct {
		pattern syntax.Node
		param   string
	}
	var later []destructure
	var props []string // TypeScript parameter properties: constructor(private sort: string)
	for i, p := range pnodes {
		id := p
		switch p.Type() {
		case "required_parameter", "optional_parameter":
			if pat := syntax.ChildByField(p, "pattern"); pat != nil {
				id = pat
			}
		case "assignment_pattern":
			if lft := syntax.ChildByField(p, "left"); lft != nil {
				id = lft
			}
		case "rest_pattern":
			if kids := syntax.NamedChildren(p); len(kids) > 0 {
				id = kids[0]
			}
		case "comment":
			continue
		}
		pname := l.Text(id)
		if id.Type() != "identifier" {
			pname = "$p" + strconv.Itoa(i)
			later = append(later, destructure{id, pname})
		}
		decl := strings.Join(strings.Fields(l.Text(p)), " ")
		f.Params = append(f.Params, ir.Param{Name: pname, Decl: decl, Span: l.Span(p)})
		if name == "constructor" && l.class != "" && id.Type() == "identifier" && paramPropRe.MatchString(decl) {
			props = append(props, pname)
		}
	}
	if l.Fn != nil {
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	body := syntax.ChildByField(n, "body")
	l.body(f, func() {
		for _, pn := range props {
			dst := ir.Place{Base: "this", Path: []ir.Elem{{Kind: ir.Field, Name: pn}}}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{ir.P(ir.Place{Base: pn})}, Span: f.Span})
		}
		for _, d := range later {
			l.assignTo(d.pattern, ir.P(ir.Place{Base: d.param}), d.pattern)
		}
		if body == nil {
			return
		}
		if body.Type() != "statement_block" {
			v := l.expr(body)
			l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(body)})
			return
		}
		l.class = ""
		l.stmts(body)
	})
	return f
}

// noReturns are calls that never come back to their caller: Koa's
// ctx.throw raises an HttpError (like a throw statement), process.exit
// ends the process.
var noReturns = map[string]bool{"ctx.throw": true, "context.throw": true, "this.throw": true,
	"this.ctx.throw": true, "process.exit": true, "process.abort": true}

// noReturn reports whether the expression n is a call that does not return.
func (l *lowerer) noReturn(n syntax.Node) bool {
	if n.Type() == "await_expression" {
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			n = kids[0]
		}
	}
	if n.Type() != "call_expression" {
		return false
	}
	fn := syntax.ChildByField(n, "function")
	return fn != nil && noReturns[irbuild.NormText(l.Text(fn))]
}

// checkMethods are methods that test a value and change nothing.
var checkMethods = map[string]bool{"startsWith": true, "endsWith": true, "includes": true, "test": true,
	"indexOf": true, "has": true}

// noteCheck records `const name = <check>` where the check is built only of
// comparisons, `!`, `&&`, `||`, typeof and side-effect free test methods,
// so that lowering it again at a branch on name changes nothing but the
// control flow.
func (l *lowerer) noteCheck(decl, name, val syntax.Node) {
	if name.Type() != "identifier" || decl.ChildCount() == 0 || l.Text(decl.Child(0)) != "const" {
		return
	}
	if val.Type() != "binary_expression" && val.Type() != "unary_expression" && val.Type() != "call_expression" {
		return
	}
	if !l.pureCheck(val, 0) {
		return
	}
	if l.checks == nil {
		l.checks = map[string]syntax.Node{}
	}
	l.checks[l.Text(name)] = val
}

func (l *lowerer) pureCheck(n syntax.Node, depth int) bool {
	if n == nil || depth > 8 {
		return false
	}
	switch n.Type() {
	case "identifier", "string", "number", "true", "false", "null", "undefined", "property_identifier":
		return true
	case "member_expression":
		return l.pureCheck(syntax.ChildByField(n, "object"), depth+1)
	case "parenthesized_expression", "binary_expression", "unary_expression":
		if n.Type() == "unary_expression" {
			if o := syntax.ChildByField(n, "operator"); o == nil || (l.Text(o) != "!" && l.Text(o) != "typeof") {
				return false
			}
		}
		for _, c := range syntax.NamedChildren(n) {
			if !l.pureCheck(c, depth+1) {
				return false
			}
		}
		return true
	case "call_expression":
		fn := syntax.ChildByField(n, "function")
		if fn == nil || fn.Type() != "member_expression" {
			return false
		}
		prop := syntax.ChildByField(fn, "property")
		if prop == nil || !checkMethods[l.Text(prop)] || !l.pureCheck(syntax.ChildByField(fn, "object"), depth+1) {
			return false
		}
		for _, a := range syntax.NamedChildren(syntax.ChildByField(n, "arguments")) {
			if !l.pureCheck(a, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
