package ruby

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// expr lowers an expression or statement (in Ruby every statement has a
// value) and returns the operand holding its value.
func (l *lowerer) expr(n syntax.Node) ir.Operand {
	if n == nil {
		return nilConst()
	}
	if l.depth > maxDepth {
		l.Mod.Errors++
		return ir.Operand{}
	}
	l.depth++
	defer func() { l.depth-- }()
	switch n.Type() {
	case "identifier":
		name := l.Text(n)
		if !l.locals[name] && l.methods[name] {
			return l.callNamed(n, name)
		}
		if !l.locals[name] && l.attrs[name] {
			return ir.P(attrPlace(name))
		}
		return ir.P(ir.Place{Base: l.localName(name)})
	case "instance_variable", "class_variable", "global_variable", "constant", "scope_resolution", "self":
		if p, ok := l.placeOf(n); ok {
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "element_reference":
		if p, ok := l.placeOf(n); ok {
			return ir.P(p)
		}
		return l.opaque(syntax.NamedChildren(n), n)
	case "integer":
		t := strings.ReplaceAll(strings.ToLower(l.Text(n)), "_", "")
		if strings.HasPrefix(t, "0") && len(t) > 1 && t[1] >= '0' && t[1] <= '9' {
			t = "0o" + t[1:]
		}
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
	case "nil":
		return nilConst()
	case "string", "bare_string", "delimited_symbol", "regex", "heredoc_beginning", "character":
		return l.str(n)
	case "simple_symbol", "hash_key_symbol", "bare_symbol":
		return ir.C(ir.Const{Kind: ir.Str, S: strings.TrimSuffix(strings.TrimPrefix(l.Text(n), ":"), ":")})
	case "chained_string":
		return l.format(syntax.NamedChildren(n), n)
	case "string_array", "symbol_array", "array":
		kids := syntax.NamedChildren(n)
		if loc := l.rackLocation(kids); loc != nil {
			// [302, {"Location" => url}, []]: the call
			// Rack.response_location(url) packs name as a redirect sink
			v := l.expr(loc)
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "Rack.response_location", Callee: "Rack.response_location", Args: []ir.Operand{v}, Span: l.Span(loc)})
		}
		if n.Type() == "array" && l.rackHTML(kids) {
			// [200, {"Content-Type" => "text/html"}, [body]]: a Rack
			// response whose body is HTML, the call Rack.response_body(body)
			// packs name as an XSS sink
			b := l.expr(kids[2])
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "Rack.response_body", Callee: "Rack.response_body", Args: []ir.Operand{b}, Span: l.Span(kids[2])})
			return l.build(kids, nil, n)
		}
		return l.build(kids, nil, n)
	case "hash":
		return l.hash(n)
	case "subshell":
		return l.subshell(n)
	case "interpolation", "parenthesized_statements", "block_body", "then", "else", "do", "body_statement",
		"begin_block", "end_block", "program", "ensure":
		return l.stmts(n)
	case "begin":
		return l.begin(n)
	case "if", "if_modifier", "elsif":
		return l.ifExpr(n, false)
	case "unless", "unless_modifier":
		return l.ifExpr(n, true)
	case "while", "while_modifier":
		return l.whileExpr(n, false)
	case "until", "until_modifier":
		return l.whileExpr(n, true)
	case "for":
		return l.forExpr(n)
	case "case":
		return l.caseExpr(n)
	case "case_match":
		return l.caseMatch(n)
	case "conditional":
		return l.conditional(n)
	case "binary":
		return l.binary(n)
	case "unary":
		return l.unary(n)
	case "assignment":
		return l.assignment(n)
	case "operator_assignment":
		return l.opAssign(n)
	case "call":
		return l.call(n)
	case "method", "singleton_method":
		return l.method(n)
	case "class", "module":
		return l.classBody(n, l.className(n))
	case "singleton_class":
		return l.classBody(n, "")
	case "lambda":
		return l.lambda(n)
	case "return":
		v := l.jumpValue(n)
		if a := returned(n); l.route && a != nil && builtString(a) {
			// return "<p>#{x}</p>" in a Sinatra route: the response body,
			// as the block's last value is
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "body", Callee: "body", Args: []ir.Operand{v}, Span: l.Span(a),
				Note: "returned by the route as the response body"})
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
		return nilConst()
	case "next":
		v := l.jumpValue(n)
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].next)
			return nilConst()
		}
		// next in a block that is a closure returns from the block
		l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
		return nilConst()
	case "break":
		v := l.jumpValue(n)
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].after)
			return nilConst()
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
		return nilConst()
	case "redo":
		if len(l.loops) > 0 {
			l.Jump(l.loops[len(l.loops)-1].head)
		}
		return nilConst()
	case "retry":
		if l.retryStart != nil {
			l.Jump(l.retryStart)
		}
		return nilConst()
	case "rescue_modifier":
		return l.rescueModifier(n)
	case "yield", "argument_list", "splat_argument", "hash_splat_argument", "block_argument", "pattern",
		"parenthesized_pattern", "range", "super":
		kids := syntax.NamedChildren(n)
		if len(kids) == 1 && n.Type() != "range" && n.Type() != "yield" && n.Type() != "super" {
			return l.expr(kids[0])
		}
		return l.opaque(kids, n)
	case "comment", "alias", "undef", "heredoc_body", "empty_statement", "uninterpreted", "__END__", "operator",
		"encoding", "file", "line", "forward_argument", "forward_parameter":
		return nilConst()
	case "ERROR":
		l.Mod.Errors++
		return ir.Operand{}
	}
	return l.opaque(syntax.NamedChildren(n), n)
}

// stmt lowers a statement; a call that never returns (raise, halt,
// exit, Sinatra's redirect) ends the path.
func (l *lowerer) stmt(n syntax.Node) ir.Operand {
	v := l.expr(n)
	if n.Type() == "call" && l.noReturn(n) {
		l.Jump(l.Fn.Exit)
	}
	return v
}

// noReturns are methods that do not come back to their caller: they
// raise, throw (Sinatra's halt, redirect, pass) or end the process.
var noReturns = map[string]bool{"raise": true, "fail": true, "halt": true, "redirect": true, "pass": true,
	"exit": true, "exit!": true, "abort": true, "throw": true, "Kernel.raise": true, "Kernel.exit": true,
	"Kernel.abort": true, "Process.exit": true, "error!": true, "not_found": true}

func (l *lowerer) noReturn(n syntax.Node) bool {
	m := syntax.ChildByField(n, "method")
	if m == nil {
		return false
	}
	name := l.Text(m)
	if r := syntax.ChildByField(n, "receiver"); r != nil {
		name = irbuild.NormText(l.Text(r)) + "." + name
	}
	return noReturns[name]
}

// returned is the one expression a return statement returns, or nil.
func returned(n syntax.Node) syntax.Node {
	kids := syntax.NamedChildren(n)
	if len(kids) == 0 {
		return nil
	}
	if a := kids[0]; a.Type() == "argument_list" {
		if args := syntax.NamedChildren(a); len(args) == 1 {
			return args[0]
		}
		return nil
	}
	return kids[0]
}

