// Package php is the PHP front end of the dataflow engine: it lowers a
// file's syntax tree (tree-sitter php grammar) into IR, one CFG per
// function, method, closure, arrow function and the file's top level (where
// most legacy PHP lives), and resolves names.
//
// Canonical names (what model packs match):
//   - classes: fully qualified, without the leading backslash, through the
//     file's namespace and `use` clauses: `Illuminate\Http\Request`;
//   - functions: `use function` imports and fully qualified names resolve
//     as classes do; any other unqualified call is the global function of
//     that name (`mysqli_query`, not `App\mysqli_query`: PHP falls back to
//     the global function, and built-ins are what models name);
//   - static calls and class constants: `Class::name`
//     (`Illuminate\Support\Facades\DB::select`); `self`/`static` are the
//     enclosing class, `parent` its base;
//   - calls on an object whose class is known (a typed parameter or
//     property, `$x = new C(...)`, `$this`): the class, then the call as
//     written after the variable: `PDO->query`,
//     `Symfony\Component\HttpFoundation\Request->query->get`; on other
//     objects the call as written (`$db->query`);
//   - `new C(...)` is a call of `C` (canonical class name); a call of a
//     value, `$f($x)`, is `call_user_func` with the value first;
//   - filter_var()/filter_input() with FILTER_SANITIZE_SPECIAL_CHARS or
//     FULL_SPECIAL_CHARS are `htmlspecialchars` (what they do);
//     numeric filters (FILTER_VALIDATE_INT, ...) make a clean number;
//   - in_array($x, $a), array_key_exists($x, $a) and isset($a[$x]) are
//     membership tests (`x in a`), which the engine takes as allow-lists;
//   - language constructs are calls named as the rules name them: `echo`,
//     `print`, `exit`, `die`, `include`, `require`, `include_once`,
//     `require_once`, and "`" for backticks.
//
// Variables are places named without the `$` (`$id` is `id`, `$this` is
// `this`): the IR reserves `$` for the front end's temporaries. The
// superglobals map back to their PHP names through Module.Imports
// (`_GET` → `$_GET`), so `$_GET['id']` reads the place `_GET["id"]` whose
// canonical text is `$_GET["id"]`.
package php

