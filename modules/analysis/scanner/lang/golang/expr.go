package golang

import (
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// assignTo stores v into a target: a name, a field, an element, or
// through a pointer (`*p = v` writes p).
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	switch target.Type() {
	case "identifier":
		if l.Text(target) == "_" {
			return
		}
		if l.derived != nil || l.parseErr != nil {
			l.forget(l.Text(target))
		}
		dst := ir.Place{Base: l.Text(target)}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "selector_expression", "index_expression", "parenthesized_expression", "unary_expression":
		if dst, ok := l.placeOf(target); ok {
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
		}
	}
}

func keyName(c ir.Const) string {
	if c.Kind == ir.Str {
		return strconv.Quote(c.S)
	}
	return strconv.FormatInt(c.I, 10)
}

// placeOf lowers an access path (x, x.f, x[k], *p, (x)) to a place.
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "identifier":
		return ir.Place{Base: l.Text(n)}, true
	case "selector_expression":
		obj, field := syntax.ChildByField(n, "operand"), syntax.ChildByField(n, "field")
		if obj == nil || field == nil {
			return ir.Place{}, false
		}
		return l.asPlace(obj).Extend(ir.Elem{Kind: ir.Field, Name: l.Text(field)}), true
	case "index_expression":
		obj, idx := syntax.ChildByField(n, "operand"), syntax.ChildByField(n, "index")
		if obj == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(obj)
		e := ir.Elem{Kind: ir.AnyElem}
		if idx != nil {
			k := l.expr(idx)
			if k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
				e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
			}
		}
		return base.Extend(e), true
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.placeOf(kids[0])
		}
	case "unary_expression":
		// *p is p's data (pointers alias what they point to)
		op, arg := syntax.ChildByField(n, "operator"), syntax.ChildByField(n, "operand")
		if op != nil && arg != nil && (l.Text(op) == "*" || l.Text(op) == "&") {
			return l.placeOf(arg)
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

var compareOps = map[string]bool{"==": true, "!=": true, "<": true, "<=": true, ">": true, ">=": true}

// strLit is the value of a string literal (interpreted or raw).
func (l *lowerer) strLit(n syntax.Node) (string, bool) {
	t := l.Text(n)
	if n.Type() == "raw_string_literal" {
		if len(t) >= 2 {
			return strings.ReplaceAll(t[1:len(t)-1], "\r", ""), true
		}
		return "", false
	}
	s, err := strconv.Unquote(t)
	if err != nil {
		return strings.Trim(t, `"`), true
	}
	return s, true
}

// numeric conversions and builtins whose result carries no string data
var cleanBuiltins = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "bool": true, "len": true, "cap": true,
	"complex64": true, "complex128": true, "real": true, "imag": true,
}