// jumpValue lowers the argument of return / next / break.
func (l *lowerer) jumpValue(n syntax.Node) ir.Operand {
	kids := syntax.NamedChildren(n)
	if len(kids) == 0 {
		return nilConst()
	}
	a := kids[0]
	if a.Type() == "argument_list" {
		args := syntax.NamedChildren(a)
		if len(args) == 1 {
			return l.expr(args[0])
		}
		return l.build(args, nil, a)
	}
	return l.expr(a)
}

// placeOf lowers an access path expression (x, @x, X::Y, x[k], x[k][j]) to
// a place, evaluating what it must (a non-constant key) into temps.
func (l *lowerer) placeOf(n syntax.Node) (ir.Place, bool) {
	switch n.Type() {
	case "identifier":
		name := l.Text(n)
		if !l.locals[name] && l.methods[name] {
			return ir.Place{}, false
		}
		if !l.locals[name] && l.attrs[name] {
			return attrPlace(name), true
		}
		return ir.Place{Base: l.localName(name)}, true
	case "instance_variable", "class_variable":
		return ir.Place{Base: "self", Path: []ir.Elem{{Kind: ir.Field, Name: l.Text(n)}}}, true
	case "global_variable":
		return ir.Place{Base: "::" + l.Text(n)}, true
	case "constant", "scope_resolution":
		return ir.Place{Base: strings.TrimPrefix(irbuild.NormText(l.Text(n)), "::")}, true
	case "self":
		return ir.Place{Base: "self"}, true
	case "element_reference":
		if v, ok := l.datasetSQL(n); ok {
			return v.Place, true
		}
		obj := syntax.ChildByField(n, "object")
		if obj == nil {
			return ir.Place{}, false
		}
		base := l.asPlace(obj)
		var keys []syntax.Node
		for _, c := range syntax.NamedChildren(n) {
			if c.FieldName() != "object" {
				keys = append(keys, c)
			}
		}
		e := ir.Elem{Kind: ir.AnyElem}
		if len(keys) == 1 {
			k := l.expr(keys[0])
			if k.IsConst() && (k.Const.Kind == ir.Str || k.Const.Kind == ir.Int) {
				e = ir.Elem{Kind: ir.Key, Name: keyName(k.Const)}
			}
		} else {
			for _, k := range keys {
				l.expr(k)
			}
		}
		return base.Extend(e), true
	case "parenthesized_statements":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.placeOf(kids[0])
		}
	}
	return ir.Place{}, false
}

// attrPlace is the instance variable behind an attribute: self.@name.
func attrPlace(name string) ir.Place {
	return ir.Place{Base: "self", Path: []ir.Elem{{Kind: ir.Field, Name: "@" + name}}}
}

// keyName is how a constant key appears in an access path (:id and "id"
// are the same key, as Rails' parameter hashes treat them).
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
	return l.Hold(l.expr(n), n)
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
		if e.Type() == "splat_argument" {
			args = append(args, elemOf(l.expr(e)))
			continue
		}
		args = append(args, l.expr(e))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Kwargs: kws, Span: l.Span(n)})
	return ir.P(t)
}

// hash lowers a hash literal: entries at constant keys (:a, "a") are kept
// apart, the others go to unknown keys.
func (l *lowerer) hash(n syntax.Node) ir.Operand {
	var elems []syntax.Node
	var kws []ir.Kwarg
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() != "pair" {
			elems = append(elems, c)
			continue
		}
		k, v := syntax.ChildByField(c, "key"), syntax.ChildByField(c, "value")
		if k == nil {
			continue
		}
		kv := l.expr(k)
		var val ir.Operand
		if v != nil {
			val = l.expr(v)
		} else if k.Type() == "hash_key_symbol" {
			val = ir.P(ir.Place{Base: l.Text(k)}) // {x:} is {x: x}
		}
		if kv.IsConst() && (kv.Const.Kind == ir.Str || kv.Const.Kind == ir.Int) {
			kws = append(kws, ir.Kwarg{Name: keyName(kv.Const), Val: val})
			continue
		}
		if v != nil {
			elems = append(elems, v)
		}
	}
	args := make([]ir.Operand, 0, len(elems))
	for _, e := range elems {
		args = append(args, l.expr(e))
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: args, Kwargs: kws, Sub: "dict", Span: l.Span(n)})
	return ir.P(t)
}

// str lowers a string-like literal: a constant, or a Format of its parts
// when it interpolates ("#{x}", heredocs, :"a#{b}", /#{re}/).
func (l *lowerer) str(n syntax.Node) ir.Operand {
	if n.Type() == "heredoc_beginning" {
		body, ok := l.heredocs[n.StartByte()]
		if !ok {
			return ir.C(ir.Const{Kind: ir.Str})
		}
		n = body
	}
	parts, interp := l.strParts(n)
	if !interp {
		var sb strings.Builder
		for _, p := range parts {
			sb.WriteString(p.Const.S)
		}
		return ir.C(ir.Const{Kind: ir.Str, S: sb.String()})
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: parts, Span: l.Span(n)})
	return ir.P(t)
}

// strParts splits a string-like node into constant runs and interpolated values.
func (l *lowerer) strParts(n syntax.Node) ([]ir.Operand, bool) {
	var parts []ir.Operand
	var sb strings.Builder
	interp := false
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		switch k.Type() {
		case "string_content", "heredoc_content", "escape_sequence":
			sb.WriteString(l.Text(k))
		case "interpolation":
			interp = true
			if sb.Len() > 0 {
				parts = append(parts, ir.C(ir.Const{Kind: ir.Str, S: sb.String()}))
				sb.Reset()
			}
			parts = append(parts, l.stmts(k))
		}
	}
	if sb.Len() > 0 || len(parts) == 0 {
		parts = append(parts, ir.C(ir.Const{Kind: ir.Str, S: sb.String()}))
	}
	return parts, interp
}

func (l *lowerer) format(parts []syntax.Node, n syntax.Node) ir.Operand {
	args := make([]ir.Operand, 0, len(parts))
	for _, p := range parts {
		args = append(args, l.expr(p))
	}
	return l.Format(args, n)
}

// subshell lowers `cmd #{x}` and %x(cmd): a call of "`" with the command.
func (l *lowerer) subshell(n syntax.Node) ir.Operand {
	parts, interp := l.strParts(n)
	cmd := parts[0]
	if interp || len(parts) > 1 {
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: parts, Span: l.Span(n)})
		cmd = ir.P(t)
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "`", Callee: "`", Args: []ir.Operand{cmd}, Span: l.Span(n)})
	return ir.P(t)
}

// ---- operators -------------------------------------------------------------

var compareOps = map[string]bool{"==": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true,
	"===": true, "=~": true, "!~": true, "<=>": true}

