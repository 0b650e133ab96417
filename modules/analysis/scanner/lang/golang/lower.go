// Package golang is the Go front end of the dataflow engine: it lowers a
// file's syntax tree (tree-sitter go grammar) into IR, one CFG per
// function, method, function literal and the file's top level (package
// variables and constants), and resolves names to canonical symbols.
//
// Canonical form: a package member is its import path, a dot and its name
// (`import x "os/exec"; x.Command` is `os/exec.Command`, `http.Get` is
// `net/http.Get`); a field or method of a value whose type the function
// declares (a typed parameter or receiver, `var x T`, or the result of a
// few well-known constructors) is the canonical type, a dot and the member
// (`r *http.Request` makes `r.FormValue` the symbol
// `net/http.Request.FormValue` and `r.URL.Query` `net/http.Request.URL.Query`;
// pointers are dropped). Module.Imports maps each package's local name to
// its import path; ir.Func.Types maps typed locals to their type.
package golang

import (
	"fmt"
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
	l.collectGlobals(root)
	l.collectGetters(root)
	top := &ir.Func{Name: "<module>", Span: l.Span(root)}
	l.Mod.Top = top
	l.Mod.Funcs = append(l.Mod.Funcs, top)
	l.body(top, nil, func() { l.stmts(root) })
	for _, f := range l.Mod.Funcs {
		f.Finish()
	}
	return l.Mod
}

// loopCtx is where break and continue go; label names a labelled loop,
// switch or select.
type loopCtx struct {
	head, after *ir.Block
	label       string
	isLoop      bool
}

type lowerer struct {
	irbuild.Builder
	loops   []loopCtx
	label   string          // label of the statement being lowered
	locals  map[string]bool // names the function declares (shadow imports)
	results []string        // named results (a bare return returns them)
	// funcName names the function literal being lowered when it is
	// assigned straight to a variable
	funcName string
	// globals are the package-level variables with a known type
	// (`var page = template.Must(...)`): every function sees them
	globals map[string]string
	// derived are the locals that a parse of another local made
	// (`rel, err := filepath.Rel(base, target)`, `u, err := url.Parse(s)`),
	// by name: a check of the derived value is a check of its origin
	// (see rederive). Kept for the block they were made in.
	derived map[string]derivation
	// inCond is set while a branch condition's test is lowered: there the
	// host of a parsed URL (`u.Host`, `u.Hostname()`) stands for the URL
	inCond bool
	// parseErr maps the error of a parse of a local to that local
	// (`_, err := strconv.Atoi(id)`: in a condition err stands for id, so
	// `err != nil { return }` leaves id checked as a number)
	parseErr map[string]string
	// getters maps a method name to the receiver field its one method of
	// the file returns (`func (u *User) Name() string { return u.name }`);
	// "" when the name has another method too: x.Name() reads x.name
	getters map[string]string
}

// parseChecks are the functions whose error result says whether their
// first argument is well formed (a number, a UUID, an IP address, ...):
// where the error is nil, the argument has no other syntax.
var parseChecks = map[string]bool{
	"strconv.Atoi": true, "strconv.ParseInt": true, "strconv.ParseUint": true, "strconv.ParseFloat": true,
	"strconv.ParseBool": true, "github.com/google/uuid.Parse": true, "github.com/gofrs/uuid.FromString": true,
	"net/netip.ParseAddr": true, "net.ParseCIDR": true, "net/mail.ParseAddress": false,
	"time.Parse": false, "time.ParseDuration": true,
}

// derivation is how a local was computed from another: origin's value is
// rebuilt from the derived local and the others (a path is its base
// joined with its relative path; a URL is what parsed to it).
type derivation struct {
	origin string
	others []ir.Operand
	span   ir.Span
}

// body lowers a function body into f with fresh per-function state; locals
// are the names it sees declared (closures see their enclosing function's).
func (l *lowerer) body(f *ir.Func, locals map[string]bool, fill func()) {
	loops, label, savedLocals, results, derived, perr := l.loops, l.label, l.locals, l.results, l.derived, l.parseErr
	l.loops, l.label, l.derived, l.parseErr = nil, "", nil, nil
	l.locals = map[string]bool{}
	for k := range locals {
		l.locals[k] = true
	}
	l.Body(f, fill)
	l.loops, l.label, l.locals, l.results, l.derived, l.parseErr = loops, label, savedLocals, results, derived, perr
}

// ---- names -----------------------------------------------------------------

