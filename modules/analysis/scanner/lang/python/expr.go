package python

import (
	"fmt"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// exprStmt lowers an expression used as a statement (assignments included).
func (l *lowerer) exprStmt(n syntax.Node) {
	switch n.Type() {
	case "assignment":
		l.assignment(n)
	case "augmented_assignment":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left == nil || right == nil {
			return
		}
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = strings.TrimSuffix(l.Text(o), "=")
		}
		cur := l.expr(left)
		v := l.expr(right)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{cur, v}, Span: l.Span(n)})
		l.assignTo(left, ir.P(t), n)
	default:
		l.expr(n)
	}
}

func (l *lowerer) assignment(n syntax.Node) ir.Operand {
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	if right == nil {
		return ir.Operand{}
	}
	var v ir.Operand
	if right.Type() == "assignment" {
		v = l.assignment(right) // a = b = value
	} else {
		v = l.expr(right)
	}
	if left != nil {
		if left.Type() == "identifier" {
			l.noteLocalType(l.Text(left), right)
		}
		l.assignTo(left, v, n)
	}
	return v
}

// assignTo stores v into a target: a name, a field, an element, or a
// destructuring pattern (each part gets an element of v).
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	switch target.Type() {
	case "identifier":
		dst := ir.Place{Base: l.Text(target)}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "attribute", "subscript":
		dst, ok := l.placeOf(target)
		if !ok {
			return
		}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list":
		parts := syntax.NamedChildren(target)
		for i, p := range parts {
			var pv ir.Operand
			switch {
			case v.IsConst():
				pv = ir.Operand{}
			default:
				pv = ir.P(v.Place.Extend(ir.Elem{Kind: ir.Key, Name: strconv.Itoa(i)}))
			}
			l.assignTo(p, pv, at)
		}
	case "list_splat_pattern", "as_pattern_target", "parenthesized_expression":
		for _, c := range syntax.NamedChildren(target) {
			l.assignTo(c, elemOrSelf(target, v), at)
		}
	}
}

func elemOrSelf(target syntax.Node, v ir.Operand) ir.Operand {
	if target.Type() == "list_splat_pattern" {
		return elemOf(v)
	}
	return v
}