func (l *lowerer) binary(n syntax.Node) ir.Operand {
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = l.Text(o)
	}
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	switch {
	case op == "and" || op == "&&" || op == "or" || op == "||":
		if (op == "and" || op == "&&") && right != nil && endsPath(right) {
			// `redirect_to x and return`, `render ... and return`: the
			// left side is a statement that returns a true value
			l.stmt(left)
			l.stmt(right)
			return nilConst()
		}
		return l.shortCircuit(n, op, left, right)
	case op == "=~" || op == "!~":
		if v, ok := l.regexCheck(left, right, n); ok {
			if op == "!~" {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(n)})
				return ir.P(t)
			}
			return v
		}
		fallthrough
	case compareOps[op]:
		a, b := l.compareSide(left), l.compareSide(right)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Span: l.Span(n)})
		return ir.P(t)
	case op == "<<" && left != nil:
		if p, ok := l.placeOf(left); ok {
			// s << x, list << x: x goes into the receiver
			v := l.expr(right)
			if l.safeBuffer(left) {
				v = l.safeBufferEscape(v, right)
			}
			dst := p.Extend(ir.Elem{Kind: ir.AnyElem})
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n), Note: "appended with <<"})
			return ir.P(p)
		}
	}
	a, b := l.expr(left), l.expr(right)
	if op == "+" && l.safeBuffer(left) {
		b = l.safeBufferEscape(b, right)
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{a, b}, Span: l.Span(n)})
	return ir.P(t)
}

// safeBufferClass is the class of Rails' HTML-safe strings: appending to
// one (`+`, `<<`, concat) escapes what is appended unless it is itself
// safe.
const safeBufferClass = "ActiveSupport::SafeBuffer"

// safeBuffer reports whether n is an ActiveSupport::SafeBuffer: a string
// marked html_safe, raw(...), safe_join(...), a local assigned one, or
// one with something appended by `+`.
func (l *lowerer) safeBuffer(n syntax.Node) bool {
	for n != nil && n.Type() == "parenthesized_statements" {
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			return false
		}
		n = kids[0]
	}
	if n == nil {
		return false
	}
	switch n.Type() {
	case "identifier":
		return l.objClass[l.Text(n)] == safeBufferClass
	case "binary":
		o := syntax.ChildByField(n, "operator")
		return o != nil && l.Text(o) == "+" && l.safeBuffer(syntax.ChildByField(n, "left"))
	case "call":
		m, r := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "receiver")
		if m == nil {
			return false
		}
		switch l.Text(m) {
		case "html_safe":
			return r != nil
		case "raw", "safe_join":
			return r == nil || l.Text(r) == "helpers" || l.Text(r) == "view_context"
		case "new":
			return r != nil && strings.TrimPrefix(l.Text(r), "::") == safeBufferClass
		}
	}
	return false
}

// safeBufferEscape is v as a SafeBuffer appends it: HTML-escaped.
func (l *lowerer) safeBufferEscape(v ir.Operand, n syntax.Node) ir.Operand {
	if v.IsConst() || l.safeBuffer(n) {
		return v
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "ERB::Util.html_escape", Callee: "ERB::Util.html_escape", Args: []ir.Operand{v}, Span: l.Span(n),
		Note: "escaped as it is appended to an HTML-safe string"})
	return ir.P(t)
}

// regexCheck lowers a match of a value against a regex literal anchored at
// both ends (x =~ /\A[a-z]+\z/, x.match?(re), re.match?(x)) as the call
// Regexp.match(pattern, x), the form the engine reads as validation of x.
// Ruby's ^ and $ match at line breaks, so only \A counts as a start anchor.
func (l *lowerer) regexCheck(a, b syntax.Node, n syntax.Node) (ir.Operand, bool) {
	pat, subj := a, b
	if _, ok := l.regexLit(pat); !ok {
		pat, subj = b, a
	}
	p, ok := l.regexLit(pat)
	if !ok || !strings.HasPrefix(p, `\A`) || !(strings.HasSuffix(p, `\z`) || strings.HasSuffix(p, `\Z`)) || subj.Type() == "regex" {
		return ir.Operand{}, false
	}
	v := l.expr(subj)
	if v.IsConst() {
		return ir.Operand{}, false
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "Regexp.match", Callee: "Regexp.match", Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Str, S: p}), v}, Span: l.Span(n)})
	return ir.P(t), true
}

// regexLit returns the pattern of a regex literal without interpolation.
func (l *lowerer) regexLit(n syntax.Node) (string, bool) {
	if n == nil || n.Type() != "regex" {
		return "", false
	}
	var sb strings.Builder
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		switch k.Type() {
		case "interpolation":
			return "", false
		case "string_content", "escape_sequence":
			sb.WriteString(l.Text(k))
		}
	}
	return sb.String(), true
}

// endsPath reports whether a node leaves the method for sure (return,
// raise, halt, ...).
func endsPath(n syntax.Node) bool {
	switch n.Type() {
	case "return", "next", "break":
		return true
	case "parenthesized_statements":
		kids := syntax.NamedChildren(n)
		return len(kids) > 0 && endsPath(kids[len(kids)-1])
	}
	return false
}

// shortCircuit lowers `a && b` / `a || b` (and / or) into branches: the
// result is a when it decides, b otherwise (`x = x || ""` keeps x's taint).
func (l *lowerer) shortCircuit(n syntax.Node, op string, left, right syntax.Node) ir.Operand {
	a := l.stmt(left)
	return l.ShortCircuit(n, op, a, true, op != "or" && op != "||", func() (ir.Operand, bool) {
		b := l.stmt(right)
		return b, l.Cur != nil
	})
}

func (l *lowerer) unary(n syntax.Node) ir.Operand {
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = l.Text(o)
	}
	operand := syntax.ChildByField(n, "operand")
	switch op {
	case "defined?":
		return ir.Operand{} // a description or nil: no data
	case "!", "not":
		arg := l.expr(operand)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Not, Dst: &t, Args: []ir.Operand{arg}, Span: l.Span(n)})
		return ir.P(t)
	}
	arg := l.expr(operand)
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
}

// conditional lowers `cond ? a : b` into branches.
func (l *lowerer) conditional(n syntax.Node) ir.Operand {
	ln := irbuild.Line(n)
	t := l.Temp()
	yes, no := l.condBranch(syntax.ChildByField(n, "condition"), fmt.Sprintf("ternary-true line %d", ln), fmt.Sprintf("ternary-false line %d", ln))
	return l.Conditional(n, t, yes, no, func(i int) (ir.Operand, ir.Span, bool) {
		c := syntax.ChildByField(n, [2]string{"consequence", "alternative"}[i])
		if c == nil {
			return ir.Operand{}, ir.Span{}, false
		}
		v := l.expr(c)
		return v, l.Span(c), l.Cur != nil
	})
}

// rescueModifier lowers `x = a rescue b`: b when a raises.
func (l *lowerer) rescueModifier(n syntax.Node) ir.Operand {
	t := l.Temp()
	ln := irbuild.Line(n)
	start := l.NewBlock(fmt.Sprintf("begin line %d", ln))
	l.Jump(start)
	l.Cur = start
	v := l.expr(syntax.ChildByField(n, "body"))
	l.setTo(t, v, n)
	body := l.Cur
	after := &ir.Block{Note: fmt.Sprintf("after rescue line %d", ln)}
	l.Jump(after)
	hb := l.NewBlock(fmt.Sprintf("rescue line %d", ln))
	ir.Edge(start, hb)
	if body != nil && body != start {
		ir.Edge(body, hb)
	}
	l.Cur = hb
	l.setTo(t, l.expr(syntax.ChildByField(n, "handler")), n)
	l.Jump(after)
	l.Place(after)
	return ir.P(t)
}