// expr lowers an expression and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return ir.Operand{}
	}
	switch n.Type() {
	case "identifier":
		switch l.Text(n) {
		case "nil":
			return ir.C(ir.Const{Kind: ir.Null})
		case "true":
			return ir.C(ir.Const{Kind: ir.Bool, I: 1})
		case "false":
			return ir.C(ir.Const{Kind: ir.Bool})
		}
		if x, ok := l.parseErr[l.Text(n)]; ok && l.inCond {
			// the error of a parse of x: `err != nil` tests x
			return ir.P(ir.Place{Base: x})
		}
		return ir.P(ir.Place{Base: l.Text(n)})
	case "selector_expression", "index_expression":
		if u, ok := l.urlHost(n, "Host"); ok {
			return u
		}
		if c, ok := l.fieldCall(n); ok {
			return c
		}
		if p, ok := l.placeOf(n); ok {
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "nil":
		return ir.C(ir.Const{Kind: ir.Null})
	case "true":
		return ir.C(ir.Const{Kind: ir.Bool, I: 1})
	case "false":
		return ir.C(ir.Const{Kind: ir.Bool})
	case "iota":
		return l.opaque(nil, n)
	case "int_literal":
		t := strings.ReplaceAll(l.Text(n), "_", "")
		if i, err := strconv.ParseInt(t, 0, 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: i})
		}
		return l.opaque(nil, n)
	case "float_literal":
		f, err := strconv.ParseFloat(strings.ReplaceAll(l.Text(n), "_", ""), 64)
		if err != nil {
			return l.opaque(nil, n)
		}
		return ir.C(ir.Const{Kind: ir.Float, F: f})
	case "rune_literal":
		if r, _, _, err := strconv.UnquoteChar(strings.Trim(l.Text(n), "'"), '\''); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: int64(r)})
		}
		return l.opaque(nil, n)
	case "imaginary_literal":
		return l.opaque(nil, n)
	case "interpreted_string_literal", "raw_string_literal":
		s, _ := l.strLit(n)
		return ir.C(ir.Const{Kind: ir.Str, S: s})
	case "parenthesized_expression":
		kids := syntax.NamedChildren(n)
		if len(kids) == 1 {
			return l.expr(kids[0])
		}
		return l.opaque(kids, n)
	case "call_expression":
		return l.call(n)
	case "type_assertion_expression":
		return l.expr(syntax.ChildByField(n, "operand"))
	case "type_conversion_expression":
		typ := l.Text(syntax.ChildByField(n, "type"))
		v := l.expr(syntax.ChildByField(n, "operand"))
		if cleanBuiltins[typ] {
			return l.opaque(nil, n)
		}
		return v
	case "slice_expression":
		v := l.expr(syntax.ChildByField(n, "operand"))
		for _, f := range []string{"start", "end", "capacity"} {
			if c := syntax.ChildByField(n, f); c != nil {
				l.expr(c)
			}
		}
		if v.IsConst() {
			return l.opaque(nil, n)
		}
		return v
	case "binary_expression":
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		if op == "||" || op == "&&" {
			return l.shortCircuit(n, op)
		}
		a, b := l.expr(syntax.ChildByField(n, "left")), l.expr(syntax.ChildByField(n, "right"))
		t := l.Temp()
		kind := ir.Binary
		if compareOps[op] {
			kind = ir.Compare
		}
		l.Emit(&ir.Instr{Op: kind, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Span: l.Span(n)})
		return ir.P(t)
	case "unary_expression":
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		argN := syntax.ChildByField(n, "operand")
		switch op {
		case "&", "*":
			// pointers alias their target
			if p, ok := l.placeOf(argN); ok {
				return ir.P(p)
			}
			return l.expr(argN)
		case "<-":
			ch := l.expr(argN)
			if ch.IsConst() || ch.Place.Base == "" {
				return l.opaque(nil, n)
			}
			return ir.P(ch.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
		}
		arg := l.expr(argN)
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
	case "composite_literal":
		return l.composite(n, syntax.ChildByField(n, "type"), syntax.ChildByField(n, "body"))
	case "literal_value":
		return l.composite(n, nil, n)
	case "func_literal":
		name := l.funcName
		l.funcName = ""
		f := l.function(n, name, nil)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(n)})
		return ir.P(t)
	case "variadic_argument":
		kids := syntax.NamedChildren(n)
		if len(kids) == 1 {
			return l.expr(kids[0])
		}
		return l.opaque(kids, n)
	case "comment":
		return ir.Operand{}
	case "ERROR":
		l.Mod.Errors++
		return ir.Operand{}
	}
	if strings.HasSuffix(n.Type(), "_type") || n.Type() == "type_identifier" {
		// a type as an expression (make([]T, n), new(T)): no data
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

// composite lowers a composite literal: a struct's keyed fields are
// stored at their field paths (t.Name), a map's constant keys at their
// keys (m["k"]), a slice's elements at their positions.
func (l *lowerer) composite(n, typ, body syntax.Node) ir.Operand {
	kind := "struct"
	if typ != nil {
		switch typ.Type() {
		case "map_type":
			kind = "map"
		case "slice_type", "array_type", "implicit_length_array_type":
			kind = "list"
		}
	}
	t := l.Temp()
	if body == nil {
		l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Span: l.Span(n)})
		return ir.P(t)
	}
	var elems []ir.Operand
	var kws []ir.Kwarg
	type field struct {
		name string
		val  ir.Operand
	}
	var fields []field
	var dynamic []ir.Operand
	for _, c := range syntax.NamedChildren(body) {
		switch c.Type() {
		case "keyed_element":
			kids := syntax.NamedChildren(c)
			if len(kids) != 2 {
				continue
			}
			k, v := unwrapElem(kids[0]), unwrapElem(kids[1])
			val := l.expr(v)
			if k != nil && k.Type() == "identifier" && kind != "map" {
				fields = append(fields, field{l.Text(k), val})
				continue
			}
			key := l.expr(k)
			if key.IsConst() && (key.Const.Kind == ir.Str || key.Const.Kind == ir.Int) {
				kws = append(kws, ir.Kwarg{Name: keyName(key.Const), Val: val})
				continue
			}
			dynamic = append(dynamic, val)
		case "literal_element":
			elems = append(elems, l.expr(unwrapElem(c)))
		}
	}
	sub := ""
	if len(dynamic) > 0 {
		sub = "dict"
		elems = append(elems, dynamic...)
	}
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: elems, Kwargs: kws, Sub: sub, Span: l.Span(n)})
	for _, f := range fields {
		dst := t.Extend(ir.Elem{Kind: ir.Field, Name: f.name})
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{f.val}, Span: l.Span(n)})
	}
	return ir.P(t)
}

