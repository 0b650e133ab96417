package java

import (
	"fmt"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// ---- names and types ---------------------------------------------------------

// javaxName gives jakarta.* names of the Servlet, JAX-RS and persistence
// APIs as their javax.* twins (one set of models covers both).
func javaxName(s string) string {
	for _, p := range []string{"jakarta.servlet", "jakarta.ws.rs", "jakarta.persistence", "jakarta.xml"} {
		if strings.HasPrefix(s, p) {
			return "javax" + strings.TrimPrefix(s, "jakarta")
		}
	}
	return s
}

// typeName is the canonical name of a type node ("" for none).
func (l *lowerer) typeName(n syntax.Node) string {
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "generic_type":
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			return l.typeName(kids[0])
		}
	case "array_type":
		el := l.typeName(syntax.ChildByField(n, "element"))
		dims := syntax.ChildByField(n, "dimensions")
		k := 1
		if dims != nil {
			k = strings.Count(l.Text(dims), "[")
		}
		return el + strings.Repeat("[]", k)
	case "annotated_type":
		kids := syntax.NamedChildren(n)
		if len(kids) > 0 {
			return l.typeName(kids[len(kids)-1])
		}
	case "integral_type", "floating_point_type", "boolean_type", "void_type":
		return l.Text(n)
	}
	return l.resolveType(irbuild.NormText(l.Text(n)))
}

// resolveType resolves a type or class name as written to its canonical
// name: imports, classes of the file, java.lang, wildcard imports of the
// packages known to the models; other names stay as written.
func (l *lowerer) resolveType(name string) string {
	if i := strings.IndexByte(name, '<'); i >= 0 {
		j := strings.LastIndexByte(name, '>')
		if j > i {
			name = name[:i] + name[j+1:]
		} else {
			name = name[:i]
		}
	}
	dims := ""
	for strings.HasSuffix(name, "[]") {
		dims += "[]"
		name = strings.TrimSuffix(name, "[]")
	}
	head, rest := name, ""
	if i := strings.IndexByte(name, '.'); i >= 0 {
		head, rest = name[:i], name[i:]
	}
	out := name
	switch {
	case l.Mod.Imports[head] != "":
		out = l.Mod.Imports[head] + rest
	case l.classes[head] != nil:
		out = l.classes[head].canon + rest
	case javaLang[head]:
		out = "java.lang." + name
	case rest == "":
		for _, p := range l.wild {
			if knownClasses[p][name] {
				out = p + "." + name
				break
			}
		}
	}
	return javaxName(out) + dims
}

// isType reports whether a name (not a variable) is a class: imported,
// declared here, java.lang, or capitalised as classes are.
func (l *lowerer) isType(name string) bool {
	if _, ok := l.vars.lookup(name); ok {
		return false
	}
	if l.fieldType(name) != "" || l.isField(name) {
		return false
	}
	if l.Mod.Imports[name] != "" || l.classes[name] != nil || javaLang[name] {
		return true
	}
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}

func (l *lowerer) isField(name string) bool {
	if l.class == nil {
		return false
	}
	_, ok := l.class.fields[name]
	return ok
}

func (l *lowerer) fieldType(name string) string {
	if l.class == nil {
		return ""
	}
	return l.class.fields[name]
}

// staticField is the place name of a static field of the current class
// ("A.f"), or "".
func (l *lowerer) staticField(name string) string {
	if l.class != nil && l.class.static[name] {
		return l.class.name + "." + name
	}
	return ""
}

