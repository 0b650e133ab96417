package php

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// ---- places ------------------------------------------------------------------

func keyName(c ir.Const) string {
	if c.Kind == ir.Str {
		return strconv.Quote(c.S)
	}
	return strconv.FormatInt(c.I, 10)
}

// placeOf lowers an access path ($x, $x->f, $x?->f, $x['k'], $x[], C::$p) to a place.
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "variable_name":
		return ir.Place{Base: varName(l.Text(n))}, true
	case "member_access_expression", "nullsafe_member_access_expression":
		obj, nm := syntax.ChildByField(n, "object"), syntax.ChildByField(n, "name")
		if obj == nil || nm == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(obj)
		if nm.Type() == "name" {
			return base.Extend(ir.Elem{Kind: ir.Field, Name: l.Text(nm)}), true
		}
		l.expr(nm)
		return base.Extend(ir.Elem{Kind: ir.AnyElem}), true
	case "subscript_expression":
		kids := syntax.NamedChildren(n)
		if len(kids) == 0 {
			return ir.Place{}, false
		}
		base := l.asPlace(kids[0])
		e := ir.Elem{Kind: ir.AnyElem}
		if len(kids) > 1 {
			idx := kids[1]
			if idx.Type() == "name" { // "$a[k]" inside a string
				e = ir.Elem{Kind: ir.Key, Name: strconv.Quote(l.Text(idx))}
			} else if k := l.expr(idx); k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
				e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
			}
		}
		return base.Extend(e), true
	case "scoped_property_access_expression":
		scope, nm := syntax.ChildByField(n, "scope"), syntax.ChildByField(n, "name")
		if scope == nil || nm == nil {
			return ir.Place{}, false
		}
		return ir.Place{Base: l.resolveClass(l.qualified(scope)) + "::" + varName(l.Text(nm))}, true
	case "parenthesized_expression", "by_ref":
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

// item is one entry of an array literal or a list() pattern.
type item struct {
	key, val syntax.Node
	spread   bool
}

// items reads `k => v` / `v` entries from the children of an array
// literal, an array_element_initializer or a list() pattern.
func items(n syntax.Node) []item {
	var out []item
	var pending syntax.Node
	arrow := false
	for i := 0; i < n.ChildCount(); i++ {
		c := n.Child(i)
		if !c.IsNamed() {
			switch c.Type() {
			case "=>":
				arrow = true
			case ",", ")", "]":
				if pending != nil {
					out = append(out, item{val: pending})
					pending = nil
				}
				arrow = false
			}
			continue
		}
		switch c.Type() {
		case "comment":
			continue
		case "array_element_initializer":
			sub := items(c)
			if len(sub) == 1 {
				out = append(out, sub[0])
			}
			continue
		case "variadic_unpacking":
			if k := syntax.NamedChildren(c); len(k) == 1 {
				out = append(out, item{val: k[0], spread: true})
			}
			continue
		}
		if arrow && pending != nil {
			out = append(out, item{key: pending, val: c})
			pending, arrow = nil, false
			continue
		}
		if pending != nil {
			out = append(out, item{val: pending})
		}
		pending = c
	}
	if pending != nil {
		out = append(out, item{val: pending})
	}
	return out
}

func part(v ir.Operand, e ir.Elem) ir.Operand {
	if v.IsConst() || v.Place.Base == "" {
		return ir.Operand{}
	}
	return ir.P(v.Place.Extend(e))
}

// assignTo stores v into a target: a variable, a property, an element, or a
// list()/[...] destructuring pattern.
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	switch target.Type() {
	case "list_literal", "array_creation_expression":
		pos := 0
		for _, it := range items(target) {
			e := ir.Elem{Kind: ir.Key, Name: strconv.Itoa(pos)}
			if it.key != nil {
				if k := l.expr(it.key); k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
					e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
				} else {
					e = ir.Elem{Kind: ir.AnyElem}
				}
			} else {
				pos++
			}
			l.assignTo(it.val, part(v, e), at)
		}
	case "by_ref", "parenthesized_expression":
		for _, c := range syntax.NamedChildren(target) {
			l.assignTo(c, v, at)
		}
	default:
		if dst, ok := l.placeOf(target); ok {
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
		} else {
			l.expr(target)
		}
	}
}

// ---- expressions ---------------------------------------------------------------

var compareOps = map[string]bool{"==": true, "===": true, "!=": true, "!==": true, "<>": true, "<": true, "<=": true,
	">": true, ">=": true, "instanceof": true}

// strValue is the value of a single-quoted string or a nowdoc.
func (l *lowerer) strValue(n syntax.Node) string {
	var sb strings.Builder
	for i := 0; i < n.ChildCount(); i++ {
		k := n.Child(i)
		switch k.Type() {
		case "string_content", "string_value", "nowdoc_string":
			sb.WriteString(l.Text(k))
		case "escape_sequence":
			sb.WriteString(unescape(l.Text(k)))
		case "nowdoc_body":
			sb.WriteString(l.strValue(k))
		}
	}
	return sb.String()
}

func unescape(s string) string {
	switch s {
	case `\n`:
		return "\n"
	case `\t`:
		return "\t"
	case `\r`:
		return "\r"
	case `\\`:
		return `\`
	case `\'`:
		return "'"
	case `\"`:
		return `"`
	case `\$`:
		return "$"
	}
	return s
}