func unwrapElem(n syntax.Node) syntax.Node {
	if n != nil && n.Type() == "literal_element" {
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return kids[0]
		}
	}
	return n
}

// shortCircuit lowers a || b and a && b into branches.
func (l *lowerer) shortCircuit(n syntax.Node, op string) ir.Operand {
	a := l.expr(syntax.ChildByField(n, "left"))
	// &&: the right side runs when the left is true
	return l.ShortCircuit(n, op, a, true, op != "||", func() (ir.Operand, bool) {
		return l.expr(syntax.ChildByField(n, "right")), true
	})
}

// call lowers a call: the callee as written and its canonical symbol, the
// receiver of a method call (not of a package function), the arguments.
// Builtins are modelled here: append joins its inputs, numeric
// conversions and len/cap carry no data, panic ends the path. An argument
// `&x` (or a pointer the call may write through) takes the call's data
// after it: json.Unmarshal(body, &v), c.ShouldBindJSON(&req).
func (l *lowerer) call(n syntax.Node) ir.Operand {
	fn := syntax.ChildByField(n, "function")
	args := syntax.ChildByField(n, "arguments")
	var argNodes []syntax.Node
	if args != nil {
		argNodes = syntax.NamedChildren(args)
	}
	if fn != nil && fn.Type() == "identifier" && !l.locals[l.Text(fn)] {
		switch name := l.Text(fn); {
		case cleanBuiltins[name]:
			for _, a := range argNodes {
				l.expr(a)
			}
			return l.opaque(nil, n)
		case name == "string" || name == "append" || name == "min" || name == "max":
			if name == "string" && len(argNodes) == 1 {
				return l.expr(argNodes[0])
			}
			return l.opaque(argNodes, n)
		case name == "make" || name == "new":
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Span: l.Span(n)})
			return ir.P(t)
		case name == "panic":
			l.opaque(argNodes, n)
			l.Jump(l.Fn.Exit)
			return ir.Operand{}
		}
	}
	if fn != nil && (fn.Type() == "slice_type" || fn.Type() == "array_type" || fn.Type() == "parenthesized_type") && len(argNodes) == 1 {
		return l.expr(argNodes[0]) // []byte(s)
	}
	if len(argNodes) == 0 && fn != nil {
		if u, ok := l.urlHost(fn, "Hostname"); ok {
			return u
		}
	}
	if len(argNodes) == 0 && fn != nil && fn.Type() == "selector_expression" {
		// x.Name() of a trivial getter of the file: the field it returns
		op, f := syntax.ChildByField(fn, "operand"), syntax.ChildByField(fn, "field")
		if op != nil && f != nil && (op.Type() == "identifier" && !l.isPackage(l.Text(op)) || op.Type() == "selector_expression") {
			if field := l.getters[l.Text(f)]; field != "" {
				if p, ok := l.placeOf(op); ok {
					t := l.Temp()
					l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{ir.P(p.Extend(ir.Elem{Kind: ir.Field, Name: field}))}, Span: l.Span(n)})
					return ir.P(t)
				}
			}
		}
	}
	if l.inCond && len(argNodes) == 1 && argNodes[0].Type() == "identifier" && fn != nil && fn.Type() == "selector_expression" {
		// in a condition, a cleaned path stands for the path:
		// strings.HasPrefix(filepath.Clean(p), base) checks where p leads
		switch l.canonical(l.Text(fn)) {
		case "path/filepath.Clean", "path.Clean", "path/filepath.ToSlash", "path/filepath.FromSlash", "path/filepath.Dir", "path.Dir":
			return l.expr(argNodes[0])
		}
	}
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n)}
	if fn != nil {
		end := fn.EndByte()
		if args != nil {
			end = args.StartByte()
		}
		in.Text = irbuild.NormText(string(l.Src[fn.StartByte():end]))
		if fn.Type() == "generic_type" || fn.Type() == "index_expression" {
			if i := strings.IndexByte(in.Text, '['); i > 0 {
				in.Text = in.Text[:i] // f[T](x)
			}
		}
		in.Callee = l.canonical(in.Text)
		if fn.Type() == "selector_expression" {
			in.Callee = l.templateMethod(fn, in.Callee, in.Callee == in.Text)
		}
		switch fn.Type() {
		case "selector_expression":
			if obj := syntax.ChildByField(fn, "operand"); obj != nil {
				if !(obj.Type() == "identifier" && l.isPackage(l.Text(obj))) {
					r := l.expr(obj)
					in.Recv = &r
				}
			}
		case "identifier":
		default:
			r := l.expr(fn)
			in.Recv = &r
		}
	}
	var outs []ir.Place
	numeric := l.numericArgs(in.Callee, argNodes)
	carried := requestCarries(in.Callee)
	for i, a := range argNodes {
		if numeric[i] || carried != nil && !carried[i] {
			// formatted as a number (%d, %x, %f, ...): no text of its
			// own; a request's body or options: not what it asks for
			l.expr(a)
			in.Args = append(in.Args, l.opaque(nil, a))
			continue
		}
		in.Args = append(in.Args, l.expr(a))
		if a.Type() == "unary_expression" {
			if op := syntax.ChildByField(a, "operator"); op != nil && l.Text(op) == "&" {
				if p, ok := l.placeOf(a); ok && !p.IsTemp() {
					outs = append(outs, p)
				}
			}
		}
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	for _, p := range outs {
		u := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &u, Args: []ir.Operand{ir.P(p), ir.P(t)}, Span: l.Span(n)})
		dst := p
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{ir.P(u)}, Span: l.Span(n),
			Note: "written through &" + p.Key() + " by " + in.Text + "()"})
	}
	return ir.P(t)
}