// typeOf is the canonical type of an expression, when the front end knows it.
func (l *lowerer) typeOf(n syntax.Node) string {
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "identifier":
		name := l.Text(n)
		if t, ok := l.vars.lookup(name); ok {
			return t
		}
		return l.fieldType(name)
	case "this":
		if l.class != nil {
			return l.class.canon
		}
	case "field_access":
		obj, fld := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "field")
		if obj == nil || fld == nil {
			return ""
		}
		if obj.Type() == "this" {
			return l.fieldType(l.Text(fld))
		}
		if obj.Type() == "identifier" && l.isType(l.Text(obj)) {
			key := l.Text(obj) + "." + l.Text(fld)
			if t, ok := l.statics[key]; ok {
				return t
			}
			return staticFieldTypes[l.resolveType(key)]
		}
		if ot := l.typeOf(obj); ot != "" {
			if c := l.classByCanon(ot); c != nil {
				return c.fields[l.Text(fld)]
			}
		}
	case "method_invocation":
		_, canon, _ := l.calleeNames(n)
		if t := returnType(canon); t != "" {
			return t
		}
		if i := strings.LastIndexByte(canon, '.'); i > 0 {
			if c := l.classByCanon(canon[:i]); c != nil {
				return c.methods[canon[i+1:]]
			}
		}
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			if syntax.ChildByField(n, "object") == nil && l.class != nil {
				return l.class.methods[l.Text(nm)]
			}
			return primitiveMethods[l.Text(nm)]
		}
	case "object_creation_expression":
		return l.typeName(syntax.ChildByField(n, "type"))
	case "array_creation_expression":
		return l.typeName(syntax.ChildByField(n, "type")) + "[]"
	case "cast_expression":
		return l.typeName(syntax.ChildByField(n, "type"))
	case "string_literal", "text_block":
		return "java.lang.String"
	case "binary_expression":
		if l.op(n) == "+" && (l.typeOf(syntax.ChildByField(n, "left")) == "java.lang.String" || l.typeOf(syntax.ChildByField(n, "right")) == "java.lang.String") {
			return "java.lang.String"
		}
	case "array_access":
		return strings.TrimSuffix(l.typeOf(syntax.ChildByField(n, "array")), "[]")
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.typeOf(kids[0])
		}
	case "ternary_expression":
		return l.typeOf(syntax.ChildByField(n, "consequence"))
	}
	return ""
}

func (l *lowerer) classByCanon(canon string) *classInfo {
	for _, c := range l.classes {
		if c.canon == canon {
			return c
		}
	}
	return nil
}

// ---- places ----------------------------------------------------------------

// placeOf lowers an access path (x, this, this.f, x.f, a[i]) to a place. A
// bare name that is a field of the class reads this.f (a static field: the
// place "Class.f", which the top level initialises).
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "identifier":
		name := l.Text(n)
		if _, ok := l.vars.lookup(name); ok {
			return ir.Place{Base: name}, true
		}
		if s := l.staticField(name); s != "" {
			return ir.Place{Base: s}, true
		}
		if l.isField(name) {
			return ir.Place{Base: "this", Path: []ir.Elem{{Kind: ir.Field, Name: name}}}, true
		}
		return ir.Place{Base: name}, true
	case "this":
		return ir.Place{Base: "this"}, true
	case "field_access":
		obj, fld := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "field")
		if obj == nil || fld == nil {
			return ir.Place{}, false
		}
		if obj.Type() == "identifier" {
			key := l.Text(obj) + "." + l.Text(fld)
			if _, ok := l.statics[key]; ok && l.isType(l.Text(obj)) {
				return ir.Place{Base: key}, true
			}
		}
		if obj.Type() == "this" && l.staticField(l.Text(fld)) != "" {
			return ir.Place{Base: l.staticField(l.Text(fld))}, true
		}
		return l.asPlace(obj).Extend(ir.Elem{Kind: ir.Field, Name: l.Text(fld)}), true
	case "array_access":
		arr, idx := syntax.ChildByField(n, "array"), syntax.ChildByField(n, "index")
		if arr == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(arr)
		e := ir.Elem{Kind: ir.AnyElem}
		if idx != nil {
			k := l.expr(idx)
			if k.IsConst() && k.Const.Kind == ir.Int {
				e = ir.Elem{Kind: ir.Key, Name: strconv.FormatInt(k.Const.I, 10)}
			}
		}
		return base.Extend(e), true
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.placeOf(kids[0])
		}
	}
	return ir.Place{}, false
}

func (l *lowerer) asPlace(n syntax.Node) ir.Place {
	if p, ok := l.placeOf(n); ok {
		return p
	}
	return l.Hold(l.expr(n), n)
}

