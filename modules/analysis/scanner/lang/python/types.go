package python

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// Receiver types: the class of an object a method is called on, where the
// file shows it, so the call's canonical callee names that class's method
// (`self.session.post(url)` with `self.session = session or
// requests.Session()` in `__init__` is `requests.Session.post`; `h =
// Helper(cfg); h.run(x)` is `Helper.run`). Types come from
//   - a constructor call, a class named with a capital (`Helper(cfg)`,
//     `requests.Session()`), also as the last operand of `or`;
//   - a parameter's annotation (`session: Session`, `Optional[Session]`);
//   - request.files[...] / request.files.get(...) in a Flask file: a
//     werkzeug FileStorage;
// for fields set in any method of the class or as class attributes
// (`store = Store("/srv")`), and for names the function (or the module's
// top level) assigns. A name or field given two types has none.

// collectFieldTypes records the types of the fields of every class of
// the file (see above).
func (l *lowerer) collectFieldTypes(n syntax.Node, depth int) {
	if depth > 50 {
		return
	}
	switch n.Type() {
	case "class_definition":
		name, body := syntax.ChildByField(n, "name"), syntax.ChildByField(n, "body")
		if name == nil || body == nil {
			return
		}
		cls := l.Text(name)
		for _, st := range syntax.NamedChildren(body) {
			if st.Type() == "decorated_definition" {
				st = syntax.ChildByField(st, "definition")
				if st == nil {
					continue
				}
			}
			switch st.Type() {
			case "expression_statement":
				for _, a := range syntax.NamedChildren(st) {
					left, right := syntax.ChildByField(a, "left"), syntax.ChildByField(a, "right")
					if a.Type() == "assignment" && left != nil && right != nil && left.Type() == "identifier" {
						l.setFieldType(cls, l.Text(left), l.typeOf(right, nil))
					}
				}
			case "function_definition":
				l.methodFieldTypes(cls, st)
			case "class_definition":
				l.collectFieldTypes(st, depth+1)
			}
		}
		return
	case "module", "block", "if_statement", "else_clause", "elif_clause", "try_statement", "decorated_definition":
		for _, c := range syntax.NamedChildren(n) {
			l.collectFieldTypes(c, depth+1)
		}
	}
}

// exprType is typeOf, plus a name the file assigns a value of one known
// type (collectArgTypes).
func (l *lowerer) exprType(n syntax.Node) string {
	if n.Type() == "identifier" {
		if l.nameTypes == nil && l.root != nil {
			// a default value naming a module-level object, in a file
			// that does not construct its classes: walk it once now
			l.walkTypes(l.root, nil, nil)
		}
		return l.nameTypes[l.Text(n)]
	}
	return l.typeOf(n, nil)
}

// walkTypes fills nameTypes from the file's assignments and lists the
// calls of the classes named in classes.
func (l *lowerer) walkTypes(root syntax.Node, classes map[string]bool, calls *[]syntax.Node) {
	l.nameTypes = map[string]string{}
	var walk func(n syntax.Node, depth int)
	walk = func(n syntax.Node, depth int) {
		if depth > 200 {
			return
		}
		switch n.Type() {
		case "assignment":
			if left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right"); left != nil && right != nil && left.Type() == "identifier" {
				mergeType(l.nameTypes, l.Text(left), l.typeOf(right, nil))
			}
		case "call":
			if fn := syntax.ChildByField(n, "function"); calls != nil && fn != nil && fn.Type() == "identifier" && classes[l.Text(fn)] {
				*calls = append(*calls, n)
			}
		}
		for i, nc := 0, n.ChildCount(); i < nc; i++ {
			if c := n.Child(i); c.IsNamed() {
				walk(c, depth+1)
			}
		}
	}
	walk(root, 0)
}

// mergeType records t for k in m; two different types make none.
func mergeType(m map[string]string, k, t string) {
	if old, ok := m[k]; ok && old != t {
		t = ""
	}
	m[k] = t
}