// ---- assignments -----------------------------------------------------------

func (l *lowerer) assignment(n syntax.Node) ir.Operand {
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	if right == nil {
		return ir.Operand{}
	}
	var v ir.Operand
	switch right.Type() {
	case "right_assignment_list":
		v = l.build(syntax.NamedChildren(right), nil, right)
	case "splat_argument":
		v = l.build([]syntax.Node{right}, nil, right)
	default:
		v = l.expr(right)
	}
	if left != nil {
		if left.Type() == "identifier" {
			if ref, ok := l.methodObject(right); ok {
				l.methodRefs[l.Text(left)] = ref
			} else {
				delete(l.methodRefs, l.Text(left))
			}
			if cls := l.newClass(right); cls != "" && !requestObject(l.Text(right)) {
				l.objClass[l.Text(left)] = cls
			} else if l.safeBuffer(right) {
				l.objClass[l.Text(left)] = safeBufferClass
			} else {
				delete(l.objClass, l.Text(left))
			}
		}
		if left.Type() == "identifier" && shadowable[l.Text(left)] && requestObject(l.Text(right)) {
			// request = Rack::Request.new(env): still the request
			dst := ir.Place{Base: l.Text(left)}
			l.locals[l.Text(left)] = true
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(n)})
			return v
		}
		l.assignTo(left, v, n)
	}
	return v
}

// requestObject reports whether an expression makes a request object from
// the Rack environment (Rack::Request.new(env), ActionDispatch::Request.new).
func requestObject(text string) bool {
	i := strings.Index(text, "Request.new")
	return i >= 0 && !strings.ContainsAny(text[:i], " ({")
}

// opAssign lowers x op= y; `x ||= y` assigns only when x is not set.
func (l *lowerer) opAssign(n syntax.Node) ir.Operand {
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	if left == nil || right == nil {
		return ir.Operand{}
	}
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = strings.TrimSuffix(l.Text(o), "=")
	}
	cur := l.expr(left)
	if op == "||" || op == "&&" {
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{cur}, Span: l.Span(n)})
		cond := ir.P(t)
		ln := irbuild.Line(n)
		yes, no := l.Branch(&cond, fmt.Sprintf("%s= set line %d", op, ln), fmt.Sprintf("%s= unset line %d", op, ln))
		after := &ir.Block{Note: fmt.Sprintf("after %s= line %d", op, ln)}
		assign, skip := no, yes
		if op == "&&" {
			assign, skip = yes, no
		}
		l.Cur = assign
		v := l.expr(right)
		l.assignTo(left, v, n)
		l.setTo(t, v, n)
		l.Jump(after)
		l.Cur = skip
		l.Jump(after)
		l.Place(after)
		return ir.P(t)
	}
	v := l.expr(right)
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{cur, v}, Span: l.Span(n)})
	l.assignTo(left, ir.P(t), n)
	return ir.P(t)
}

// shadowable are the framework methods packs name as sources (Rails'
// and Sinatra's params, cookies, request, session): a local variable the
// code assigns under one of these names is its own data, not the request's.
var shadowable = map[string]bool{"params": true, "cookies": true, "request": true, "session": true}

// shadowPrefix marks, in the locals set and in place names, a local
// variable that shadows a framework method.
const shadowPrefix = "local:"

// localName is the place name of a bare name: itself, or shadowPrefix+name
// for an assigned local that shadows a framework method.
func (l *lowerer) localName(name string) string {
	if shadowable[name] && l.locals[shadowPrefix+name] {
		return shadowPrefix + name
	}
	return name
}

// assignName assigns v to a local variable.
func (l *lowerer) assignName(name string, v ir.Operand, at syntax.Node) {
	l.locals[name] = true
	if shadowable[name] {
		l.locals[shadowPrefix+name] = true
	}
	dst := ir.Place{Base: l.localName(name)}
	l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
}

// assignTo stores v into a target: a variable, an instance variable, an
// element (h[:k] = v), an attribute (obj.name = v, a setter) or a list
// (a, b = ...: each part gets an element of v).
func (l *lowerer) assignTo(target syntax.Node, v ir.Operand, at syntax.Node) {
	switch target.Type() {
	case "identifier":
		l.assignName(l.Text(target), v, at)
	case "instance_variable", "class_variable", "global_variable", "constant", "scope_resolution", "element_reference":
		dst, ok := l.placeOf(target)
		if !ok {
			return
		}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "call":
		recv, m := syntax.ChildByField(target, "receiver"), syntax.ChildByField(target, "method")
		if recv == nil || m == nil {
			return
		}
		dst := l.asPlace(recv).Extend(ir.Elem{Kind: ir.Field, Name: l.Text(m)})
		if recv.Type() == "self" && l.attrs[l.Text(m)] {
			dst = attrPlace(l.Text(m)) // self.name = v writes @name
		}
		l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(at)})
	case "left_assignment_list", "destructured_left_assignment", "mlhs":
		for i, p := range syntax.NamedChildren(target) {
			var pv ir.Operand
			switch {
			case v.IsConst():
			case p.Type() == "rest_assignment":
				pv = v
			default:
				pv = ir.P(v.Place.Extend(ir.Elem{Kind: ir.Key, Name: strconv.Itoa(i)}))
			}
			l.assignTo(p, pv, at)
		}
	case "rest_assignment", "splat_parameter":
		for _, c := range syntax.NamedChildren(target) {
			l.assignTo(c, v, at)
		}
	}
}

// ---- calls -----------------------------------------------------------------

// callNamed lowers a bare name that calls a method of the file.
func (l *lowerer) callNamed(n syntax.Node, name string) ir.Operand {
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: name, Callee: name, Span: l.Span(n)})
	return ir.P(t)
}