// packageName is the name a package is known by when imported without
// one: the last path element, skipping a major-version element (`/v5`) and
// a `.vN` suffix, without a `go-` prefix (`github.com/go-chi/chi/v5` is
// chi, `gopkg.in/yaml.v3` yaml, `github.com/mattn/go-sqlite3` sqlite3).
func packageName(path string) string {
	parts := strings.Split(path, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && isMajor(name) {
		name = parts[len(parts)-2]
	}
	if i := strings.LastIndex(name, ".v"); i > 0 && isMajor(name[i+1:]) {
		name = name[:i]
	}
	name = strings.TrimPrefix(name, "go-")
	return strings.NewReplacer("-", "_", ".", "_").Replace(name)
}

func isMajor(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// collectImports records the file's imports: local name → import path.
func (l *lowerer) collectImports(root syntax.Node) {
	var specs []syntax.Node
	for _, d := range syntax.NamedChildren(root) {
		if d.Type() != "import_declaration" {
			continue
		}
		for _, c := range syntax.NamedChildren(d) {
			switch c.Type() {
			case "import_spec":
				specs = append(specs, c)
			case "import_spec_list":
				for _, s := range syntax.NamedChildren(c) {
					if s.Type() == "import_spec" {
						specs = append(specs, s)
					}
				}
			}
		}
	}
	for _, s := range specs {
		p := syntax.ChildByField(s, "path")
		if p == nil {
			continue
		}
		path, err := strconv.Unquote(l.Text(p))
		if err != nil || path == "" {
			continue
		}
		name := packageName(path)
		if n := syntax.ChildByField(s, "name"); n != nil {
			switch n.Type() {
			case "package_identifier", "identifier":
				name = l.Text(n)
			default: // `_` and `.` bind no name
				continue
			}
		}
		l.Mod.Imports[name] = path
	}
}

// collectGlobals records the types of package-level variables declared
// with a qualified type or from a known constructor.
func (l *lowerer) collectGlobals(root syntax.Node) {
	for _, d := range syntax.NamedChildren(root) {
		if d.Type() != "var_declaration" {
			continue
		}
		var specs []syntax.Node
		for _, c := range syntax.NamedChildren(d) {
			switch c.Type() {
			case "var_spec":
				specs = append(specs, c)
			case "var_spec_list":
				specs = append(specs, syntax.NamedChildren(c)...)
			}
		}
		for _, s := range specs {
			if s.Type() != "var_spec" {
				continue
			}
			names := syntax.ChildrenByField(s, "name")
			typ := l.typeOf(syntax.ChildByField(s, "type"))
			var vals []syntax.Node
			if v := syntax.ChildByField(s, "value"); v != nil {
				vals = syntax.NamedChildren(v)
			}
			for i, nm := range names {
				t := typ
				if t == "" && len(vals) == len(names) {
					t = l.ctorType(vals[i])
				}
				if t != "" && l.Text(nm) != "_" {
					if l.globals == nil {
						l.globals = map[string]string{}
					}
					l.globals[l.Text(nm)] = t
				}
			}
		}
	}
}

// typeOf is the canonical type of a type node: a package-qualified type
// (pointers and parentheses dropped) resolved through the imports; "" for
// other types (the file's own, builtins, literals).
func (l *lowerer) typeOf(t syntax.Node) string {
	for t != nil {
		switch t.Type() {
		case "pointer_type", "parenthesized_type":
			kids := syntax.NamedChildren(t)
			if len(kids) != 1 {
				return ""
			}
			t = kids[0]
		case "qualified_type":
			pkg, name := syntax.ChildByField(t, "package"), syntax.ChildByField(t, "name")
			if pkg == nil || name == nil {
				return ""
			}
			path, ok := l.Mod.Imports[l.Text(pkg)]
			if !ok {
				return ""
			}
			return path + "." + l.Text(name)
		case "generic_type":
			t = syntax.ChildByField(t, "type")
		default:
			return ""
		}
	}
	return ""
}

// setType records (or, for an unknown type, forgets) a local's type.
func (l *lowerer) setType(name, typ string) {
	if l.Fn == nil || name == "" || name == "_" {
		return
	}
	if typ == "" {
		if l.Fn.Types != nil {
			delete(l.Fn.Types, name)
		}
		return
	}
	if l.Fn.Types == nil {
		l.Fn.Types = map[string]string{}
	}
	l.Fn.Types[name] = typ
}

// declare notes a local name of the current function (it shadows an
// import of the same name).
func (l *lowerer) declare(name string) {
	if l.Fn != l.Mod.Top && name != "" && name != "_" {
		l.locals[name] = true
	}
}

// isPackage reports whether an identifier names an imported package here.
func (l *lowerer) isPackage(name string) bool {
	if _, ok := l.Mod.Imports[name]; !ok {
		return false
	}
	if l.locals[name] {
		return false
	}
	if l.Fn != nil && l.Fn.Types != nil && l.Fn.Types[name] != "" {
		return false
	}
	return true
}

// canonical resolves a callee or place text: typed locals, then imports.
func (l *lowerer) canonical(text string) string {
	head := text
	if i := strings.IndexAny(text, ".(["); i >= 0 {
		head = text[:i]
	}
	if l.Fn != nil && l.Fn.Types != nil && l.Fn.Types[head] != "" {
		return ir.CanonicalIn(l.Fn, nil, text)
	}
	if l.locals[head] {
		return text
	}
	return ir.Canonical(l.Mod.Imports, text)
}

// ctorTypes are well-known functions whose result type lets method calls
// on it resolve (`t := template.New("x")` makes `t.Execute` the symbol
// `text/template.Template.Execute` or `html/template.Template.Execute`).
var ctorTypes = map[string]string{
	"text/template.New":                               "text/template.Template",
	"text/template.Must":                              "text/template.Template",
	"text/template.ParseFiles":                        "text/template.Template",
	"text/template.ParseGlob":                         "text/template.Template",
	"text/template.ParseFS":                           "text/template.Template",
	"html/template.New":                               "html/template.Template",
	"html/template.Must":                              "html/template.Template",
	"html/template.ParseFiles":                        "html/template.Template",
	"html/template.ParseGlob":                         "html/template.Template",
	"html/template.ParseFS":                           "html/template.Template",
	"database/sql.Open":                               "database/sql.DB",
	"net/http.NewRequest":                             "net/http.Request",
	"net/url.Parse":                                   "net/url.URL",
	"github.com/microcosm-cc/bluemonday.UGCPolicy":    "github.com/microcosm-cc/bluemonday.Policy",
	"github.com/microcosm-cc/bluemonday.StrictPolicy": "github.com/microcosm-cc/bluemonday.Policy",
	"github.com/microcosm-cc/bluemonday.NewPolicy":    "github.com/microcosm-cc/bluemonday.Policy",
	"net/url.ParseRequestURI":                         "net/url.URL",
	"os/exec.Command":                                 "os/exec.Cmd",
	"os/exec.CommandContext":                          "os/exec.Cmd",
	"strings.NewReader":                               "strings.Reader",
	"bytes.NewBufferString":                           "bytes.Buffer",
	"bytes.NewBuffer":                                 "bytes.Buffer",
	"github.com/traefik/yaegi/interp.New":             "github.com/traefik/yaegi/interp.Interpreter",
	"github.com/dop251/goja.New":                      "github.com/dop251/goja.Runtime",
	"github.com/robertkrimen/otto.New":                "github.com/robertkrimen/otto.Otto",
}

// resultTypes are the result types (by position) of well-known functions
// and methods with several results whose values the models name by type:
// the multipart parts of an upload, whose file names Go reduces to their
// base name (`_, fh, err := r.FormFile("f")` makes fh.Filename
// `mime/multipart.FileHeader.Filename`).
var resultTypes = map[string][]string{
	"net/http.Request.FormFile":                    {"mime/multipart.File", "mime/multipart.FileHeader"},
	"net/http.Request.MultipartReader":             {"mime/multipart.Reader"},
	"mime/multipart.NewReader":                     {"mime/multipart.Reader"},
	"mime/multipart.Reader.NextPart":               {"mime/multipart.Part"},
	"mime/multipart.Reader.NextRawPart":            {"mime/multipart.Part"},
	"github.com/gin-gonic/gin.Context.FormFile":    {"mime/multipart.FileHeader"},
	"github.com/labstack/echo/v4.Context.FormFile": {"mime/multipart.FileHeader"},
	"github.com/labstack/echo.Context.FormFile":    {"mime/multipart.FileHeader"},
	"github.com/gofiber/fiber/v2.Ctx.FormFile":     {"mime/multipart.FileHeader"},
	"github.com/gofiber/fiber/v3.Ctx.FormFile":     {"mime/multipart.FileHeader"},
}

// fieldCalls are fields of well-known types that the models treat as calls
// (a sanitiser of one kind of flow): a read of one is lowered as a call on
// the value with no arguments.
var fieldCalls = map[string]bool{
	"mime/multipart.FileHeader.Filename": true,
}

// resultType is the type of result i of a call of a function or method
// of resultTypes, or "".
func (l *lowerer) resultType(n syntax.Node, i int) string {
	if n == nil || n.Type() != "call_expression" {
		return ""
	}
	fn := syntax.ChildByField(n, "function")
	if fn == nil || fn.Type() != "selector_expression" {
		return ""
	}
	if ts := resultTypes[l.canonical(irbuild.NormText(l.Text(fn)))]; i < len(ts) {
		return ts[i]
	}
	return ""
}

// ctorType is the type of a constructor call's result: a known function
// of ctorTypes, or a chain of calls that keeps the type
// (`template.New("x").Parse(s)`, `template.Must(...)`).
func (l *lowerer) ctorType(n syntax.Node) string {
	for n != nil && n.Type() == "parenthesized_expression" {
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			return ""
		}
		n = kids[0]
	}
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "unary_expression", "composite_literal":
		if n.Type() == "unary_expression" {
			op := syntax.ChildByField(n, "operator")
			arg := syntax.ChildByField(n, "operand")
			if op == nil || l.Text(op) != "&" || arg == nil || arg.Type() != "composite_literal" {
				return ""
			}
			n = arg
		}
		return l.typeOf(syntax.ChildByField(n, "type"))
	case "call_expression":
	default:
		return ""
	}
	fn := syntax.ChildByField(n, "function")
	if fn == nil || fn.Type() != "selector_expression" {
		return ""
	}
	op, field := syntax.ChildByField(fn, "operand"), syntax.ChildByField(fn, "field")
	if op == nil || field == nil {
		return ""
	}
	if op.Type() == "identifier" && l.isPackage(l.Text(op)) {
		if t := ctorTypes[l.Mod.Imports[l.Text(op)]+"."+l.Text(field)]; t != "" {
			return t
		}
	}
	if t := l.resultType(n, 0); t != "" {
		return t
	}
	// a method of a template that returns the template
	if inner := l.ctorType(op); strings.HasSuffix(inner, "template.Template") {
		switch l.Text(field) {
		case "Parse", "ParseFiles", "ParseGlob", "ParseFS", "Funcs", "Option", "Delims", "New", "Lookup", "Clone":
			return inner
		}
	}
	return ""
}

