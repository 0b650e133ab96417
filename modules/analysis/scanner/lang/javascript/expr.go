package javascript

import (
	"fmt"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// assignTo stores v into a target: a name, a member, an element, or a
// destructuring pattern.
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	switch target.Type() {
	case "identifier", "shorthand_property_identifier_pattern":
		dst := ir.Place{Base: l.Text(target)}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "member_expression", "subscript_expression":
		if dst, ok := l.placeOf(target); ok {
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
		}
	case "object_pattern":
		for _, p := range syntax.NamedChildren(target) {
			switch p.Type() {
			case "shorthand_property_identifier_pattern":
				l.assignTo(p, part(v, ir.Elem{Kind: ir.Field, Name: l.Text(p)}), at)
			case "pair_pattern":
				k, val := syntax.ChildByField(p, "key"), syntax.ChildByField(p, "value")
				if k != nil && val != nil {
					l.assignTo(val, part(v, ir.Elem{Kind: ir.Field, Name: strings.Trim(l.Text(k), `"'`)}), at)
				}
			case "object_assignment_pattern":
				if lft := syntax.ChildByField(p, "left"); lft != nil {
					l.assignTo(lft, part(v, ir.Elem{Kind: ir.Field, Name: l.Text(lft)}), at)
				}
			case "rest_pattern":
				for _, c := range syntax.NamedChildren(p) {
					l.assignTo(c, v, at)
				}
			}
		}
	case "array_pattern":
		for i, p := range syntax.NamedChildren(target) {
			l.assignTo(p, part(v, ir.Elem{Kind: ir.Key, Name: strconv.Itoa(i)}), at)
		}
	case "assignment_pattern":
		if lft := syntax.ChildByField(target, "left"); lft != nil {
			l.assignTo(lft, v, at)
		}
	case "rest_pattern", "parenthesized_expression":
		for _, c := range syntax.NamedChildren(target) {
			l.assignTo(c, v, at)
		}
	}
}

func part(v ir.Operand, e ir.Elem) ir.Operand {
	if v.IsConst() {
		return ir.Operand{}
	}
	return ir.P(v.Place.Extend(e))
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func keyName(c ir.Const) string {
	if c.Kind == ir.Str {
		return strconv.Quote(c.S)
	}
	return strconv.FormatInt(c.I, 10)
}

// placeOf lowers an access path (x, this, x.f, x?.f, x[k]) to a place.
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "identifier", "this", "shorthand_property_identifier":
		return ir.Place{Base: l.Text(n)}, true
	case "member_expression":
		obj, prop := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "property")
		if obj == nil || prop == nil {
			return ir.Place{}, false
		}
		return l.asPlace(obj).Extend(ir.Elem{Kind: ir.Field, Name: l.Text(prop)}), true
	case "subscript_expression":
		obj, idx := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "index")
		if obj == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(obj)
		e := ir.Elem{Kind: ir.AnyElem}
		if idx != nil {
			k := l.expr(idx)
			switch {
			case k.IsConst() && k.Const.Kind == ir.Str && k.Const.S != "" && !strings.ContainsAny(k.Const.S, ".[]*'\"") && !isDigits(k.Const.S):
				// o["name"] is the property o.name
				e = ir.Elem{Kind: ir.Field, Name: k.Const.S}
			case k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int):
				e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
			}
		}
		return base.Extend(e), true
	case "parenthesized_expression", "non_null_expression":
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

var compareOps = map[string]bool{"==": true, "===": true, "!=": true, "!==": true, "<": true, "<=": true,
	">": true, ">=": true, "instanceof": true, "in": true}

