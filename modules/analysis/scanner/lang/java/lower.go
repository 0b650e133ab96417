// Package java is the Java front end of the dataflow engine: it lowers a
// file's syntax tree (tree-sitter java grammar) into IR, one CFG per
// method, constructor, lambda, anonymous-class method and the file's top
// level (static field initialisers and static blocks), and resolves names
// to canonical symbols: the package, `import a.b.C`, wildcard imports of
// well-known packages, `import static a.b.C.m`, fully qualified names,
// java.lang, and method calls through the declared type of their receiver
// (`HttpServletRequest request; request.getParameter(...)` is
// `javax.servlet.http.HttpServletRequest.getParameter`; jakarta.servlet
// names are given as javax.servlet ones).
package java

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
	l := &lowerer{Builder: irbuild.Builder{Src: src, Mod: &ir.Module{Path: path, Imports: map[string]string{}}},
		classes: map[string]*classInfo{}, statics: map[string]string{}}
	l.collect(root)
	top := &ir.Func{Name: "<module>", Span: l.Span(root)}
	l.Mod.Top = top
	l.Mod.Funcs = append(l.Mod.Funcs, top)
	l.body(top, func() { l.topLevel(root) })
	for _, f := range l.Mod.Funcs {
		f.Finish()
	}
	return l.Mod
}

// classInfo is what the front end knows of a class declared in the file.
type classInfo struct {
	name    string            // simple name
	canon   string            // package-qualified name
	fields  map[string]string // field name -> canonical type
	static  map[string]bool   // static fields
	methods map[string]string // method name -> canonical return type (record accessors too)
	// restController: annotated @RestController (or @ResponseBody)
	restController bool
	// controller: annotated @Controller or @RestController
	controller bool
	// produces is the class's JAX-RS @Produces: 1 HTML, -1 another
	// type, 0 none
	produces int
	// arities of each method name: overloads of different arities are
	// named "m#n" so that calls reach the right summary
	arities map[string]map[int]bool
	anon    bool // an anonymous class: its methods see the enclosing locals
	// getters and setters: trivial accessors (`return this.f;`,
	// `this.f = v;`) by method name, with the field they read or write
	getters, setters map[string]string
}

type loopCtx struct {
	label       string
	head, after *ir.Block
	isSwitch    bool // break leaves it; continue goes to the enclosing loop
}

// scope is the declared type of each local variable and parameter of the
// function being lowered (lambdas and anonymous classes see their
// enclosing function's).
type scope struct {
	vars   map[string]string
	parent *scope
}

func (s *scope) lookup(name string) (string, bool) {
	for ; s != nil; s = s.parent {
		if t, ok := s.vars[name]; ok {
			return t, true
		}
	}
	return "", false
}

type lowerer struct {
	irbuild.Builder
	pkg     string
	wild    []string              // packages imported with .*
	classes map[string]*classInfo // simple name -> class declared in the file
	statics map[string]string     // "Class.f" -> canonical type of a static field

	loops []loopCtx
	class *classInfo // class whose members are being lowered
	vars  *scope
	// retPrim: the function returns a primitive (its returns carry no data)
	retPrim bool
	// retBody: the function is a Spring handler whose String result is
	// the response body (@ResponseBody, or a @RestController's)
	retBody bool
	// retResp: a JAX-RS HTML resource method returning a Response; a
	// return of one built with an entity (ok(x), entity(x)) is lowered as
	// retBody's is
	retResp bool
	// result receives the value of a switch expression's arms (yield)
	result *ir.Place
	resAt  *ir.Block
	// pending is the label of the loop or switch about to be lowered
	pending string
	// chains maps a fluent builder call (by its span) to the builder it
	// appends to
	chains map[uint32]ir.Place
	// callees caches calleeNames by a call's span
	callees map[uint64]calleeInfo
}

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, fill func()) {
	loops, class, vars, retPrim, result, resAt, retBody, retResp := l.loops, l.class, l.vars, l.retPrim, l.result, l.resAt, l.retBody, l.retResp
	l.loops, l.result, l.resAt = nil, nil, nil
	l.Body(f, fill)
	l.loops, l.class, l.vars, l.retPrim, l.result, l.resAt, l.retBody, l.retResp = loops, class, vars, retPrim, result, resAt, retBody, retResp
}

// declare records a local variable's declared type in the current scope.
func (l *lowerer) declare(name, typ string) {
	if l.vars == nil {
		l.vars = &scope{vars: map[string]string{}}
	}
	l.vars.vars[name] = typ
}

// ---- top level and classes ------------------------------------------------