// ---- statements ------------------------------------------------------------

func (l *lowerer) stmts(n syntax.Node) {
	for _, c := range syntax.NamedChildren(n) {
		l.stmt(c)
	}
}

// condBranch lowers a condition as control flow: `a && b` tests b only
// where a held, `a || b` only where a failed, `!a` swaps the edges, so each
// test sits on its own edge (a check that proves a value clean then holds
// on every path that passed it). It returns the blocks reached when the
// condition is true and when it is false.
func (l *lowerer) condBranch(n syntax.Node, tnote, fnote string) (*ir.Block, *ir.Block) {
	t, f := &ir.Block{Note: tnote}, &ir.Block{Note: fnote}
	l.condTo(n, t, f)
	for _, b := range []*ir.Block{t, f} {
		b.Index = len(l.Fn.Blocks)
		l.Fn.Blocks = append(l.Fn.Blocks, b)
	}
	l.rederive(n, t, f)
	l.Cur = nil
	return t, f
}

// rederive rebuilds, at the start of both edges of a condition, the origin
// of each derived local the condition reads from that local (`target` from
// `rel` after `strings.HasPrefix(rel, "..")`, `s` from `u` after a check
// of `u.Host`): where the check proved the derived value clean, the origin
// is clean too; elsewhere it keeps the derived value's data.
func (l *lowerer) rederive(cond syntax.Node, blocks ...*ir.Block) {
	if len(l.derived) == 0 || cond == nil {
		return
	}
	seen := map[string]bool{}
	var walk func(n syntax.Node)
	walk = func(n syntax.Node) {
		if n.Type() == "identifier" {
			name := l.Text(n)
			if d, ok := l.derived[name]; ok && !seen[name] {
				seen[name] = true
				for _, b := range blocks {
					l.Cur = b
					t := l.Temp()
					args := append([]ir.Operand{ir.P(ir.Place{Base: name})}, d.others...)
					l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: args, Span: d.span})
					dst := ir.Place{Base: d.origin}
					l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{ir.P(t)}, Span: d.span,
						Note: fmt.Sprintf("%s checked through %s", d.origin, name)})
				}
			}
			return
		}
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() != "func_literal" {
				walk(c)
			}
		}
	}
	walk(cond)
	l.Cur = nil
}

// derive records that the first target of `a, err := f(args)` was derived
// from a local argument by a parse whose check is a check of that argument.
func (l *lowerer) derive(lhs []syntax.Node, rhs syntax.Node) {
	if len(lhs) == 0 || rhs.Type() != "call_expression" {
		return
	}
	fn, args := syntax.ChildByField(rhs, "function"), syntax.ChildByField(rhs, "arguments")
	if fn == nil || args == nil || fn.Type() != "selector_expression" {
		return
	}
	op := syntax.ChildByField(fn, "operand")
	if op == nil || op.Type() != "identifier" || !l.isPackage(l.Text(op)) {
		return
	}
	callee := l.Mod.Imports[l.Text(op)] + "." + l.Text(syntax.ChildByField(fn, "field"))
	av := syntax.NamedChildren(args)
	if last := lhs[len(lhs)-1]; len(lhs) > 1 && parseChecks[callee] && len(av) > 0 && av[0].Type() == "identifier" && last.Type() == "identifier" && l.Text(last) != "_" {
		if l.parseErr == nil {
			l.parseErr = map[string]string{}
		}
		l.parseErr[l.Text(last)] = l.Text(av[0])
	}
	name := l.Text(lhs[0])
	var d derivation
	switch callee {
	case "path/filepath.Rel", "path.Rel":
		if len(av) != 2 || av[1].Type() != "identifier" {
			return
		}
		d.origin = l.Text(av[1])
		switch b := av[0]; {
		case b.Type() == "identifier":
			d.others = []ir.Operand{ir.P(ir.Place{Base: l.Text(b)})}
		case strings.HasSuffix(b.Type(), "string_literal"):
		default:
			return // a base computed here: not rebuilt
		}
	case "net/url.Parse", "net/url.ParseRequestURI", "path/filepath.Abs", "path/filepath.Clean", "path.Clean",
		"path/filepath.EvalSymlinks", "path/filepath.ToSlash", "path/filepath.FromSlash":
		// the same path (or URL) in another form: a check of it is a
		// check of where the original leads
		if len(av) != 1 || av[0].Type() != "identifier" {
			return
		}
		d.origin = l.Text(av[0])
	default:
		return
	}
	if lhs[0].Type() != "identifier" || d.origin == name || d.origin == "_" || name == "_" {
		return
	}
	d.span = l.Span(rhs)
	if l.derived == nil {
		l.derived = map[string]derivation{}
	}
	l.derived[name] = d
}