// expr lowers an expression and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return ir.Operand{}
	}
	switch n.Type() {
	case "identifier", "this", "member_expression", "subscript_expression", "shorthand_property_identifier":
		if p, ok := l.placeOf(n); ok {
			if n.Type() == "member_expression" && len(p.Path) > 0 && p.Path[len(p.Path)-1].Name == "length" && p.Path[len(p.Path)-1].Kind == ir.Field {
				// x.length of a string or array is a number: it carries no data
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "len", Args: []ir.Operand{ir.P(ir.Place{Base: p.Base, Path: p.Path[:len(p.Path)-1]})}, Numeric: true, Span: l.Span(n)})
				return ir.P(t)
			}
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "undefined", "null":
		return ir.C(ir.Const{Kind: ir.Null})
	case "true":
		return ir.C(ir.Const{Kind: ir.Bool, I: 1})
	case "false":
		return ir.C(ir.Const{Kind: ir.Bool})
	case "number":
		t := strings.ReplaceAll(l.Text(n), "_", "")
		if i, err := strconv.ParseInt(t, 0, 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: i})
		}
		f, _ := strconv.ParseFloat(t, 64)
		return ir.C(ir.Const{Kind: ir.Float, F: f})
	case "string":
		s, _ := l.strValue(n)
		return ir.C(ir.Const{Kind: ir.Str, S: s})
	case "template_string":
		var args []ir.Operand
		allConst := true
		var sb strings.Builder
		for i := 0; i < n.ChildCount(); i++ {
			k := n.Child(i)
			switch k.Type() {
			case "string_fragment", "escape_sequence":
				args = append(args, ir.C(ir.Const{Kind: ir.Str, S: l.Text(k)}))
				sb.WriteString(l.Text(k))
			case "template_substitution":
				allConst = false
				for _, e := range syntax.NamedChildren(k) {
					args = append(args, l.expr(e))
				}
			}
		}
		if allConst {
			return ir.C(ir.Const{Kind: ir.Str, S: sb.String()})
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: args, Span: l.Span(n)})
		return ir.P(t)
	case "parenthesized_expression", "await_expression", "spread_element", "non_null_expression",
		"as_expression", "satisfies_expression", "type_assertion":
		kids := syntax.NamedChildren(n)
		if len(kids) >= 1 {
			return l.expr(kids[0])
		}
		return ir.Operand{}
	case "call_expression", "new_expression":
		return l.call(n)
	case "assignment_expression":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		var v ir.Operand
		if name := l.exportName(left, right); name != "" {
			// `exports.f = function (x) {...}`: the function other
			// modules call as f (its summary goes by that name)
			f := l.function(right, name)
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(right)})
			v = ir.P(t)
		} else {
			v = l.expr(right)
		}
		if left != nil {
			l.assignTo(left, v, n)
		}
		return v
	case "augmented_assignment_expression":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left == nil || right == nil {
			return ir.Operand{}
		}
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = strings.TrimSuffix(l.Text(o), "=")
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{l.expr(left), l.expr(right)}, Span: l.Span(n)})
		l.assignTo(left, ir.P(t), n)
		return ir.P(t)
	case "update_expression":
		arg := syntax.ChildByField(n, "argument")
		if arg == nil {
			return ir.Operand{}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "+", Args: []ir.Operand{l.expr(arg), ir.C(ir.Const{Kind: ir.Int, I: 1})}, Span: l.Span(n)})
		l.assignTo(arg, ir.P(t), n)
		return ir.P(t)
	case "binary_expression":
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		if op == "||" || op == "&&" || op == "??" {
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
		arg := l.expr(syntax.ChildByField(n, "argument"))
		t := l.Temp()
		switch op {
		case "!":
			l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{arg}, Span: l.Span(n)})
		case "-":
			if arg.IsConst() && arg.Const.Kind == ir.Int {
				return ir.C(ir.Const{Kind: ir.Int, I: -arg.Const.I})
			}
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u-", Args: []ir.Operand{arg}, Span: l.Span(n)})
		case "typeof", "void", "delete":
			// a type name, undefined or a boolean: no data of the operand
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: op, Args: []ir.Operand{arg}, Span: l.Span(n)})
		default:
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u" + op, Args: []ir.Operand{arg}, Span: l.Span(n)})
		}
		return ir.P(t)
	case "ternary_expression":
		return l.ternary(n)
	case "array":
		return l.build(syntax.NamedChildren(n), nil, n, "")
	case "object":
		var elems []syntax.Node
		var kws []ir.Kwarg
		for _, c := range syntax.NamedChildren(n) {
			switch c.Type() {
			case "pair":
				k, v := syntax.ChildByField(c, "key"), syntax.ChildByField(c, "value")
				if k == nil || v == nil {
					continue
				}
				name := ""
				// properties are fields, as o.name and o["name"] read them
				switch k.Type() {
				case "property_identifier":
					name = l.Text(k)
				case "string":
					s, _ := l.strValue(k)
					name = s
				case "number":
					name = l.Text(k)
				}
				if name == "" || strings.ContainsAny(name, ".[]*'\"") {
					l.expr(k)
					elems = append(elems, v)
					continue
				}
				kws = append(kws, ir.Kwarg{Name: name, Val: l.expr(v)})
			case "shorthand_property_identifier":
				kws = append(kws, ir.Kwarg{Name: l.Text(c), Val: l.expr(c)})
			case "method_definition":
				l.function(c, "")
			default:
				elems = append(elems, c)
			}
		}
		return l.build(elems, kws, n, "object")
	case "arrow_function", "function_expression", "function", "generator_function":
		name := ""
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			name = l.Text(nm)
		}
		f := l.function(n, name)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(n)})
		return ir.P(t)
	case "sequence_expression":
		var last ir.Operand
		for _, c := range syntax.NamedChildren(n) {
			last = l.expr(c)
		}
		return last
	case "regex":
		// a regular expression literal is a constant: its text, slashes and
		// flags included (/^[a-z]+$/i), so a check with it can be judged
		return ir.C(ir.Const{Kind: ir.Str, S: l.Text(n)})
	case "comment", "type_arguments", "type_annotation":
		return ir.Operand{}
	case "class":
		l.classDecl(n)
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