// iterators are the methods whose block runs in place over the receiver's
// elements (lowered as a loop in the caller, so data flows in and out of
// the block and `return` leaves the method).
var iterators = map[string]iterKind{
	"each": iterEach, "each_with_index": iterIndex, "each_index": iterNone, "each_pair": iterEach, "each_key": iterEach,
	"each_value": iterEach, "each_entry": iterEach, "each_slice": iterEach, "each_cons": iterEach, "each_char": iterEach,
	"each_line": iterEach, "each_byte": iterNone, "reverse_each": iterEach, "each_with_object": iterObject,
	"map": iterMap, "collect": iterMap, "flat_map": iterMap, "collect_concat": iterMap, "filter_map": iterMap,
	"map!": iterMap, "collect!": iterMap, "transform_values": iterMap, "transform_keys": iterMap, "to_h": iterMap,
	"select": iterEach, "filter": iterEach, "reject": iterEach, "select!": iterEach, "reject!": iterEach,
	"keep_if": iterEach, "delete_if": iterEach, "sort_by": iterEach, "min_by": iterEach, "max_by": iterEach,
	"group_by": iterEach, "partition": iterEach, "uniq": iterEach, "sort": iterEach, "sum": iterMap,
	"find": iterFind, "detect": iterFind, "find_index": iterNone, "any?": iterNone, "all?": iterNone, "none?": iterNone,
	"one?": iterNone, "count": iterNone, "take_while": iterEach, "drop_while": iterEach, "chunk_while": iterEach,
	"slice_when": iterEach, "zip": iterEach, "cycle": iterEach,
	"inject": iterInject, "reduce": iterInject,
	"times": iterNone, "upto": iterNone, "downto": iterNone, "step": iterNone, "loop": iterNone,
	"tap": iterSelf, "then": iterSelf, "yield_self": iterSelf,
}

type iterKind uint8

const (
	iterEach   iterKind = iota // params: elements; result: the receiver
	iterMap                    // params: elements; result: the block's values
	iterFind                   // params: elements; result: an element
	iterInject                 // params: accumulator, element; result: the accumulator
	iterObject                 // params: element, memo (the argument); result: the memo
	iterIndex                  // params: element, index; result: the receiver
	iterSelf                   // param: the receiver; result: tap the receiver, then the block's value
	iterNone                   // params: numbers; result: no data
)

// call lowers a method call: its text as written and canonical name, the
// receiver (for a call without arguments, the path receiver.method), the
// positional arguments and `key: value` ones as keyword arguments, and a
// block (in place for iterators, else a closure).
func (l *lowerer) call(n syntax.Node) ir.Operand {
	mnode := syntax.ChildByField(n, "method")
	recvNode := syntax.ChildByField(n, "receiver")
	args := syntax.ChildByField(n, "arguments")
	blk := syntax.ChildByField(n, "block")
	if ref, ok := l.methodObject(recvNode); ok && blk == nil && (mnode == nil || l.Text(mnode) == "call" || l.Text(mnode) == "===") {
		// m.call(x), m.(x), m === x on a Method object: a call of the
		// method it names (Kernel.method(:system).call(cmd) runs system)
		in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: ref, Callee: ir.Canonical(l.Mod.Imports, ref)}
		if args != nil {
			l.callArgs(in, args)
		}
		t := l.Temp()
		in.Dst = &t
		l.Emit(in)
		return ir.P(t)
	}
	if mnode == nil {
		// recv.() and other shapes: a call of the receiver
		return l.opaque(syntax.NamedChildren(n), n)
	}
	m := l.Text(mnode)
	if m == "scope" && recvNode == nil && args != nil && blk == nil {
		// scope :by_name, ->(n) { where(...) }: ActiveRecord defines the
		// class method by_name(n) running the lambda (Article.by_name(x)
		// calls it)
		if kids := syntax.NamedChildren(args); len(kids) >= 2 && kids[0].Type() == "simple_symbol" && kids[1].Type() == "lambda" {
			if body := syntax.ChildByField(kids[1], "body"); body != nil {
				l.closure(body, strings.TrimPrefix(l.Text(kids[0]), ":"), syntax.ChildByField(kids[1], "parameters"))
				return nilConst()
			}
		}
	}
	if blk != nil {
		if recvNode == nil && args == nil && (m == "lambda" || m == "proc") {
			return l.closure(blk, "", nil)
		}
		if kind, ok := iterators[m]; ok && (recvNode != nil || m == "loop") {
			return l.iterate(n, recvNode, m, kind, args, blk)
		}
	}
	if (m == "include?" || m == "in?" || m == "member?" || m == "key?" || m == "has_key?") && recvNode != nil && args != nil {
		if kids := syntax.NamedChildren(args); len(kids) == 1 && blk == nil {
			// ALLOWED.include?(x): a membership test (validates x)
			r := l.expr(recvNode)
			if r.Place.IsTemp() && constRooted(l.Text(recvNode)) {
				// I18n.available_locales.map(&:to_s).include?(x): a
				// collection derived from a constant, held as a built
				// container (clean unless what it holds is tainted)
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Args: []ir.Operand{r}, Span: l.Span(recvNode)})
				r = ir.P(t)
			}
			a := l.expr(l.hostOf(kids[0]))
			if m == "in?" {
				r, a = a, r
			}
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{a, r}, Span: l.Span(n)})
			return ir.P(t)
		}
	}
	if (m == "host" || m == "hostname") && recvNode != nil && args == nil && blk == nil && parsedURI(l, recvNode) != nil {
		// host = URI(url).host: the host field of the parsed URL (a
		// check of host then checks url, as `URI(url).host == H` does)
		if r := l.expr(recvNode); !r.IsConst() && r.Place.IsTemp() && len(r.Place.Path) == 0 {
			return ir.P(r.Place.Extend(ir.Elem{Kind: ir.Field, Name: m}))
		}
	}
	if m == "relative?" && recvNode != nil && args == nil && blk == nil {
		// uri.relative?: no scheme, the call URI.relative?(uri) packs name
		// as a redirect validator (the URI stays on this site)
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "URI.relative?", Callee: "URI.relative?", Args: []ir.Operand{l.expr(recvNode)}, Span: l.Span(n)})
		return ir.P(t)
	}
	if m == "start_with?" && recvNode != nil && args != nil && blk == nil {
		if kids := syntax.NamedChildren(args); len(kids) >= 1 {
			// x.start_with?(BASE): a prefix check of x, the call
			// String.start_with?(x, prefix...) that packs name as a
			// validator of its argument 0 (a path or URL kept under a base)
			ops := []ir.Operand{l.expr(recvNode)}
			for _, k := range kids {
				ops = append(ops, l.expr(k))
			}
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "String.start_with?", Callee: "String.start_with?", Args: ops, Span: l.Span(n)})
			return ir.P(t)
		}
	}
	if (m == "match?" || m == "match") && recvNode != nil && args != nil && blk == nil {
		if kids := syntax.NamedChildren(args); len(kids) == 1 {
			if v, ok := l.regexCheck(recvNode, kids[0], n); ok {
				return v
			}
		}
	}
	end := n.EndByte()
	switch {
	case args != nil:
		end = args.StartByte()
	case blk != nil:
		end = blk.StartByte()
	}
	text := irbuild.NormText(string(l.Src[n.StartByte():end]))
	text = strings.TrimSuffix(strings.ReplaceAll(text, "&.", "."), "(")
	if obj, cls, ok := l.newObject(recvNode, m); ok {
		// C.new(x).m(y) on a class of this file: the object held in a
		// local first (o = C.new(x); o.m(y)), so that the call reaches
		// the method C#m as a call on a variable does
		in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: obj + "." + m, Callee: cls + "." + m}
		r := ir.P(ir.Place{Base: obj})
		in.Recv = &r
		if args != nil {
			l.callArgs(in, args)
		}
		if blk != nil {
			l.closureOf(blk, "", nil, "")
		}
		t := l.Temp()
		in.Dst = &t
		l.Emit(in)
		return ir.P(t)
	}
	if recvNode != nil && recvNode.Type() == "self" && args == nil && blk == nil && l.attrs[m] && !l.methods[m] {
		return ir.P(attrPlace(m)) // self.name: the attribute's instance variable
	}
	if old, ok := l.aliases[m]; ok && !l.methods[m] && (recvNode == nil || recvNode.Type() == "self") {
		// run_cmd(x) after `alias_method :run_cmd, :system`: a call of system
		text = old
	}
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: text, Callee: ir.Canonical(l.Mod.Imports, strings.TrimPrefix(text, "::"))}
	if recvNode == nil && m == "erb" && l.inlineTemplate(args) {
		// erb :name where the file holds the template itself (`@@ name`
		// after __END__): Sinatra's inline template, named for the pack
		in.Callee = InlineERB
	}
	if recvNode == nil && l.methods[m] && sinkLike[m] {
		// the file defines this method (a middleware's own redirect_to,
		// a helper named render): the call is that method, analysed by
		// its summary, not the framework's sink of the same name
		in.Text, in.Callee = "self."+m, "self."+m
	}
	if recvNode != nil && recvNode.Type() == "identifier" && l.methods[m] && l.classes[l.objClass[l.Text(recvNode)]] {
		// o.m after o = C.new(x), C a class of this file: C's method m
		// (not another class's of the same name)
		in.Callee = l.objClass[l.Text(recvNode)] + "." + m
	}
	if recvNode != nil {
		if args == nil && blk == nil && !l.newObjectNode(recvNode) {
			// x.name is a read of the path x.name (a source a pack names
			// by its path: request.headers) as much as a call on x (whose
			// elements it may return: list.first)
			p := l.asPlace(recvNode)
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: []ir.Operand{ir.P(p), ir.P(p.Extend(ir.Elem{Kind: ir.Field, Name: m}))}, Span: l.Span(recvNode)})
			r := ir.P(t)
			in.Recv = &r
		} else {
			r := l.expr(recvNode)
			in.Recv = &r
		}
	}
	if args != nil {
		l.callArgs(in, args)
	}
	if blk != nil {
		name := ""
		if m == "define_method" && len(in.Args) > 0 && in.Args[0].IsConst() {
			name = in.Args[0].Const.S
		}
		route := ""
		if recvNode == nil && routeVerbs[m] && len(in.Args) > 0 && in.Args[0].IsConst() && in.Args[0].Const.Kind == ir.Str {
			route = m
		}
		l.closureOf(blk, name, nil, route)
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t)
}