// placeOf lowers an access path expression (x, x.f, x[k]) to a place,
// evaluating what it must (a call's result, a non-constant key) into temps.
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "identifier":
		return ir.Place{Base: l.Text(n)}, true
	case "attribute":
		obj, attr := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "attribute")
		if obj == nil || attr == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(obj)
		return base.Extend(ir.Elem{Kind: ir.Field, Name: l.Text(attr)}), true
	case "subscript":
		val := syntax.ChildByField(n, "value")
		if val == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(val)
		subs := syntax.ChildrenByField(n, "subscript")
		e := ir.Elem{Kind: ir.AnyElem}
		if len(subs) == 1 {
			k := l.expr(subs[0])
			if k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
				e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
			}
		} else {
			for _, s := range subs {
				l.expr(s)
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

// keyName is how a constant key appears in an access path.
func keyName(c ir.Const) string {
	if c.Kind == ir.Str {
		return strconv.Quote(c.S)
	}
	return strconv.FormatInt(c.I, 10)
}

// asPlace lowers an expression and returns a place holding its value.
func (l *lowerer) asPlace(n syntax.Node) ir.Place {
	if p, ok := l.placeOf(n); ok {
		return p
	}
	o := l.expr(n)
	if !o.IsConst() {
		return o.Place
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{o}, Span: l.Span(n)})
	return t
}

// expr lowers an expression and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return ir.Operand{}
	}
	switch n.Type() {
	case "identifier", "attribute", "subscript":
		if n.Type() == "attribute" {
			if v, ok := l.propertyRead(n); ok {
				return v
			}
		}
		if p, ok := l.placeOf(n); ok {
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "integer":
		t := strings.ReplaceAll(strings.ToLower(l.Text(n)), "_", "")
		if i, err := strconv.ParseInt(t, 0, 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: i})
		}
		return ir.C(ir.Const{Kind: ir.Float, F: 1}) // huge: a number all the same
	case "float":
		f, _ := strconv.ParseFloat(strings.ReplaceAll(l.Text(n), "_", ""), 64)
		return ir.C(ir.Const{Kind: ir.Float, F: f})
	case "true":
		return ir.C(ir.Const{Kind: ir.Bool, I: 1})
	case "false":
		return ir.C(ir.Const{Kind: ir.Bool})
	case "none":
		return ir.C(ir.Const{Kind: ir.Null})
	case "string":
		return l.str(n)
	case "concatenated_string":
		return l.format(syntax.NamedChildren(n), n)
	case "parenthesized_expression":
		kids := syntax.NamedChildren(n)
		if len(kids) == 1 {
			return l.expr(kids[0])
		}
		return l.opaque(kids, n)
	case "call":
		return l.call(n)
	case "binary_operator":
		a, b := l.expr(syntax.ChildByField(n, "left")), l.expr(syntax.ChildByField(n, "right"))
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		t := l.Temp()
		if l.markupPercent(n) {
			// Markup(fmt) % x escapes x, as Markup(fmt).format(x) does
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: markupFormat, Callee: markupFormat, Args: []ir.Operand{a, b}, Span: l.Span(n)})
			return ir.P(t)
		}
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Span: l.Span(n)})
		return ir.P(t)
	case "unary_operator":
		arg := l.expr(syntax.ChildByField(n, "argument"))
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = l.Text(o)
		}
		if arg.IsConst() && op == "-" {
			switch arg.Const.Kind {
			case ir.Int:
				return ir.C(ir.Const{Kind: ir.Int, I: -arg.Const.I})
			case ir.Float:
				return ir.C(ir.Const{Kind: ir.Float, F: -arg.Const.F})
			}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u" + op, Args: []ir.Operand{arg}, Span: l.Span(n)})
		return ir.P(t)
	case "not_operator":
		arg := l.expr(syntax.ChildByField(n, "argument"))
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{arg}, Span: l.Span(n)})
		return ir.P(t)
	case "comparison_operator":
		var args []ir.Operand
		var ops []string
		for i, c := 0, n.ChildCount(); i < c; i++ {
			k := n.Child(i)
			if k.FieldName() == "operators" {
				ops = append(ops, l.Text(k))
				continue
			}
			if k.IsNamed() {
				args = append(args, l.expr(k))
			}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: strings.Join(ops, " "), Args: args, Span: l.Span(n)})
		return ir.P(t)
	case "boolean_operator":
		return l.shortCircuit(n)
	case "conditional_expression":
		return l.conditional(n)
	case "list", "tuple", "set", "expression_list":
		return l.build(syntax.NamedChildren(n), nil, n)
	case "dictionary":
		var elems []syntax.Node
		var kws []ir.Kwarg
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "pair" {
				k, v := syntax.ChildByField(c, "key"), syntax.ChildByField(c, "value")
				kv := l.expr(k)
				if kv.IsConst() && (kv.Const.Kind == ir.Str || kv.Const.Kind == ir.Int) && v != nil {
					kws = append(kws, ir.Kwarg{Name: keyName(kv.Const), Val: l.expr(v)})
					continue
				}
				if v != nil {
					elems = append(elems, v)
				}
				continue
			}
			elems = append(elems, c)
		}
		o := l.build(elems, kws, n)
		if b := l.Cur; b != nil && len(b.Instrs) > 0 {
			b.Instrs[len(b.Instrs)-1].Sub = "dict"
		}
		return o
	case "list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension":
		return l.comprehension(n)
	case "lambda":
		f := l.function(n, "", nil)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(n)})
		return ir.P(t)
	case "named_expression":
		v := l.expr(syntax.ChildByField(n, "value"))
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			l.assignTo(nm, v, n)
		}
		return v
	case "assignment":
		return l.assignment(n)
	case "await", "list_splat", "dictionary_splat", "keyword_argument", "yield":
		kids := syntax.NamedChildren(n)
		if len(kids) == 1 {
			return l.expr(kids[0])
		}
		return l.opaque(kids, n)
	case "comment", "ellipsis", "type":
		return ir.Operand{}
	case "ERROR":
		l.Mod.Errors++
		return ir.Operand{}
	}
	return l.opaque(syntax.NamedChildren(n), n)
}