// fieldCall lowers a read of a field of fieldCalls (`fh.Filename` of a
// typed multipart.FileHeader) as a call on the value.
func (l *lowerer) fieldCall(n syntax.Node) (ir.Operand, bool) {
	if n.Type() != "selector_expression" || l.Fn == nil || l.Fn.Types == nil {
		return ir.Operand{}, false
	}
	op, field := syntax.ChildByField(n, "operand"), syntax.ChildByField(n, "field")
	if op == nil || field == nil || op.Type() != "identifier" {
		return ir.Operand{}, false
	}
	typ := l.Fn.Types[l.Text(op)]
	if typ == "" || !fieldCalls[typ+"."+l.Text(field)] {
		return ir.Operand{}, false
	}
	recv := ir.P(ir.Place{Base: l.Text(op)})
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Recv: &recv, Callee: typ + "." + l.Text(field), Text: irbuild.NormText(l.Text(n)), Span: l.Span(n)})
	return ir.P(t), true
}

// urlHost: in a branch condition, the host of a parsed URL (`u.Host`,
// `u.Hostname()`: member is the selector's field) stands for the URL, so
// a check of the host against an allow-list or a constant is a check of
// where the URL points (`if !allowed[u.Hostname()] { return }`,
// `if u.Host != "" { reject }` for a redirect that must stay on the site).
func (l *lowerer) urlHost(n syntax.Node, member string) (ir.Operand, bool) {
	if !l.inCond || n.Type() != "selector_expression" {
		return ir.Operand{}, false
	}
	op, field := syntax.ChildByField(n, "operand"), syntax.ChildByField(n, "field")
	if op == nil || field == nil || op.Type() != "identifier" || l.Text(field) != member {
		return ir.Operand{}, false
	}
	if l.Fn == nil || l.Fn.Types[l.Text(op)] != "net/url.URL" {
		return ir.Operand{}, false
	}
	return ir.P(ir.Place{Base: l.Text(op)}), true
}