// newOf is the class C of `C.new(...)`, C a class of this file.
func (l *lowerer) newOf(n syntax.Node) (string, bool) {
	cls := l.newClass(n)
	return cls, cls != "" && l.classes[cls]
}

// newClass is the class C of `C.new(...)` (C a constant), or "".
func (l *lowerer) newClass(n syntax.Node) string {
	if n == nil || n.Type() != "call" {
		return ""
	}
	mn, cn := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "receiver")
	if mn == nil || cn == nil || l.Text(mn) != "new" || syntax.ChildByField(n, "block") != nil {
		return ""
	}
	if t := cn.Type(); t != "constant" && t != "scope_resolution" {
		return ""
	}
	return strings.TrimPrefix(irbuild.NormText(l.Text(cn)), "::")
}

// newObjectNode reports whether n is a new object: `C.new(...)` or a
// local assigned one. A method called on it without arguments is a call
// on the object itself (it reads the fields its initialize filled), not
// a read of a path the object's whole taint flows to.
func (l *lowerer) newObjectNode(n syntax.Node) bool {
	switch n.Type() {
	case "identifier":
		return l.objClass[l.Text(n)] != ""
	case "call":
		return l.newClass(n) != "" && !requestObject(l.Text(n))
	}
	return false
}

// newObject lowers the receiver of C.new(x).m, for a class C and a
// method m this file defines, into a local named for its offset, and
// returns that local's name and the class.
func (l *lowerer) newObject(recvNode syntax.Node, m string) (string, string, bool) {
	if recvNode == nil || recvNode.Type() != "call" || !l.methods[m] {
		return "", "", false
	}
	cls, ok := l.newOf(recvNode)
	if !ok {
		return "", "", false
	}
	name := "new@" + strconv.Itoa(int(recvNode.StartByte()))
	v := l.expr(recvNode)
	l.assignName(name, v, recvNode)
	return name, cls, true
}

// dbReceiver is a receiver named for a database handle (Sequel's `DB`,
// `@db`, `database`, `DB_CONN`).
var dbReceiver = regexp.MustCompile(`^@{0,2}(\w*_)?(?i:db|database|sequel)(_\w*)?$`)

// datasetSQL lowers Sequel's `DB["SELECT ... #{x}"]` (a dataset made from
// SQL text) as the call `DB.[]` given that text, for the packs to name as
// a SQL sink. Only an interpolated string key on a database-named receiver
// qualifies: `DB[:users]` names a table, and `params["id"]` stays a read.
func (l *lowerer) datasetSQL(n syntax.Node) (ir.Operand, bool) {
	obj := syntax.ChildByField(n, "object")
	if obj == nil || !dbReceiver.MatchString(l.Text(obj)) {
		return ir.Operand{}, false
	}
	var keys []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.FieldName() != "object" {
			keys = append(keys, c)
		}
	}
	if len(keys) == 0 || keys[0].Type() != "string" {
		return ir.Operand{}, false
	}
	interpolated := false
	for _, c := range syntax.NamedChildren(keys[0]) {
		if c.Type() == "interpolation" {
			interpolated = true
		}
	}
	if !interpolated {
		return ir.Operand{}, false
	}
	text := irbuild.NormText(l.Text(obj)) + ".[]"
	r := ir.P(l.asPlace(obj))
	in := &ir.Instr{Op: ir.Call, Span: l.Span(n), Text: text, Callee: text, Recv: &r}
	for _, k := range keys {
		in.Args = append(in.Args, l.expr(k))
	}
	t := l.Temp()
	in.Dst = &t
	l.Emit(in)
	return ir.P(t), true
}

// callArgs lowers an argument list into positional and keyword arguments.
// The `key: value` pairs are also, together, the last positional argument
// (a hash, as Ruby passes them to a method without keyword parameters:
// `Faraday.new(url: u)`'s first argument holds u).
func (l *lowerer) callArgs(in *ir.Instr, args syntax.Node) {
	defer func() {
		if len(in.Kwargs) == 0 {
			return
		}
		kws := make([]ir.Kwarg, len(in.Kwargs))
		for i, k := range in.Kwargs {
			kws[i] = ir.Kwarg{Name: strconv.Quote(k.Name), Val: k.Val}
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Build, Dst: &t, Kwargs: kws, Sub: "dict", Span: l.Span(args)})
		in.Args = append(in.Args, ir.P(t))
	}()
	for _, a := range syntax.NamedChildren(args) {
		switch a.Type() {
		case "pair":
			k, v := syntax.ChildByField(a, "key"), syntax.ChildByField(a, "value")
			if k == nil {
				continue
			}
			kv := l.expr(k)
			var val ir.Operand
			if v != nil {
				val = l.expr(v)
			} else {
				val = ir.P(ir.Place{Base: l.Text(k)})
			}
			if kv.IsConst() && kv.Const.Kind == ir.Str {
				in.Kwargs = append(in.Kwargs, ir.Kwarg{Name: kv.Const.S, Val: val})
				continue
			}
			in.Args = append(in.Args, val)
		case "block_argument":
			for _, c := range syntax.NamedChildren(a) {
				l.expr(c)
			}
		case "splat_argument":
			in.Args = append(in.Args, elemOf(l.expr(a)))
		default:
			in.Args = append(in.Args, l.expr(a))
		}
	}
}