// interpolated lowers a double-quoted string, heredoc or backtick command:
// a constant when nothing is interpolated, else a Format of its parts.
func (l *lowerer) interpolated(n syntax.Node) ir.Operand {
	var args []ir.Operand
	allConst := true
	var sb strings.Builder
	var walk func(p syntax.Node)
	walk = func(p syntax.Node) {
		for i := 0; i < p.ChildCount(); i++ {
			k := p.Child(i)
			if !k.IsNamed() {
				continue
			}
			switch k.Type() {
			case "string_content", "string_value":
				s := l.Text(k)
				args = append(args, ir.C(ir.Const{Kind: ir.Str, S: s}))
				sb.WriteString(s)
			case "escape_sequence":
				s := unescape(l.Text(k))
				args = append(args, ir.C(ir.Const{Kind: ir.Str, S: s}))
				sb.WriteString(s)
			case "heredoc_body":
				walk(k)
			case "heredoc_start", "heredoc_end", "comment":
			default:
				allConst = false
				args = append(args, l.expr(k))
			}
		}
	}
	walk(n)
	if allConst {
		return ir.C(ir.Const{Kind: ir.Str, S: sb.String()})
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: args, Span: l.Span(n)})
	return ir.P(t)
}

// expr lowers an expression and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return ir.Operand{}
	}
	switch n.Type() {
	case "variable_name", "member_access_expression", "nullsafe_member_access_expression", "subscript_expression",
		"scoped_property_access_expression":
		if p, ok := l.placeOf(n); ok {
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "null":
		return ir.C(ir.Const{Kind: ir.Null})
	case "boolean":
		if strings.EqualFold(l.Text(n), "true") {
			return ir.C(ir.Const{Kind: ir.Bool, I: 1})
		}
		return ir.C(ir.Const{Kind: ir.Bool})
	case "integer":
		t := strings.ReplaceAll(l.Text(n), "_", "")
		if len(t) > 1 && t[0] == '0' && t[1] >= '0' && t[1] <= '9' {
			t = "0o" + t[1:]
		}
		if i, err := strconv.ParseInt(t, 0, 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Int, I: i})
		}
		return l.opaque(nil, n)
	case "float":
		if f, err := strconv.ParseFloat(strings.ReplaceAll(l.Text(n), "_", ""), 64); err == nil {
			return ir.C(ir.Const{Kind: ir.Float, F: f})
		}
		return l.opaque(nil, n)
	case "string", "nowdoc":
		return ir.C(ir.Const{Kind: ir.Str, S: l.strValue(n)})
	case "encapsed_string", "heredoc":
		return l.interpolated(n)
	case "shell_command_expression":
		v := l.interpolated(n)
		return l.callOf("`", "`", []ir.Operand{v}, nil, n)
	case "name", "qualified_name", "class_constant_access_expression", "relative_scope":
		// a constant: no data of the request; the file's own literal
		// constants fold (`if (LEGACY_ENABLED)` with `const LEGACY_ENABLED
		// = false;` is dead code)
		if c, ok := l.constValue(n); ok {
			return ir.C(c)
		}
		return l.opaque(nil, n)
	case "parenthesized_expression", "error_suppression_expression", "clone_expression", "reference_modifier", "by_ref":
		kids := syntax.NamedChildren(n)
		if len(kids) >= 1 {
			return l.expr(kids[len(kids)-1])
		}
		return ir.Operand{}
	case "function_call_expression", "member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression":
		if a := syntax.ChildByField(n, "arguments"); a != nil && firstOfType(a, "variadic_placeholder") != nil {
			// f(...): a closure of f (PHP 8.1 first-class callable), no call
			if obj := syntax.ChildByField(n, "object"); obj != nil {
				l.expr(obj)
			}
			return l.opaque(nil, n)
		}
		switch n.Type() {
		case "function_call_expression":
			return l.funcCall(n)
		case "scoped_call_expression":
			return l.staticCall(n)
		}
		return l.methodCall(n)
	case "object_creation_expression":
		return l.newExpr(n)
	case "print_intrinsic":
		l.construct("print", syntax.NamedChildren(n), n)
		return ir.C(ir.Const{Kind: ir.Int, I: 1})
	case "include_expression", "include_once_expression", "require_expression", "require_once_expression":
		name := strings.TrimSuffix(n.Type(), "_expression")
		r := l.construct(name, syntax.NamedChildren(n), n)
		l.includeScope(n)
		return r
	case "exit_statement":
		l.construct("exit", syntax.NamedChildren(n), n)
		return ir.Operand{}
	case "assignment_expression", "reference_assignment_expression":
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		v := l.expr(right)
		if left != nil {
			if right != nil && right.Type() == "object_creation_expression" && left.Type() == "variable_name" {
				if c := l.newClass(right); c != "" {
					l.types[varName(l.Text(left))] = c
				}
			}
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
		if op == "??" {
			// $x ??= v: v is stored where $x is null
			return l.shortCircuit(n, left, right, "??", func(v ir.Operand) { l.assignTo(left, v, n) })
		}
		numeric := false
		if op == "." {
			op = "+"
		} else {
			numeric = numericOp(op, ir.C(ir.Const{Kind: ir.Int}), ir.Operand{})
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{l.expr(left), l.expr(right)}, Numeric: numeric, Span: l.Span(n)})
		l.assignTo(left, ir.P(t), n)
		return ir.P(t)
	case "update_expression":
		arg := syntax.ChildByField(n, "argument")
		if arg == nil {
			return ir.Operand{}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "+", Args: []ir.Operand{l.expr(arg), ir.C(ir.Const{Kind: ir.Int, I: 1})}, Numeric: true, Span: l.Span(n)})
		l.assignTo(arg, ir.P(t), n)
		return ir.P(t)
	case "binary_expression":
		return l.binary(n)
	case "unary_op_expression":
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
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u-", Args: []ir.Operand{arg}, Numeric: true, Span: l.Span(n)})
		default:
			l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: "u" + op, Args: []ir.Operand{arg}, Numeric: numericOp("u"+op, arg, arg), Span: l.Span(n)})
		}
		return ir.P(t)
	case "cast_expression":
		v := l.expr(syntax.ChildByField(n, "value"))
		typ := ""
		if c := syntax.ChildByField(n, "type"); c != nil {
			typ = strings.ToLower(irbuild.NormText(l.Text(c)))
		}
		t := l.Temp()
		switch typ {
		case "int", "integer", "float", "double", "real", "bool", "boolean", "unset":
			// a number or a boolean holds no injection
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(n)})
		default:
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(n)})
		}
		return ir.P(t)
	case "conditional_expression":
		return l.ternary(n)
	case "array_creation_expression":
		return l.array(n)
	case "anonymous_function_creation_expression", "anonymous_function", "arrow_function":
		f := l.function(n, "", true)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(n)})
		return ir.P(t)
	case "match_expression":
		return l.match(n)
	case "sequence_expression":
		var last ir.Operand
		for _, c := range syntax.NamedChildren(n) {
			last = l.expr(c)
		}
		return last
	case "throw_expression":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		return ir.Operand{}
	case "comment", "text_interpolation", "php_tag":
		return ir.Operand{}
	case "ERROR":
		l.Mod.Errors++
		return ir.Operand{}
	}
	return l.opaque(syntax.NamedChildren(n), n)
}