// collect reads the package, the imports and the classes declared in the
// file (with their fields) before anything is lowered.
func (l *lowerer) collect(root syntax.Node) {
	for _, st := range syntax.NamedChildren(root) {
		switch st.Type() {
		case "package_declaration":
			for _, c := range syntax.NamedChildren(st) {
				if c.Type() == "scoped_identifier" || c.Type() == "identifier" {
					l.pkg = irbuild.NormText(l.Text(c))
				}
			}
		case "import_declaration":
			l.importDecl(st)
		}
	}
	var walk func(n syntax.Node, outer string, depth int)
	walk = func(n syntax.Node, outer string, depth int) {
		if depth > 100 {
			return
		}
		for _, c := range syntax.NamedChildren(n) {
			switch c.Type() {
			case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
				nm := syntax.ChildByField(c, "name")
				if nm == nil {
					continue
				}
				name := l.Text(nm)
				canon := name
				if outer != "" {
					canon = outer + "." + name
				} else if l.pkg != "" {
					canon = l.pkg + "." + name
				}
				ci := &classInfo{name: name, canon: canon, fields: map[string]string{}, static: map[string]bool{}, methods: map[string]string{}}
				if _, dup := l.classes[name]; !dup {
					l.classes[name] = ci
				}
				ci.produces = l.produces(c)
				for _, a := range l.annotations(c) {
					a = strings.TrimPrefix(a, "org.springframework.web.bind.annotation.")
					ci.restController = ci.restController || a == "RestController" || a == "ResponseBody"
					ci.controller = ci.controller || a == "RestController" || a == "org.springframework.stereotype.Controller"
				}
				if ps := syntax.ChildByField(c, "parameters"); ps != nil { // record components
					for _, p := range syntax.NamedChildren(ps) {
						if pn := syntax.ChildByField(p, "name"); pn != nil {
							ci.fields[l.Text(pn)] = l.typeName(syntax.ChildByField(p, "type"))
							ci.methods[l.Text(pn)] = ci.fields[l.Text(pn)]
						}
					}
				}
				if b := syntax.ChildByField(c, "body"); b != nil {
					for _, m := range l.members(b) {
						switch m.Type() {
						case "method_declaration":
							if mn := syntax.ChildByField(m, "name"); mn != nil {
								if ci.arities == nil {
									ci.arities = map[string]map[int]bool{}
								}
								if ci.arities[l.Text(mn)] == nil {
									ci.arities[l.Text(mn)] = map[int]bool{}
								}
								ci.arities[l.Text(mn)][l.arity(m)] = true
								rt := l.typeName(syntax.ChildByField(m, "type"))
								if old, seen := ci.methods[l.Text(mn)]; seen && old != rt {
									rt = "" // overloads that differ: unknown
								}
								ci.methods[l.Text(mn)] = rt
							}
						case "field_declaration", "constant_declaration":
							typ := l.typeName(syntax.ChildByField(m, "type"))
							static := m.Type() == "constant_declaration" || l.hasModifier(m, "static") || c.Type() == "interface_declaration"
							for _, d := range syntax.ChildrenByField(m, "declarator") {
								if dn := syntax.ChildByField(d, "name"); dn != nil {
									ci.fields[l.Text(dn)] = typ
									if static {
										ci.static[l.Text(dn)] = true
										l.statics[name+"."+l.Text(dn)] = typ
									}
								}
							}
						}
					}
					l.accessors(ci, b)
					walk(b, canon, depth+1)
					for _, m := range syntax.NamedChildren(b) {
						if m.Type() == "enum_body_declarations" {
							walk(m, canon, depth+1)
						}
					}
				}
			}
		}
	}
	walk(root, "", 0)
}

// accessors finds a class's trivial getters and setters (not overloaded).
func (l *lowerer) accessors(ci *classInfo, body syntax.Node) {
	field := func(e syntax.Node) string {
		switch e.Type() {
		case "identifier":
			if _, ok := ci.fields[l.Text(e)]; ok && !ci.static[l.Text(e)] {
				return l.Text(e)
			}
		case "field_access":
			obj, f := syntax.ChildByField(e, "object"), syntax.ChildByField(e, "field")
			if obj != nil && f != nil && obj.Type() == "this" {
				if _, ok := ci.fields[l.Text(f)]; ok && !ci.static[l.Text(f)] {
					return l.Text(f)
				}
			}
		}
		return ""
	}
	for _, m := range l.members(body) {
		nm, b := syntax.ChildByField(m, "name"), syntax.ChildByField(m, "body")
		if m.Type() != "method_declaration" || nm == nil || b == nil || len(ci.arities[l.Text(nm)]) > 1 || l.hasModifier(m, "static") {
			continue
		}
		stmts := syntax.NamedChildren(b)
		if len(stmts) != 1 {
			continue
		}
		var params []syntax.Node
		if ps := syntax.ChildByField(m, "parameters"); ps != nil {
			params = syntax.NamedChildren(ps)
		}
		st := stmts[0]
		switch {
		case len(params) == 0 && st.Type() == "return_statement":
			if kids := syntax.NamedChildren(st); len(kids) == 1 {
				if f := field(kids[0]); f != "" {
					if ci.getters == nil {
						ci.getters = map[string]string{}
					}
					ci.getters[l.Text(nm)] = f
				}
			}
		case len(params) == 1 && params[0].Type() == "formal_parameter" && st.Type() == "expression_statement":
			kids := syntax.NamedChildren(st)
			pn := syntax.ChildByField(params[0], "name")
			if len(kids) != 1 || kids[0].Type() != "assignment_expression" || l.op(kids[0]) != "=" || pn == nil {
				continue
			}
			left, right := syntax.ChildByField(kids[0], "left"), syntax.ChildByField(kids[0], "right")
			if left == nil || right == nil || right.Type() != "identifier" || l.Text(right) != l.Text(pn) {
				continue
			}
			if f := field(left); f != "" {
				if ci.setters == nil {
					ci.setters = map[string]string{}
				}
				ci.setters[l.Text(nm)] = f
			}
		}
	}
}