// assignTo stores v into a target place, keeping primitives clean.
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	dst, ok := l.placeOf(target)
	if !ok {
		return
	}
	if primitives[l.typeOf(target)] && !v.IsConst() {
		v = l.clean(v, at)
	}
	l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
}

// ---- expressions -------------------------------------------------------------

var compareOps = map[string]bool{"==": true, "!=": true, "<": true, "<=": true, ">": true, ">=": true}

// op is a binary or assignment expression's operator.
func (l *lowerer) op(n syntax.Node) string {
	if o := syntax.ChildByField(n, "operator"); o != nil {
		return l.Text(o)
	}
	for i := 0; i < n.ChildCount(); i++ {
		if c := n.Child(i); !c.IsNamed() {
			return l.Text(c)
		}
	}
	return ""
}

// strValue is the value of a string literal or text block.
func (l *lowerer) strValue(n syntax.Node) string {
	var sb strings.Builder
	for i := 0; i < n.ChildCount(); i++ {
		k := n.Child(i)
		switch k.Type() {
		case "string_fragment", "multiline_string_fragment":
			sb.WriteString(l.Text(k))
		case "escape_sequence":
			if s, err := strconv.Unquote(`"` + l.Text(k) + `"`); err == nil {
				sb.WriteString(s)
			} else {
				sb.WriteString(l.Text(k))
			}
		}
	}
	return sb.String()
}