// requestCarries returns, for a constructor of a request object that a
// later call sends (net/http's NewRequest, sent by Client.Do; go-ldap's
// NewSearchRequest, sent by Conn.Search), the positions of the arguments
// the request carries to where it is sent, which is where SSRF and LDAP
// injection are reported; nil for other callees. The other arguments
// are lowered without data: a request's body goes to its URL and does
// not choose it (a fixed webhook posted the user's text is no SSRF), a
// search's scope, limits and attribute list change no filter.
func requestCarries(callee string) map[int]bool {
	switch callee {
	case "net/http.NewRequest":
		return map[int]bool{0: true, 1: true}
	case "net/http.NewRequestWithContext":
		return map[int]bool{0: true, 1: true, 2: true}
	}
	if strings.HasSuffix(callee, ".NewSearchRequest") && strings.Contains(callee, "ldap") {
		return map[int]bool{6: true} // the filter
	}
	return nil
}

// fmtFormat is the position of the format argument of fmt's formatting
// functions.
var fmtFormat = map[string]int{
	"fmt.Sprintf": 0, "fmt.Printf": 0, "fmt.Errorf": 0, "fmt.Fprintf": 1, "fmt.Appendf": 1,
	"log.Printf": 0, "log.Fatalf": 0, "log.Panicf": 0,
}

// numericArgs marks the arguments of a fmt-style call with a constant
// format that are formatted by a numeric, boolean or hex verb (%d, %x,
// %f, %t, ...): what they print is digits, whatever their type, so
// `fmt.Sprintf("... id = %d", req.ID)` carries no text from req. A format
// with explicit argument indexes (%[2]d) or a `*` width is left alone.
func (l *lowerer) numericArgs(callee string, args []syntax.Node) map[int]bool {
	at, ok := fmtFormat[callee]
	if !ok || len(args) <= at+1 {
		return nil
	}
	f := args[at]
	if f.Type() != "interpreted_string_literal" && f.Type() != "raw_string_literal" {
		return nil
	}
	format, _ := l.strLit(f)
	var out map[int]bool
	arg := at + 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// flags, width, precision
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			break
		}
		switch c := format[i]; {
		case c == '%':
			continue
		case c == '[' || c == '*':
			return nil
		case strings.IndexByte("dbtoOxXeEfFgGU", c) >= 0:
			// digits (%x of a string is its bytes in hex); %c, %q, %s
			// and %v can print any character
			if out == nil {
				out = map[int]bool{}
			}
			out[arg] = true
		}
		arg++
	}
	return out
}

// templateMethod: a template's Execute / ExecuteTemplate / Parse on a
// chain that makes the template (`template.Must(template.New("x").Parse(s)).Execute`,
// `tt.New("x").Parse(s)` with text/template imported as tt) is that package's method; through a value whose type the front end does
// not know (unresolved: a struct field, a map of templates) it is the
// template package's method when the file imports only one of
// html/template and text/template (`s.tmpl.Execute(w, data)` in a file
// that imports html/template escapes).
func (l *lowerer) templateMethod(fn syntax.Node, callee string, unresolved bool) string {
	field := syntax.ChildByField(fn, "field")
	obj := syntax.ChildByField(fn, "operand")
	if field == nil || obj == nil || obj.Type() == "identifier" && l.isPackage(l.Text(obj)) {
		return callee
	}
	m := l.Text(field)
	if m != "Execute" && m != "ExecuteTemplate" && m != "Parse" {
		return callee
	}
	// a chain that makes the template: template.Must(template.New(...).Parse(...)).Execute,
	// tpl.New("x").Parse(s) under any import name
	if t := l.ctorType(obj); strings.HasSuffix(t, "template.Template") {
		return t + "." + m
	}
	if m == "Parse" {
		return callee
	}
	if !unresolved {
		return callee
	}
	pkg := ""
	for _, p := range l.Mod.Imports {
		if p == "html/template" || p == "text/template" {
			if pkg != "" && pkg != p {
				return callee
			}
			pkg = p
		}
	}
	if pkg == "" {
		return callee
	}
	return pkg + ".Template." + m
}