// members lists a class body's declarations (an enum's are in its
// enum_body_declarations).
func (l *lowerer) members(body syntax.Node) []syntax.Node {
	var out []syntax.Node
	for _, m := range syntax.NamedChildren(body) {
		if m.Type() == "enum_body_declarations" {
			out = append(out, syntax.NamedChildren(m)...)
			continue
		}
		out = append(out, m)
	}
	return out
}

func (l *lowerer) hasModifier(n syntax.Node, mod string) bool {
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "modifiers" {
			for _, w := range strings.Fields(l.Text(c)) {
				if w == mod {
					return true
				}
			}
		}
	}
	return false
}

// annotations returns the canonical names of a declaration's annotations.
func (l *lowerer) annotations(n syntax.Node) []string {
	var out []string
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "modifiers" {
			continue
		}
		for _, a := range syntax.NamedChildren(c) {
			if a.Type() != "annotation" && a.Type() != "marker_annotation" {
				continue
			}
			if nm := syntax.ChildByField(a, "name"); nm != nil {
				out = append(out, l.resolveType(irbuild.NormText(l.Text(nm))))
			}
		}
	}
	return out
}

func (l *lowerer) importDecl(n syntax.Node) {
	static, wild := false, false
	var name string
	for i := 0; i < n.ChildCount(); i++ {
		c := n.Child(i)
		switch c.Type() {
		case "static":
			static = true
		case "asterisk":
			wild = true
		case "scoped_identifier", "identifier":
			name = irbuild.NormText(l.Text(c))
		}
	}
	if name == "" {
		return
	}
	name = javaxName(name)
	switch {
	case wild && static:
		// import static a.b.C.*: the members are unknown by name; calls
		// to them stay as written
	case wild:
		l.wild = append(l.wild, name)
	default:
		local := name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			local = name[i+1:]
		}
		l.Mod.Imports[local] = name
	}
}

// topLevel lowers the classes of the file: static initialisers run in the
// top level; methods, constructors and lambdas become functions.
func (l *lowerer) topLevel(root syntax.Node) {
	for _, c := range syntax.NamedChildren(root) {
		switch c.Type() {
		case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
			l.classDecl(c, nil)
		case "ERROR":
			l.Mod.Errors++
		}
	}
}

// classDecl lowers a class body. anon is the anonymous class's type for
// `new T() {...}` (then n is the class_body).
func (l *lowerer) classDecl(n syntax.Node, anon *classInfo) {
	ci := anon
	body := n
	if anon == nil {
		nm := syntax.ChildByField(n, "name")
		if nm == nil {
			return
		}
		ci = l.classes[l.Text(nm)]
		if ci == nil {
			return
		}
		body = syntax.ChildByField(n, "body")
		if body == nil {
			return
		}
	}
	saved := l.class
	l.class = ci
	defer func() { l.class = saved }()
	var inits []syntax.Node // instance fields initialised by a call or a new object
	for _, m := range l.members(body) {
		switch m.Type() {
		case "field_declaration", "constant_declaration":
			static := ci.static[l.firstDeclName(m)]
			for _, d := range syntax.ChildrenByField(m, "declarator") {
				dn, val := syntax.ChildByField(d, "name"), syntax.ChildByField(d, "value")
				if dn == nil || val == nil {
					continue
				}
				if !static && anon == nil && (val.Type() == "method_invocation" || val.Type() == "object_creation_expression") {
					inits = append(inits, d)
					continue
				}
				v := l.exprTo(val, ci.fields[l.Text(dn)])
				if static && anon == nil {
					dst := ir.Place{Base: ci.name + "." + l.Text(dn)}
					l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(d)})
				}
			}
		case "static_initializer", "block":
			l.stmt(m)
		case "method_declaration", "constructor_declaration", "compact_constructor_declaration":
			name := ""
			if nm := syntax.ChildByField(m, "name"); nm != nil {
				name = l.Text(nm)
			}
			if m.Type() != "method_declaration" {
				name = "<init>"
			}
			if len(ci.arities[name]) > 1 {
				name += "#" + strconv.Itoa(l.arity(m))
			}
			f := l.function(m, name, !l.hasModifier(m, "static"))
			dst := ir.Place{Base: ci.name + "." + name}
			l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(m)})
		case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
			l.classDecl(m, nil)
		case "enum_constant":
			if cb := syntax.ChildByField(m, "body"); cb != nil {
				l.classDecl(cb, &classInfo{name: ci.name, canon: ci.canon, fields: ci.fields, static: ci.static})
			}
		}
	}
	if len(inits) > 0 {
		l.fieldInits(ci, body, inits)
	}
}

// fieldInits lowers the initialisers of instance fields (`private final
// DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();`)
// as a method of the class storing them in this.f, as every constructor
// does before its body: what they store is the field's value in every
// method (a source stored there taints the field for the class).
func (l *lowerer) fieldInits(ci *classInfo, body syntax.Node, inits []syntax.Node) {
	f := &ir.Func{Name: "<fields>", Class: ci.name, Recv: "this", Span: l.Span(body)}
	if l.Fn != nil {
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	l.body(f, func() {
		l.vars, l.retPrim, l.retBody, l.retResp, l.class = &scope{vars: map[string]string{}}, false, false, false, ci
		for _, d := range inits {
			dn, val := syntax.ChildByField(d, "name"), syntax.ChildByField(d, "value")
			v := l.exprTo(val, ci.fields[l.Text(dn)])
			dst := ir.Place{Base: "this", Path: []ir.Elem{{Kind: ir.Field, Name: l.Text(dn)}}}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(d)})
		}
	})
}