// opaque is an expression the front end does not model: its value carries
// the taint of its parts.
func (l *lowerer) opaque(parts []syntax.Node, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(parts))
	for _, p := range parts {
		args = append(args, l.expr(p))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: args, Span: l.Span(n)})
	return ir.P(t)
}

func (l *lowerer) build(elems []syntax.Node, kws []ir.Kwarg, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(elems))
	for _, e := range elems {
		args = append(args, l.expr(e))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Kwargs: kws, Span: l.Span(n)})
	return ir.P(t)
}

// str lowers a string literal: a constant, or a Format of its parts when
// it interpolates (f-strings).
func (l *lowerer) str(n syntax.Node) ir.Operand {
	var parts []ir.Operand
	var sb strings.Builder
	interp := false
	hasContent := false
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		switch k.Type() {
		case "string_content", "escape_sequence":
			sb.WriteString(l.Text(k))
			hasContent = true
		case "interpolation":
			interp = true
			if sb.Len() > 0 {
				parts = append(parts, ir.C(ir.Const{Kind: ir.Str, S: sb.String()}))
				sb.Reset()
			}
			if e := syntax.ChildByField(k, "expression"); e != nil {
				parts = append(parts, l.expr(e))
			} else {
				for _, e := range syntax.NamedChildren(k) {
					parts = append(parts, l.expr(e))
				}
			}
		}
	}
	if !interp {
		if !hasContent {
			// grammars without string_content nodes: strip the quotes
			return ir.C(ir.Const{Kind: ir.Str, S: stripQuotes(l.Text(n))})
		}
		return ir.C(ir.Const{Kind: ir.Str, S: sb.String()})
	}
	if sb.Len() > 0 {
		parts = append(parts, ir.C(ir.Const{Kind: ir.Str, S: sb.String()}))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: parts, Span: l.Span(n)})
	return ir.P(t)
}

func stripQuotes(s string) string {
	s = strings.TrimLeft(s, "rRbBuUfF")
	for _, q := range []string{`"""`, `'''`, `"`, `'`} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			return s[len(q) : len(s)-len(q)]
		}
	}
	return s
}

func (l *lowerer) format(parts []syntax.Node, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(parts))
	for _, p := range parts {
		args = append(args, l.expr(p))
	}
	return l.Format(args, n)
}

// shortCircuit lowers `a and b` / `a or b` into branches: the result is a
// when it decides, b otherwise (`name = name or ""` keeps name's taint).
func (l *lowerer) shortCircuit(n syntax.Node) ir.Operand {
	a := l.expr(syntax.ChildByField(n, "left"))
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = l.Text(o)
	}
	// `and`: the right side runs when the left is true
	return l.ShortCircuit(n, op, a, true, op != "or", func() (ir.Operand, bool) {
		return l.expr(syntax.ChildByField(n, "right")), true
	})
}

// conditional lowers `a if cond else b` into branches.
func (l *lowerer) conditional(n syntax.Node) ir.Operand {
	kids := syntax.NamedChildren(n)
	if len(kids) != 3 {
		return l.opaque(kids, n)
	}
	cond := l.expr(kids[1])
	ln := irbuild.Line(n)
	t := l.Temp()
	yes, no := l.Branch(&cond, fmt.Sprintf("ternary-true line %d", ln), fmt.Sprintf("ternary-false line %d", ln))
	return l.Conditional(n, t, yes, no, func(i int) (ir.Operand, ir.Span, bool) {
		side := kids[2*i] // a if cond else b
		return l.expr(side), l.Span(side), true
	})
}