// collectArgTypes records, before field types are collected, the types
// of the values the file passes to the constructors of its own classes
// (`Directory(conn)` with `conn = ldap3.Connection(...)`,
// `Index(etree.parse(p))`), by position ("#0") and keyword: a
// constructor's parameter of no annotation takes the type every call of
// the file that passes a known type there agrees on, so the field it is
// stored in is typed (`self.conn.search` is `ldap3.Connection.search`).
// Names are typed file-wide (nameTypes: every assignment of the name, in
// any function, makes the same type).
func (l *lowerer) collectArgTypes(root syntax.Node) {
	l.root = root
	classes := map[string]bool{}
	for _, st := range syntax.NamedChildren(root) {
		if st.Type() == "decorated_definition" {
			st = syntax.ChildByField(st, "definition")
		}
		if st != nil && st.Type() == "class_definition" {
			if nm := syntax.ChildByField(st, "name"); nm != nil {
				classes[l.Text(nm)] = true
			}
		}
	}
	// only a class the file constructs (`Name(` other than its own
	// `class Name(`) can have its parameters typed
	used := false
	for c := range classes {
		pat := []byte(c + "(")
		n := bytes.Count(l.Src, pat) - bytes.Count(l.Src, []byte("class "+c+"("))
		if n > 0 {
			used = true
			break
		}
	}
	if !used {
		return
	}
	var calls []syntax.Node
	l.walkTypes(root, classes, &calls)
	for _, c := range calls {
		cls := l.Text(syntax.ChildByField(c, "function"))
		args := syntax.ChildByField(c, "arguments")
		if args == nil {
			continue
		}
		pos := 0
		for _, a := range syntax.NamedChildren(args) {
			key, val := "", a
			switch a.Type() {
			case "keyword_argument":
				nm := syntax.ChildByField(a, "name")
				val = syntax.ChildByField(a, "value")
				if nm == nil || val == nil {
					continue
				}
				key = l.Text(nm)
			case "list_splat", "dictionary_splat", "comment":
				continue
			default:
				key = "#" + strconv.Itoa(pos)
				pos++
			}
			into := &l.ctorArgs
			t := l.exprType(val)
			if t == "" && val.Type() == "identifier" && l.Text(val) == "request" {
				if _, assigned := l.nameTypes["request"]; !assigned {
					// the web request (Flask's imported `request`, a
					// Django view's parameter): the constructor's
					// parameter reads the same places (`req.headers`
					// is `request.headers`)
					into, t = &l.ctorReq, Canonical(l.Mod.Imports, "request")
				}
			}
			if t == "" {
				continue // an untyped value says nothing
			}
			if *into == nil {
				*into = map[string]map[string]string{}
			}
			if (*into)[cls] == nil {
				(*into)[cls] = map[string]string{}
			}
			mergeType((*into)[cls], key, t)
		}
	}
}

// ctorParamTypes types the parameters of a constructor (`__init__` of
// the file's class) by what the file's calls of the class pass there
// (collectArgTypes): a known class, or the web request.
func (l *lowerer) ctorParamTypes(f *ir.Func) {
	if f.Name != "__init__" || f.Class == "" || l.ctorArgs[f.Class] == nil && l.ctorReq[f.Class] == nil {
		return
	}
	for i, p := range f.Params {
		for _, m := range []map[string]string{l.ctorArgs[f.Class], l.ctorReq[f.Class]} {
			t := m[p.Name]
			if t == "" {
				t = m["#"+strconv.Itoa(i)]
			}
			if t != "" && p.Name != t {
				if f.Types == nil {
					f.Types = map[string]string{}
				}
				f.Types[p.Name] = t
			}
		}
	}
}