// constValue is the value of a constant the file defines once with a
// literal (see collectConsts): `X`, `\X`, `Ns\X` by its last name, and
// `Class::X` / `self::X` by the class's canonical name.
func (l *lowerer) constValue(n syntax.Node) (ir.Const, bool) {
	if len(l.consts) == 0 {
		return ir.Const{}, false
	}
	switch n.Type() {
	case "name", "qualified_name":
		name := strings.TrimPrefix(l.qualified(n), `\`)
		if i := strings.LastIndexByte(name, '\\'); i >= 0 {
			name = name[i+1:]
		}
		c, ok := l.consts[name]
		return c, ok
	case "class_constant_access_expression":
		kids := syntax.NamedChildren(n)
		if len(kids) == 2 && kids[1].Type() == "name" {
			switch kids[0].Type() {
			case "name", "qualified_name", "relative_scope":
				c, ok := l.consts[l.resolveClass(l.qualified(kids[0]))+"::"+l.Text(kids[1])]
				return c, ok
			}
		}
	}
	return ir.Const{}, false
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

// array lowers an array literal: entries at constant keys, positional
// entries at their index, entries at computed keys anywhere.
func (l *lowerer) array(n syntax.Node) ir.Operand {
	var args []ir.Operand
	var kws []ir.Kwarg
	dynamic := false
	pos := 0
	var dyn []ir.Operand
	for _, it := range items(n) {
		v := l.expr(it.val)
		switch {
		case it.spread:
			dyn = append(dyn, v)
		case it.key == nil:
			kws = append(kws, ir.Kwarg{Name: strconv.Itoa(pos), Val: v})
			pos++
		default:
			k := l.expr(it.key)
			if k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
				kws = append(kws, ir.Kwarg{Name: keyName(k.Const), Val: v})
				if k.Const.Kind == ir.Int && int(k.Const.I) >= pos {
					pos = int(k.Const.I) + 1
				}
			} else {
				dynamic = true
				dyn = append(dyn, v)
			}
		}
	}
	sub := ""
	if dynamic || len(dyn) > 0 {
		sub = "dict"
		args = dyn
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Kwargs: kws, Sub: sub, Span: l.Span(n)})
	return ir.P(t)
}

func (l *lowerer) binary(n syntax.Node) ir.Operand {
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = strings.ToLower(l.Text(o))
	}
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	switch op {
	case "||", "&&", "or", "and", "??":
		return l.shortCircuit(n, left, right, op, nil)
	}
	a, b := l.expr(left), l.expr(right)
	t := l.Temp()
	kind := ir.Binary
	switch {
	case compareOps[op]:
		kind = ir.Compare
		if op == "<>" {
			op = "!="
		}
	case op == ".":
		op = "+" // string concatenation (folds constants)
	}
	l.Emit(&ir.Instr{Op: kind, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Numeric: kind == ir.Binary && numericOp(op, a, b), Span: l.Span(n)})
	return ir.P(t)
}

// numericOp reports whether a PHP operator always makes a number: the
// arithmetic operators, and + with a number (+ of two arrays is their
// union, so a + b alone may be data).
func numericOp(op string, a, b ir.Operand) bool {
	switch op {
	case "-", "*", "/", "%", "**", "<<", ">>", "<=>", "u-", "u+", "u~":
		return true
	case "+":
		isNum := func(o ir.Operand) bool { return o.IsConst() && (o.Const.Kind == ir.Int || o.Const.Kind == ir.Float) }
		return isNum(a) || isNum(b)
	}
	return false
}

// shortCircuit lowers a || b, a && b (and `or`/`and`) and a ?? b into
// branches; `$r = query() or die()` ends the path where die() runs. With
// store, the right side's value is handed to it instead (`??=`).
func (l *lowerer) shortCircuit(n, left, right syntax.Node, op string, store func(ir.Operand)) ir.Operand {
	a := l.expr(left)
	// &&: the right side runs when the left is truthy; ?? tests nothing known
	return l.ShortCircuit(n, op, a, op != "??", op == "&&" || op == "and", func() (ir.Operand, bool) {
		b := l.expr(right)
		switch {
		case right != nil && l.noReturn(right):
			l.Jump(l.Fn.Exit)
			return b, false
		case store != nil:
			store(b)
		}
		return b, true
	})
}

// ternary lowers c ? a : b, and c ?: b (the condition's value when truthy).
func (l *lowerer) ternary(n syntax.Node) ir.Operand {
	condN, body, alt := syntax.ChildByField(n, "condition"), syntax.ChildByField(n, "body"), syntax.ChildByField(n, "alternative")
	if body == nil {
		return l.shortCircuit(n, condN, alt, "?:", nil)
	}
	ln := irbuild.Line(n)
	t := l.Temp()
	yes, no := &ir.Block{Note: fmt.Sprintf("ternary-true line %d", ln)}, &ir.Block{Note: fmt.Sprintf("ternary-false line %d", ln)}
	if condN != nil {
		l.condJump(condN, yes, no)
	} else {
		l.Jump(yes)
	}
	after := &ir.Block{Note: fmt.Sprintf("after ternary line %d", ln)}
	for _, side := range []struct {
		b    *ir.Block
		n    syntax.Node
		note string
	}{{yes, body, "true"}, {no, alt, "false"}} {
		l.Place(side.b)
		v := l.expr(side.n)
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(n), Note: fmt.Sprintf("in %s-branch of ternary line %d", side.note, ln)})
		l.Jump(after)
	}
	l.Place(after)
	return ir.P(t)
}

// match lowers `match ($x) { 1, 2 => a, default => b }`: arms compare
// strictly, in order; a constant subject prunes.
func (l *lowerer) match(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	subj := l.expr(syntax.ChildByField(n, "condition"))
	t := l.Temp()
	after := &ir.Block{Note: fmt.Sprintf("after match line %d", ln)}
	var dflt syntax.Node
	if body := syntax.ChildByField(n, "body"); body != nil {
		for _, arm := range syntax.NamedChildren(body) {
			switch arm.Type() {
			case "match_default_expression":
				dflt = arm
				continue
			case "match_conditional_expression":
			default:
				continue
			}
			var conds []syntax.Node
			if cl := syntax.ChildByField(arm, "conditional_expressions"); cl != nil {
				conds = syntax.NamedChildren(cl)
			}
			arms := &ir.Block{Note: fmt.Sprintf("match arm line %d", irbuild.Line(arm))}
			for _, c := range conds {
				v := l.expr(c)
				ct := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Compare, Dst: &ct, Sub: "===", Args: []ir.Operand{subj, v}, Span: l.Span(c)})
				cond := ir.P(ct)
				yes, no := l.Branch(&cond, fmt.Sprintf("match arm line %d", irbuild.Line(arm)), fmt.Sprintf("next arm line %d", irbuild.Line(arm)))
				l.Cur = yes
				l.Jump(arms)
				l.Cur = no
			}
			next := l.Cur
			l.Cur = nil
			l.Place(arms)
			l.WithNote(fmt.Sprintf("in match arm of line %d", irbuild.Line(arm)), func() {
				v := l.expr(syntax.ChildByField(arm, "return_expression"))
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(arm)})
			})
			l.Jump(after)
			l.Cur = next
		}
	}
	if dflt != nil {
		l.WithNote(fmt.Sprintf("in match default of line %d", irbuild.Line(dflt)), func() {
			v := l.expr(syntax.ChildByField(dflt, "return_expression"))
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(dflt)})
		})
		l.Jump(after)
	} else {
		// no arm matched: UnhandledMatchError
		l.Jump(l.Fn.Exit)
	}
	l.Place(after)
	return ir.P(t)
}

// ---- calls -----------------------------------------------------------------------

// construct lowers a language construct the rules treat as a call (echo,
// print, exit, include, ...): its operands are the arguments.
func (l *lowerer) construct(name string, operands []syntax.Node, n syntax.Node) ir.Operand {
	var args []ir.Operand
	for _, o := range operands {
		if o.Type() == "sequence_expression" {
			for _, c := range syntax.NamedChildren(o) {
				args = append(args, l.expr(c))
			}
			continue
		}
		if o.Type() == "comment" {
			continue
		}
		args = append(args, l.expr(o))
		if l.jsonBody(name, operands, o) {
			args[len(args)-1] = l.opaque(nil, o)
		}
	}
	return l.callOf(name, name, args, nil, n)
}

// jsonBody reports whether o, an operand of the output construct name, is
// the whole output and a json_encode() call: `echo json_encode($data);`,
// `exit(json_encode([...]))` answer a JSON API request, whose body holds
// no markup (a JSON string inside HTML, `'<div>' . json_encode($x)`, is
// not the whole output and stays data).
func (l *lowerer) jsonBody(name string, operands []syntax.Node, o syntax.Node) bool {
	switch name {
	case "echo", "print", "exit", "die":
	default:
		return false
	}
	n := 0
	for _, x := range operands {
		if x.Type() != "comment" {
			n++
		}
	}
	for o.Type() == "parenthesized_expression" {
		kids := syntax.NamedChildren(o)
		if len(kids) != 1 {
			return false
		}
		o = kids[0]
	}
	if n != 1 || o.Type() != "function_call_expression" {
		return false
	}
	fn := syntax.ChildByField(o, "function")
	return fn != nil && strings.EqualFold(strings.TrimPrefix(l.qualified(fn), `\`), "json_encode")
}

func (l *lowerer) callOf(text, callee string, args []ir.Operand, kws []ir.Kwarg, n syntax.Node) ir.Operand {
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: text, Callee: callee, Args: args, Kwargs: kws, Span: l.Span(n)})
	return ir.P(t)
}

// arguments lowers a call's arguments: positional ones, and named ones
// (PHP 8 `f(name: $v)`) as keyword arguments.
func (l *lowerer) arguments(n syntax.Node) ([]ir.Operand, []ir.Kwarg) {
	a := syntax.ChildByField(n, "arguments")
	if a == nil {
		a = firstOfType(n, "arguments")
	}
	if a == nil {
		return nil, nil
	}
	var args []ir.Operand
	var kws []ir.Kwarg
	before := len(l.Mod.Funcs)
	defer func() { l.registered(a, before) }()
	for _, c := range syntax.NamedChildren(a) {
		if c.Type() == "comment" {
			continue
		}
		if c.Type() != "argument" {
			args = append(args, l.expr(c))
			continue
		}
		var val syntax.Node
		name := ""
		for _, k := range syntax.NamedChildren(c) {
			if k.FieldName() == "name" {
				name = l.Text(k)
				continue
			}
			if k.Type() == "comment" {
				continue
			}
			val = k
		}
		v := l.expr(val)
		if name != "" {
			kws = append(kws, ir.Kwarg{Name: name, Val: v})
		} else {
			args = append(args, v)
		}
	}
	return args, kws
}

// registered notes, on each closure passed directly as an argument, the
// call it is passed to (after the call's callee is known, see call sites):
// `Route::get('/u/{id}', function ($id) {...})` registers a route handler,
// whose parameters models may name as sources (decorator sources).
func (l *lowerer) registered(args syntax.Node, before int) {
	l.pendingClosures = l.pendingClosures[:0]
	for _, c := range syntax.NamedChildren(args) {
		v := c
		if c.Type() == "argument" {
			if k := syntax.NamedChildren(c); len(k) > 0 {
				v = k[len(k)-1]
			}
		}
		switch v.Type() {
		case "anonymous_function_creation_expression", "anonymous_function", "arrow_function":
			for _, f := range l.Mod.Funcs[before:] {
				if f.Span.Start == v.StartByte() && f.Span.End == v.EndByte() {
					l.pendingClosures = append(l.pendingClosures, f)
				}
			}
		}
	}
}

// handlerOf marks the closures just passed as arguments as registered
// with callee.
func (l *lowerer) handlerOf(callee string) {
	for _, f := range l.pendingClosures {
		f.Decorators = append(f.Decorators, callee)
	}
	l.pendingClosures = l.pendingClosures[:0]
}

// callText is the callee as written: the call's text up to its argument
// list, whitespace removed, without a leading backslash.
func (l *lowerer) callText(n syntax.Node) string {
	end := n.EndByte()
	if a := syntax.ChildByField(n, "arguments"); a != nil {
		end = a.StartByte()
	} else if a := firstOfType(n, "arguments"); a != nil {
		end = a.StartByte()
	}
	return strings.TrimPrefix(irbuild.NormText(string(l.Src[n.StartByte():end])), `\`)
}

// checks are functions whose boolean result says something about a value
// without carrying its data.
var checks = map[string]bool{"isset": true, "empty": true, "is_numeric": true, "is_int": true, "is_integer": true,
	"is_string": true, "is_array": true, "is_null": true, "is_bool": true, "is_float": true, "ctype_digit": true,
	"ctype_alnum": true, "ctype_alpha": true, "ctype_xdigit": true, "ctype_upper": true, "ctype_lower": true,
	"array_key_exists": true, "file_exists": true, "is_file": true, "is_dir": true, "function_exists": true,
	"method_exists": true, "class_exists": true, "defined": true, "preg_match": true, "strcmp": true, "strcasecmp": true,
	"hash_equals": true, "password_verify": true, "is_object": true, "is_callable": true, "count": true, "strlen": true,
}

// htmlFilter finds the filters that escape HTML special characters.
var htmlFilter = regexp.MustCompile(`FILTER_SANITIZE_(FULL_)?SPECIAL_CHARS\b`)

// argNodes are a call's argument expressions.
func argNodes(n syntax.Node) []syntax.Node {
	a := syntax.ChildByField(n, "arguments")
	if a == nil {
		return nil
	}
	var out []syntax.Node
	for _, c := range syntax.NamedChildren(a) {
		if c.Type() == "argument" {
			if k := syntax.NamedChildren(c); len(k) > 0 {
				out = append(out, k[len(k)-1])
			}
		} else if c.Type() != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// numericFilter finds the filters whose result is a number or a boolean.
var numericFilter = regexp.MustCompile(`FILTER_(VALIDATE_(INT|FLOAT|BOOL|BOOLEAN)|SANITIZE_NUMBER_(INT|FLOAT))\b`)

// validators are the checks a branch condition proves a value clean with
// (see dataflow's validated).
var validators = map[string]bool{"is_numeric": true, "is_int": true, "is_integer": true, "is_float": true,
	"ctype_digit": true, "ctype_alnum": true, "ctype_alpha": true, "ctype_xdigit": true, "preg_match": true}

func (l *lowerer) funcCall(n syntax.Node) ir.Operand {
	fn := syntax.ChildByField(n, "function")
	if fn == nil {
		return l.opaque(syntax.NamedChildren(n), n)
	}
	switch fn.Type() {
	case "name", "qualified_name":
	default:
		if fn.Type() == "variable_name" {
			if name, ok := l.fixedFuncVar(varName(l.Text(fn))); ok {
				// $f = 'system'; $f($cmd): a call of that function
				l.expr(fn)
				args, kws := l.arguments(n)
				return l.callOf(name, l.resolveFunc(name), args, kws, n)
			}
		}
		// $f(...), ($obj->cb)(...): a call of a value, call_user_func($f, ...)
		callee := l.expr(fn)
		args, kws := l.arguments(n)
		text := l.callText(n)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: text, Callee: "call_user_func", Args: append([]ir.Operand{callee}, args...), Kwargs: kws, Span: l.Span(n)})
		return ir.P(t)
	}
	text := l.callText(n)
	callee := l.resolveFunc(l.qualified(fn))
	low := strings.ToLower(callee)
	args, kws := l.arguments(n)
	switch low {
	case "call_user_func", "call_user_func_array":
		// call_user_func('exec', $cmd): a call of the function it names;
		// call_user_func_array('exec', [$cmd]) passes the array's elements
		if len(args) >= 1 && args[0].IsConst() && args[0].Const.Kind == ir.Str && funcNameRe.MatchString(args[0].Const.S) {
			// (the text as written is the name too: sinks of call_user_func itself,
			// a callback chosen by the caller, do not apply to a fixed one)
			name := strings.TrimPrefix(args[0].Const.S, `\`)
			return l.callOf(name, l.resolveFunc(name), args[1:], kws, n)
		}
	case "in_array":
		// in_array($x, $allowed): membership, which a branch can rely on
		if len(args) >= 2 {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{args[0], args[1]}, Span: l.Span(n)})
			return ir.P(t)
		}
	case "array_push", "array_unshift":
		// the values join the array's elements
		if len(args) >= 2 && !args[0].IsConst() && args[0].Place.Base != "" && !args[0].Place.IsTemp() {
			dst := args[0].Place.Extend(ir.Elem{Kind: ir.AnyElem})
			for _, v := range args[1:] {
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n)})
			}
			return l.opaque(nil, n)
		}
	case "extract":
		// extract($_GET): every variable of the function may now be
		// named by the array's keys (EXTR_OVERWRITE, the default; with
		// EXTR_SKIP or a prefix the existing ones are kept)
		if a := argNodes(n); len(args) >= 1 && !args[0].IsConst() && args[0].Place.Base != "" &&
			(len(a) == 1 || len(a) == 2 && strings.Contains(l.Text(a[1]), "EXTR_OVERWRITE")) {
			r := l.callOf(text, callee, args, kws, n)
			elem := ir.P(args[0].Place.Extend(ir.Elem{Kind: ir.AnyElem}))
			for _, v := range l.variablesOf(l.fnNode) {
				dst := ir.Place{Base: v}
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{elem}, Span: l.Span(n)})
			}
			return r
		}
	case "compact":
		// compact('a', 'b'): an array of those variables
		var ks []ir.Kwarg
		for _, a := range args {
			if a.IsConst() && a.Const.Kind == ir.Str {
				ks = append(ks, ir.Kwarg{Name: strconv.Quote(a.Const.S), Val: ir.P(ir.Place{Base: a.Const.S})})
			}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Kwargs: ks, Span: l.Span(n)})
		return ir.P(t)
	}
	switch low {
	case "sprintf", "printf", "vsprintf", "vprintf":
		// arguments formatted as numbers (%d, %f, ...) or not used carry no data
		if len(args) > 1 && args[0].IsConst() && args[0].Const.Kind == ir.Str && (low == "sprintf" || low == "printf") {
			if text, ok := formatText(args[0].Const.S); ok {
				for i := 1; i < len(args); i++ {
					if !text[i] {
						args[i] = ir.C(ir.Const{Kind: ir.Int})
					}
				}
			}
		}
	case "settype":
		// settype($x, 'int') makes $x a number in place
		if len(args) == 2 && args[1].IsConst() && !args[0].IsConst() && args[0].Place.Base != "" && !args[0].Place.IsTemp() {
			switch strings.ToLower(args[1].Const.S) {
			case "int", "integer", "float", "double", "bool", "boolean", "null":
				r := l.callOf(text, callee, args, kws, n)
				dst := args[0].Place
				l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &dst, Span: l.Span(n)})
				return r
			}
		}
	case "array_map":
		// array_map('intval', $xs): numbers
		if len(args) == 2 && args[0].IsConst() {
			switch strings.ToLower(args[0].Const.S) {
			case "intval", "floatval", "boolval", "abs":
				l.callOf(text, callee, args, kws, n)
				return l.opaque(nil, n)
			}
		}
	case "file_get_contents", "fopen", "file", "stream_get_contents":
		if len(args) > 0 && args[0].IsConst() && strings.EqualFold(args[0].Const.S, "php://input") {
			// the raw request body: a place the models name
			l.callOf(text, callee, args, kws, n)
			return ir.P(ir.Place{Base: "php://input"})
		}
	case "filter_var", "filter_input":
		if numericFilter.MatchString(l.Text(n)) {
			// FILTER_VALIDATE_INT and friends: a number or false
			l.callOf(text, callee, args, kws, n)
			return l.opaque(nil, n)
		}
		if htmlFilter.MatchString(l.Text(n)) {
			// FILTER_SANITIZE_SPECIAL_CHARS: htmlspecialchars by another name
			return l.callOf(text, "htmlspecialchars", args, kws, n)
		}
	case "parse_url":
		// parse_url($u, PHP_URL_HOST): the host of the parsed URL, a field
		// of it as `parse_url($u)['host']` is, so that a check of the host
		// against an allow-list can speak for the whole URL
		if a := argNodes(n); len(a) == 2 && len(args) == 2 && strings.TrimPrefix(l.Text(a[1]), `\`) == "PHP_URL_HOST" {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: text, Callee: callee, Args: args[:1], Span: l.Span(n)})
			return ir.P(t.Extend(ir.Elem{Kind: ir.Field, Name: "host"}))
		}
	case "array_key_exists", "key_exists":
		// array_key_exists($k, $allowed): membership, as in_array
		if len(args) == 2 {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{args[0], args[1]}, Span: l.Span(n)})
			return ir.P(t)
		}
	case "isset":
		// isset($allowed[$k]): $k is a key of $allowed
		if a := argNodes(n); len(a) == 1 && a[0].Type() == "subscript_expression" {
			if kids := syntax.NamedChildren(a[0]); len(kids) == 2 && kids[1].Type() == "variable_name" {
				base, _ := l.placeOf(kids[0])
				if base.Base != "" {
					t := l.Temp()
					l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{ir.P(ir.Place{Base: varName(l.Text(kids[1]))}), ir.P(base)}, Span: l.Span(n)})
					return ir.P(t)
				}
			}
		}
	}
	if (low == "exit" || low == "die") && len(args) == 1 {
		if a := argNodes(n); len(a) == 1 && l.jsonBody(low, a, a[0]) {
			args[0] = l.opaque(nil, a[0])
		}
	}
	l.handlerOf(callee)
	if checks[low] {
		// a check is still a call (models may name it), whose result
		// carries no data
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: text, Callee: callee, Args: args, Kwargs: kws, Span: l.Span(n)})
		if validators[low] {
			// the engine recognises these on a branch by the call itself
			// (the model packs make their result clean)
			return ir.P(t)
		}
		r := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &r, Sub: low, Args: []ir.Operand{ir.P(t)}, Span: l.Span(n)})
		return ir.P(r)
	}
	return l.callOf(text, callee, args, kws, n)
}

// receiverClass is the canonical class of an object expression when the
// front end knows it: `$this`, a typed parameter or property, a variable
// assigned `new C(...)`.
func (l *lowerer) receiverClass(obj syntax.Node) (string, bool) {
	switch obj.Type() {
	case "variable_name":
		c, ok := l.types[varName(l.Text(obj))]
		return c, ok
	case "member_access_expression", "nullsafe_member_access_expression":
		o, nm := syntax.ChildByField(obj, "object"), syntax.ChildByField(obj, "name")
		if o != nil && nm != nil && o.Type() == "variable_name" && l.Text(o) == "$this" && l.class != nil {
			c, ok := l.class.props[l.Text(nm)]
			return c, ok
		}
	}
	return "", false
}

func (l *lowerer) methodCall(n syntax.Node) ir.Operand {
	obj := syntax.ChildByField(n, "object")
	text := l.callText(n)
	callee := strings.ReplaceAll(text, "?->", "->")
	var recv ir.Operand
	if obj != nil {
		recv = l.expr(obj)
		// the class of the innermost typed object, then the rest as written
		for o := obj; o != nil; {
			if c, ok := l.receiverClass(o); ok {
				end := n.EndByte()
				if a := syntax.ChildByField(n, "arguments"); a != nil {
					end = a.StartByte()
				}
				if rest := irbuild.NormText(string(l.Src[min(o.EndByte(), end):end])); !strings.Contains(rest, "(") {
					callee = c + strings.ReplaceAll(rest, "?->", "->")
				}
				break
			}
			switch o.Type() {
			case "member_access_expression", "nullsafe_member_access_expression", "member_call_expression", "nullsafe_member_call_expression":
				o = syntax.ChildByField(o, "object")
			default:
				o = nil
			}
		}
	}
	args, kws := l.arguments(n)
	l.handlerOf(callee)
	t := l.Temp()
	in := &ir.Instr{Op: ir.Call, Dst: &t, Text: text, Callee: callee, Args: args, Kwargs: kws, Span: l.Span(n)}
	if obj != nil {
		in.Recv = &recv
	}
	l.Emit(in)
	return ir.P(t)
}

func (l *lowerer) staticCall(n syntax.Node) ir.Operand {
	scope, nm := syntax.ChildByField(n, "scope"), syntax.ChildByField(n, "name")
	text := l.callText(n)
	callee := text
	if scope != nil && nm != nil {
		switch scope.Type() {
		case "name", "qualified_name", "relative_scope":
			callee = l.resolveClass(l.qualified(scope)) + "::" + l.Text(nm)
		default:
			l.expr(scope)
		}
	}
	args, kws := l.arguments(n)
	l.handlerOf(callee)
	in := &ir.Instr{Op: ir.Call, Text: text, Callee: callee, Args: args, Kwargs: kws, Span: l.Span(n)}
	if scope != nil && scope.Type() == "relative_scope" && l.Fn != nil && l.Fn.Recv != "" {
		r := ir.P(ir.Place{Base: "this"})
		in.Recv = &r
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t)
}

// newClass is the canonical class `new C(...)` makes ("" when computed).
func (l *lowerer) newClass(n syntax.Node) string {
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "name", "qualified_name", "relative_scope":
			return l.resolveClass(l.qualified(c))
		case "arguments":
			return ""
		}
	}
	return ""
}

func (l *lowerer) newExpr(n syntax.Node) ir.Operand {
	var typ syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "arguments" && c.Type() != "comment" {
			typ = c
			break
		}
	}
	args, kws := l.arguments(n)
	if typ == nil {
		return l.opaque(nil, n)
	}
	switch typ.Type() {
	case "name", "qualified_name", "relative_scope":
		text := strings.TrimPrefix(l.qualified(typ), `\`)
		return l.callOf(text, l.resolveClass(l.qualified(typ)), args, kws, n)
	case "anonymous_class", "declaration_list":
		return l.opaque(nil, n)
	}
	cls := l.expr(typ)
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: irbuild.NormText(l.Text(typ)), Callee: irbuild.NormText(l.Text(typ)), Recv: &cls, Args: args, Kwargs: kws, Span: l.Span(n)})
	return ir.P(t)
}

// formatText reads a printf-style format and reports which arguments (by
// position, 1 for the first after the format) it prints as text (%s and
// unknown conversions); numeric conversions and unused arguments are
// false. ok is false for a format it cannot read.
func formatText(f string) (text map[int]bool, ok bool) {
	text = map[int]bool{}
	next := 1
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i >= len(f) {
			return nil, false
		}
		if f[i] == '%' {
			continue
		}
		// argnum$
		arg := 0
		j := i
		for j < len(f) && f[j] >= '0' && f[j] <= '9' {
			j++
		}
		if j > i && j < len(f) && f[j] == '$' {
			arg, _ = strconv.Atoi(f[i:j])
			i = j + 1
		}
		// flags, width, precision
		for i < len(f) && strings.IndexByte("-+ 0", f[i]) >= 0 || i < len(f) && f[i] == '\'' {
			if f[i] == '\'' {
				i++
			}
			i++
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.') {
			i++
		}
		if i >= len(f) {
			return nil, false
		}
		if arg == 0 {
			arg = next
			next++
		}
		switch f[i] {
		case 'b', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'h', 'H', 'o', 'u', 'x', 'X':
			// a number (%c prints a character: text)
			if _, seen := text[arg]; !seen {
				text[arg] = false
			}
		default:
			text[arg] = true
		}
	}
	return text, true
}

// variablesOf lists the variables a function's body names (without $this
// and the superglobals), in order of first appearance, not descending
// into nested functions and classes.
func (l *lowerer) variablesOf(fn syntax.Node) []string {
	if fn == nil {
		return nil
	}
	seen := map[string]bool{"this": true}
	for _, g := range superglobals {
		seen[g] = true
	}
	var out []string
	var walk func(n syntax.Node, top bool)
	walk = func(n syntax.Node, top bool) {
		switch n.Type() {
		case "function_definition", "method_declaration", "class_declaration", "anonymous_function_creation_expression",
			"anonymous_function", "arrow_function", "trait_declaration", "enum_declaration", "interface_declaration":
			if !top {
				return
			}
		case "variable_name":
			if v := varName(l.Text(n)); !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
			return
		}
		for i, c := 0, n.ChildCount(); i < c; i++ {
			if k := n.Child(i); k.IsNamed() {
				walk(k, false)
			}
		}
	}
	walk(fn, true)
	return out
}

// funcNameRe is a PHP function name as a string names it ('exec', '\\App\\run').
var funcNameRe = regexp.MustCompile(`^\\?[A-Za-z_][A-Za-z0-9_]*(\\[A-Za-z_][A-Za-z0-9_]*)*$`)

// fixedFuncVar reports the function a variable names when every assignment
// to it in the function being lowered (the file at top level) stores the same
// string literal, a function name, and it is not a parameter:
// `$f = 'system'; $f($cmd)` calls system. Nested functions are not read.
func (l *lowerer) fixedFuncVar(v string) (string, bool) {
	if l.fnNode == nil {
		return "", false
	}
	name, found, ok := "", false, true
	var walk func(n syntax.Node, top bool)
	walk = func(n syntax.Node, top bool) {
		if !ok {
			return
		}
		switch n.Type() {
		case "function_definition", "method_declaration", "class_declaration", "anonymous_function_creation_expression",
			"anonymous_function", "arrow_function", "trait_declaration", "enum_declaration", "interface_declaration":
			if !top {
				return
			}
		case "simple_parameter", "variadic_parameter", "property_promotion_parameter", "global_declaration", "static_variable_declaration":
			if strings.Contains(l.Text(n), "$"+v) {
				ok = false
				return
			}
		case "assignment_expression", "reference_assignment_expression", "augmented_assignment_expression":
			if left := syntax.ChildByField(n, "left"); left != nil && left.Type() == "variable_name" && varName(l.Text(left)) == v {
				right := syntax.ChildByField(n, "right")
				if n.Type() != "assignment_expression" || right == nil || right.Type() != "string" && right.Type() != "encapsed_string" ||
					firstOfType(right, "variable_name") != nil {
					ok = false
					return
				}
				s := l.strValue(right)
				if !funcNameRe.MatchString(s) || found && s != name {
					ok = false
					return
				}
				name, found = strings.TrimPrefix(s, `\`), true
			}
		case "foreach_statement", "list_literal", "by_ref":
			if n.Type() == "foreach_statement" && foreachBinds(l, n, v) || n.Type() != "foreach_statement" && strings.Contains(l.Text(n), "$"+v) {
				ok = false
				return
			}
		}
		for i, c := 0, n.ChildCount(); i < c; i++ {
			if k := n.Child(i); k.IsNamed() {
				walk(k, false)
			}
		}
	}
	walk(l.fnNode, true)
	return name, ok && found
}

// foreachBinds reports whether a foreach statement assigns $v as its key or value.
func foreachBinds(l *lowerer, n syntax.Node, v string) bool {
	body := syntax.ChildByField(n, "body")
	for i, k := range syntax.NamedChildren(n) {
		if i == 0 || body != nil && k.StartByte() == body.StartByte() {
			continue
		}
		if strings.Contains(l.Text(k), "$"+v) {
			return true
		}
	}
	return false
}

// IncludePrefix starts the callee of the call the front end adds after an
// include/require of a fixed .php file: `<include>views/row.php|a,b`, the
// path as written, then the includer's variables, which are its arguments
// in that order. The included file's top level runs with those variables
// in scope (a view partial); the cross-file pass resolves the call to it.
const IncludePrefix = "<include>"

// includeFileRe is the fixed file an include names: 'x.php',
// __DIR__ . '/x.php' (the cross-file index reads the same form).
var includeFileRe = regexp.MustCompile(`^(?:require|include)(?:_once)?[ \t]*\(?[ \t]*(?:[\w:]+(?:\(\))?[ \t]*\.[ \t]*)?['"]([^'"$\n]+\.php)['"]`)

// maxIncludeVars bounds the variables passed to an included file.
const maxIncludeVars = 64

// includeScope emits the call that passes the function's variables to
// the file an include names (see IncludePrefix).
func (l *lowerer) includeScope(n syntax.Node) {
	m := includeFileRe.FindStringSubmatch(l.Text(n))
	if m == nil {
		return
	}
	vars := l.variablesOf(l.fnNode)
	if len(vars) == 0 {
		return
	}
	sort.Strings(vars)
	if len(vars) > maxIncludeVars {
		vars = vars[:maxIncludeVars]
	}
	args := make([]ir.Operand, len(vars))
	for i, v := range vars {
		args[i] = ir.P(ir.Place{Base: v})
	}
	text := IncludePrefix + m[1] + "|" + strings.Join(vars, ",")
	l.callOf(text, text, args, nil, n)
}