// arity is the number of parameters a method declares.
func (l *lowerer) arity(m syntax.Node) int {
	ps := syntax.ChildByField(m, "parameters")
	if ps == nil {
		return 0
	}
	n := 0
	for _, p := range syntax.NamedChildren(ps) {
		if p.Type() == "formal_parameter" || p.Type() == "spread_parameter" {
			n++
		}
	}
	return n
}

func (l *lowerer) firstDeclName(m syntax.Node) string {
	if d := syntax.ChildByField(m, "declarator"); d != nil {
		if dn := syntax.ChildByField(d, "name"); dn != nil {
			return l.Text(dn)
		}
	}
	return ""
}

// primitives carry no injectable data: a value converted to one of them
// (an int parameter, `int n = Integer.parseInt(s)`) is clean.
var primitives = map[string]bool{"int": true, "long": true, "short": true, "byte": true, "double": true,
	"float": true, "boolean": true, "java.lang.Integer": true, "java.lang.Long": true, "java.lang.Short": true,
	"java.lang.Byte": true, "java.lang.Double": true, "java.lang.Float": true, "java.lang.Boolean": true,
	"void": true}

// function lowers a method, constructor or lambda into a new Func.
// instance says whether `this` is bound (Recv).
func (l *lowerer) function(n syntax.Node, name string, instance bool) *ir.Func {
	f := &ir.Func{Name: name, Span: l.Span(n)}
	if l.class != nil {
		f.Class = l.class.name
	}
	if instance && l.class != nil {
		f.Recv = "this"
	}
	f.Decorators = l.annotations(n)
	vars := &scope{vars: map[string]string{}, parent: l.vars}
	if n.Type() != "lambda_expression" && (l.class == nil || !l.class.anon) {
		vars.parent = nil // a member does not see the locals around its class
	}
	var pnodes []syntax.Node
	if ps := syntax.ChildByField(n, "parameters"); ps != nil {
		if ps.Type() == "identifier" {
			pnodes = []syntax.Node{ps}
		} else {
			pnodes = syntax.NamedChildren(ps)
		}
	}
	if n.Type() == "compact_constructor_declaration" && l.class != nil {
		for fname, typ := range l.class.fields {
			if !l.class.static[fname] {
				vars.vars[fname] = typ
			}
		}
	}
	for _, p := range pnodes {
		var id syntax.Node
		typ := ""
		switch p.Type() {
		case "identifier":
			id = p
		case "formal_parameter", "spread_parameter":
			id = syntax.ChildByField(p, "name")
			typ = l.typeName(syntax.ChildByField(p, "type"))
			if id == nil { // spread_parameter: type, then variable_declarator
				for _, c := range syntax.NamedChildren(p) {
					if c.Type() == "variable_declarator" {
						id = syntax.ChildByField(c, "name")
					} else if c.Type() != "modifiers" && typ == "" {
						typ = l.typeName(c) + "[]"
					}
				}
			}
		default:
			continue
		}
		if id == nil {
			continue
		}
		if id.Type() == "variable_declarator" {
			id = syntax.ChildByField(id, "name")
			if id == nil {
				continue
			}
		}
		vars.vars[l.Text(id)] = typ
		f.Params = append(f.Params, ir.Param{Name: l.Text(id), Decl: strings.Join(strings.Fields(l.Text(p)), " "),
			Span: l.Span(p), Decorators: l.paramAnnotations(p, typ, f.Decorators)})
	}
	if l.Fn != nil {
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	retPrim, retBody, retResp := false, false, false
	if t := syntax.ChildByField(n, "type"); t != nil && n.Type() == "method_declaration" {
		rt := l.typeName(t)
		retPrim = primitives[rt]
		retBody = rt == "java.lang.String" && l.class != nil && (l.isBodyHandler(f.Decorators) || l.isHTMLResource(n, f.Decorators))
		// a JAX-RS HTML resource returning a Response: the entity it is
		// built with (`Response.ok(html).build()`) is the page
		retResp = rt == "javax.ws.rs.core.Response" && l.class != nil && l.isHTMLResource(n, f.Decorators)
	}
	body := syntax.ChildByField(n, "body")
	cls := l.class
	l.body(f, func() {
		l.vars, l.retPrim, l.retBody, l.retResp, l.class = vars, retPrim, retBody, retResp, cls
		if body == nil {
			return
		}
		switch body.Type() {
		case "block", "constructor_body":
			l.stmts(body)
		default: // a lambda's expression body
			v := l.expr(body)
			l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(body)})
		}
	})
	return f
}