// expr lowers an expression and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return ir.Operand{}
	}
	switch n.Type() {
	case "identifier", "this", "field_access", "array_access":
		if n.Type() == "field_access" || n.Type() == "identifier" {
			// String.CASE_INSENSITIVE_ORDER, a class name: no data
			if n.Type() == "identifier" && l.isType(l.Text(n)) && l.Mod.Imports[l.Text(n)] != "" {
				return ir.Operand{}
			}
		}
		if p, ok := l.placeOf(n); ok {
			if n.Type() == "field_access" && primitives[l.typeOf(n)] {
				// obj.cursor where the class declares `long cursor`: a
				// number or a boolean read from an object (one Jackson
				// filled from the request) carries no text
				return l.clean(ir.P(p), n)
			}
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "null_literal":
		return ir.C(ir.Const{Kind: ir.Null})
	case "true":
		return ir.C(ir.Const{Kind: ir.Bool, I: 1})
	case "false":
		return ir.C(ir.Const{Kind: ir.Bool})
	case "decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal":
		t := strings.TrimRight(strings.ReplaceAll(l.Text(n), "_", ""), "lL")
		if n.Type() == "octal_integer_literal" && len(t) > 1 {
			t = "0o" + t[1:]
		}
		if i, err := strconv.ParseInt(t, 0, 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: i})
		}
		return ir.Operand{}
	case "decimal_floating_point_literal", "hex_floating_point_literal":
		f, err := strconv.ParseFloat(strings.TrimRight(strings.ReplaceAll(l.Text(n), "_", ""), "fFdD"), 64)
		if err != nil {
			return ir.Operand{}
		}
		return ir.C(ir.Const{Kind: ir.Float, F: f})
	case "string_literal", "text_block":
		return ir.C(ir.Const{Kind: ir.Str, S: l.strValue(n)})
	case "character_literal":
		s, err := strconv.Unquote(l.Text(n))
		if err != nil {
			s = strings.Trim(l.Text(n), "'")
		}
		return ir.C(ir.Const{Kind: ir.Str, S: s})
	case "class_literal":
		return ir.Operand{}
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) >= 1 {
			return l.expr(kids[0])
		}
		return ir.Operand{}
	case "cast_expression":
		v := l.expr(syntax.ChildByField(n, "value"))
		if primitives[l.typeName(syntax.ChildByField(n, "type"))] && !v.IsConst() {
			return l.clean(v, n)
		}
		return v
	case "method_invocation", "object_creation_expression", "explicit_constructor_invocation":
		return l.call(n)
	case "assignment_expression":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left == nil || right == nil {
			return ir.Operand{}
		}
		op := strings.TrimSuffix(l.op(n), "=")
		var v ir.Operand
		if op == "" {
			v = l.exprTo(right, "")
		} else {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{l.expr(left), l.expr(right)}, Span: l.Span(n)})
			v = ir.P(t)
		}
		l.assignTo(left, v, n)
		return v
	case "update_expression":
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			return ir.Operand{}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "+", Args: []ir.Operand{l.expr(kids[0]), ir.C(ir.Const{Kind: ir.Int, I: 1})}, Span: l.Span(n)})
		l.assignTo(kids[0], ir.P(t), n)
		return ir.P(t)
	case "binary_expression":
		op := l.op(n)
		if op == "||" || op == "&&" {
			return l.shortCircuit(n, op)
		}
		a, b := l.expr(syntax.ChildByField(n, "left")), l.expr(syntax.ChildByField(n, "right"))
		if op == "+" && l.typeOf(n) == "java.lang.String" {
			// "n=" + list.isEmpty(): a number or a boolean joined into text
			// adds digits or true/false, none of its inputs' text
			a, b = l.primOperand(syntax.ChildByField(n, "left"), a), l.primOperand(syntax.ChildByField(n, "right"), b)
		}
		t := l.Temp()
		kind := ir.Binary
		if compareOps[op] {
			kind = ir.Compare
		}
		l.Emit(&ir.Instr{Op: kind, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Span: l.Span(n)})
		return ir.P(t)
	case "unary_expression":
		op := l.op(n)
		arg := l.expr(syntax.ChildByField(n, "operand"))
		t := l.Temp()
		switch op {
		case "!":
			l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{arg}, Span: l.Span(n)})
		case "-":
			if arg.IsConst() && arg.Const.Kind == ir.Int {
				return ir.C(ir.Const{Kind: ir.Int, I: -arg.Const.I})
			}
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u-", Args: []ir.Operand{arg}, Span: l.Span(n)})
		default:
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u" + op, Args: []ir.Operand{arg}, Span: l.Span(n)})
		}
		return ir.P(t)
	case "instanceof_expression":
		left := syntax.ChildByField(n, "left")
		v := l.expr(left)
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			// o instanceof String s: s is o
			l.declare(l.Text(nm), l.typeName(syntax.ChildByField(n, "right")))
			dst := ir.Place{Base: l.Text(nm)}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n)})
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "instanceof", Args: []ir.Operand{v}, Span: l.Span(n)})
		return ir.P(t)
	case "ternary_expression":
		return l.ternary(n)
	case "array_creation_expression":
		if v := syntax.ChildByField(n, "value"); v != nil {
			return l.build(syntax.NamedChildren(v), v)
		}
		for _, d := range syntax.NamedChildren(n) {
			if d.Type() == "dimensions_expr" {
				l.expr(d)
			}
		}
		return l.build(nil, n)
	case "array_initializer":
		return l.build(syntax.NamedChildren(n), n)
	case "lambda_expression":
		f := l.function(n, "", false)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(n)})
		return ir.P(t)
	case "method_reference":
		return ir.Operand{}
	case "switch_expression":
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Null})}, Span: l.Span(n)})
		l.switchExpr(n, &t)
		return ir.P(t)
	case "line_comment", "block_comment", "type_arguments", "marker_annotation", "annotation":
		return ir.Operand{}
	case "ERROR":
		l.Mod.Errors++
		return ir.Operand{}
	}
	return l.opaque(syntax.NamedChildren(n), n)
}

func (l *lowerer) opaque(parts []syntax.Node, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(parts))
	for _, p := range parts {
		args = append(args, l.expr(p))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: args, Span: l.Span(n)})
	return ir.P(t)
}

func (l *lowerer) build(elems []syntax.Node, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(elems))
	for _, e := range elems {
		args = append(args, l.expr(e))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Span: l.Span(n)})
	return ir.P(t)
}