import (
	"fmt"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// superglobals are PHP's request and environment arrays, visible in every
// function.
var superglobals = []string{"_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES", "_ENV", "_SESSION", "GLOBALS"}

// Lower lowers one file. It never fails: subtrees it cannot lower are
// skipped and counted in Module.Errors.
func Lower(path string, root syntax.Node, src []byte) *ir.Module {
	l := &lowerer{Builder: irbuild.Builder{Src: src, Mod: &ir.Module{Path: path, Imports: map[string]string{}}},
		classUse: map[string]string{}, funcUse: map[string]string{}}
	for _, g := range superglobals {
		l.Mod.Imports[g] = "$" + g
	}
	l.consts = collectConsts(l, root)
	l.fnNode = root
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

// classCtx is the class being lowered: its canonical name, its base and the
// classes of its typed properties.
type classCtx struct {
	name, parent string
	props        map[string]string
}

type lowerer struct {
	irbuild.Builder
	loops []loopCtx

	ns       string            // current namespace ("" global)
	classUse map[string]string // `use A\B as C`: C -> A\B
	funcUse  map[string]string // `use function A\f as g`: g -> A\f
	class    *classCtx
	types    map[string]string // variable -> canonical class, in the current function
	echoNext bool              // the next expression statement follows `<?=`
	// consts are the file's constants with one literal scalar value (see
	// collectConsts); retNoData: the function being lowered declares a
	// return type that holds no text (bool, int, float, void)
	consts    map[string]ir.Const
	retNoData bool
	fnNode    syntax.Node // the syntax of the function being lowered (the file at top level)
	// pendingClosures are the closures passed directly as arguments of
	// the call being lowered (see registered)
	pendingClosures []*ir.Func
}

// body lowers a function body into f with fresh per-function state.
func (l *lowerer) body(f *ir.Func, fill func()) {
	loops, types, ret := l.loops, l.types, l.retNoData
	l.loops = nil
	l.types = map[string]string{}
	if l.class != nil {
		l.types["this"] = l.class.name
	}
	l.Body(f, fill)
	l.loops, l.types, l.echoNext, l.retNoData = loops, types, false, ret
}

// ---- names -------------------------------------------------------------------

// qualified is a (qualified) name as written, without whitespace.
func (l *lowerer) qualified(n syntax.Node) string { return irbuild.NormText(l.Text(n)) }

// resolveClass is the canonical name of a class as written in this file.
func (l *lowerer) resolveClass(name string) string {
	switch strings.ToLower(name) {
	case "self", "static":
		if l.class != nil {
			return l.class.name
		}
		return name
	case "parent":
		if l.class != nil && l.class.parent != "" {
			return l.class.parent
		}
		return name
	}
	if strings.HasPrefix(name, `\`) {
		return name[1:]
	}
	if strings.HasPrefix(strings.ToLower(name), `namespace\`) {
		return l.join(name[len(`namespace\`):])
	}
	head, rest := name, ""
	if i := strings.IndexByte(name, '\\'); i >= 0 {
		head, rest = name[:i], name[i:]
	}
	if full, ok := l.classUse[strings.ToLower(head)]; ok {
		return full + rest
	}
	return l.join(name)
}

func (l *lowerer) join(name string) string {
	if l.ns == "" {
		return name
	}
	return l.ns + `\` + name
}

// resolveFunc is the canonical name of a function called as written.
func (l *lowerer) resolveFunc(name string) string {
	if strings.HasPrefix(name, `\`) {
		return name[1:]
	}
	if !strings.Contains(name, `\`) {
		if full, ok := l.funcUse[strings.ToLower(name)]; ok {
			return full
		}
		return name
	}
	return l.resolveClass(name)
}

// useDecl records `use A\B [as C], ...;`, `use function ...`, `use const
// ...` and group uses `use A\{B, C as D}`.
func (l *lowerer) useDecl(n syntax.Node) {
	kind := ""
	for i := 0; i < n.ChildCount(); i++ {
		c := n.Child(i)
		if !c.IsNamed() && (c.Type() == "function" || c.Type() == "const") {
			kind = c.Type()
		}
	}
	prefix := ""
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "namespace_name":
			prefix = l.qualified(c)
		case "namespace_use_clause":
			l.useClause(c, prefix, kind)
		case "namespace_use_group":
			for _, g := range syntax.NamedChildren(c) {
				if g.Type() == "namespace_use_clause" || g.Type() == "namespace_use_group_clause" {
					l.useClause(g, prefix, kind)
				}
			}
		}
	}
}

func (l *lowerer) useClause(c syntax.Node, prefix, kind string) {
	full, alias := "", ""
	for i := 0; i < c.ChildCount(); i++ {
		k := c.Child(i)
		if !k.IsNamed() {
			if k.Type() == "function" || k.Type() == "const" {
				kind = k.Type()
			}
			continue
		}
		switch k.Type() {
		case "qualified_name", "name", "namespace_name":
			if full == "" {
				full = strings.TrimPrefix(l.qualified(k), `\`)
			} else if alias == "" {
				alias = l.Text(k)
			}
		case "namespace_aliasing_clause":
			for _, a := range syntax.NamedChildren(k) {
				alias = l.Text(a)
			}
		}
	}
	if full == "" {
		return
	}
	if prefix != "" {
		full = strings.TrimPrefix(prefix, `\`) + `\` + full
	}
	if alias == "" {
		alias = full[strings.LastIndexByte(full, '\\')+1:]
	}
	switch kind {
	case "function":
		l.funcUse[strings.ToLower(alias)] = full
	case "const":
	default:
		l.classUse[strings.ToLower(alias)] = full
	}
}

// ---- statements ----------------------------------------------------------------

func (l *lowerer) stmts(n syntax.Node) {
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		if k.IsNamed() {
			l.stmt(k)
		}
	}
}

// bodyOf lowers a statement body: a compound statement, a colon block
// (`if (...): ... endif;`) or a single statement.
func (l *lowerer) bodyOf(n syntax.Node) {
	if n == nil {
		return
	}
	switch n.Type() {
	case "compound_statement", "colon_block":
		l.stmts(n)
	default:
		l.stmt(n)
	}
}

func (l *lowerer) stmt(n syntax.Node) {
	switch n.Type() {
	case "php_tag":
		// a file that starts with markup: its first tag is not inside a
		// text_interpolation (`<p><?= $x ?>`)
		l.echoNext = strings.HasPrefix(l.Text(n), "<?=")
		return
	case "comment", "empty_statement", "named_label_statement", "goto_statement", "const_declaration",
		"interface_declaration", "global_declaration":
	case "text_interpolation":
		// `?> ... <?=` : the expression statement that follows is echoed
		kids := syntax.NamedChildren(n)
		l.echoNext = len(kids) > 0 && kids[len(kids)-1].Type() == "php_tag" && strings.HasPrefix(l.Text(kids[len(kids)-1]), "<?=")
		return
	case "text":
	case "expression_statement":
		kids := syntax.NamedChildren(n)
		if l.echoNext && len(kids) > 0 {
			l.echoNext = false
			l.construct("echo", kids, n)
			return
		}
		for _, c := range kids {
			l.expr(c)
			if l.noReturn(c) {
				l.Jump(l.Fn.Exit)
			}
		}
	case "compound_statement", "program", "colon_block", "declaration_list":
		l.stmts(n)
	case "namespace_definition":
		if nm := syntax.ChildByField(n, "name"); nm != nil {
			l.ns = strings.TrimPrefix(l.qualified(nm), `\`)
		} else {
			l.ns = ""
		}
		if b := syntax.ChildByField(n, "body"); b != nil {
			l.stmts(b)
		}
	case "namespace_use_declaration":
		l.useDecl(n)
	case "echo_statement":
		l.construct("echo", syntax.NamedChildren(n), n)
	case "exit_statement":
		l.construct("exit", syntax.NamedChildren(n), n)
		l.Jump(l.Fn.Exit)
	case "unset_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.assignTo(c, ir.C(ir.Const{Kind: ir.Null}), n)
		}
	case "function_static_declaration":
		for _, d := range syntax.NamedChildren(n) {
			if nm := syntax.ChildByField(d, "name"); nm != nil {
				var v ir.Operand
				if val := syntax.ChildByField(d, "value"); val != nil {
					v = l.expr(val)
				} else {
					v = ir.C(ir.Const{Kind: ir.Null})
				}
				l.assignTo(nm, v, d)
			}
		}
	case "return_statement":
		var args []ir.Operand
		if kids := syntax.NamedChildren(n); len(kids) > 0 && isLogical(l, kids[0]) {
			// `return isset($p['host']) && in_array($p['host'], HOSTS, true);`
			// returns true or false: lowered as branches, so the engine
			// sees true returned only past every check (a validator)
			yes, no := &ir.Block{Note: fmt.Sprintf("return true line %d", irbuild.Line(n))}, &ir.Block{Note: fmt.Sprintf("return false line %d", irbuild.Line(n))}
			l.condJump(kids[0], yes, no)
			for i, b := range []*ir.Block{yes, no} {
				l.Place(b)
				l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{ir.C(ir.Const{Kind: ir.Bool, I: int64(1 - i)})}, Span: l.Span(n)})
				l.Jump(l.Fn.Exit)
			}
			return
		}
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			args = append(args, l.expr(kids[0]))
			if l.retNoData && !args[0].IsConst() && !isCheck(l, kids[0]) {
				// `function f(): bool { return unlink($p); }`: PHP
				// converts (or rejects) whatever is returned
				args[0] = l.opaque(nil, kids[0])
			}
		}
		l.Emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.Span(n)})
		l.Jump(l.Fn.Exit)
	case "throw_expression":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
		l.Jump(l.Fn.Exit)
	case "if_statement":
		l.ifStmt(n)
	case "while_statement":
		head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
		l.Jump(head)
		l.Cur = head
		l.condLoop(head, n, syntax.ChildByField(n, "condition"), func() { l.bodyOf(syntax.ChildByField(n, "body")) }, nil)
	case "do_statement":
		l.doStmt(n)
	case "for_statement":
		l.forStmt(n)
	case "foreach_statement":
		l.foreachStmt(n)
	case "switch_statement":
		l.switchStmt(n)
	case "try_statement":
		l.tryStmt(n)
	case "break_statement":
		if t := l.loopTarget(n); t != nil {
			l.Jump(t.after)
		}
	case "continue_statement":
		if t := l.loopTarget(n); t != nil {
			l.Jump(t.head)
		}
	case "function_definition":
		l.funcDef(n)
	case "class_declaration", "trait_declaration", "enum_declaration":
		l.classDecl(n)
	case "declare_statement":
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "compound_statement" || c.Type() == "colon_block" {
				l.stmts(c)
			}
		}
	case "ERROR":
		l.Mod.Errors++
	default:
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	}
	l.echoNext = false
}

// noReturn reports whether an expression statement ends its path: exit(),
// die() and throw.
func (l *lowerer) noReturn(n syntax.Node) bool {
	switch n.Type() {
	case "throw_expression", "exit_statement":
		return true
	case "function_call_expression":
		if fn := syntax.ChildByField(n, "function"); fn != nil {
			switch strings.ToLower(strings.TrimPrefix(l.qualified(fn), `\`)) {
			case "exit", "die":
				return true
			}
		}
	case "binary_expression":
		// `$ok or die("...")`: the right side ends the path where it runs;
		// the left side may still go on
	}
	return false
}

// loopTarget is the loop (or switch) `break N` / `continue N` leaves.
func (l *lowerer) loopTarget(n syntax.Node) *loopCtx {
	depth := 1
	if kids := syntax.NamedChildren(n); len(kids) == 1 && kids[0].Type() == "integer" {
		if d, err := strconv.Atoi(l.Text(kids[0])); err == nil && d > 1 {
			depth = d
		}
	}
	if depth > len(l.loops) {
		if len(l.loops) == 0 {
			return nil
		}
		depth = len(l.loops)
	}
	return &l.loops[len(l.loops)-depth]
}

func (l *lowerer) ifStmt(n syntax.Node) {
	after := &ir.Block{Note: fmt.Sprintf("after if line %d", irbuild.Line(n))}
	l.ifChain(n, syntax.ChildByField(n, "condition"), syntax.ChildByField(n, "body"), syntax.ChildrenByField(n, "alternative"), after)
	l.Jump(after)
	l.Place(after)
}

// ifChain lowers if / elseif / else: each elseif is a branch in the
// previous condition's false edge.
func (l *lowerer) ifChain(n, condNode, body syntax.Node, alts []syntax.Node, after *ir.Block) {
	ln := irbuild.Line(n)
	t, f := &ir.Block{Note: fmt.Sprintf("then line %d", ln)}, &ir.Block{Note: fmt.Sprintf("else line %d", ln)}
	if condNode != nil {
		l.condJump(condNode, t, f)
	} else {
		l.Jump(t)
	}
	l.Place(t)
	kind := "then-branch"
	if n.Type() == "else_if_clause" {
		kind = "elseif-branch"
	}
	l.WithNote(fmt.Sprintf("in %s of line %d", kind, ln), func() { l.bodyOf(body) })
	l.Jump(after)
	l.Place(f)
	if len(alts) == 0 {
		return
	}
	a := alts[0]
	switch a.Type() {
	case "else_if_clause":
		l.ifChain(a, syntax.ChildByField(a, "condition"), syntax.ChildByField(a, "body"), alts[1:], after)
	case "else_clause":
		l.WithNote(fmt.Sprintf("in else-branch of line %d", ln), func() { l.bodyOf(syntax.ChildByField(a, "body")) })
	}
}

func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, bodyFill func(), cond *ir.Operand) {
	l.loopStep(head, condAt, n, bodyFill, nil, cond)
}

// loopStep is loop with a step (a for loop's update expressions) that
// runs after the body and after `continue`.
func (l *lowerer) loopStep(head, condAt *ir.Block, n syntax.Node, bodyFill, step func(), cond *ir.Operand) {
	ln := irbuild.Line(n)
	l.Cur = condAt
	body, exit := l.Branch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	l.Cur = body
	l.loopFrom(head, n, bodyFill, step, exit)
}

// loopFrom lowers a loop's body from the current block: the step, the back
// edge to head, and the exit block (placed now when not yet in the function).
func (l *lowerer) loopFrom(head *ir.Block, n syntax.Node, bodyFill, step func(), exit *ir.Block) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	cont := head
	var stepB *ir.Block
	if step != nil {
		stepB = &ir.Block{Note: fmt.Sprintf("loop step line %d", ln)}
		cont = stepB
	}
	l.loops = append(l.loops, loopCtx{head: cont, after: after})
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	if stepB != nil {
		if l.Cur != nil || len(stepB.Preds) > 0 {
			l.Place(stepB)
			l.WithNote(fmt.Sprintf("in loop body of line %d", ln), step)
		}
	}
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	if len(l.Fn.Blocks) <= exit.Index || l.Fn.Blocks[exit.Index] != exit {
		l.Place(exit)
	} else {
		l.Cur = exit
	}
	l.Place(after)
}

func (l *lowerer) doStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	body := l.NewBlock(fmt.Sprintf("do body line %d", ln))
	l.Jump(body)
	l.Cur = body
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	condB := &ir.Block{Note: fmt.Sprintf("do condition line %d", ln)}
	l.loops = append(l.loops, loopCtx{head: condB, after: after})
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), func() { l.bodyOf(syntax.ChildByField(n, "body")) })
	l.loops = l.loops[:len(l.loops)-1]
	if l.Cur == nil && len(condB.Preds) == 0 {
		l.Place(after)
		return
	}
	l.Place(condB)
	cond := l.expr(syntax.ChildByField(n, "condition"))
	b := l.Block()
	b.Cond = &cond
	ir.Edge(b, body)
	l.Cur = nil
	l.Place(after)
	ir.Edge(b, after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	for _, c := range syntax.ChildrenByField(n, "initialize") {
		l.expr(c)
	}
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	l.Cur = head
	body := func() { l.bodyOf(syntax.ChildByField(n, "body")) }
	step := func() {
		for _, c := range syntax.ChildrenByField(n, "update") {
			l.expr(c)
		}
	}
	cs := syntax.ChildrenByField(n, "condition")
	if len(cs) == 0 {
		l.loopStep(head, l.Block(), n, body, step, nil)
		return
	}
	for _, c := range cs[:len(cs)-1] {
		l.expr(c)
	}
	l.condLoop(head, n, cs[len(cs)-1], body, step)
}

// condLoop is a loop whose condition is lowered as branches (see condJump).
func (l *lowerer) condLoop(head *ir.Block, n, condNode syntax.Node, bodyFill, step func()) {
	ln := irbuild.Line(n)
	bodyB := &ir.Block{Note: fmt.Sprintf("loop body line %d", ln)}
	exitB := &ir.Block{Note: fmt.Sprintf("loop exit line %d", ln)}
	l.condJump(condNode, bodyB, exitB)
	l.Place(bodyB)
	l.loopFrom(head, n, bodyFill, step, exitB)
}

// condJump lowers a condition in a branching context: && and || (and/or)
// branch on each operand, ! swaps the targets, so a check on one side
// (is_numeric($a) && ...) holds on the edges where it passed.
func (l *lowerer) condJump(n syntax.Node, yes, no *ir.Block) {
	switch n.Type() {
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			l.condJump(kids[0], yes, no)
			return
		}
	case "unary_op_expression":
		if o := syntax.ChildByField(n, "operator"); o != nil && l.Text(o) == "!" {
			if arg := syntax.ChildByField(n, "argument"); arg != nil {
				l.condJump(arg, no, yes)
				return
			}
		}
	case "binary_expression":
		op := ""
		if o := syntax.ChildByField(n, "operator"); o != nil {
			op = strings.ToLower(l.Text(o))
		}
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left != nil && right != nil {
			mid := &ir.Block{Note: fmt.Sprintf("%s right side line %d", op, irbuild.Line(n))}
			switch op {
			case "&&", "and":
				l.condJump(left, mid, no)
				l.Place(mid)
				l.condJump(right, yes, no)
				return
			case "||", "or":
				l.condJump(left, yes, mid)
				l.Place(mid)
				l.condJump(right, yes, no)
				return
			}
		}
	}
	v := l.expr(n)
	b := l.Block()
	b.Cond = &v
	ir.Edge(b, yes)
	ir.Edge(b, no)
	l.Cur = nil
}

// foreachStmt lowers `foreach ($xs as $v)` and `foreach ($xs as $k => $v)`:
// each round takes an element (and a key) of the collection.
func (l *lowerer) foreachStmt(n syntax.Node) {
	var kids []syntax.Node
	var body syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.FieldName() == "body" {
			body = c
			continue
		}
		if c.Type() == "comment" {
			continue
		}
		kids = append(kids, c)
	}
	if len(kids) == 0 {
		return
	}
	it := l.expr(kids[0])
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	elem, key := ir.Operand{}, ir.Operand{}
	if !it.IsConst() && it.Place.Base != "" {
		elem = ir.P(it.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
		key = elem // keys of request arrays are as untrusted as their values
	}
	l.loop(head, head, n, func() {
		if len(kids) > 1 {
			target := kids[1]
			if target.Type() == "pair" {
				pk := syntax.NamedChildren(target)
				if len(pk) == 2 {
					l.assignTo(pk[0], key, n)
					target = pk[1]
				}
			}
			if target.Type() == "by_ref" {
				if k := syntax.NamedChildren(target); len(k) == 1 {
					target = k[0]
				}
			}
			l.assignTo(target, elem, n)
		}
		l.bodyOf(body)
	}, nil)
}

func (l *lowerer) tryStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after try line %d", ln)}
	start := l.NewBlock(fmt.Sprintf("try line %d", ln))
	l.Jump(start)
	l.Cur = start
	l.PushTry(start)
	l.bodyOf(syntax.ChildByField(n, "body"))
	tc := l.PopTry()
	var handlers []syntax.Node
	var finally syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "catch_clause":
			handlers = append(handlers, c)
		case "finally_clause":
			finally = c
		}
	}
	var fin *ir.Block
	join := after
	if finally != nil {
		fin = &ir.Block{Note: fmt.Sprintf("finally line %d", ln)}
		join = fin
	}
	l.Jump(join)
	for _, h := range handlers {
		hb := l.NewBlock(fmt.Sprintf("catch line %d", irbuild.Line(h)))
		for _, b := range tc.Blocks {
			ir.Edge(b, hb)
		}
		l.Cur = hb
		l.WithNote(fmt.Sprintf("in catch block of line %d", irbuild.Line(h)), func() {
			if nm := syntax.ChildByField(h, "name"); nm != nil {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(nm)})
				l.assignTo(nm, ir.P(t), h)
			}
			l.bodyOf(syntax.ChildByField(h, "body"))
		})
		l.Jump(join)
	}
	if len(handlers) == 0 && fin != nil {
		for _, b := range tc.Blocks {
			ir.Edge(b, fin)
		}
	}
	if fin != nil {
		l.Place(fin)
		l.WithNote(fmt.Sprintf("in finally block of line %d", ln), func() { l.bodyOf(syntax.ChildByField(finally, "body")) })
		l.Jump(after)
	}
	l.Place(after)
}

// switchStmt lowers each case as a loose comparison with the subject (a
// constant subject prunes the cases it cannot take); a case body without
// break falls through into the next one. `break` and `continue` leave the
// switch (PHP counts a switch as a loop level).
func (l *lowerer) switchStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	subj := l.expr(syntax.ChildByField(n, "condition"))
	after := &ir.Block{Note: fmt.Sprintf("after switch line %d", ln)}
	body := syntax.ChildByField(n, "body")
	if body == nil {
		return
	}
	l.loops = append(l.loops, loopCtx{head: after, after: after})
	var fall *ir.Block
	var dflt syntax.Node
	for _, c := range syntax.NamedChildren(body) {
		if c.Type() == "default_statement" {
			dflt = c
			continue
		}
		if c.Type() != "case_statement" {
			continue
		}
		v := l.expr(syntax.ChildByField(c, "value"))
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "==", Args: []ir.Operand{subj, v}, Span: l.Span(c)})
		cond := ir.P(t)
		yes, no := l.Branch(&cond, fmt.Sprintf("case line %d", irbuild.Line(c)), fmt.Sprintf("next case line %d", irbuild.Line(c)))
		if fall != nil {
			ir.Edge(fall, yes)
		}
		l.Cur = yes
		l.WithNote(fmt.Sprintf("in case of line %d", irbuild.Line(c)), func() { l.caseBody(c) })
		fall = l.Cur
		l.Cur = no
	}
	if dflt != nil {
		db := l.Block()
		if fall != nil {
			ir.Edge(fall, db)
		}
		l.WithNote(fmt.Sprintf("in default case of line %d", irbuild.Line(dflt)), func() { l.caseBody(dflt) })
	} else if fall != nil {
		ir.Edge(fall, after)
	}
	l.loops = l.loops[:len(l.loops)-1]
	l.Jump(after)
	l.Place(after)
}

func (l *lowerer) caseBody(c syntax.Node) {
	for _, s := range syntax.NamedChildren(c) {
		if s.FieldName() == "value" {
			continue
		}
		l.stmt(s)
	}
}

// ---- functions and classes ---------------------------------------------------

func (l *lowerer) funcDef(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	// a PHP function sees no variables of the file's top level, except
	// those it declares `global`
	f := l.function(n, name, hasGlobal(n))
	dst := ir.Place{Base: "function " + name}
	l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(n)})
}

// hasGlobal reports whether a function body declares `global $x`.
func hasGlobal(n syntax.Node) bool {
	b := syntax.ChildByField(n, "body")
	if b == nil {
		return false
	}
	for _, s := range syntax.NamedChildren(b) {
		if s.Type() == "global_declaration" {
			return true
		}
	}
	return false
}

func (l *lowerer) classDecl(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	cc := &classCtx{name: l.join(name), props: map[string]string{}}
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "base_clause" {
			for _, b := range syntax.NamedChildren(c) {
				cc.parent = l.resolveClass(l.qualified(b))
				break
			}
		}
	}
	saved := l.class
	l.class = cc
	body := syntax.ChildByField(n, "body")
	if body != nil {
		// typed properties first: methods call through them
		for _, m := range syntax.NamedChildren(body) {
			if m.Type() != "property_declaration" {
				continue
			}
			typ := ""
			if t := syntax.ChildByField(m, "type"); t != nil {
				typ = l.typeName(t)
			}
			for _, e := range syntax.NamedChildren(m) {
				if e.Type() == "property_element" && typ != "" {
					if v := firstOfType(e, "variable_name"); v != nil {
						cc.props[varName(l.Text(v))] = typ
					}
				}
			}
		}
		for _, m := range syntax.NamedChildren(body) {
			if m.Type() == "method_declaration" {
				for _, p := range paramNodes(m) {
					if p.Type() == "property_promotion_parameter" {
						if t := syntax.ChildByField(p, "type"); t != nil {
							if nm := syntax.ChildByField(p, "name"); nm != nil {
								cc.props[varName(l.Text(nm))] = l.typeName(t)
							}
						}
					}
				}
			}
		}
		for _, m := range syntax.NamedChildren(body) {
			if m.Type() != "method_declaration" {
				continue
			}
			mn := ""
			if nm := syntax.ChildByField(m, "name"); nm != nil {
				mn = l.Text(nm)
			}
			f := l.function(m, mn, false)
			f.Recv = "this"
			if cc.parent != "" && isAction(l, m, mn) && strings.HasSuffix(cc.parent, "Controller") {
				// a public method of a controller is an action the
				// router calls: its scalar parameters are route
				// variables (packs name them as a decorator source)
				f.Decorators = append(f.Decorators, "action of "+cc.parent)
			}
			dst := ir.Place{Base: "function " + name + "::" + mn}
			l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(m)})
		}
	}
	l.class = saved
}

func firstOfType(n syntax.Node, typ string) syntax.Node {
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == typ {
			return c
		}
	}
	return nil
}

// varName is a variable's place name: `$x` is x.
func varName(s string) string { return strings.TrimPrefix(s, "$") }

// typeName is the canonical class of a type declaration ("" for scalar,
// union and intersection types).
func (l *lowerer) typeName(t syntax.Node) string {
	switch t.Type() {
	case "optional_type":
		for _, c := range syntax.NamedChildren(t) {
			return l.typeName(c)
		}
	case "named_type":
		for _, c := range syntax.NamedChildren(t) {
			return l.resolveClass(l.qualified(c))
		}
	case "name", "qualified_name":
		return l.resolveClass(l.qualified(t))
	}
	return ""
}

func paramNodes(n syntax.Node) []syntax.Node {
	ps := syntax.ChildByField(n, "parameters")
	if ps == nil {
		return nil
	}
	var out []syntax.Node
	for _, p := range syntax.NamedChildren(ps) {
		switch p.Type() {
		case "simple_parameter", "variadic_parameter", "property_promotion_parameter":
			out = append(out, p)
		}
	}
	return out
}

// function lowers a function, method, closure or arrow function into a new
// Func. seesTop makes it a child of the top level, whose final state it
// then reads (closures defined there, functions declaring `global`).
func (l *lowerer) function(n syntax.Node, name string, seesTop bool) *ir.Func {
	f := &ir.Func{Name: name, Span: l.Span(n)}
	if l.class != nil {
		f.Class = l.class.name
	}
	var promoted []string
	types := map[string]string{}
	for _, p := range paramNodes(n) {
		nm := syntax.ChildByField(p, "name")
		if nm == nil {
			continue
		}
		pname := varName(l.Text(nm))
		f.Params = append(f.Params, ir.Param{Name: pname, Decl: strings.Join(strings.Fields(l.Text(p)), " "), Span: l.Span(p)})
		if t := syntax.ChildByField(p, "type"); t != nil {
			if c := l.typeName(t); c != "" {
				types[pname] = c
			}
		}
		if p.Type() == "property_promotion_parameter" {
			promoted = append(promoted, pname)
		}
	}
	for _, a := range syntax.NamedChildren(n) {
		if a.Type() == "attribute_list" {
			for _, at := range l.attributes(a) {
				f.Decorators = append(f.Decorators, at)
			}
		}
	}
	switch {
	case l.Fn == nil || n.Type() == "method_declaration":
		// methods see their class's fields, not the enclosing scope
	case l.Fn == l.Mod.Top && !seesTop && n.Type() == "function_definition":
		// a named function of the file: its own scope
	default:
		l.Fn.Children = append(l.Fn.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	body := syntax.ChildByField(n, "body")
	noData := noDataType(l, syntax.ChildByField(n, "return_type"))
	saved := l.fnNode
	defer func() { l.fnNode = saved }()
	l.body(f, func() {
		l.fnNode = n
		l.retNoData = noData
		for k, v := range types {
			l.types[k] = v
		}
		for _, p := range promoted {
			dst := ir.Place{Base: "this", Path: []ir.Elem{{Kind: ir.Field, Name: p}}}
			l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{ir.P(ir.Place{Base: p})}, Span: f.Span})
		}
		if body == nil {
			return
		}
		if n.Type() == "arrow_function" {
			v := l.expr(body)
			if noData {
				v = l.opaque(nil, body)
			}
			l.Emit(&ir.Instr{Op: ir.Return, Args: []ir.Operand{v}, Span: l.Span(body)})
			return
		}
		l.bodyOf(body)
	})
	return f
}

// attributes are the canonical class names of a declaration's attributes
// (`#[Route('/x')]`): the PHP counterpart of decorators.
func (l *lowerer) attributes(a syntax.Node) []string {
	var out []string
	for _, g := range syntax.NamedChildren(a) {
		for _, at := range syntax.NamedChildren(g) {
			if at.Type() != "attribute" {
				continue
			}
			for _, c := range syntax.NamedChildren(at) {
				if c.Type() == "name" || c.Type() == "qualified_name" {
					out = append(out, l.resolveClass(l.qualified(c)))
					break
				}
			}
		}
	}
	return out
}

// noDataType reports whether a declared return type holds no text: bool,
// int, float, void, never (also nullable, and unions of these). PHP
// converts a returned string to the type or throws.
func noDataType(l *lowerer, t syntax.Node) bool {
	if t == nil {
		return false
	}
	switch t.Type() {
	case "primitive_type":
		switch strings.ToLower(l.Text(t)) {
		case "bool", "int", "float", "void", "never", "false", "true", "null":
			return true
		}
		return false
	case "optional_type", "union_type":
		kids := syntax.NamedChildren(t)
		for _, k := range kids {
			if !noDataType(l, k) {
				return false
			}
		}
		return len(kids) > 0
	}
	return false
}

// collectConsts finds the file's constants whose one definition is a
// literal scalar: `const X = false;` (top level or namespace, by name),
// `define('X', false)` and class constants (`Class::X`, the class's
// canonical name). A name defined twice (`if (...) define('X', 1); else
// define('X', 2);`) is left out, so `if (LEGACY_ENABLED)` folds only when
// the file can mean one value.
func collectConsts(l *lowerer, root syntax.Node) map[string]ir.Const {
	vals := map[string]ir.Const{}
	seen := map[string]int{}
	add := func(name string, v syntax.Node) {
		seen[name]++
		if c, ok := literalScalar(l, v); ok {
			vals[name] = c
		}
	}
	ns := ""
	var walk func(n syntax.Node, class string)
	walk = func(n syntax.Node, class string) {
		switch n.Type() {
		case "namespace_definition":
			ns = ""
			if nm := syntax.ChildByField(n, "name"); nm != nil {
				ns = strings.TrimPrefix(l.qualified(nm), `\`)
			}
		case "class_declaration", "interface_declaration", "enum_declaration", "trait_declaration":
			if nm := syntax.ChildByField(n, "name"); nm != nil {
				class = l.Text(nm)
				if ns != "" {
					class = ns + `\` + class
				}
			}
		case "const_declaration":
			for _, e := range syntax.NamedChildren(n) {
				if e.Type() != "const_element" {
					continue
				}
				kids := syntax.NamedChildren(e)
				if len(kids) != 2 || kids[0].Type() != "name" {
					continue
				}
				name := l.Text(kids[0])
				if class != "" {
					name = class + "::" + name
				}
				add(name, kids[1])
			}
			return
		case "function_call_expression":
			if fn := syntax.ChildByField(n, "function"); fn != nil && strings.EqualFold(strings.TrimPrefix(l.Text(fn), `\`), "define") {
				if a := argNodes(n); len(a) >= 2 {
					if k, ok := literalScalar(l, a[0]); ok && k.Kind == ir.Str {
						add(strings.TrimPrefix(k.S, `\`), a[1])
					}
				}
			}
		}
		for i, c := 0, n.ChildCount(); i < c; i++ {
			if k := n.Child(i); k.IsNamed() {
				walk(k, class)
			}
		}
	}
	walk(root, "")
	for name, c := range seen {
		if c != 1 {
			delete(vals, name)
		}
	}
	return vals
}

// literalScalar is the value of a literal boolean, number, string or null.
func literalScalar(l *lowerer, n syntax.Node) (ir.Const, bool) {
	switch n.Type() {
	case "boolean", "integer", "float", "string", "null":
		if o := l.expr(n); o.IsConst() {
			return o.Const, true
		}
	case "encapsed_string":
		for i := 0; i < n.ChildCount(); i++ {
			if k := n.Child(i); k.IsNamed() && k.Type() != "string_content" && k.Type() != "string_value" && k.Type() != "escape_sequence" {
				return ir.Const{}, false
			}
		}
		if o := l.interpolated(n); o.IsConst() {
			return o.Const, true
		}
	}
	return ir.Const{}, false
}

// isLogical reports whether an expression is a boolean combination of
// checks: &&, ||, and, or, or a negation of one, through parentheses.
func isLogical(l *lowerer, n syntax.Node) bool {
	switch n.Type() {
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return isLogical(l, kids[0])
		}
	case "unary_op_expression":
		if o := syntax.ChildByField(n, "operator"); o != nil && l.Text(o) == "!" {
			if arg := syntax.ChildByField(n, "argument"); arg != nil {
				return isLogical(l, arg)
			}
		}
	case "binary_expression":
		if o := syntax.ChildByField(n, "operator"); o != nil {
			switch strings.ToLower(l.Text(o)) {
			case "&&", "||", "and", "or":
				return true
			}
		}
	}
	return false
}

// isCheck reports whether an expression is a comparison, a negation or a
// call of a check function (in_array, preg_match, is_numeric, ...): a
// boolean the engine may read as a validation when it is returned.
func isCheck(l *lowerer, n syntax.Node) bool {
	switch n.Type() {
	case "parenthesized_expression":
		if kids := syntax.NamedChildren(n); len(kids) == 1 {
			return isCheck(l, kids[0])
		}
	case "unary_op_expression":
		return true
	case "binary_expression":
		if o := syntax.ChildByField(n, "operator"); o != nil {
			return compareOps[strings.ToLower(l.Text(o))]
		}
	case "function_call_expression":
		if fn := syntax.ChildByField(n, "function"); fn != nil {
			low := strings.ToLower(strings.TrimPrefix(l.qualified(fn), `\`))
			return checks[low] || low == "in_array" || low == "array_key_exists" || low == "key_exists"
		}
	}
	return false
}

// isAction reports whether a method may be a controller action: public
// (PHP's default), not static, not a magic method.
func isAction(l *lowerer, m syntax.Node, name string) bool {
	if strings.HasPrefix(name, "__") {
		return false
	}
	for _, c := range syntax.NamedChildren(m) {
		switch c.Type() {
		case "visibility_modifier":
			if v := strings.ToLower(l.Text(c)); v != "public" {
				return false
			}
		case "static_modifier", "abstract_modifier":
			return false
		}
	}
	return true
}