// paramAnnotations are a parameter's annotations. A String parameter
// without any, of a Spring MVC handler (a request mapping in a
// @Controller), is bound from the request parameter of its name as if it
// were annotated @RequestParam: it gets that annotation.
func (l *lowerer) paramAnnotations(p syntax.Node, typ string, methodAnnos []string) []string {
	annos := l.annotations(p)
	if len(annos) > 0 || (typ != "java.lang.String" && typ != "java.lang.String[]") || l.class == nil || !l.class.controller {
		return annos
	}
	for _, a := range methodAnnos {
		switch strings.TrimPrefix(a, "org.springframework.web.bind.annotation.") {
		case "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping":
			return []string{"org.springframework.web.bind.annotation.RequestParam"}
		}
	}
	return annos
}

// isBodyHandler reports whether a method with these annotations is a
// Spring MVC handler whose result is the response body: a request
// mapping, and @ResponseBody on it or @RestController on its class.
func (l *lowerer) isBodyHandler(annos []string) bool {
	mapping, body := false, l.class.restController
	for _, a := range annos {
		a = strings.TrimPrefix(a, "org.springframework.web.bind.annotation.")
		switch a {
		case "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping":
			mapping = true
		case "ResponseBody":
			body = true
		}
	}
	return mapping && body
}

// isHTMLResource reports whether a method with these annotations is a
// JAX-RS resource method (@GET, @POST, ...) that declares, or whose class
// declares, @Produces(MediaType.TEXT_HTML): the String it returns is the
// HTML page. Without @Produces the type is negotiated (often text/plain),
// so such methods are left alone.
func (l *lowerer) isHTMLResource(n syntax.Node, annos []string) bool {
	verb := false
	for _, a := range annos {
		a = strings.TrimPrefix(strings.TrimPrefix(a, "javax.ws.rs."), "jakarta.ws.rs.")
		switch a {
		case "GET", "POST", "PUT", "DELETE", "PATCH":
			verb = true
		}
	}
	if !verb {
		return false
	}
	if p := l.produces(n); p != 0 {
		return p > 0
	}
	return l.class.produces > 0
}

// entityRe: a JAX-RS Response built with an entity.
var entityRe = regexp.MustCompile(`\b(ok|entity)\s*\(\s*[^)\s]`)

var (
	producesRe     = regexp.MustCompile(`@(?:javax\.ws\.rs\.|jakarta\.ws\.rs\.)?Produces\s*\(([^)]*)\)`)
	producesHTMLRe = regexp.MustCompile(`(?i)TEXT_HTML\b|"text/html`)
)

// produces reads a declaration's JAX-RS @Produces: 1 when it lists HTML,
// -1 when it lists only other types, 0 without one.
func (l *lowerer) produces(n syntax.Node) int {
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "modifiers" {
			continue
		}
		m := producesRe.FindStringSubmatch(l.Text(c))
		if m == nil {
			return 0
		}
		if producesHTMLRe.MatchString(m[1]) {
			return 1
		}
		return -1
	}
	return 0
}

// ---- statements ------------------------------------------------------------

func (l *lowerer) stmts(n syntax.Node) {
	for _, c := range syntax.NamedChildren(n) {
		l.stmt(c)
	}
}

func (l *lowerer) stmtField(n syntax.Node, field string) {
	if b := syntax.ChildByField(n, field); b != nil {
		l.stmt(b)
	}
}

func (l *lowerer) stmt(n syntax.Node) {
	switch n.Type() {
	case "line_comment", "block_comment", ";", "empty_statement":
	case "expression_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	case "block", "constructor_body", "static_initializer":
		saved := l.vars
		l.vars = &scope{vars: map[string]string{}, parent: l.vars}
		l.stmts(n)
		// a block's declarations end with it, but the variables keep their
		// names in the IR: keep their types for the rest of the function
		for k, v := range l.vars.vars {
			if _, ok := saved.lookup(k); !ok && saved != nil {
				saved.vars[k] = v
			}
		}
		l.vars = saved
	case "local_variable_declaration":
		l.localDecl(n)
	case "explicit_constructor_invocation":
		l.call(n)
	case "return_statement":
		var args []ir.Operand
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			v := l.expr(kids[0])
			if l.retPrim && !v.IsConst() {
				v = l.clean(v, kids[0])
			}
			args = append(args, v)
			l.redirectView(kids[0], v)
			if (l.retBody || l.retResp && entityRe.MatchString(l.Text(kids[0]))) && !v.IsConst() {
				// the handler's result is written to the response as is
				l.Emit(&ir.Instr{Op: ir.Call, Text: "ResponseBody", Callee: "org.springframework.web.bind.annotation.ResponseBody",
					Args: []ir.Operand{v}, Span: l.Span(kids[0])})
			}
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
	case "yield_statement":
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			v := l.expr(kids[0])
			if l.result != nil {
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: l.result, Args: []ir.Operand{v}, Span: l.Span(n)})
				l.Jump(l.resAt)
			}
		}
	case "throw_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		if len(l.Tries) > 0 {
			l.Cur = nil // the try's handler edges already leave every block of the try
		} else {
			l.Jump(l.Fn.Exit)
		}
	case "if_statement":
		l.ifStmt(n)
	case "for_statement":
		l.forStmt(n)
	case "enhanced_for_statement":
		l.forEach(n)
	case "while_statement":
		head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
		l.Jump(head)
		l.Cur = head
		l.loop(head, n, func() { l.stmtField(n, "body") }, syntax.ChildByField(n, "condition"), true)
	case "do_statement":
		l.doStmt(n)
	case "try_statement", "try_with_resources_statement":
		l.tryStmt(n)
	case "switch_expression", "switch_statement":
		l.switchExpr(n, nil)
	case "break_statement":
		l.breakTo(n, false)
	case "continue_statement":
		l.breakTo(n, true)
	case "labeled_statement":
		l.labeled(n)
	case "synchronized_statement":
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "parenthesized_expression" {
				l.expr(c)
			}
		}
		l.stmtField(n, "body")
	case "assert_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
		// a local class: its methods are functions of their own
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			if _, ok := l.classes[l.Text(nm)]; ok {
				l.classDecl(n, nil)
			}
		}
	case "ERROR":
		l.Mod.Errors++
	default:
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	}
}