// shortCircuit lowers a || b and a && b into branches.
func (l *lowerer) shortCircuit(n syntax.Node, op string) ir.Operand {
	a := l.expr(syntax.ChildByField(n, "left"))
	// &&: the right side runs when the left is true
	return l.ShortCircuit(n, op, a, true, op != "||", func() (ir.Operand, bool) {
		return l.expr(syntax.ChildByField(n, "right")), true
	})
}

func (l *lowerer) ternary(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	t := l.Temp()
	yes, no := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("ternary-true line %d", ln), fmt.Sprintf("ternary-false line %d", ln))
	return l.Conditional(n, t, yes, no, func(i int) (ir.Operand, ir.Span, bool) {
		return l.expr(syntax.ChildByField(n, [2]string{"consequence", "alternative"}[i])), l.Span(n), true
	})
}

// ---- calls -----------------------------------------------------------------

// calleeText is the callee as written, whitespace removed (as the
// scanner's calleeOf computes it): `request.getParameter`, `File` for
// `new File(...)`.
func (l *lowerer) calleeText(n syntax.Node) string {
	if n.Type() == "object_creation_expression" {
		if t := syntax.ChildByField(n, "type"); t != nil {
			return irbuild.NormText(l.Text(t))
		}
	}
	end := n.EndByte()
	if args := syntax.ChildByField(n, "arguments"); args != nil {
		end = args.StartByte()
	}
	s := irbuild.NormText(string(l.Src[n.StartByte():end]))
	if i := strings.IndexByte(s, '<'); i > 0 && strings.HasSuffix(s, ">") && !strings.Contains(s, "->") {
		s = s[:i]
	}
	return strings.TrimSuffix(s, "(")
}

// recvKind says what a method call's object is.
type recvKind uint8

const (
	recvNone  recvKind = iota // m(x)
	recvClass                 // C.m(x), a.b.C.m(x): a static call
	recvValue                 // x.m(), this.m(), f().m()
)

// calleeNames returns a call's text, its canonical symbol and what its
// object is. A method of a value resolves through the value's type.
func (l *lowerer) calleeNames(n syntax.Node) (text, canon string, kind recvKind) {
	key := uint64(n.StartByte())<<32 | uint64(n.EndByte())
	if c, ok := l.callees[key]; ok {
		return c.text, c.canon, c.kind
	}
	text, canon, kind = l.resolveCallee(n)
	if l.callees == nil {
		l.callees = map[uint64]calleeInfo{}
	}
	l.callees[key] = calleeInfo{text, canon, kind}
	return text, canon, kind
}

// calleeInfo is a call's names, computed once per call (typeOf asks for
// them again and again along a chain).
type calleeInfo struct {
	text, canon string
	kind        recvKind
}

func (l *lowerer) resolveCallee(n syntax.Node) (text, canon string, kind recvKind) {
	text = l.calleeText(n)
	switch n.Type() {
	case "object_creation_expression":
		return text, l.typeName(syntax.ChildByField(n, "type")), recvNone
	case "explicit_constructor_invocation":
		return text, text, recvNone
	}
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	obj := syntax.ChildByField(n, "object")
	if obj == nil {
		if sym := l.Mod.Imports[name]; sym != "" {
			return text, sym, recvNone
		}
		return text, text, recvNone
	}
	if obj.Type() == "super" {
		return text, text, recvNone
	}
	if l.isClassRef(obj) {
		return text, l.resolveType(irbuild.NormText(l.Text(obj))) + "." + name, recvClass
	}
	if t := l.typeOf(obj); t != "" {
		return text, t + "." + name, recvValue
	}
	if obj.Type() == "method_invocation" {
		// a method of an unknown result: named after the call that made
		// it (webClient.get().uri is ...WebClient.get().uri)
		_, rc, _ := l.calleeNames(obj)
		return text, rc + "()." + name, recvValue
	}
	return text, javaxName(ir.Canonical(l.Mod.Imports, text)), recvValue
}