// forget drops the derivations a new value of name ends.
func (l *lowerer) forget(name string) {
	for k, d := range l.derived {
		if k == name || d.origin == name {
			delete(l.derived, k)
		}
	}
	for k, v := range l.parseErr {
		if k == name || v == name {
			delete(l.parseErr, k)
		}
	}
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
			l.condTo(syntax.ChildByField(n, "operand"), f, t)
			return
		}
	}
	saved := l.inCond
	l.inCond = true
	o := l.condValue(n)
	l.inCond = saved
	b := l.Block()
	b.Cond = &o
	ir.Edge(b, t)
	ir.Edge(b, f)
	l.Cur = nil
}

// condValue lowers a condition that is not && / || / !: a map lookup
// `allowed[k]` is a membership test (Go conditions are booleans, so the
// map holds booleans), and a variable the block just set from a test
// (`ok := ...; if ok`) is branched on through that test's own value.
func (l *lowerer) condValue(n syntax.Node) ir.Operand {
	if o, ok := l.nilParse(n); ok {
		return o
	}
	if n != nil && n.Type() == "index_expression" {
		obj, idx := syntax.ChildByField(n, "operand"), syntax.ChildByField(n, "index")
		if obj != nil && idx != nil {
			k, m := l.expr(idx), l.expr(obj)
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{k, m}, Span: l.Span(n)})
			return ir.P(t)
		}
	}
	o := l.expr(n)
	if !o.IsConst() && !o.Place.IsTemp() && len(o.Place.Path) == 0 && l.Cur != nil {
		ins := l.Cur.Instrs
		for i := len(ins) - 1; i >= 0; i-- {
			in := ins[i]
			if in.Dst == nil || in.Dst.Base != o.Place.Base {
				continue
			}
			if in.Op == ir.Assign && len(in.Dst.Path) == 0 && len(in.Args) == 1 && !in.Args[0].IsConst() && in.Args[0].Place.IsTemp() && len(in.Args[0].Place.Path) == 0 {
				return in.Args[0]
			}
			break
		}
	}
	return o
}

// takeLabel returns the label of the statement being lowered (once).
func (l *lowerer) takeLabel() string {
	s := l.label
	l.label = ""
	return s
}

func (l *lowerer) stmt(n syntax.Node) {
	if n.Type() != "labeled_statement" {
		defer func() { l.label = "" }()
	}
	switch n.Type() {
	case "comment", "empty_statement", "package_clause", "import_declaration", "type_declaration":
	case "function_declaration":
		l.funcDecl(n)
	case "method_declaration":
		l.methodDecl(n)
	case "expression_statement":
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	case "block":
		// a derivation made inside a block ends with it (`:=` names do;
		// one assigned to an outer name is dropped, which only loses it)
		saved := l.derived
		if saved != nil {
			l.derived = make(map[string]derivation, len(saved))
			for k, v := range saved {
				l.derived[k] = v
			}
		}
		savedErr := l.parseErr
		if savedErr != nil {
			l.parseErr = make(map[string]string, len(savedErr))
			for k, v := range savedErr {
				l.parseErr[k] = v
			}
		}
		l.stmts(n)
		l.derived, l.parseErr = saved, savedErr
	case "source_file", "statement_list":
		l.stmts(n)
	case "var_declaration", "const_declaration":
		l.varDecl(n)
	case "short_var_declaration", "assignment_statement":
		l.assign(n)
	case "inc_statement", "dec_statement":
		kids := syntax.NamedChildren(n)
		if len(kids) != 1 {
			return
		}
		op := "+"
		if n.Type() == "dec_statement" {
			op = "-"
		}
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: op, Args: []ir.Operand{l.expr(kids[0]), ir.C(ir.Const{Kind: ir.Int, I: 1})}, Span: l.Span(n)})
		l.assignTo(kids[0], ir.P(t), n)
	case "send_statement":
		ch, v := syntax.ChildByField(n, "channel"), syntax.ChildByField(n, "value")
		val := l.expr(v)
		if ch != nil {
			if p, ok := l.placeOf(ch); ok {
				dst := p.Extend(ir.Elem{Kind: ir.AnyElem})
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: &dst, Args: []ir.Operand{val}, Span: l.Span(n)})
			}
		}
	case "return_statement":
		l.returnStmt(n)
	case "if_statement":
		l.ifStmt(n)
	case "for_statement":
		l.forStmt(n)
	case "expression_switch_statement", "type_switch_statement":
		l.switchStmt(n)
	case "select_statement":
		l.selectStmt(n)
	case "defer_statement", "go_statement":
		// the call runs later (defer: at return; go: concurrently), with
		// its arguments evaluated here: lowered in place
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	case "break_statement", "continue_statement":
		lbl := ""
		if kids := syntax.NamedChildren(n); len(kids) > 0 {
			lbl = l.Text(kids[0])
		}
		for i := len(l.loops) - 1; i >= 0; i-- {
			c := l.loops[i]
			if lbl != "" && c.label != lbl {
				continue
			}
			if n.Type() == "break_statement" {
				l.Jump(c.after)
				return
			}
			if c.isLoop {
				l.Jump(c.head)
				return
			}
		}
		l.Cur = nil
	case "goto_statement":
		// the target is not followed: the path ends here (the labelled
		// statement is reached in source order anyway)
		l.Cur = nil
	case "fallthrough_statement":
		// handled by switchStmt (the case body's last statement)
	case "labeled_statement":
		lbl := syntax.ChildByField(n, "label")
		for _, c := range syntax.NamedChildren(n) {
			if c.Type() == "label_name" {
				continue
			}
			if lbl != nil {
				l.label = l.Text(lbl)
			}
			l.stmt(c)
		}
	case "ERROR":
		l.Mod.Errors++
	default:
		for _, c := range syntax.NamedChildren(n) {
			l.expr(c)
		}
	}
}