// methodFieldTypes records the fields a method sets on its receiver
// from values of a known type.
func (l *lowerer) methodFieldTypes(cls string, def syntax.Node) {
	ps := syntax.ChildByField(def, "parameters")
	body := syntax.ChildByField(def, "body")
	if ps == nil || body == nil {
		return
	}
	params := syntax.NamedChildren(ps)
	if len(params) == 0 || params[0].Type() != "identifier" {
		return
	}
	recv := l.Text(params[0])
	annotated := map[string]string{}
	ctor := false
	if nm := syntax.ChildByField(def, "name"); nm != nil && l.Text(nm) == "__init__" {
		ctor = true
	}
	for i, p := range params[1:] {
		id, t, dflt := syntax.ChildByField(p, "name"), syntax.ChildByField(p, "type"), syntax.ChildByField(p, "value")
		switch p.Type() {
		case "identifier":
			id = p
		case "typed_parameter":
			id = firstIdent(p)
		case "default_parameter", "typed_default_parameter":
		default:
			id = nil
		}
		if id == nil {
			continue
		}
		name := l.Text(id)
		typ := ""
		if t != nil {
			typ = l.annotationType(t)
		}
		if typ == "" && dflt != nil {
			// a default value of a known type (`tree=CATALOG`, `conn=Connection(...)`)
			typ = l.exprType(dflt)
		}
		if typ == "" && ctor {
			// what the file's calls of the constructor pass there
			typ = l.ctorArgs[cls][name]
			if typ == "" {
				typ = l.ctorArgs[cls]["#"+strconv.Itoa(i)]
			}
		}
		if typ != "" {
			annotated[name] = typ
		}
	}
	var walk func(n syntax.Node, depth int)
	walk = func(n syntax.Node, depth int) {
		if depth > 30 {
			return
		}
		switch n.Type() {
		case "function_definition", "class_definition", "lambda":
			return
		case "assignment":
			left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
			if left != nil && right != nil && left.Type() == "attribute" {
				obj, attr := syntax.ChildByField(left, "object"), syntax.ChildByField(left, "attribute")
				if obj != nil && attr != nil && obj.Type() == "identifier" && l.Text(obj) == recv {
					l.setFieldType(cls, l.Text(attr), l.typeOf(right, annotated))
				}
			}
			return
		}
		for _, c := range syntax.NamedChildren(n) {
			walk(c, depth+1)
		}
	}
	walk(body, 0)
}

func (l *lowerer) setFieldType(cls, field, typ string) {
	if l.fieldTypes == nil {
		l.fieldTypes = map[string]map[string]string{}
	}
	fs := l.fieldTypes[cls]
	if fs == nil {
		fs = map[string]string{}
		l.fieldTypes[cls] = fs
	}
	if old, ok := fs[field]; ok && old != typ {
		fs[field] = "" // two types (or an unknown one): none
		return
	}
	fs[field] = typ
}

// typeOf is the class of the value an expression makes, or "".
func (l *lowerer) typeOf(n syntax.Node, annotated map[string]string) string {
	switch n.Type() {
	case "call":
		fn := syntax.ChildByField(n, "function")
		if fn == nil || fn.Type() != "identifier" && fn.Type() != "attribute" {
			return ""
		}
		text := irbuild.NormText(l.Text(fn))
		if l.isFileUpload(text) {
			return fileStorage
		}
		if last := text[strings.LastIndexByte(text, '.')+1:]; last == "" || last[0] < 'A' || last[0] > 'Z' {
			return ""
		}
		return Canonical(l.Mod.Imports, text)
	case "subscript":
		if v := syntax.ChildByField(n, "value"); v != nil && l.isFileUpload(irbuild.NormText(l.Text(v))) {
			return fileStorage
		}
	case "boolean_operator":
		if r := syntax.ChildByField(n, "right"); r != nil {
			if t := l.typeOf(r, annotated); t != "" {
				return t
			}
		}
		if lf := syntax.ChildByField(n, "left"); lf != nil {
			return l.typeOf(lf, annotated)
		}
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.typeOf(kids[0], annotated)
		}
	case "identifier":
		return annotated[l.Text(n)]
	}
	return ""
}

// fileStorage is the class of Flask's uploaded files.
const fileStorage = "werkzeug.datastructures.FileStorage"

// isFileUpload reports whether text is Flask's request.files (subscripted)
// or request.files.get in a file that imports flask's request.
func (l *lowerer) isFileUpload(text string) bool {
	if text != "request.files" && text != "request.files.get" {
		return false
	}
	return l.Mod.Imports["request"] == "flask.request"
}