// isClassRef reports whether an object expression names a class (a static
// call's qualifier) rather than a value.
func (l *lowerer) isClassRef(obj syntax.Node) bool {
	switch obj.Type() {
	case "identifier":
		return l.isType(l.Text(obj))
	case "field_access", "scoped_identifier":
		// a.b.C (a package-qualified class) or Outer.Inner
		head := obj
		for head.Type() == "field_access" || head.Type() == "scoped_identifier" {
			next := syntax.ChildByField(head, "object")
			if next == nil {
				next = syntax.ChildByField(head, "scope")
			}
			if next == nil {
				return false
			}
			head = next
		}
		if head.Type() != "identifier" {
			return false
		}
		h := l.Text(head)
		if _, ok := l.vars.lookup(h); ok || l.isField(h) {
			return false
		}
		if l.Mod.Imports[h] != "" || l.classes[h] != nil || javaLang[h] {
			// System.out is a value (a static field), Outer.Inner a class
			last := l.Text(syntax.ChildByField(obj, "field"))
			return last != "" && last[0] >= 'A' && last[0] <= 'Z'
		}
		return h != "" && h[0] >= 'a' && h[0] <= 'z' && strings.ContainsAny(irbuild.NormText(l.Text(obj)), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	}
	return false
}

// builders are the fluent methods whose result is their receiver
// (sb.append(a).append(b) appends both to sb).
var builders = map[string]bool{"append": true, "insert": true}

// call lowers a method call or `new T(...)`: the callee as written and its
// canonical symbol, the receiver of a method call, the arguments. An
// anonymous class body's methods become closures.
func (l *lowerer) call(n syntax.Node) ir.Operand {
	text, canon, kind := l.calleeNames(n)
	if v, ok := l.accessorCall(n, kind); ok {
		return v
	}
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: text, Callee: canon}
	var root *ir.Place // a fluent builder call's receiver
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	if obj := syntax.ChildByField(n, "object"); obj != nil && kind == recvValue {
		r := l.expr(obj)
		if obj.Type() == "method_invocation" {
			if rp, ok := l.chains[obj.StartByte()<<1^obj.EndByte()]; ok {
				r = ir.P(rp) // the builder the chain works on
			}
		}
		in.Recv = &r
		if builders[name] && !r.IsConst() && r.Place.Base != "" {
			rt := l.typeOf(obj)
			if rt == "" || rt == "java.lang.StringBuilder" || rt == "java.lang.StringBuffer" {
				p := r.Place
				root = &p
			}
		}
	}
	if args := syntax.ChildByField(n, "arguments"); args != nil {
		for _, a := range syntax.NamedChildren(args) {
			in.Args = append(in.Args, l.expr(a))
		}
	}
	t := l.Temp()
	in.Dst = &t
	if collectionFactories[canon] && in.Recv == nil {
		// List.of("a", "b"): a container literal
		l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: in.Args, Span: in.Span})
		return ir.P(t)
	}
	l.Emit(in)
	if root != nil {
		if l.chains == nil {
			l.chains = map[uint32]ir.Place{}
		}
		l.chains[n.StartByte()<<1^n.EndByte()] = *root
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{ir.P(*root)}, Span: l.Span(n)})
	}
	if n.Type() == "method_invocation" && root == nil && isGetClass(l, n) {
		// x.getClass(): the object's class, whose names (getSimpleName)
		// are the program's, not the data's
		return l.clean(ir.P(t), n)
	}
	if rt := l.typeOf(n); n.Type() == "method_invocation" && root == nil && primitives[rt] && rt != "boolean" {
		// a number made from the inputs carries none of them (a boolean
		// stays as the call made it: a condition on it may validate the
		// call's input, x.matches("[a-z]+"))
		return l.clean(ir.P(t), n)
	}
	if n.Type() == "object_creation_expression" {
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "class_body" {
				cn := canon
				if i := strings.LastIndexByte(cn, '.'); i >= 0 {
					cn = cn[i+1:]
				}
				l.classDecl(c, &classInfo{name: cn, canon: canon, fields: map[string]string{}, static: map[string]bool{}, methods: map[string]string{}, anon: true})
			}
		}
	}
	return ir.P(t)
}