// varDecl lowers `var a, b T = x, y` and `const (...)` specs.
func (l *lowerer) varDecl(n syntax.Node) {
	var specs []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "var_spec", "const_spec":
			specs = append(specs, c)
		case "var_spec_list", "const_spec_list":
			for _, s := range syntax.NamedChildren(c) {
				if s.Type() == "var_spec" || s.Type() == "const_spec" {
					specs = append(specs, s)
				}
			}
		}
	}
	for _, s := range specs {
		names := syntax.ChildrenByField(s, "name")
		typ := l.typeOf(syntax.ChildByField(s, "type"))
		var vals []syntax.Node
		if v := syntax.ChildByField(s, "value"); v != nil {
			vals = syntax.NamedChildren(v)
		}
		for _, nm := range names {
			l.declare(l.Text(nm))
			l.setType(l.Text(nm), typ)
		}
		if len(vals) == 0 {
			// the zero value: clean (a typed builder or buffer starts empty)
			for _, nm := range names {
				if l.Text(nm) == "_" {
					continue
				}
				dst := ir.Place{Base: l.Text(nm)}
				l.Emit(&ir.Instr{Op: ir.Build, Dst: &dst, Span: l.Span(s)})
			}
			continue
		}
		l.assignList(names, vals, s, false)
	}
}

// assign lowers `=`, `:=` and `op=` statements.
func (l *lowerer) assign(n syntax.Node) {
	left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	if left == nil || right == nil {
		return
	}
	lhs, rhs := syntax.NamedChildren(left), syntax.NamedChildren(right)
	op := ""
	if o := syntax.ChildByField(n, "operator"); o != nil {
		op = l.Text(o)
	}
	if n.Type() == "short_var_declaration" {
		for _, x := range lhs {
			if x.Type() == "identifier" {
				l.declare(l.Text(x))
			}
		}
	}
	if op != "" && op != "=" && op != ":=" && len(lhs) == 1 && len(rhs) == 1 {
		t := l.Temp()
		l.Emit(&ir.Instr{Op: ir.Binary, Dst: &t, Sub: strings.TrimSuffix(op, "="), Args: []ir.Operand{l.expr(lhs[0]), l.expr(rhs[0])}, Span: l.Span(n)})
		l.assignTo(lhs[0], ir.P(t), n)
		return
	}
	l.assignList(lhs, rhs, n, true)
}

// assignList assigns values to targets: pairwise (every value evaluated
// before any store, so `a, b = b, a` swaps), or one multi-valued
// expression to several targets (`v, err := f()`, `v, ok := m[k]`).
func (l *lowerer) assignList(lhs, rhs []syntax.Node, at syntax.Node, retype bool) {
	if len(lhs) == len(rhs) {
		vals := make([]ir.Operand, len(rhs))
		for i, r := range rhs {
			if r.Type() == "func_literal" && lhs[i].Type() == "identifier" {
				// `open := func(...) {...}`: calls of open reach its summary
				l.funcName = l.Text(lhs[i])
			}
			v := l.expr(r)
			l.funcName = ""
			if len(rhs) > 1 && !v.IsConst() && !v.Place.IsTemp() {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: l.Span(r)})
				v = ir.P(t)
			}
			vals[i] = v
		}
		for i, x := range lhs {
			if retype && x.Type() == "identifier" {
				l.setType(l.Text(x), l.ctorType(rhs[i]))
			}
			l.assignTo(x, vals[i], at)
		}
		if len(lhs) == 1 {
			l.derive(lhs, rhs[0])
		}
		return
	}
	if len(rhs) != 1 {
		for _, r := range rhs {
			l.expr(r)
		}
		return
	}
	v := l.expr(rhs[0])
	defer l.derive(lhs, rhs[0])
	// the comma-ok forms' second value is a boolean; an error result is
	// not the data (its message may quote it, but it is no injection)
	kind := rhs[0].Type()
	for i, x := range lhs {
		last := i == len(lhs)-1 && i > 0
		if retype && x.Type() == "identifier" {
			typ := ""
			if i == 0 {
				typ = l.ctorType(rhs[0])
			} else {
				typ = l.resultType(rhs[0], i)
			}
			l.setType(l.Text(x), typ)
		}
		if last && kind == "index_expression" {
			// `_, ok := m[k]`: ok is the membership test k in m
			obj, idx := syntax.ChildByField(rhs[0], "operand"), syntax.ChildByField(rhs[0], "index")
			if obj != nil && idx != nil && (idx.Type() == "identifier" || strings.HasSuffix(idx.Type(), "_literal")) && obj.Type() == "identifier" {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "in", Args: []ir.Operand{l.expr(idx), l.expr(obj)}, Span: l.Span(rhs[0])})
				l.assignTo(x, ir.P(t), at)
				continue
			}
		}
		if last && (kind == "index_expression" || kind == "type_assertion_expression" || kind == "unary_expression" || isErrName(l.Text(x))) {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(rhs[0])})
			l.assignTo(x, ir.P(t), at)
			continue
		}
		l.assignTo(x, v, at)
	}
}

func isErrName(s string) bool {
	return s == "err" || s == "ok" || strings.HasSuffix(s, "Err") || strings.HasSuffix(s, "err") || strings.HasSuffix(s, "Error")
}

func (l *lowerer) returnStmt(n syntax.Node) {
	var vals []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "expression_list" {
			vals = append(vals, syntax.NamedChildren(c)...)
		} else {
			vals = append(vals, c)
		}
	}
	var args []ir.Operand
	switch {
	case len(vals) == 0 && len(l.results) > 0:
		// a bare return returns the named results
		var ops []ir.Operand
		for _, r := range l.results {
			if !isErrName(r) {
				ops = append(ops, ir.P(ir.Place{Base: r}))
			}
		}
		if len(ops) == 1 {
			args = ops
		} else if len(ops) > 1 {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: ops, Span: l.Span(n)})
			args = []ir.Operand{ir.P(t)}
		}
	case len(vals) == 1:
		args = []ir.Operand{l.expr(vals[0])}
	case len(vals) > 1:
		// several results: the data ones (nil and errors left out), so
		// `return "ls", nil` still returns a constant
		var ops []ir.Operand
		for _, v := range vals {
			o := l.expr(v)
			if o.IsConst() && o.Const.Kind == ir.Null || v.Type() == "identifier" && isErrName(l.Text(v)) {
				continue
			}
			ops = append(ops, o)
		}
		if len(ops) == 1 {
			args = ops
		} else if len(ops) > 1 {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Args: ops, Span: l.Span(n)})
			args = []ir.Operand{ir.P(t)}
		} else {
			args = []ir.Operand{ir.C(ir.Const{Kind: ir.Null})}
		}
	}
	l.Emit(&ir.Instr{Op: ir.Return, Args: args, Span: l.Span(n)})
	l.Jump(l.Fn.Exit)
}