func (l *lowerer) localDecl(n syntax.Node) {
	tn := syntax.ChildByField(n, "type")
	typ := l.typeName(tn)
	for _, d := range syntax.ChildrenByField(n, "declarator") {
		name, val := syntax.ChildByField(d, "name"), syntax.ChildByField(d, "value")
		if name == nil {
			continue
		}
		vt := typ
		if dims := syntax.ChildByField(d, "dimensions"); dims != nil {
			vt += strings.Repeat("[]", strings.Count(l.Text(dims), "["))
		}
		var v ir.Operand
		if val != nil {
			if it := l.typeOf(val); vt == "var" || strings.Contains(it, "()") {
				// var, or a value whose origin says more than its type
				// (PrintWriter w = response.getWriter())
				vt = it
			}
			v = l.exprTo(val, vt)
		} else {
			v = ir.C(ir.Const{Kind: ir.Null})
		}
		l.declare(l.Text(name), vt)
		dst := ir.Place{Base: l.Text(name)}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(d)})
	}
}

// exprTo lowers a value stored into a variable of type typ: a primitive
// keeps constants but no data.
func (l *lowerer) exprTo(n syntax.Node, typ string) ir.Operand {
	var v ir.Operand
	if n.Type() == "array_initializer" {
		v = l.build(syntax.NamedChildren(n), n)
	} else {
		v = l.expr(n)
	}
	if primitives[typ] && !v.IsConst() {
		return l.clean(v, n)
	}
	return v
}

// clean is a value of a primitive type made from v: no data flows.
func (l *lowerer) clean(v ir.Operand, n syntax.Node) ir.Operand {
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "(primitive)", Args: []ir.Operand{v}, Span: l.Span(n)})
	return ir.P(t)
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
		l.WithNote(fmt.Sprintf("in else-branch of line %d", ln), func() { l.stmt(alt) })
	}
	l.Jump(after)
	l.Place(after)
}

// condBranch lowers a condition as jumps: `a && b`, `a || b` and `!a`
// become branches of their own, so that each check's edges are known
// (`if ("asc".equals(d) || "desc".equals(d))` proves d clean on the
// true edge). It returns the blocks reached when the condition is true and
// when it is false; a nil condition may go either way.
func (l *lowerer) condBranch(n syntax.Node, tnote, fnote string) (*ir.Block, *ir.Block) {
	if n == nil {
		return l.Branch(nil, tnote, fnote)
	}
	switch n.Type() {
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.condBranch(kids[0], tnote, fnote)
		}
	case "unary_expression":
		if op := syntax.ChildByField(n, "operand"); op != nil && l.op(n) == "!" {
			f, t := l.condBranch(op, fnote, tnote)
			return t, f
		}
	case "binary_expression":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left == nil || right == nil {
			break
		}
		ln := irbuild.Line(n)
		switch l.op(n) {
		case "&&":
			ta, fa := l.condBranch(left, fmt.Sprintf("&&-true line %d", ln), fnote)
			l.Cur = ta
			tb, fb := l.condBranch(right, tnote, fnote)
			f := l.NewBlock(fnote)
			ir.Edge(fa, f)
			ir.Edge(fb, f)
			return tb, f
		case "||":
			ta, fa := l.condBranch(left, tnote, fmt.Sprintf("||-false line %d", ln))
			l.Cur = fa
			tb, fb := l.condBranch(right, tnote, fnote)
			t := l.NewBlock(tnote)
			ir.Edge(ta, t)
			ir.Edge(tb, t)
			return t, fb
		}
	}
	c := l.expr(n)
	return l.Branch(&c, tnote, fnote)
}

// labeled lowers a labelled statement: a loop or switch takes the label
// (break and continue name it); a labelled block is left by break label.
func (l *lowerer) labeled(n syntax.Node) {
	label := ""
	var body syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "identifier" && label == "" && body == nil {
			label = l.Text(c)
			continue
		}
		body = c
	}
	if body == nil {
		return
	}
	switch body.Type() {
	case "for_statement", "enhanced_for_statement", "while_statement", "do_statement", "switch_expression", "switch_statement":
		l.pending = label
		l.stmt(body)
		l.pending = ""
	default:
		// a labelled block: break label leaves it
		after := &ir.Block{Note: fmt.Sprintf("after block line %d", irbuild.Line(n))}
		l.loops = append(l.loops, loopCtx{label: label, head: after, after: after, isSwitch: true})
		l.stmt(body)
		l.loops = l.loops[:len(l.loops)-1]
		l.Jump(after)
		l.Place(after)
	}
}