func (l *lowerer) build(elems []syntax.Node, kws []ir.Kwarg, n syntax.Node, sub string) ir.Operand {
	args := make([]ir.Operand, 0, len(elems))
	for _, e := range elems {
		args = append(args, l.expr(e))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Kwargs: kws, Sub: sub, Span: l.Span(n)})
	return ir.P(t)
}

// shortCircuit lowers a || b, a && b and a ?? b into branches (`x = x || ""`
// keeps x's taint on the path where it is truthy).
func (l *lowerer) shortCircuit(n syntax.Node, op string) ir.Operand {
	a := l.expr(syntax.ChildByField(n, "left"))
	// &&: the right side runs when the left is truthy; ?? tests nothing known
	return l.ShortCircuit(n, op, a, op != "??", op == "&&", func() (ir.Operand, bool) {
		return l.expr(syntax.ChildByField(n, "right")), true
	})
}

func (l *lowerer) ternary(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	t := l.Temp()
	// the condition as control flow, like an if's: `ok(v) ? v : "/"`
	// uses v only where the check held
	yes, no := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("ternary-true line %d", ln), fmt.Sprintf("ternary-false line %d", ln))
	return l.Conditional(n, t, yes, no, func(i int) (ir.Operand, ir.Span, bool) {
		return l.expr(syntax.ChildByField(n, [2]string{"consequence", "alternative"}[i])), l.Span(n), true
	})
}