func (l *lowerer) ifStmt(n syntax.Node) {
	ln := irbuild.Line(n)
	if init := syntax.ChildByField(n, "initializer"); init != nil {
		l.stmt(init)
	}
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

func (l *lowerer) stmtField(n syntax.Node, field string) {
	if b := syntax.ChildByField(n, field); b != nil {
		l.stmt(b)
	}
}

// loop lowers a loop whose head (where continue goes) is head and whose
// test sits at the end of condAt: the body on the true edge, the exit on
// the false one (cond nil: either may happen).
func (l *lowerer) loop(head, condAt *ir.Block, n syntax.Node, label string, bodyFill func(), cond syntax.Node) {
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
	l.Cur = condAt
	var body, exit *ir.Block
	if cond != nil {
		body, exit = l.condBranch(cond, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	} else {
		body, exit = l.Branch(nil, fmt.Sprintf("loop body line %d", ln), fmt.Sprintf("loop exit line %d", ln))
	}
	l.loops = append(l.loops, loopCtx{head: head, after: after, label: label, isLoop: true})
	l.Cur = body
	l.WithNote(fmt.Sprintf("in loop body of line %d", ln), bodyFill)
	l.Jump(head)
	l.loops = l.loops[:len(l.loops)-1]
	l.Cur = exit
	l.Place(after)
}

func (l *lowerer) forStmt(n syntax.Node) {
	label := l.takeLabel()
	ln := irbuild.Line(n)
	var clause, rng, condN syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "for_clause":
			clause = c
		case "range_clause":
			rng = c
		case "block":
		default:
			if c.FieldName() != "body" {
				condN = c
			}
		}
	}
	body := syntax.ChildByField(n, "body")
	fill := func() {
		if body != nil {
			l.stmt(body)
		}
	}
	switch {
	case rng != nil:
		l.rangeLoop(n, rng, label, fill)
	case clause != nil:
		if init := syntax.ChildByField(clause, "initializer"); init != nil {
			l.stmt(init)
		}
		head := l.NewBlock(fmt.Sprintf("loop head line %d", ln))
		l.Jump(head)
		l.Cur = head
		cont := &ir.Block{Note: fmt.Sprintf("loop update line %d", ln)}
		l.loop(cont, l.Block(), n, label, func() {
			fill()
			l.Place(cont)
			if up := syntax.ChildByField(clause, "update"); up != nil {
				l.stmt(up)
			}
			l.Jump(head)
		}, syntax.ChildByField(clause, "condition"))
	case condN != nil:
		head := l.NewBlock(fmt.Sprintf("loop head line %d", ln))
		l.Jump(head)
		l.Cur = head
		l.loop(head, head, n, label, fill, condN)
	default:
		// for { ... }: only break (or return) leaves it
		head := l.NewBlock(fmt.Sprintf("loop head line %d", ln))
		l.Jump(head)
		after := &ir.Block{Note: fmt.Sprintf("after loop line %d", ln)}
		l.loops = append(l.loops, loopCtx{head: head, after: after, label: label, isLoop: true})
		l.Cur = head
		l.WithNote(fmt.Sprintf("in loop body of line %d", ln), fill)
		l.Jump(head)
		l.loops = l.loops[:len(l.loops)-1]
		l.Place(after)
	}
}

// rangeLoop lowers `for k, v := range x`: v is an element of x; k is an
// index or a map key, taken as clean (most ranges are over slices, whose
// indexes are numbers).
func (l *lowerer) rangeLoop(n, rng syntax.Node, label string, fill func()) {
	it := l.expr(syntax.ChildByField(rng, "right"))
	head := l.NewBlock(fmt.Sprintf("loop head line %d", irbuild.Line(n)))
	l.Jump(head)
	var vars []syntax.Node
	if left := syntax.ChildByField(rng, "left"); left != nil {
		vars = syntax.NamedChildren(left)
	}
	short := false
	for i := 0; i < rng.ChildCount(); i++ {
		if c := rng.Child(i); !c.IsNamed() && l.Text(c) == ":=" {
			short = true
		}
	}
	elem := ir.Operand{}
	if !it.IsConst() && it.Place.Base != "" {
		elem = ir.P(it.Place.Extend(ir.Elem{Kind: ir.AnyElem}))
	}
	l.loop(head, head, n, label, func() {
		for i, v := range vars {
			if short && v.Type() == "identifier" {
				l.declare(l.Text(v))
				l.setType(l.Text(v), "")
			}
			if i == 0 && len(vars) > 1 {
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(v)})
				l.assignTo(v, ir.P(t), rng)
				continue
			}
			if len(vars) == 1 && !isChannelish(it) {
				// `for i := range xs`: the index
				t := l.Temp()
				l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(v)})
				l.assignTo(v, ir.P(t), rng)
				continue
			}
			l.assignTo(v, elem, rng)
		}
		fill()
	}, nil)
}

// isChannelish: a one-variable range over a channel yields its elements;
// the front end cannot tell a channel from a slice, so a name ending in ch
// or chan (or a receive-only expression) is taken as one.
func isChannelish(o ir.Operand) bool {
	b := strings.ToLower(o.Place.Key())
	return strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "chan") || strings.HasSuffix(b, "channel")
}