// accessorCall lowers a call of a trivial getter or setter of a class of
// the file as the field access it is: `u.setName(x)` writes u.name,
// `u.getName()` reads it (so objects keep their fields apart).
func (l *lowerer) accessorCall(n syntax.Node, kind recvKind) (ir.Operand, bool) {
	if n.Type() != "method_invocation" {
		return ir.Operand{}, false
	}
	nm, args := syntax.ChildByField(n, "name"), syntax.ChildByField(n, "arguments")
	if nm == nil || args == nil {
		return ir.Operand{}, false
	}
	var ci *classInfo
	var recv ir.Place
	if obj := syntax.ChildByField(n, "object"); obj == nil {
		if l.class == nil || l.class.anon {
			return ir.Operand{}, false
		}
		ci, recv = l.class, ir.Place{Base: "this"}
	} else {
		if kind != recvValue || (obj.Type() != "identifier" && obj.Type() != "this" && obj.Type() != "field_access") {
			return ir.Operand{}, false
		}
		if ci = l.classByCanon(l.typeOf(obj)); ci == nil {
			return ir.Operand{}, false
		}
		p, ok := l.placeOf(obj)
		if !ok {
			return ir.Operand{}, false
		}
		recv = p
	}
	name, vals := l.Text(nm), syntax.NamedChildren(args)
	if f, ok := ci.getters[name]; ok && len(vals) == 0 {
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{ir.P(recv.Extend(ir.Elem{Kind: ir.Field, Name: f}))}, Span: l.Span(n)})
		return ir.P(t), true
	}
	if f, ok := ci.setters[name]; ok && len(vals) == 1 {
		v := l.exprTo(vals[0], ci.fields[f])
		dst := recv.Extend(ir.Elem{Kind: ir.Field, Name: f})
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n)})
		return ir.C(ir.Const{Kind: ir.Null}), true
	}
	return ir.Operand{}, false
}

// redirectView models Spring MVC's `return "redirect:" + url;`: the view
// name is a redirect to the rest of the string, lowered as a call of
// org.springframework.web.servlet.view.RedirectView on the value.
func (l *lowerer) redirectView(n syntax.Node, v ir.Operand) {
	if v.IsConst() {
		return
	}
	left := n
	for left.Type() == "binary_expression" || left.Type() == "parenthesized_expression" {
		var next syntax.Node
		if left.Type() == "binary_expression" {
			if l.op(left) != "+" {
				return
			}
			next = syntax.ChildByField(left, "left")
		} else if kids := syntax.NamedChildren(left); len(kids) == 1 {
			next = kids[0]
		}
		if next == nil {
			return
		}
		left = next
	}
	if left == n || left.Type() != "string_literal" || !strings.HasPrefix(l.strValue(left), "redirect:") {
		return
	}
	if rest := strings.TrimPrefix(l.strValue(left), "redirect:"); len(rest) >= 2 && rest[0] == '/' && rest[1] != '/' && rest[1] != '\\' {
		return // a constant path on this site
	}
	l.Emit(&ir.Instr{Op: ir.Call, Text: "redirect:", Callee: "org.springframework.web.servlet.view.RedirectView",
		Args: []ir.Operand{v}, Span: l.Span(n)})
}

// isGetClass reports whether n is a call `x.getClass()` (no arguments).
func isGetClass(l *lowerer, n syntax.Node) bool {
	nm := syntax.ChildByField(n, "name")
	if nm == nil || l.Text(nm) != "getClass" || syntax.ChildByField(n, "object") == nil {
		return false
	}
	args := syntax.ChildByField(n, "arguments")
	return args == nil || len(syntax.NamedChildren(args)) == 0
}

// primOperand is v, the lowered operand n of a `+`, made clean when n has a
// primitive type (a boolean included: as a string operand it is only
// "true" or "false").
func (l *lowerer) primOperand(n syntax.Node, v ir.Operand) ir.Operand {
	if n == nil || v.IsConst() || v.Place.Base == "" || !primitives[l.typeOf(n)] || l.typeOf(n) == "void" {
		return v
	}
	return l.clean(v, n)
}