// annotationType is the class a parameter annotation names (Optional[X]
// and X | None as X), or "".
func (l *lowerer) annotationType(t syntax.Node) string {
	text := irbuild.NormText(l.Text(t))
	if in, ok := strings.CutPrefix(text, "Optional["); ok {
		text = strings.TrimSuffix(in, "]")
	}
	text = strings.TrimSuffix(text, "|None")
	text = strings.Trim(text, `"'`)
	last := text[strings.LastIndexByte(text, '.')+1:]
	if last == "" || last[0] < 'A' || last[0] > 'Z' || strings.ContainsAny(text, "[]|,()") {
		return ""
	}
	return Canonical(l.Mod.Imports, text)
}

// noteLocalType records the type of a name the current function assigns.
func (l *lowerer) noteLocalType(name string, value syntax.Node) {
	if l.Fn == nil {
		return
	}
	// every assigned name is recorded in l.locals ("" when its type is
	// unknown: it hides a module-level name of a known type); f.Types
	// (which the engine reads for source places) holds the known ones
	typ := l.typeOf(value, nil)
	if l.locals == nil {
		l.locals = map[*ir.Func]map[string]string{}
	}
	ls := l.locals[l.Fn]
	if ls == nil {
		ls = map[string]string{}
		l.locals[l.Fn] = ls
	}
	if old, ok := ls[name]; ok && old != typ {
		typ = ""
	}
	ls[name] = typ
	if typ == "" {
		delete(l.Fn.Types, name)
		return
	}
	if l.Fn.Types == nil {
		l.Fn.Types = map[string]string{}
	}
	l.Fn.Types[name] = typ
}

// calleeOf is the canonical symbol of a callee as written: a method of a
// receiver whose type the file shows names that type's method, else the
// text resolved through imports.
func (l *lowerer) calleeOf(text string) string {
	head, rest := text, ""
	if i := strings.IndexAny(text, ".(["); i >= 0 {
		head, rest = text[:i], text[i:]
	}
	if f := l.Fn; f != nil && strings.HasPrefix(rest, ".") {
		if f.Recv != "" && head == f.Recv && f.Class != "" {
			// self.field.m
			field := rest[1:]
			if i := strings.IndexAny(field, ".(["); i > 0 && field[i] == '.' {
				if t := l.fieldTypes[f.Class][field[:i]]; t != "" {
					return t + field[i:]
				}
			}
		} else if t, ok := l.locals[f][head]; ok {
			if t != "" {
				return t + rest
			}
		} else if t := f.Types[head]; t != "" && isParam(f, head) {
			// a constructor's parameter typed by the file's calls
			return t + rest
		} else if top := l.Mod.Top; top != nil && top != f && top.Types[head] != "" && !isParam(f, head) {
			return top.Types[head] + rest
		}
	}
	return Canonical(l.Mod.Imports, text)
}