// call lowers a call or `new` expression: the callee as written and its
// canonical symbol, the receiver of a method call, the arguments.
func (l *lowerer) call(n syntax.Node) ir.Operand {
	fn := syntax.ChildByField(n, "function")
	if n.Type() == "new_expression" {
		fn = syntax.ChildByField(n, "constructor")
	}
	args := syntax.ChildByField(n, "arguments")
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n)}
	if fn != nil {
		if n.Type() == "new_expression" {
			in.Text = irbuild.NormText(l.Text(fn))
		} else {
			end := fn.EndByte()
			if args != nil {
				end = args.StartByte()
			}
			s := irbuild.NormText(string(l.Src[n.StartByte():end]))
			if i := strings.IndexByte(s, '<'); i > 0 && strings.HasSuffix(s, ">") {
				s = s[:i] // f<T>(x)
			}
			in.Text = strings.TrimSuffix(strings.TrimSuffix(s, "?."), "(")
			if t := l.newMethodText(fn); t != "" {
				in.Text = t
			}
		}
		in.Callee = ir.Canonical(l.Mod.Imports, strings.ReplaceAll(in.Text, "?.", "."))
		if rest, ok := strings.CutPrefix(in.Callee, "this."); ok && l.fieldClients != nil {
			// a method of a client the class keeps in a field (this.http.get)
			if i := strings.IndexByte(rest, '.'); i > 0 && l.fieldClients[rest[:i]] != "" {
				in.Callee = l.fieldClients[rest[:i]] + rest[i:]
			}
		}
		switch fn.Type() {
		case "member_expression":
			if prop := syntax.ChildByField(fn, "property"); prop != nil {
				if ps := l.Span(prop); ps.Line > in.Span.Line {
					// a call at the end of a chain written over several lines
					// (qb\n  .where(...)) is reported where its method is named;
					// the call's text still starts at the chain's start
					in.Span.Line, in.Span.Col = ps.Line, ps.Col
				}
			}
			if obj := syntax.ChildByField(fn, "object"); obj != nil {
				r := l.expr(obj)
				in.Recv = &r
			}
		case "identifier":
		default:
			r := l.expr(fn)
			in.Recv = &r
		}
	}
	if args != nil {
		if args.Type() == "template_string" { // tagged template: tag`...`
			in.Args = append(in.Args, l.expr(args))
		} else {
			for _, a := range syntax.NamedChildren(args) {
				in.Args = append(in.Args, l.expr(a))
			}
		}
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t)
}

// newMethodText names a method called on a new object of a named class
// (`new Parser().parse(x)`, `(new Svc(req)).choose(y)`) as Parser.parse, as
// a call on an instance held in a variable resolves: the file's (or an
// imported module's) method of that class. "" for any other callee.
func (l *lowerer) newMethodText(fn syntax.Node) string {
	if fn == nil || fn.Type() != "member_expression" {
		return ""
	}
	obj, prop := syntax.ChildByField(fn, "object"), syntax.ChildByField(fn, "property")
	for obj != nil && obj.Type() == "parenthesized_expression" {
		kids := syntax.NamedChildren(obj)
		if len(kids) != 1 {
			return ""
		}
		obj = kids[0]
	}
	if obj == nil || prop == nil || obj.Type() != "new_expression" || prop.Type() != "property_identifier" {
		return ""
	}
	ctor := syntax.ChildByField(obj, "constructor")
	if ctor == nil || ctor.Type() != "identifier" {
		return ""
	}
	return l.Text(ctor) + "." + l.Text(prop)
}

// exportName is the name an anonymous function gets when a CommonJS module
// exports it by assignment (`exports.f = function () {}`,
// `module.exports.f = (x) => x`): f, the name its importers call it by;
// "" for any other assignment.
func (l *lowerer) exportName(left, right syntax.Node) string {
	if left == nil || right == nil || left.Type() != "member_expression" {
		return ""
	}
	switch right.Type() {
	case "arrow_function", "function_expression", "function", "generator_function":
	default:
		return ""
	}
	if nm := syntax.ChildByField(right, "name"); nm != nil {
		return ""
	}
	obj, prop := syntax.ChildByField(left, "object"), syntax.ChildByField(left, "property")
	if obj == nil || prop == nil || prop.Type() != "property_identifier" {
		return ""
	}
	if o := l.Text(obj); o != "exports" && o != "module.exports" {
		return ""
	}
	return l.Text(prop)
}