// switchStmt lowers expression and type switches: the cases are tested in
// order (a case with several values tests each), the default runs when
// none matches, a case body ends by leaving the switch unless it ends with
// fallthrough (then the next case's body runs).
func (l *lowerer) switchStmt(n syntax.Node) {
	label := l.takeLabel()
	ln := irbuild.Line(n)
	if init := syntax.ChildByField(n, "initializer"); init != nil {
		l.stmt(init)
	}
	typeSwitch := n.Type() == "type_switch_statement"
	var subj ir.Operand
	hasSubj := false
	if v := syntax.ChildByField(n, "value"); v != nil {
		subj = l.expr(v)
		hasSubj = true
	}
	var alias syntax.Node
	if a := syntax.ChildByField(n, "alias"); a != nil {
		if kids := syntax.NamedChildren(a); len(kids) == 1 {
			alias = kids[0]
		}
	}
	after := &ir.Block{Note: fmt.Sprintf("after switch line %d", ln)}
	var cases []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		switch c.Type() {
		case "expression_case", "type_case", "default_case":
			cases = append(cases, c)
		}
	}
	bodies := make([]*ir.Block, len(cases))
	for i, c := range cases {
		bodies[i] = &ir.Block{Note: fmt.Sprintf("case line %d", irbuild.Line(c))}
	}
	// the tests, in order; default last
	dflt := -1
	for i, c := range cases {
		if c.Type() == "default_case" {
			dflt = i
			continue
		}
		var vals []syntax.Node
		if typeSwitch {
			vals = syntax.ChildrenByField(c, "type")
		} else if v := syntax.ChildByField(c, "value"); v != nil {
			vals = syntax.NamedChildren(v)
		}
		if len(vals) == 0 {
			vals = []syntax.Node{nil}
		}
		for _, v := range vals {
			var cond *ir.Operand
			if !typeSwitch && v != nil {
				o := l.expr(v)
				if hasSubj {
					t := l.Temp()
					l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: "==", Args: []ir.Operand{subj, o}, Span: l.Span(v)})
					o = ir.P(t)
				}
				cond = &o
			}
			yes, no := l.Branch(cond, fmt.Sprintf("case test line %d", irbuild.Line(c)), fmt.Sprintf("next case line %d", irbuild.Line(c)))
			l.Cur = yes
			l.Jump(bodies[i])
			l.Cur = no
		}
	}
	if dflt >= 0 {
		l.Jump(bodies[dflt])
	} else {
		l.Jump(after)
	}
	l.loops = append(l.loops, loopCtx{head: after, after: after, label: label})
	for i, c := range cases {
		l.Cur = nil
		l.Place(bodies[i])
		kind := "case"
		if c.Type() == "default_case" {
			kind = "default case"
		}
		falls := false
		l.WithNote(fmt.Sprintf("in %s of line %d", kind, irbuild.Line(c)), func() {
			if alias != nil && hasSubj {
				l.declare(l.Text(alias))
				typ := ""
				if typeSwitch {
					if ts := syntax.ChildrenByField(c, "type"); len(ts) == 1 {
						typ = l.typeOf(ts[0])
					}
				}
				l.setType(l.Text(alias), typ)
				l.assignTo(alias, subj, c)
			}
			for _, s := range syntax.NamedChildren(c) {
				if s.FieldName() == "value" || s.FieldName() == "type" {
					continue
				}
				if s.Type() == "fallthrough_statement" {
					falls = true
					continue
				}
				l.stmt(s)
			}
		})
		if falls && i+1 < len(cases) {
			l.Jump(bodies[i+1])
		} else {
			l.Jump(after)
		}
	}
	l.loops = l.loops[:len(l.loops)-1]
	l.Place(after)
}

// selectStmt lowers select: any one case may run (a chain of unknown
// branches); a receive case assigns the channel's element.
func (l *lowerer) selectStmt(n syntax.Node) {
	label := l.takeLabel()
	ln := irbuild.Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after select line %d", ln)}
	var cases []syntax.Node
	for _, c := range syntax.NamedChildren(n) {
		if c.Type() == "communication_case" || c.Type() == "default_case" {
			cases = append(cases, c)
		}
	}
	l.loops = append(l.loops, loopCtx{head: after, after: after, label: label})
	for i, c := range cases {
		body := l.Block()
		var next *ir.Block
		if i < len(cases)-1 {
			var yes *ir.Block
			yes, next = l.Branch(nil, fmt.Sprintf("select case line %d", irbuild.Line(c)), fmt.Sprintf("other case line %d", irbuild.Line(c)))
			body = yes
		}
		l.Cur = body
		l.WithNote(fmt.Sprintf("in select case of line %d", irbuild.Line(c)), func() {
			for _, s := range syntax.NamedChildren(c) {
				if s.FieldName() == "communication" && s.Type() == "receive_statement" {
					l.receive(s)
					continue
				}
				l.stmt(s)
			}
		})
		l.Jump(after)
		l.Cur = next
	}
	l.loops = l.loops[:len(l.loops)-1]
	l.Place(after)
}

// receive lowers `v := <-ch` / `v, ok = <-ch` in a select case.
func (l *lowerer) receive(n syntax.Node) {
	right := syntax.ChildByField(n, "right")
	v := l.expr(right)
	left := syntax.ChildByField(n, "left")
	if left == nil {
		return
	}
	short := false
	for i := 0; i < n.ChildCount(); i++ {
		if c := n.Child(i); !c.IsNamed() && l.Text(c) == ":=" {
			short = true
		}
	}
	for i, x := range syntax.NamedChildren(left) {
		if short && x.Type() == "identifier" {
			l.declare(l.Text(x))
			l.setType(l.Text(x), "")
		}
		if i > 0 {
			t := l.Temp()
			l.Emit(&ir.Instr{Op: ir.Opaque, Dst: &t, Span: l.Span(x)})
			l.assignTo(x, ir.P(t), n)
			continue
		}
		l.assignTo(x, v, n)
	}
}

// ---- functions ---------------------------------------------------------------

func (l *lowerer) funcDecl(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	f := l.function(n, name, nil)
	if name != "" {
		dst := ir.Place{Base: name}
		l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(n)})
	}
}

// methodDecl lowers a method: Class is the receiver's type name, Recv the
// receiver's name as the body uses it.
func (l *lowerer) methodDecl(n syntax.Node) {
	name := ""
	if nm := syntax.ChildByField(n, "name"); nm != nil {
		name = l.Text(nm)
	}
	f := l.function(n, name, syntax.ChildByField(n, "receiver"))
	dst := ir.Place{Base: name}
	if f.Class != "" {
		dst.Base = f.Class + "." + name
	}
	l.Emit(&ir.Instr{Op: ir.MakeFunc, Dst: &dst, Func: f, Span: l.Span(n)})
}

// params returns a parameter list's declarations: name, declaration text
// and type node (unnamed parameters get no name).
func (l *lowerer) params(list syntax.Node) (names []string, decls []string, spans []ir.Span, types []syntax.Node) {
	if list == nil {
		return
	}
	for _, p := range syntax.NamedChildren(list) {
		if p.Type() != "parameter_declaration" && p.Type() != "variadic_parameter_declaration" {
			continue
		}
		typ := syntax.ChildByField(p, "type")
		tt := ""
		if typ != nil {
			tt = strings.Join(strings.Fields(l.Text(typ)), " ")
		}
		ns := syntax.ChildrenByField(p, "name")
		if len(ns) == 0 {
			names, decls, spans, types = append(names, ""), append(decls, tt), append(spans, l.Span(p)), append(types, typ)
			continue
		}
		for _, nm := range ns {
			d := l.Text(nm) + " " + tt
			if p.Type() == "variadic_parameter_declaration" {
				d = l.Text(nm) + " ..." + tt
			}
			names, decls, spans, types = append(names, l.Text(nm)), append(decls, d), append(spans, l.Span(nm)), append(types, typ)
		}
	}
	return
}