// lambda lowers -> (x) { ... }.
func (l *lowerer) lambda(n syntax.Node) ir.Operand {
	params := syntax.ChildByField(n, "parameters")
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return nilConst()
	}
	return l.closure(body, "", params)
}

// routeVerbs are the methods whose block is a Sinatra route (get '/x' do
// ... end): the value the block returns is the response body.
var routeVerbs = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true,
	"options": true, "link": true, "unlink": true}

// builtString reports whether a route's last expression builds its text
// in place ("<p>#{x}</p>", a heredoc, "a" + x): the route writes markup
// around the data. A route that returns a value it got elsewhere (a
// command's output, a record) is left alone: its content type is unknown.
func builtString(n syntax.Node) bool {
	switch n.Type() {
	case "string", "chained_string", "heredoc_beginning":
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "interpolation" {
				return true
			}
		}
		return n.Type() != "string"
	case "binary":
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "string" {
				return true
			}
		}
	}
	return false
}

// closure lowers a block, proc or lambda that does not run in place into a
// function that sees the state where it is made; params overrides the
// block's own parameter list (lambdas).
func (l *lowerer) closure(blk syntax.Node, name string, params syntax.Node) ir.Operand {
	return l.closureOf(blk, name, params, "")
}

// closureOf is closure; for a Sinatra route's block (routeVerb: get,
// post, ...) the parameters are the route's captures (the function is
// marked with the decorator sinatra.<verb>) and text it builds and returns
// goes to body(), Sinatra's helper that sets the response body.
func (l *lowerer) closureOf(blk syntax.Node, name string, params syntax.Node, routeVerb string) ir.Operand {
	route := routeVerb != ""
	if params == nil {
		params = syntax.ChildByField(blk, "parameters")
	}
	locals := make(map[string]bool, len(l.locals))
	for k := range l.locals {
		locals[k] = true
	}
	body := syntax.ChildByField(blk, "body")
	f := l.function(blk, name, params, locals, func() ir.Operand {
		if route {
			// the block's parameters are the route's captures
			l.Fn.Decorators = []string{"sinatra." + routeVerb}
			l.route = true
		}
		v := l.bodyValue(body)
		if route && l.Cur != nil && body != nil {
			kids := syntax.NamedChildren(body)
			if len(kids) == 0 || !builtString(kids[len(kids)-1]) {
				return v
			}
			end := kids[len(kids)-1]
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Call, Dst: &t, Text: "body", Callee: "body", Args: []ir.Operand{v}, Span: l.Span(end),
				Note: "returned by the route as the response body"})
		}
		return v
	})
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &t, Func: f, Span: l.Span(blk)})
	return ir.P(t)
}

// iterate lowers recv.each { |x| ... } and its kin as a loop in the
// caller: the block's parameters take the receiver's elements.
func (l *lowerer) iterate(n, recvNode syntax.Node, m string, kind iterKind, args, blk syntax.Node) ir.Operand {
	var recv ir.Operand
	if recvNode != nil {
		recv = ir.P(l.asPlace(recvNode))
	}
	var argv []ir.Operand
	if args != nil {
		in := &ir.Instr{}
		l.callArgs(in, args)
		argv = in.Args
	}
	elem := elemOf(recv)
	if recvNode == nil {
		elem = ir.Operand{}
	}
	res := l.Temp()
	switch kind {
	case iterMap:
		l.Emit(&ir.Instr{Op: ir.Build, Dst: &res, Span: l.Span(n)})
	case iterEach, iterIndex, iterSelf:
		l.setTo(res, recv, n)
	case iterInject:
		init := elem
		if len(argv) > 0 {
			init = argv[0]
		}
		l.setTo(res, init, n)
	case iterObject:
		init := ir.Operand{}
		if len(argv) > 0 {
			init = argv[0]
		}
		l.setTo(res, init, n)
	default:
		l.setTo(res, ir.Operand{}, n)
	}
	ln := irbuild.Line(n)
	head := l.NewBlock(fmt.Sprintf("%s head line %d", m, ln))
	l.Jump(head)
	l.Cur = head
	after := &ir.Block{Note: fmt.Sprintf("after %s line %d", m, ln)}
	body, exit := l.Branch(nil, fmt.Sprintf("%s block line %d", m, ln), fmt.Sprintf("%s done line %d", m, ln))
	l.loops = append(l.loops, loopCtx{head: head, after: after, next: head})
	l.Cur = body
	l.WithNote(fmt.Sprintf("in block of %s line %d", m, ln), func() {
		if ps := syntax.ChildByField(blk, "parameters"); ps != nil {
			for i, p := range syntax.NamedChildren(ps) {
				pv := elem
				switch {
				case kind == iterNone:
					pv = ir.Operand{}
				case kind == iterSelf:
					pv = recv
				case kind == iterInject && i == 0, kind == iterObject && i == 1:
					pv = ir.P(res)
				case kind == iterIndex && i == 1:
					pv = ir.Operand{}
				}
				l.bindParam(p, pv, ps)
			}
		}
		v := l.bodyValue(syntax.ChildByField(blk, "body"))
		if l.Cur == nil {
			return
		}
		switch kind {
		case iterMap:
			dst := res.Extend(ir.Elem{Kind: ir.AnyElem})
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{v}, Span: l.Span(blk), Note: fmt.Sprintf("collected by %s line %d", m, ln)})
		case iterInject:
			l.setTo(res, v, blk)
		case iterFind:
			l.setTo(res, elem, blk)
		case iterSelf:
			if m != "tap" {
				l.setTo(res, v, blk)
			}
		}
	})
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.Cur = exit
	l.Place(after)
	return ir.P(res)
}

// bindParam binds one block parameter to a value.
func (l *lowerer) bindParam(p syntax.Node, v ir.Operand, at syntax.Node) {
	switch p.Type() {
	case "identifier":
		l.assignName(l.Text(p), v, at)
	case "optional_parameter", "splat_parameter", "keyword_parameter", "hash_splat_parameter", "block_parameter":
		if nm := syntax.ChildByField(p, "name"); nm != nil && nm.Type() == "identifier" {
			l.assignName(l.Text(nm), v, at)
		}
	case "destructured_parameter":
		for _, c := range syntax.NamedChildren(p) {
			l.bindParam(c, elemOf(v), at)
		}
	}
}