// comprehension lowers [body for x in it if c] into a loop filling a new
// container.
func (l *lowerer) comprehension(n syntax.Node) ir.Operand {
	out := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &out, Span: l.Span(n)})
	body := syntax.ChildByField(n, "body")
	var clauses []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "for_in_clause" || c.Type() == "if_clause" {
			clauses = append(clauses, c)
		}
	}
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after comprehension line %d", ln)}
	var heads []*ir.Block
	for _, c := range clauses {
		if c.Type() == "for_in_clause" {
			it := l.expr(syntax.ChildByField(c, "right"))
			head := l.NewBlock(fmt.Sprintf("comprehension head line %d", ln))
			l.Jump(head)
			l.Cur = head
			bodyB, exit := l.Branch(nil, fmt.Sprintf("comprehension body line %d", ln), fmt.Sprintf("comprehension exit line %d", ln))
			l.Cur = exit
			l.Jump(after)
			l.Cur = bodyB
			if left := syntax.ChildByField(c, "left"); left != nil {
				l.assignTo(left, elemOf(it), c)
			}
			heads = append(heads, head)
			continue
		}
		// if_clause: skip to the innermost loop's next element when false
		var cond ir.Operand
		for _, e := range syntax.NamedChildren(c) {
			cond = l.expr(e)
		}
		yes, no := l.Branch(&cond, fmt.Sprintf("comprehension filter line %d", ln), fmt.Sprintf("comprehension skip line %d", ln))
		l.Cur = no
		if len(heads) > 0 {
			l.Jump(heads[len(heads)-1])
		} else {
			l.Jump(after)
		}
		l.Cur = yes
	}
	if body != nil {
		if body.Type() == "pair" {
			v := l.expr(syntax.ChildByField(body, "value"))
			l.expr(syntax.ChildByField(body, "key"))
			dst := out.Extend(ir.Elem{Kind: ir.AnyElem})
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(body)})
		} else {
			v := l.expr(body)
			dst := out.Extend(ir.Elem{Kind: ir.AnyElem})
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(body)})
		}
	}
	if len(heads) > 0 {
		l.Jump(heads[len(heads)-1])
	} else {
		l.Jump(after)
	}
	l.Place(after)
	return ir.P(out)
}

// call lowers a call: the callee's text as written and its canonical symbol,
// the receiver of a method call, positional and keyword arguments.
func (l *lowerer) call(n syntax.Node) ir.Operand {
	fn := syntax.ChildByField(n, "function")
	args := syntax.ChildByField(n, "arguments")
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n)}
	if fn != nil {
		end := fn.EndByte()
		if args != nil {
			end = args.StartByte()
		}
		in.Text = strings.TrimSuffix(irbuild.NormText(string(l.Src[n.StartByte():end])), "(")
		in.Callee = l.calleeOf(in.Text)
		if l.markupMethod(fn) {
			in.Callee = markupFormat
		}
		if u, ok := l.jinjaRender(fn); ok {
			in.Callee = jinjaEscapedRender
			if u {
				in.Callee = jinjaUnescapedRender
			}
		}
		switch fn.Type() {
		case "attribute":
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
		if args.Type() == "generator_expression" {
			in.Args = append(in.Args, l.expr(args))
		} else {
			for _, a := range syntax.NamedChildren(args) {
				if a.Type() == "keyword_argument" {
					name, val := syntax.ChildByField(a, "name"), syntax.ChildByField(a, "value")
					if name != nil && val != nil {
						in.Kwargs = append(in.Kwargs, ir.Kwarg{Name: l.Text(name), Val: l.expr(val)})
					}
					continue
				}
				in.Args = append(in.Args, l.expr(a))
			}
		}
	}
	if fn != nil {
		l.keywordsToPositions(in, fn.Type() == "identifier")
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t)
}