// function lowers a function declaration, method or function literal
// into a new Func (recv: a method's receiver list).
func (l *lowerer) function(n syntax.Node, name string, recv syntax.Node) *ir.Func {
	f := &ir.Func{Name: name, Span: l.Span(n)}
	parent := l.Fn
	// a function literal sees its parent's typed names (closures); every
	// function sees the typed package variables
	if parent != nil && parent != l.Mod.Top && parent.Types != nil {
		f.Types = map[string]string{}
		for k, v := range parent.Types {
			f.Types[k] = v
		}
	} else if len(l.globals) > 0 {
		f.Types = map[string]string{}
		for k, v := range l.globals {
			f.Types[k] = v
		}
	}
	locals := map[string]bool{}
	if parent != nil && parent != l.Mod.Top {
		for k := range l.locals {
			locals[k] = true
		}
	}
	bind := func(nm, typ string) {
		if nm == "" || nm == "_" {
			return
		}
		locals[nm] = true
		if typ != "" {
			if f.Types == nil {
				f.Types = map[string]string{}
			}
			f.Types[nm] = typ
		} else if f.Types != nil {
			delete(f.Types, nm)
		}
	}
	if recv != nil {
		names, _, _, types := l.params(recv)
		if len(names) > 0 {
			f.Recv = names[0]
			f.Class = baseTypeName(l, types[0])
			bind(names[0], "")
		}
	}
	names, decls, spans, types := l.params(syntax.ChildByField(n, "parameters"))
	for i, nm := range names {
		if nm == "" {
			nm = "$p" + strconv.Itoa(i)
		}
		f.Params = append(f.Params, ir.Param{Name: nm, Decl: decls[i], Span: spans[i]})
		bind(nm, l.typeOf(types[i]))
	}
	var results []string
	if res := syntax.ChildByField(n, "result"); res != nil && res.Type() == "parameter_list" {
		rn, _, _, rt := l.params(res)
		for i, nm := range rn {
			if nm != "" && nm != "_" {
				results = append(results, nm)
				bind(nm, l.typeOf(rt[i]))
			}
		}
	}
	if parent != nil {
		parent.Children = append(parent.Children, f)
	}
	l.Mod.Funcs = append(l.Mod.Funcs, f)
	body := syntax.ChildByField(n, "body")
	l.body(f, locals, func() {
		l.results = results
		for _, r := range results {
			// named results start as zero values
			dst := ir.Place{Base: r}
			l.Emit(&ir.Instr{Op: ir.Build, Dst: &dst, Span: l.Span(n)})
		}
		if body != nil {
			l.stmts(body)
		}
	})
	return f
}

// baseTypeName is a receiver type's name without pointer or type parameters.
func baseTypeName(l *lowerer, t syntax.Node) string {
	for t != nil {
		switch t.Type() {
		case "pointer_type", "parenthesized_type":
			kids := syntax.NamedChildren(t)
			if len(kids) != 1 {
				return ""
			}
			t = kids[0]
		case "generic_type":
			t = syntax.ChildByField(t, "type")
		case "type_identifier":
			return l.Text(t)
		default:
			return ""
		}
	}
	return ""
}

// nilParse lowers `net.ParseIP(x) == nil` (and `!=`) as a test of x: the
// parse fails (nil) exactly where x is no address, so the test is x
// compared with nil the other way round, which proves x clean where the
// address parsed.
func (l *lowerer) nilParse(n syntax.Node) (ir.Operand, bool) {
	if n == nil || n.Type() != "binary_expression" {
		return ir.Operand{}, false
	}
	op := syntax.ChildByField(n, "operator")
	a, b := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
	if op == nil || a == nil || b == nil || (l.Text(op) != "==" && l.Text(op) != "!=") {
		return ir.Operand{}, false
	}
	if a.Type() == "nil" || l.Text(a) == "nil" {
		a, b = b, a
	}
	if l.Text(b) != "nil" || a.Type() != "call_expression" {
		return ir.Operand{}, false
	}
	fn, args := syntax.ChildByField(a, "function"), syntax.ChildByField(a, "arguments")
	if fn == nil || args == nil || fn.Type() != "selector_expression" {
		return ir.Operand{}, false
	}
	pkg := syntax.ChildByField(fn, "operand")
	if pkg == nil || pkg.Type() != "identifier" || !l.isPackage(l.Text(pkg)) {
		return ir.Operand{}, false
	}
	switch l.Mod.Imports[l.Text(pkg)] + "." + l.Text(syntax.ChildByField(fn, "field")) {
	case "net.ParseIP":
	default:
		return ir.Operand{}, false
	}
	av := syntax.NamedChildren(args)
	if len(av) != 1 || av[0].Type() != "identifier" {
		return ir.Operand{}, false
	}
	l.expr(a)
	sub := "=="
	if l.Text(op) == "==" {
		sub = "!="
	}
	t := l.Temp()
	l.Emit(&ir.Instr{Op: ir.Compare, Dst: &t, Sub: sub, Args: []ir.Operand{ir.P(ir.Place{Base: l.Text(av[0])}), ir.C(ir.Const{Kind: ir.Null})}, Span: l.Span(n)})
	return ir.P(t), true
}

// collectGetters finds the file's trivial getters: methods without
// parameters whose body is `return recv.field`. A name declared by any
// other method of the file (another type's, not trivial) is left out.
func (l *lowerer) collectGetters(root syntax.Node) {
	l.getters = map[string]string{}
	for _, n := range syntax.NamedChildren(root) {
		if n.Type() != "method_declaration" {
			continue
		}
		nm := syntax.ChildByField(n, "name")
		if nm == nil {
			continue
		}
		name, field := l.Text(nm), l.getterField(n)
		if old, seen := l.getters[name]; seen && old != field {
			field = ""
		}
		l.getters[name] = field
	}
}

// getterField returns the receiver field a method returns as its only
// statement, or "".
func (l *lowerer) getterField(n syntax.Node) string {
	recv, params, body := syntax.ChildByField(n, "receiver"), syntax.ChildByField(n, "parameters"), syntax.ChildByField(n, "body")
	if recv == nil || body == nil || params != nil && len(syntax.NamedChildren(params)) > 0 {
		return ""
	}
	rs := syntax.NamedChildren(recv)
	if len(rs) != 1 {
		return ""
	}
	rn := syntax.ChildByField(rs[0], "name")
	stmts := syntax.NamedChildren(body)
	if rn == nil || len(stmts) != 1 || stmts[0].Type() != "return_statement" {
		return ""
	}
	ret := syntax.NamedChildren(stmts[0])
	if len(ret) != 1 || ret[0].Type() != "expression_list" {
		if len(ret) != 1 || ret[0].Type() != "selector_expression" {
			return ""
		}
	} else if ret = syntax.NamedChildren(ret[0]); len(ret) != 1 {
		return ""
	}
	sel := ret[0]
	if sel.Type() != "selector_expression" {
		return ""
	}
	op, f := syntax.ChildByField(sel, "operand"), syntax.ChildByField(sel, "field")
	if op == nil || f == nil || op.Type() != "identifier" || l.Text(op) != l.Text(rn) {
		return ""
	}
	return l.Text(f)
}