// hostOf returns x for a read of the host of a named URI x (`uri.host`,
// `@uri.hostname`), else n itself: checking the host
// (`ALLOWED_HOSTS.include?(uri.host)`, `uri.host == "api.example.com"`)
// decides where a request or a redirect to x goes, so the check validates
// x.
func (l *lowerer) hostOf(n syntax.Node) syntax.Node {
	if n == nil || n.Type() != "call" || syntax.ChildByField(n, "arguments") != nil || syntax.ChildByField(n, "block") != nil {
		return n
	}
	m, r := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "receiver")
	if m == nil || r == nil {
		return n
	}
	if t := l.Text(m); t != "host" && t != "hostname" {
		return n
	}
	if r.Type() == "call" {
		// URI.parse(x).host, URI(x).host: the host of x
		if u := parsedURI(l, r); u != nil {
			r = u
		}
	}
	if r.Type() != "identifier" && r.Type() != "instance_variable" {
		return n
	}
	return r
}

// parsedURI returns x for `URI.parse(x)` or `URI(x)` (x a variable), else nil.
func parsedURI(l *lowerer, n syntax.Node) syntax.Node {
	args := syntax.ChildByField(n, "arguments")
	if args == nil || syntax.ChildByField(n, "block") != nil {
		return nil
	}
	callee := l.Text(n)[:args.StartByte()-n.StartByte()]
	if strings.TrimPrefix(strings.TrimSuffix(callee, "("), "::") != "URI.parse" && strings.TrimSuffix(callee, "(") != "URI" {
		return nil
	}
	kids := syntax.NamedChildren(args)
	if len(kids) != 1 || (kids[0].Type() != "identifier" && kids[0].Type() != "instance_variable") {
		return nil
	}
	return kids[0]
}

// compareSide lowers one side of a comparison. The host the request came
// to (`request.host`, `request.host_with_port`, `request.domain`) is this
// site's own: a URL whose host equals it stays on the site, as one whose
// host equals a constant does, so it reads as a constant there.
func (l *lowerer) compareSide(n syntax.Node) ir.Operand {
	if n != nil && n.Type() == "call" && syntax.ChildByField(n, "arguments") == nil && syntax.ChildByField(n, "block") == nil {
		m, r := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "receiver")
		if m != nil && r != nil && l.Text(r) == "request" {
			switch l.Text(m) {
			case "host", "host_with_port", "domain":
				return ir.C(ir.Const{Kind: ir.Str, S: "(this site's host)"})
			}
		}
	}
	return l.expr(l.hostOf(n))
}

// sinkLike are framework methods (Rails, Sinatra, Kernel) that model packs
// name as sinks by their bare name; a file that defines a method of that
// name calls its own.
var sinkLike = map[string]bool{"redirect_to": true, "redirect": true, "redirect_back": true, "redirect_back_or_to": true,
	"render": true, "render_to_string": true, "send_file": true, "raw": true, "system": true, "exec": true, "spawn": true,
	"eval": true, "open": true, "erb": true, "haml": true, "slim": true, "head": true}

// rackHTML reports whether an array literal is a Rack response triplet
// (status, headers, body) whose headers declare an HTML content type.
func (l *lowerer) rackHTML(kids []syntax.Node) bool {
	if len(kids) != 3 || kids[0].Type() != "integer" || kids[1].Type() != "hash" {
		return false
	}
	h := strings.ToLower(l.Text(kids[1]))
	return strings.Contains(h, "content-type") && strings.Contains(h, "text/html")
}

// rackLocation returns the value of the Location header of a Rack response
// triplet with a redirect status (301-308), or nil.
func (l *lowerer) rackLocation(kids []syntax.Node) syntax.Node {
	if len(kids) != 3 || kids[0].Type() != "integer" || kids[1].Type() != "hash" {
		return nil
	}
	if st := l.Text(kids[0]); len(st) != 3 || !strings.HasPrefix(st, "30") {
		return nil
	}
	for _, p := range syntax.NamedChildren(kids[1]) {
		k, v := syntax.ChildByField(p, "key"), syntax.ChildByField(p, "value")
		if p.Type() != "pair" || k == nil || v == nil {
			continue
		}
		if name := strings.Trim(strings.ToLower(l.Text(k)), `"':`); name == "location" {
			return v
		}
	}
	return nil
}

// constRooted reports whether an expression's text starts with a constant
// (`ALLOWED.map(&:to_s)`, `I18n.available_locales`, `::Roles::ALL.keys`).
func constRooted(text string) bool {
	text = strings.TrimPrefix(strings.TrimLeft(text, "( "), "::")
	return text != "" && text[0] >= 'A' && text[0] <= 'Z'
}

// methodObject reports the method a Method object names: a local variable
// assigned one, or the call itself: `method(:system)` is `system`,
// `Kernel.method(:exec)` is `Kernel.exec`, `obj.public_method(:run)` is
// `obj.run`.
func (l *lowerer) methodObject(n syntax.Node) (string, bool) {
	if n == nil {
		return "", false
	}
	switch n.Type() {
	case "identifier":
		ref, ok := l.methodRefs[l.Text(n)]
		return ref, ok
	case "parenthesized_statements":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return l.methodObject(kids[0])
		}
		return "", false
	case "call":
	default:
		return "", false
	}
	mnode, args := syntax.ChildByField(n, "method"), syntax.ChildByField(n, "arguments")
	if mnode == nil || args == nil || syntax.ChildByField(n, "block") != nil {
		return "", false
	}
	if m := l.Text(mnode); m != "method" && m != "public_method" {
		return "", false
	}
	kids := syntax.NamedChildren(args)
	if len(kids) != 1 || kids[0].Type() != "simple_symbol" {
		return "", false
	}
	name := strings.TrimPrefix(l.Text(kids[0]), ":")
	if name == "" {
		return "", false
	}
	if recv := syntax.ChildByField(n, "receiver"); recv != nil && recv.Type() != "self" {
		return strings.TrimPrefix(l.Text(recv), "::") + "." + name, true
	}
	return name, true
}

// InlineERB names `erb :name` rendering an inline template of the same
// file (Sinatra's `@@ name` section after __END__).
const InlineERB = "Sinatra.inline_erb"

// inlineTemplate reports whether erb's first argument is a symbol naming
// an inline template of the file (`__END__` then a line `@@ name`).
func (l *lowerer) inlineTemplate(args syntax.Node) bool {
	if args == nil {
		return false
	}
	kids := syntax.NamedChildren(args)
	if len(kids) == 0 || kids[0].Type() != "simple_symbol" {
		return false
	}
	end := bytes.Index(l.Src, []byte("\n__END__"))
	if end < 0 {
		return false
	}
	name := strings.TrimPrefix(l.Text(kids[0]), ":")
	for _, line := range bytes.Split(l.Src[end:], []byte("\n")) {
		if t := bytes.TrimSpace(line); bytes.HasPrefix(t, []byte("@@")) && string(bytes.TrimSpace(t[2:])) == name {
			return true
		}
	}
	return false
}