func isParam(f *ir.Func, name string) bool {
	for _, p := range f.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// collectSignatures records the parameter names of the file's top-level
// functions (by name), of its classes' constructors (by class name, from
// `__init__`, without self) and of their methods ("Cls.m"), up to the
// first `*args`/`**kw`, so keyword arguments of calls of them become the
// positional arguments they stand for (see keywordsToPositions).
func (l *lowerer) collectSignatures(root syntax.Node) {
	l.sigs = map[string][]string{}
	l.classes = map[string]bool{}
	l.props = map[string]bool{}
	var def func(key string, n syntax.Node, method bool)
	def = func(key string, n syntax.Node, method bool) {
		ps := syntax.ChildByField(n, "parameters")
		if ps == nil {
			return
		}
		var names []string
		for _, p := range syntax.NamedChildren(ps) {
			var id syntax.Node
			switch p.Type() {
			case "identifier":
				id = p
			case "default_parameter", "typed_default_parameter":
				id = syntax.ChildByField(p, "name")
			case "typed_parameter":
				id = firstIdent(p)
			}
			if id == nil {
				break // *args, **kw, `*`, `/`: positions past it are unknown
			}
			names = append(names, l.Text(id))
		}
		if method {
			if len(names) == 0 {
				return
			}
			names = names[1:]
		}
		if _, dup := l.sigs[key]; dup {
			l.sigs[key] = nil // defined twice: unknown
			return
		}
		l.sigs[key] = names
	}
	for _, st := range syntax.NamedChildren(root) {
		if st.Type() == "decorated_definition" {
			st = syntax.ChildByField(st, "definition")
			if st == nil {
				continue
			}
		}
		switch st.Type() {
		case "function_definition":
			if nm := syntax.ChildByField(st, "name"); nm != nil {
				def(l.Text(nm), st, false)
			}
		case "class_definition":
			nm, body := syntax.ChildByField(st, "name"), syntax.ChildByField(st, "body")
			if nm == nil || body == nil {
				continue
			}
			cls := l.Text(nm)
			l.classes[cls] = true
			for _, m := range syntax.NamedChildren(body) {
				decorated, dd := false, m
				if m.Type() == "decorated_definition" {
					decorated = true
					m = syntax.ChildByField(m, "definition")
					if m == nil {
						continue
					}
				}
				if m.Type() != "function_definition" {
					continue
				}
				mn := syntax.ChildByField(m, "name")
				if mn == nil {
					continue
				}
				if decorated && isProperty(l, dd) {
					l.props[cls+"."+l.Text(mn)] = true
				}
				if name := l.Text(mn); name == "__init__" {
					def(cls, m, true)
				} else if !decorated {
					// (a staticmethod or classmethod has another first
					// parameter)
					def(cls+"."+name, m, true)
				}
			}
		}
	}
}

// keywordsToPositions moves the keyword arguments of a call of one of
// the file's functions, constructors or methods of a typed receiver into
// the positions of the parameters they name (missing positions before
// them are None), so summaries (by parameter position) see them:
// `Query("t", name=request.args["n"])` passes the source to name.
func (l *lowerer) keywordsToPositions(in *ir.Instr, bare bool) {
	if len(in.Kwargs) == 0 || len(l.sigs) == 0 {
		return
	}
	var sig []string
	switch {
	case bare && in.Callee == in.Text:
		sig = l.sigs[in.Text]
	case !bare && in.Callee != in.Text:
		if i := strings.IndexByte(in.Callee, '.'); i > 0 && l.classes[in.Callee[:i]] {
			sig = l.sigs[in.Callee]
		}
	}
	if len(sig) == 0 {
		return
	}
	var rest []ir.Kwarg
	positional := len(in.Args)
	set := map[int]bool{}
	for _, kw := range in.Kwargs {
		i := slices.Index(sig, kw.Name)
		if i < positional || set[i] {
			rest = append(rest, kw) // unknown name, or given twice
			continue
		}
		for len(in.Args) <= i {
			in.Args = append(in.Args, ir.C(ir.Const{Kind: ir.Null}))
		}
		in.Args[i] = kw.Val
		set[i] = true
	}
	in.Kwargs = rest
}

// isProperty reports whether a decorated method's decorators include @property
// (or functools.cached_property).
func isProperty(l *lowerer, dd syntax.Node) bool {
	for _, d := range syntax.NamedChildren(dd) {
		if d.Type() != "decorator" {
			continue
		}
		switch t := irbuild.NormText(strings.TrimPrefix(l.Text(d), "@")); t {
		case "property", "cached_property", "functools.cached_property":
			return true
		}
	}
	return false
}

// propertyRead lowers the read of a @property of one of the file's
// classes, on the method's own receiver or on a name of that class, as a
// call of the property's method (its summary then applies: fields it
// reads, what it returns), or reports false.
func (l *lowerer) propertyRead(n syntax.Node) (ir.Operand, bool) {
	obj, attr := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "attribute")
	f := l.Fn
	if len(l.props) == 0 || f == nil || obj == nil || attr == nil || obj.Type() != "identifier" {
		return ir.Operand{}, false
	}
	o, name := l.Text(obj), l.Text(attr)
	cls := ""
	switch {
	case o == f.Recv && f.Class != "":
		cls = f.Class
	default:
		cls = l.locals[f][o]
	}
	if cls == "" || !l.props[cls+"."+name] {
		return ir.Operand{}, false
	}
	recv := ir.P(ir.Place{Base: o})
	text := o + "." + name
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: text, Callee: cls + "." + name, Recv: &recv}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t), true
}