// takeLabel returns the label pending for the loop being lowered.
func (l *lowerer) takeLabel() string {
	s := l.pending
	l.pending = ""
	return s
}

func (l *lowerer) breakTo(n syntax.Node, cont bool) {
	label := ""
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "identifier" {
			label = l.Text(c)
		}
	}
	for i := len(l.loops) - 1; i >= 0; i-- {
		lc := l.loops[i]
		if label != "" && lc.label != label {
			continue
		}
		if label == "" && cont && lc.isSwitch {
			continue
		}
		if cont {
			l.Jump(lc.head)
		} else {
			l.Jump(lc.after)
		}
		return
	}
	l.Cur = nil
}

// loop lowers a loop whose condition (nil: may run or not) is evaluated
// where lowering stands; continue goes to head.
func (l *lowerer) loop(head *ir.Block, n syntax.Node, bodyFill func(), cond syntax.Node, hasCond bool) {
	ln := irbuild.Line(n)
	label := l.takeLabel()
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	var body, exit *ir.Block
	if hasCond && cond != nil {
		body, exit = l.condBranch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	} else {
		body, exit = l.Branch(nil, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	}
	l.loops = append(l.loops, loopCtx{label: label, head: head, after: after})
	l.Cur = body
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.Cur = exit
	l.Place(after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	for _, init := range syntax.ChildrenByField(n, "init") {
		if init.Type() == "local_variable_declaration" {
			l.localDecl(init)
		} else {
			l.expr(init)
		}
	}
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	l.Cur = head
	// `continue` runs the update: it goes to a block holding it
	upd := syntax.ChildrenByField(n, "update")
	cont := head
	if len(upd) > 0 {
		cont = &ir.Block{Note: fmt.Sprintf("loop update line %d", irbuild.Line(n))}
	}
	cond := syntax.ChildByField(n, "condition")
	l.loop(cont, n, func() {
		l.stmtField(n, "body")
		if len(upd) > 0 {
			l.Place(cont)
			for _, u := range upd {
				l.expr(u)
			}
			l.Jump(head)
		}
	}, cond, cond != nil)
}

func (l *lowerer) forEach(n syntax.Node) {
	typ := l.typeName(syntax.ChildByField(n, "type"))
	val := syntax.ChildByField(n, "value")
	it := l.expr(val)
	if typ == "var" {
		typ = strings.TrimSuffix(l.typeOf(val), "[]")
	}
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	elem := ir.Operand{}
	if !it.IsConst() {
		elem = ir.P(it.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
	}
	name := syntax.ChildByField(n, "name")
	l.Cur = head
	l.loop(head, n, func() {
		if name != nil {
			l.declare(l.Text(name), typ)
			v := elem
			if primitives[typ] && !v.IsConst() {
				v = l.clean(v, n)
			}
			dst := ir.Place{Base: l.Text(name)}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n)})
		}
		l.stmtField(n, "body")
	}, nil, false)
}

func (l *lowerer) doStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	label := l.takeLabel()
	body := l.NewBlock(fmt.Sprintf("do body line %d", ln))
	l.Jump(body)
	l.Cur = body
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	condB := &ir.Block{Note: fmt.Sprintf("do condition line %d", ln)}
	l.loops = append(l.loops, loopCtx{label: label, head: condB, after: after})
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), func() { l.stmtField(n, "body") })
	l.loops = l.loops[:len(l.loops)-1]
	l.Place(condB)
	again, done := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("do again line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	ir.Edge(again, body)
	l.Cur = done
	l.Place(after)
}

func (l *lowerer) tryStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after try line %d", ln)}
	start := l.NewBlock(fmt.Sprintf("try line %d", ln))
	l.Jump(start)
	l.Cur = start
	l.PushTry(start)
	if res := syntax.ChildByField(n, "resources"); res != nil {
		for _, r := range syntax.NamedChildren(res) {
			if r.Type() != "resource" {
				continue
			}
			name, val := syntax.ChildByField(r, "name"), syntax.ChildByField(r, "value")
			if name == nil || val == nil {
				l.expr(r)
				continue
			}
			typ := l.typeName(syntax.ChildByField(r, "type"))
			v := l.exprTo(val, typ)
			l.declare(l.Text(name), typ)
			dst := ir.Place{Base: l.Text(name)}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(r)})
		}
	}
	l.stmtField(n, "body")
	tc := l.PopTry()
	var fin syntax.Node
	var catches []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "finally_clause":
			fin = c
		case "catch_clause":
			catches = append(catches, c)
		}
	}
	join := after
	var finB *ir.Block
	if fin != nil {
		finB = &ir.Block{Note: fmt.Sprintf("finally line %d", ln)}
		join = finB
	}
	l.Jump(join)
	for _, h := range catches {
		hb := l.NewBlock(fmt.Sprintf("catch line %d", irbuild.Line(h)))
		for _, b := range tc.Blocks {
			edgeOnce(b, hb)
		}
		l.Cur = hb
		l.WithNote(fmt.Sprintf("in catch block of line %d", irbuild.Line(h)), func() {
			for _, p := range syntax.NamedChildren(h) {
				if p.Type() != "catch_formal_parameter" {
					continue
				}
				if nm := syntax.ChildByField(p, "name"); nm != nil {
					typ := ""
					for _, c := range syntax.NamedChildren(p) {
						if c.Type() == "catch_type" {
							typ = l.typeName(syntax.NamedChildren(c)[0])
						}
					}
					l.declare(l.Text(nm), typ)
					t := l.Temp()
					l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(p)})
					dst := ir.Place{Base: l.Text(nm)}
					l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{ir.P(t)}, Span: l.Span(p)})
				}
			}
			l.stmtField(h, "body")
		})
		l.Jump(join)
	}
	if len(catches) == 0 && finB != nil {
		for _, b := range tc.Blocks {
			edgeOnce(b, finB)
		}
	}
	if finB != nil {
		l.Place(finB)
		l.WithNote(fmt.Sprintf("in finally block of line %d", irbuild.Line(fin)), func() {
			for _, c := range syntax.NamedChildren(fin) {
				l.stmt(c)
			}
		})
		l.Jump(after)
	}
	l.Place(after)
}

// edgeOnce links a block of a try body to its handler (or finally block)
// unless they are linked already. A block that branches on a condition
// keeps its two edges: its successors, in the try too, carry the state on.
func edgeOnce(from, to *ir.Block) {
	if from.Cond != nil {
		return
	}
	for _, s := range from.Succs {
		if s == to {
			return
		}
	}
	ir.Edge(from, to)
}

// switchExpr lowers a switch statement or expression. Each case label is
// a comparison with the subject (so a constant subject prunes the cases it
// cannot take); old-style groups fall through into the next one, arrow
// rules do not. For a switch expression, res receives each arm's value.
func (l *lowerer) switchExpr(n syntax.Node, res *ir.Place) {
	ln := irbuild.Line(n)
	label := l.takeLabel()
	subj := l.expr(syntax.ChildByField(n, "condition"))
	after := &ir.Block{Note: fmt.Sprintf("after switch line %d", ln)}
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return
	}
	savedRes, savedAt := l.result, l.resAt
	if res != nil {
		l.result, l.resAt = res, after
	}
	l.loops = append(l.loops, loopCtx{label: label, head: after, after: after, isSwitch: true})
	var fall *ir.Block
	var dflt syntax.Node
	arms := syntax.NamedChildren(body)
	for _, c := range arms {
		if c.Type() != "switch_block_statement_group" && c.Type() != "switch_rule" {
			continue
		}
		lbl := syntax.NamedChildren(c)
		if len(lbl) == 0 || lbl[0].Type() != "switch_label" {
			continue
		}
		values := syntax.NamedChildren(lbl[0])
		if len(values) == 0 || l.Text(lbl[0]) == "default" || strings.HasPrefix(l.Text(lbl[0]), "default") {
			dflt = c
			continue
		}
		var cond ir.Operand
		for i, v := range values {
			if v.Type() == "guard" {
				continue
			}
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "==", Args: []ir.Operand{subj, l.caseValue(v)}, Span: l.Span(v)})
			if i == 0 {
				cond = ir.P(t)
				continue
			}
			// several labels: the case runs when any of them matches
			o := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &o, Args: []ir.Operand{cond, ir.P(t)}, Span: l.Span(v)})
			cond = ir.P(o)
		}
		yes, no := l.Branch(&cond, fmt.Sprintf("case line %d", irbuild.Line(c)), fmt.Sprintf("next case line %d", irbuild.Line(c)))
		if fall != nil {
			ir.Edge(fall, yes)
		}
		l.Cur = yes
		l.WithNote(fmt.Sprintf("in case of line %d", irbuild.Line(c)), func() { l.arm(c, lbl[1:], res, after) })
		fall = nil
		if c.Type() == "switch_block_statement_group" {
			fall = l.Cur
		} else {
			l.Jump(after)
		}
		l.Cur = no
	}
	if dflt != nil {
		db := l.Block()
		if fall != nil {
			ir.Edge(fall, db)
		}
		lbl := syntax.NamedChildren(dflt)
		l.WithNote(fmt.Sprintf("in default case of line %d", irbuild.Line(dflt)), func() { l.arm(dflt, lbl[1:], res, after) })
	} else if fall != nil {
		ir.Edge(fall, after)
	}
	l.loops = l.loops[:len(l.loops)-1]
	l.result, l.resAt = savedRes, savedAt
	l.Jump(after)
	l.Place(after)
}

// caseValue is a case label's value. An enum constant (a bare name that
// is no variable or static field) is not a known constant.
func (l *lowerer) caseValue(v syntax.Node) ir.Operand {
	if v.Type() == "identifier" {
		if _, ok := l.vars.lookup(l.Text(v)); !ok && l.staticField(l.Text(v)) == "" {
			return ir.Operand{}
		}
	}
	return l.expr(v)
}

// arm lowers the body of a case: statements, or an arrow rule's
// expression (the switch expression's value).
func (l *lowerer) arm(c syntax.Node, body []syntax.Node, res *ir.Place, after *ir.Block) {
	for _, s := range body {
		if c.Type() == "switch_rule" && s.Type() == "expression_statement" && res != nil {
			kids := syntax.NamedChildren(s)
			if len(kids) == 1 {
				v := l.expr(kids[0])
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: res, Args: []ir.Operand{v}, Span: l.Span(s)})
				continue
			}
		}
		l.stmt(s)
	}
}
