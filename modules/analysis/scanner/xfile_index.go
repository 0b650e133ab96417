package scanner

import (
	"bytes"
	"path"
	"regexp"
	"strings"
	"sync"
)

// Cross-file taint, part 1: while files are scanned one by one, each file of
// a language with module rules we understand leaves a small record of what
// it imports (and, for Go, which functions it defines and which names it
// calls). Part 2 (xfile.go) resolves those records once the walk is over.
// The records are extracted from the source text with a few anchored
// regular expressions, so they cost nothing when a file imports nothing.

// xfileIndex is filled by the scan's workers; the zero value is ready.
type xfileIndex struct {
	mu    sync.Mutex
	files map[string]*xfileInfo
}

// xfileInfo is what one file contributes to cross-file resolution.
type xfileInfo struct {
	path, lang string
	imports    []ximport
	// Go: top-level function names (defs) and called names not defined in
	// the file, bare ("F") or qualified by an import ("pkg.F"); Java: calls
	// on a class name ("Helper.run").
	defs  []string
	calls []string
	// Go only: import alias -> import path
	goImports map[string]string
	// Go only: the names of the methods the file declares
	goMethods []string
	// Java, PHP and Ruby: variable (or field) name -> the class its
	// declaration or construction names ("" when two disagree); calls on
	// them resolve to the class's file once classes are known
	vars map[string]string
	// PHP and Ruby: the classes (PHP: namespace-qualified, Ruby: as
	// written) and modules the file declares; PHP: its namespace, `use`
	// aliases (alias -> qualified class) and included files (paths as
	// written, relative to the file or a parent directory)
	classes  []string
	ns       string
	uses     map[string]string
	includes []string
	// Python and JavaScript: module specs whose every export this module
	// re-exports (`export * from './a'`); named re-exports (`export { f }
	// from './a'`, `from .a import f` in __init__.py) are imports
	stars []string
	// Python: top-level function -> the class whose new object every
	// `return Cls(...)` of it returns (a factory; "" when two differ), and
	// name (or self.name) -> the function whose result the file assigns
	// to it (`repo = get_repo()`); buildResolvers binds calls on such a
	// name to the class's module (pyFactoryVars)
	returns    map[string]string
	factoryOut map[string]string
	// what the per-file pass learnt of each taint rule (x* flags), by rule id
	rules map[string]uint8
}

// What the per-file pass records of a taint rule on a file.
const (
	xNoSource uint8 = 1 << iota // no source keyword of the rule: not run (sinks unknown)
	xNoSink                     // sources but no sink call: not run
	xRan                        // the rule ran
	xFacts                      // ... and a function's parameters reach a sink or it returns source data
)

func xFactsIf(b bool) uint8 {
	if b {
		return xFacts
	}
	return 0
}

// note records what the per-file pass learnt of a taint rule on a file
// (ignored for files of other languages).
func (x *xfileIndex) note(rel, ruleID string, st uint8) {
	x.mu.Lock()
	if info := x.files[rel]; info != nil {
		if info.rules == nil {
			info.rules = map[string]uint8{}
		}
		info.rules[ruleID] |= st
	}
	x.mu.Unlock()
}

// ximport binds a callee text to a function of another module.
type ximport struct {
	local  string // callee text ("f"), or callee prefix ("u.") when prefix
	prefix bool   // local is a prefix: the function is the rest of the callee
	spec   string // module: Python dotted name (leading dots: relative), JS relative path, Java path suffix
	name   string // function name in the module (exact bindings only)
}

// xfileLangs are the languages whose imports are resolved across files.
var xfileLangs = map[string]bool{"python": true, "javascript": true, "typescript": true, "tsx": true, "go": true, "java": true, "php": true, "ruby": true}

func (x *xfileIndex) collect(rel, lang string, src []byte) {
	if !xfileLangs[lang] {
		return
	}
	info := &xfileInfo{path: rel, lang: lang}
	switch lang {
	case "python":
		info.imports = pyImports(src)
		if len(info.imports) > 0 {
			inst := instanceImports(info.imports, append(lineSubmatches(pyInstanceRe, src, hasAssignCall), pyTypedDecls(src)...))
			bound := map[string]bool{}
			for _, im := range inst {
				bound[im.local] = true
			}
			for _, im := range inst {
				if !strings.HasPrefix(im.local, "self.") && !bound["self."+im.local] {
					// a class attribute (`store = Store("/srv")` in a
					// class body) is read as self.store in its methods
					inst = append(inst, ximport{local: "self." + im.local, prefix: true, spec: im.spec})
				}
			}
			info.imports = append(info.imports, inst...)
		}
		info.defs = topDefs(lineSubmatches(pyDefRe, src, startsWithWord))
		pyFactories(info, src)
	case "javascript", "typescript", "tsx":
		info.imports = jsImports(src)
		re, stars := jsReexports(src)
		info.imports = append(info.imports, re...)
		info.stars = stars
		if len(info.imports) > 0 && bytes.Contains(src, []byte("new")) { // every match holds `new`
			info.imports = append(info.imports, instanceImports(info.imports, jsInstanceRe.FindAllSubmatch(src, -1))...)
		}
		if lang != "javascript" && len(info.imports) > 0 && bytes.IndexByte(src, ':') >= 0 {
			info.imports = append(info.imports, instanceImports(info.imports, tsTypedDecls(src))...)
		}
		info.defs = topDefs(lineStartSubmatches(jsDefAt, src, startsWithJSDefWord))
	case "java":
		info.imports = javaImports(src)
		seen := map[string]bool{}
		for _, m := range javaStaticCallRe.FindAllSubmatch(src, -1) {
			if c := string(m[1]); !seen[c] {
				seen[c] = true
				info.calls = append(info.calls, c)
			}
		}
		javaVars(info, src, seen)
	case "go":
		goExtract(info, src)
	case "php":
		phpExtract(info, src)
	case "ruby":
		rubyExtract(info, src)
	}
	x.mu.Lock()
	if x.files == nil {
		x.files = map[string]*xfileInfo{}
	}
	x.files[rel] = info
	x.mu.Unlock()
}

var (
	pyFromRe   = regexp.MustCompile(`(?m)^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)`)
	pyImportRe = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+([^\n#;]+)`)
	identRe    = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)
)

// splitAs splits "a as b" (or "a: b" for JS destructuring) into name and local name.
func splitAs(s, sep string) (string, string) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, sep); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
	}
	return s, s
}

// chainedCall reports whether src calls a method on the result of a call
// of name: `name(...).m`, the parentheses closed on the same line or
// within a few lines.
func chainedCall(src []byte, name string) bool {
	pat := []byte(name + "(")
	for off := 0; ; {
		i := bytes.Index(src[off:], pat)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(pat)
		if i > 0 && (isIdentByte(src[i-1]) || src[i-1] == '.') {
			continue
		}
		depth := 0
		for k := i + len(name); k < len(src) && k < i+len(name)+2000; k++ {
			switch src[k] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					if k+1 < len(src) && src[k+1] == '.' {
						return true
					}
					k = len(src)
				}
			}
		}
	}
}

func pyImports(src []byte) []ximport {
	if !bytes.Contains(src, []byte("import")) {
		return nil
	}
	stmts := importStmts(src, "import")
	var out []ximport
	for _, m := range pyFromRe.FindAllSubmatch(stmts, -1) {
		spec := string(m[1])
		if spec == "__future__" {
			continue
		}
		names := strings.NewReplacer("(", "", ")", "", "\\", "", "\n", " ").Replace(string(m[2]))
		for _, part := range strings.Split(names, ",") {
			name, local := splitAs(part, " as ")
			if !identRe.MatchString(name) || !identRe.MatchString(local) {
				continue
			}
			sub := spec + "." + name
			if strings.HasSuffix(spec, ".") {
				sub = spec + name
			}
			// `from m import f` binds f; `from pkg import mod` binds mod.g()
			out = append(out, ximport{local: local, spec: spec, name: name},
				ximport{local: local + ".", prefix: true, spec: sub})
			if c := local[0]; c >= 'A' && c <= 'Z' && chainedCall(src, local) {
				// `from m import Cls`: Cls(args).m() is a method of m
				// (taint_v2.go's External asks for it as `Cls().m`)
				out = append(out, ximport{local: local + "().", prefix: true, spec: spec})
			}
		}
	}
	for _, m := range pyImportRe.FindAllSubmatch(stmts, -1) {
		for _, part := range strings.Split(string(m[1]), ",") {
			mod, local := splitAs(part, " as ")
			if mod == "" || strings.Trim(mod, "._") == "" || !identRe.MatchString(strings.ReplaceAll(mod, ".", "_")) {
				continue
			}
			out = append(out, ximport{local: local + ".", prefix: true, spec: mod})
		}
	}
	return out
}

var (
	jsImportRe  = regexp.MustCompile(`import\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*['"](\.{1,2}/[^'"]*)['"]`)
	jsRequireRe = regexp.MustCompile(`(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})\s*=\s*require\(\s*['"](\.{1,2}/[^'"]*)['"]\s*\)`)
)

func jsImports(src []byte) []ximport {
	if !bytes.Contains(src, []byte("./")) {
		return nil
	}
	var out []ximport
	named := func(list, sep, spec string) {
		for _, part := range strings.Split(list, ",") {
			name, local := splitAs(strings.TrimPrefix(strings.TrimSpace(part), "type "), sep)
			if identRe.MatchString(name) && identRe.MatchString(local) {
				out = append(out, ximport{local: local, spec: spec, name: name})
			}
		}
	}
	for _, m := range jsImportRe.FindAllSubmatch(src, -1) {
		spec := string(m[4])
		if len(m[2]) > 0 {
			named(string(m[2]), " as ", spec)
		}
		if len(m[3]) > 0 {
			out = append(out, ximport{local: string(m[3]) + ".", prefix: true, spec: spec})
		}
		if len(m[1]) > 0 {
			// default import: its methods (`d.f()`) when the module exports an object
			out = append(out, ximport{local: string(m[1]) + ".", prefix: true, spec: spec})
		}
	}
	if !bytes.Contains(src, []byte("require(")) { // every match holds `require(`
		return out
	}
	for _, m := range jsRequireRe.FindAllSubmatch(src, -1) {
		spec := string(m[3])
		if len(m[1]) > 0 {
			out = append(out, ximport{local: string(m[1]) + ".", prefix: true, spec: spec})
		} else {
			named(string(m[2]), ":", spec)
		}
	}
	return out
}

var (
	jsReexportRe     = regexp.MustCompile(`export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"](\.{1,2}/[^'"]*)['"]`)
	jsStarReexportRe = regexp.MustCompile(`export\s*\*\s*from\s*['"](\.{1,2}/[^'"]*)['"]`)
	// an instance of a class: `const s = new Service(`, `this.s = new m.Service(`
	jsInstanceRe = regexp.MustCompile(`(?:(?:const|let|var)\s+([\w$]+)|\bthis\.([\w$]+))\s*=\s*new\s+([\w$]+(?:\.[\w$]+)?)\s*\(`)
	// a TypeScript declaration typed with a class: a parameter or variable
	// (`service: AccountService,`), a parameter property or field
	// (`private readonly repo: Repo`)
	tsTypedRe = regexp.MustCompile(`(?:\b(?:private|protected|public|readonly)\s+(?:readonly\s+)?([\w$]+)|([\w$]+))\??\s*:\s*([A-Z][\w$]*)\s*[,)=;]`)
	// `repo: Repo = Depends(get_repo)`, `def f(repo: Optional[Repo])`: a
	// parameter or name annotated with a capitalised name
	pyTypedRe = regexp.MustCompile(`\b([a-z_]\w*)[ \t]*:[ \t]*(?:Optional\[)?((?:\w+\.)?[A-Z]\w*)\]?[ \t]*(?:=|,|\)|$)`)
	// `s = Service(`, `self.s = mod.Service(`: a call of a capitalised name
	pyInstanceRe = regexp.MustCompile(`(?m)^[ \t]*(?:(\w+)|self\.(\w+))[ \t]*(?::[^=\n]+)?=[ \t]*((?:\w+\.)?[A-Z]\w*)\(`)
	jsDefRe      = regexp.MustCompile(`(?m)^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s*([\w$]+)|class\s+([\w$]+)|(?:const|let|var)\s+([\w$]+)\s*=)`)
	pyDefRe      = regexp.MustCompile(`(?m)^(?:async[ \t]+)?(?:def|class)[ \t]+(\w+)|^(\w+)[ \t]*=`)
	// jsDefRe's \A-anchored twin, run at the line starts that begin with
	// one of jsDefWords (every match does)
	jsDefAt    = anchoredAtLine(`(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s*([\w$]+)|class\s+([\w$]+)|(?:const|let|var)\s+([\w$]+)\s*=)`)
	jsDefWords = [][]byte{[]byte("export"), []byte("default"), []byte("async"), []byte("function"), []byte("class"),
		[]byte("const"), []byte("let"), []byte("var")}
)

// jsReexports returns a module's named re-exports as imports (the name
// the module exports is bound to the other module's function) and the
// specs it re-exports whole.
func jsReexports(src []byte) ([]ximport, []string) {
	if !bytes.Contains(src, []byte("export")) {
		return nil, nil
	}
	var out []ximport
	for _, m := range jsReexportRe.FindAllSubmatch(src, -1) {
		for _, part := range strings.Split(string(m[1]), ",") {
			name, local := splitAs(strings.TrimPrefix(strings.TrimSpace(part), "type "), " as ")
			if identRe.MatchString(name) && identRe.MatchString(local) && name != "default" {
				out = append(out, ximport{local: local, spec: string(m[2]), name: name})
			}
		}
	}
	var stars []string
	for _, m := range jsStarReexportRe.FindAllSubmatch(src, -1) {
		stars = append(stars, string(m[1]))
	}
	return out, stars
}

// instanceImports binds the methods of instances of imported classes
// (`svc = Service(); svc.run(x)`) to the class's module: "svc." then
// resolves like a module prefix, and run to the module's method summary
// (summaries are by function name).
// matches are those of pyInstanceRe or jsInstanceRe in the file.
func instanceImports(imports []ximport, matches [][][]byte) []ximport {
	if len(imports) == 0 {
		return nil
	}
	var out []ximport
	seen := map[string]bool{}
	for _, m := range matches {
		local := string(m[1])
		if local == "" {
			if bytes.HasPrefix(bytes.TrimSpace(m[0]), []byte("self.")) {
				local = "self." + string(m[2])
			} else {
				local = "this." + string(m[2])
			}
		}
		ctor := string(m[3])
		spec := ""
		for _, im := range imports {
			switch {
			case !im.prefix && im.local == ctor:
				spec = im.spec // from m import Service / import { Service }
			case im.prefix && im.local == ctor+".":
				spec = im.spec // import Service from './m' (default export)
			case im.prefix && strings.Contains(ctor, ".") && im.local == ctor[:strings.IndexByte(ctor, '.')+1]:
				spec = im.spec // import m; m.Service()
			}
			if spec != "" {
				break
			}
		}
		if spec == "" || seen[local] {
			continue
		}
		seen[local] = true
		out = append(out, ximport{local: local + ".", prefix: true, spec: spec})
	}
	return out
}

var (
	pyFactoryDefRe = regexp.MustCompile(`^(?:async[ \t]+)?def[ \t]+(\w+)`)
	pyReturnNewRe  = regexp.MustCompile(`^[ \t]+return[ \t]+(?:\w+\.)?([A-Z]\w*)\(`)
	pyFactoryUseRe = regexp.MustCompile(`^[ \t]*(self\.\w+|\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:await[ \t]+)?([a-z_]\w*)\(`)
)

// pyFactories records a Python file's factories (top-level functions
// returning a new object of a named class: `def get_repo(): return
// Repo(SessionLocal())`) and the names it assigns a call's result to
// (`repo = get_repo()`), line by line.
func pyFactories(info *xfileInfo, src []byte) {
	if !bytes.Contains(src, []byte("return")) && !bytes.Contains(src, []byte("=")) {
		return
	}
	cur := ""
	note := func(m map[string]string, k, v string) map[string]string {
		if m == nil {
			m = map[string]string{}
		}
		if old, ok := m[k]; ok && old != v {
			v = ""
		}
		m[k] = v
		return m
	}
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if len(line) == 0 {
			continue
		}
		if c := line[0]; c != ' ' && c != '\t' && c != '#' && c != '\r' {
			cur = ""
			if m := pyFactoryDefRe.FindSubmatch(line); m != nil {
				cur = string(m[1])
			}
		}
		if cur != "" && bytes.Contains(line, []byte("return")) {
			if m := pyReturnNewRe.FindSubmatch(line); m != nil {
				info.returns = note(info.returns, cur, string(m[1]))
			}
		}
		if bytes.IndexByte(line, '=') >= 0 {
			if m := pyFactoryUseRe.FindSubmatch(line); m != nil {
				info.factoryOut = note(info.factoryOut, string(m[1]), string(m[2]))
			}
		}
	}
}

// pyTypedDecls lists Python annotated names as instanceImports reads
// them (name in group 1, class in group 3): a call on one resolves to the
// class's module when it is imported.
func pyTypedDecls(src []byte) [][][]byte {
	ms := lineSubmatches(pyTypedRe, src, func(line []byte) bool {
		i := bytes.IndexByte(line, ':')
		return i >= 0 && bytes.ContainsFunc(line[i:], func(r rune) bool { return r >= 'A' && r <= 'Z' })
	})
	for i, m := range ms {
		ms[i] = [][]byte{m[0], m[1], nil, m[2]}
	}
	return ms
}

// tsTypedDecls lists TypeScript declarations typed with a class as
// instanceImports reads them: a variable or parameter in group 1, a field
// or parameter property (`this.repo`) in group 2, the class in group 3; a
// call on one (`service.find(x)`, `this.repo.save(x)`) resolves to the
// class's module when it is imported.
func tsTypedDecls(src []byte) [][][]byte {
	ms := tsTypedRe.FindAllSubmatch(src, -1)
	for _, m := range ms {
		m[1], m[2] = m[2], m[1]
	}
	return ms
}

// topDefs lists the names a module defines at its top level, from the
// matches of pyDefRe or jsDefRe in the file.
func topDefs(matches [][][]byte) []string {
	var out []string
	for _, m := range matches {
		for _, g := range m[1:] {
			if len(g) > 0 {
				out = append(out, string(g))
			}
		}
	}
	return out
}

// javaStaticCallRe finds calls on a class name: Helper.run(
var javaStaticCallRe = regexp.MustCompile(`\b([A-Z][\w$]*\.[a-z_$][\w$]*)[ \t]*\(`)

var (
	// a typed declaration: a field, local or parameter (`private Repo repo;`,
	// `Repo repo = ...`, `(Repo repo,`), or `var repo = new Repo(`
	javaDeclRe   = regexp.MustCompile(`\b([A-Z][\w$]*)(?:<[^<>;(){}]*>)?[ \t]+([a-z_$][\w$]*)[ \t]*[=;,)]`)
	javaVarNewRe = regexp.MustCompile(`\bvar[ \t]+([a-z_$][\w$]*)[ \t]*=[ \t]*new[ \t]+([A-Z][\w$]*)[ \t]*[(<]`)
	// a call on a variable or field: repo.find(, this.repo.find(
	javaVarCallRe = regexp.MustCompile(`(?:\bthis\.)?\b([a-z_$][\w$]*)\.([a-z_$][\w$]*)[ \t]*\(`)
)

// javaVars records the declared class of the file's variables and fields
// and the calls made on them (`repo.find`, `this.repo.find`). A name
// declared with two classes in the file is left out.
func javaVars(info *xfileInfo, src []byte, seen map[string]bool) {
	info.vars = map[string]string{}
	bind := func(name, cls string) {
		if old, ok := info.vars[name]; ok && old != cls {
			info.vars[name] = ""
			return
		}
		info.vars[name] = cls
	}
	for _, m := range javaDeclRe.FindAllSubmatch(src, -1) {
		if javaNotTypes[string(m[2])] {
			continue
		}
		bind(string(m[2]), string(m[1]))
	}
	for _, m := range javaVarNewRe.FindAllSubmatch(src, -1) {
		bind(string(m[1]), string(m[2]))
	}
	for _, m := range javaVarCallRe.FindAllSubmatch(src, -1) {
		if info.vars[string(m[1])] == "" {
			continue
		}
		c := string(m[0][:bytes.IndexByte(m[0], '(')])
		c = strings.TrimRight(c, " \t")
		if !seen[c] {
			seen[c] = true
			info.calls = append(info.calls, c)
		}
	}
}

// javaNotTypes are words javaDeclRe may take for a variable name that are not.
var javaNotTypes = map[string]bool{"extends": true, "implements": true, "throws": true, "instanceof": true}

var javaImportRe = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+)[ \t]*;`)

func javaImports(src []byte) []ximport {
	var out []ximport
	for _, m := range javaImportRe.FindAllSubmatch(importStmts(src, "import"), -1) {
		q := string(m[2])
		i := strings.LastIndexByte(q, '.')
		if i < 0 {
			continue
		}
		if len(m[1]) > 0 { // import static a.b.C.m;
			cls, fn := q[:i], q[i+1:]
			out = append(out, ximport{local: fn, spec: strings.ReplaceAll(cls, ".", "/") + ".java", name: fn})
			continue
		}
		cls := q[i+1:]
		out = append(out, ximport{local: cls + ".", prefix: true, spec: strings.ReplaceAll(q, ".", "/") + ".java"})
	}
	return out
}

var (
	phpNamespaceRe = regexp.MustCompile(`(?m)^[ \t]*namespace[ \t]+\\?([\w\\]+)[ \t]*[;{]`)
	phpClassRe     = regexp.MustCompile(`(?m)^[ \t]*(?:(?:abstract|final|readonly)[ \t]+)*(?:class|trait|enum)[ \t]+(\w+)`)
	phpFuncRe      = regexp.MustCompile(`(?m)^function[ \t]+&?[ \t]*(\w+)[ \t]*\(`)
	phpUseRe       = regexp.MustCompile(`(?m)^[ \t]*use[ \t]+\\?([\w\\]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;`)
	// require 'x.php', include_once(__DIR__ . '/x.php'), require ROOT . 'x.php'
	phpIncludeRe = regexp.MustCompile(`\b(?:require|include)(?:_once)?[ \t]*\(?[ \t]*(?:[\w:]+(?:\(\))?[ \t]*\.[ \t]*)?['"]([^'"$\n]+\.php)['"]`)
	// $x = new Cls(, $this->x = new \Ns\Cls(
	phpNewRe = regexp.MustCompile(`\$(this->)?(\w+)[ \t]*=[ \t]*new[ \t]+\\?([A-Za-z_][\w\\]*)`)
	// a typed parameter or property: Cls $x, ?Cls $x, private Cls $x;
	phpTypedRe = regexp.MustCompile(`(?:[(,]|\b(?:private|protected|public|readonly|var))[ \t\n]*(?:(?:private|protected|public|readonly)[ \t]+)*\??\\?([A-Za-z_][\w\\]*)[ \t]+&?\$(\w+)[ \t\n]*[,)=;]`)
)

// phpExtract records a PHP file's namespace, classes, top-level functions,
// use aliases, includes, typed and constructed variables and the calls
// that may reach another file.
func phpExtract(info *xfileInfo, src []byte) {
	if m := phpNamespaceRe.FindSubmatch(importStmts(src, "namespace")); m != nil {
		info.ns = string(m[1])
	}
	decls := append(append(importStmts(src, "class"), importStmts(src, "trait")...), importStmts(src, "enum")...)
	for _, m := range phpClassRe.FindAllSubmatch(decls, -1) {
		c := string(m[1])
		if info.ns != "" {
			c = info.ns + "\\" + c
		}
		info.classes = append(info.classes, c)
	}
	funcs := importStmts(src, "function")
	for _, m := range phpFuncRe.FindAllSubmatch(funcs, -1) {
		info.defs = append(info.defs, string(m[1]))
	}
	info.uses = map[string]string{}
	for _, m := range phpUseRe.FindAllSubmatch(importStmts(src, "use"), -1) {
		q := string(m[1])
		alias := string(m[2])
		if alias == "" {
			alias = q[strings.LastIndexByte(q, '\\')+1:]
		}
		info.uses[alias] = q
	}
	for _, m := range phpIncludeRe.FindAllSubmatch(append(importStmts(src, "require"), importStmts(src, "include")...), -1) {
		info.includes = append(info.includes, string(m[1]))
	}
	info.vars = map[string]string{}
	bind := func(name, cls string) {
		if old, ok := info.vars[name]; ok && !strings.EqualFold(old, cls) {
			info.vars[name] = ""
			return
		}
		info.vars[name] = cls
	}
	for _, m := range phpNewRe.FindAllSubmatch(importStmts(src, "new"), -1) {
		if len(m[1]) > 0 {
			bind("$this->"+string(m[2]), string(m[3]))
		} else {
			bind("$"+string(m[2]), string(m[3]))
		}
	}
	typed := funcs
	for _, kw := range []string{"private", "protected", "public", "var"} {
		typed = append(typed, importStmts(src, kw)...)
	}
	for _, m := range phpTypedRe.FindAllSubmatch(typed, -1) {
		cls := string(m[1])
		if phpScalar[strings.ToLower(cls)] {
			continue
		}
		// a parameter, or a property (or a promoted constructor parameter)
		bind("$"+string(m[2]), cls)
		bind("$this->"+string(m[2]), cls)
	}
	seen := map[string]bool{}
	for _, c := range phpCalls(src) {
		if !seen[c] && !phpScalar[strings.ToLower(c)] {
			seen[c] = true
			info.calls = append(info.calls, c)
		}
	}
}

// phpCalls returns the callee texts of a PHP file's calls that may reach
// another file, as the front end writes them: `f`, `Cls::f`, `A\B::f`,
// `$x->f`, `$this->x->f` (a scan back from each opening parenthesis).
func phpCalls(src []byte) []string {
	isName := func(c byte) bool { return isIdentByte(c) || c >= 0x80 }
	back := func(end int, ok func(byte) bool) int {
		for end > 0 && ok(src[end-1]) {
			end--
		}
		return end
	}
	var out []string
	for i := bytes.IndexByte(src, '('); i >= 0; {
		e := i
		for e > 0 && (src[e-1] == ' ' || src[e-1] == '\t') {
			e--
		}
		s := back(e, isName)
		if s < e && !(src[s] >= '0' && src[s] <= '9') {
			name := string(src[s:e])
			switch {
			case s >= 2 && src[s-2] == '-' && src[s-1] == '>':
				os := back(s-2, isName)
				obj := string(src[os : s-2])
				switch {
				case os >= 1 && src[os-1] == '$' && obj != "this" && obj != "":
					out = append(out, "$"+obj+"->"+name)
				case os >= 7 && string(src[os-7:os]) == "$this->" && obj != "":
					out = append(out, "$this->"+obj+"->"+name)
				}
			case s >= 2 && src[s-2] == ':' && src[s-1] == ':':
				cs := back(s-2, func(c byte) bool { return isName(c) || c == '\\' })
				if cls := strings.TrimPrefix(string(src[cs:s-2]), "\\"); cls != "" && (cs == 0 || src[cs-1] != '$') {
					out = append(out, cls+"::"+name)
				}
			case s == 0 || src[s-1] != '$' && src[s-1] != '>' && src[s-1] != ':':
				out = append(out, name)
			}
		}
		n := bytes.IndexByte(src[i+1:], '(')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return out
}

// phpScalar are the type names and keywords the PHP patterns above take
// for classes or functions and are not.
var phpScalar = map[string]bool{"int": true, "string": true, "float": true, "bool": true, "array": true,
	"mixed": true, "object": true, "callable": true, "iterable": true, "self": true, "static": true,
	"parent": true, "null": true, "false": true, "true": true, "void": true, "if": true, "while": true,
	"for": true, "foreach": true, "switch": true, "function": true, "fn": true,
	"isset": true, "empty": true, "list": true, "echo": true, "print": true, "return": true, "match": true,
	"catch": true, "elseif": true, "and": true, "or": true, "new": true}

var (
	rbClassRe   = regexp.MustCompile(`(?m)^[ \t]*(?:class|module)[ \t]+((?:::)?[A-Z]\w*(?:::[A-Z]\w*)*)`)
	rbDefRe     = regexp.MustCompile(`(?m)^[ \t]*def[ \t]+(?:self\.)?([a-z_]\w*[?!]?)`)
	rbIncludeRe = regexp.MustCompile(`(?m)^[ \t]*(?:include|extend)[ \t]+([A-Z][\w:]*)[ \t]*(?:#.*)?$`)
	// x = Cls.new, @x = Cls.new(...), @x ||= Cls.new
	rbNewRe = regexp.MustCompile(`(@?[a-z_]\w*)[ \t]*(?:\|\|)?=[ \t]*((?:::)?[A-Z][\w:]*)\.new\b`)
	// x = User.find(id).decorate (Draper): an instance of UserDecorator
	rbDecorateRe = regexp.MustCompile(`(@?[a-z_]\w*)[ \t]*(?:\|\|)?=[ \t]*((?:::)?[A-Z][\w:]*)(?:\.[a-z_]\w*[!?]?(?:\([^()\n]*\))?)*\.decorate\b`)
)

// rubyExtract records a Ruby file's classes and modules, methods, mixins
// (include/extend), variables holding new instances, and calls on classes
// and variables.
func rubyExtract(info *xfileInfo, src []byte) {
	for _, m := range rbClassRe.FindAllSubmatch(append(importStmts(src, "class"), importStmts(src, "module")...), -1) {
		info.classes = append(info.classes, strings.TrimPrefix(string(m[1]), "::"))
	}
	for _, m := range rbDefRe.FindAllSubmatch(importStmts(src, "def"), -1) {
		info.defs = append(info.defs, string(m[1]))
	}
	for _, m := range rbIncludeRe.FindAllSubmatch(append(importStmts(src, "include"), importStmts(src, "extend")...), -1) {
		info.includes = append(info.includes, strings.TrimPrefix(string(m[1]), "::"))
	}
	info.vars = map[string]string{}
	for _, m := range rbNewRe.FindAllSubmatch(importStmts(src, ".new"), -1) {
		name, cls := string(m[1]), strings.TrimPrefix(string(m[2]), "::")
		if old, ok := info.vars[name]; ok && old != cls {
			info.vars[name] = ""
			continue
		}
		info.vars[name] = cls
	}
	for _, m := range rbDecorateRe.FindAllSubmatch(importStmts(src, ".decorate"), -1) {
		name, cls := string(m[1]), strings.TrimPrefix(string(m[2]), "::")+"Decorator"
		if old, ok := info.vars[name]; ok && old != cls {
			info.vars[name] = ""
			continue
		}
		info.vars[name] = cls
	}
	seen := map[string]bool{}
	for _, c := range rubyCalls(src) {
		if !seen[c] {
			seen[c] = true
			info.calls = append(info.calls, c)
		}
	}
}

// rbClassCall returns "Cls" when the dot at i follows `Cls.method`
// (`Cls.method(...)` only, when parens is set), else "".
func rbClassCall(src []byte, i int, method string, parens bool) string {
	j := i
	if j > 0 && src[j-1] == ')' {
		if j = rbOpenParen(src, j-1); j < 0 {
			return ""
		}
	} else if parens {
		return ""
	}
	dot := "." + method
	if j < len(dot) || string(src[j-len(dot):j]) != dot {
		return ""
	}
	e := j - len(dot)
	s := e
	for s > 0 && (isIdentByte(src[s-1]) || src[s-1] == ':') {
		s--
	}
	if b := strings.TrimLeft(string(src[s:e]), ":"); b == "" || b[0] < 'A' || b[0] > 'Z' || s > 0 && src[s-1] == '.' {
		return ""
	}
	return string(src[s:e])
}

// rbOpenParen returns the index of the '(' that the ')' at close
// matches, walking back, or -1.
func rbOpenParen(src []byte, close int) int {
	depth := 0
	for j := close; j >= 0; j-- {
		if src[j] == ')' {
			depth++
		} else if src[j] == '(' {
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
}

// rbRelationMethods are the Active Record query methods that return a
// relation of the model given arguments; a call without arguments in a
// chain (Cls.published, Cls.all) is taken as a scope.
var rbRelationMethods = map[string]bool{"where": true, "not": true, "rewhere": true, "order": true, "reorder": true,
	"limit": true, "offset": true, "includes": true, "preload": true, "eager_load": true, "joins": true,
	"left_joins": true, "left_outer_joins": true, "distinct": true, "select": true, "group": true, "having": true,
	"unscope": true, "references": true, "merge": true, "excluding": true, "without": true, "in_order_of": true}

// rbRelationClass returns the class a head such as `Cls.where(x)` or
// `Cls.published` (a callee before its method) is a relation of, else "".
func rbRelationClass(head string) string {
	root := rbChainRoot([]byte(head+"."), len(head))
	if i := strings.LastIndexByte(root, '.'); i > 0 {
		return root[:i]
	}
	return ""
}

// rbChainRoot returns "Cls.first" when the dot at i ends a chain of
// method calls made on a class or module, `Cls.first(...).second...` (not
// on Cls.new: a new object), else "".
func rbChainRoot(src []byte, i int) string {
	j, first, n := i, "", 0
	for {
		args := j > 0 && src[j-1] == ')'
		if args {
			if j = rbOpenParen(src, j-1); j < 0 {
				return ""
			}
		}
		e := j
		if e > 0 && (src[e-1] == '?' || src[e-1] == '!') {
			j--
		}
		for j > 0 && isIdentByte(src[j-1]) {
			j--
		}
		if j == e {
			return ""
		}
		if j == 0 || src[j-1] != '.' {
			// the root: a constant, A::B or ::A
			for j > 0 && (isIdentByte(src[j-1]) || src[j-1] == ':') {
				j--
			}
			b := strings.TrimLeft(string(src[j:e]), ":")
			if n == 0 || b == "" || b[0] < 'A' || b[0] > 'Z' || j > 0 && (src[j-1] == '.' || src[j-1] == '@') {
				return ""
			}
			return string(src[j:e]) + "." + first
		}
		seg := string(src[j:e])
		if seg[0] < 'a' && seg[0] != '_' || seg[0] > 'z' || seg == "new" || args && !rbRelationMethods[seg] {
			// a call given arguments other than a query method's
			// (Cls.new(a), Cache.set(k, v)) is not a relation
			return ""
		}
		first, n = seg, n+1
		j--
	}
}

// rubyCalls returns the callee texts of a Ruby file's calls on a class or
// module (`Cls.m`, `A::B.m`) or a variable (`x.m`, `@x.m`) given
// arguments (in parentheses or after a space), found from each dot.
func rubyCalls(src []byte) []string {
	var out []string
	for i := bytes.IndexByte(src, '.'); i >= 0; {
		e := i + 1
		for e < len(src) && isIdentByte(src[e]) {
			e++
		}
		if e < len(src) && (src[e] == '?' || src[e] == '!') {
			e++
		}
		args := e < len(src) && src[e] == '('
		if !args && e+1 < len(src) && (src[e] == ' ' || src[e] == '\t') {
			c := src[e+1]
			args = isIdentByte(c) || strings.IndexByte(`@:'"[{`, c) >= 0
		}
		if name := src[i+1 : e]; args && len(name) > 0 && (name[0] == '_' || name[0] >= 'a' && name[0] <= 'z') && string(name) != "new" {
			s := i
			for s > 0 && (isIdentByte(src[s-1]) || src[s-1] == ':') {
				s--
			}
			recv := string(src[s:i])
			b := strings.TrimLeft(recv, ":")
			job := ""
			if rubyJobEnqueue[string(name)] {
				job = rbClassCall(src, i, "set", true)
			}
			created := ""
			if job == "" {
				created = rbClassCall(src, i, "new", false)
			}
			chain := ""
			if job == "" && created == "" && (b == "" || s > 0 && src[s-1] == '.') {
				chain = rbChainRoot(src, i)
			}
			switch {
			case chain != "":
				// Cls.where(...).m(x), Cls.published.m(x): a scope or class
				// method on a relation of the class
				out = append(out, chain+"."+string(name))
			case job != "":
				// Cls.set(wait: 1.hour).perform_later(x): the job Cls
				out = append(out, job+"."+string(name))
			case created != "":
				// Cls.new.m(x), Cls.new(a).m(x): a method of a new object
				out = append(out, created+".new."+string(name))
			case b == "" || b[0] >= '0' && b[0] <= '9':
			case b[0] >= 'A' && b[0] <= 'Z':
				out = append(out, recv+"."+string(name))
			case !strings.Contains(recv, ":") && (s == 0 || src[s-1] != '.'):
				if s > 0 && src[s-1] == '@' && (s < 2 || src[s-2] != '@') {
					recv = "@" + recv
				}
				out = append(out, recv+"."+string(name))
			}
		}
		n := bytes.IndexByte(src[i+1:], '.')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return out
}

var (
	goFuncRe        = regexp.MustCompile(`(?m)^func[ \t]+([A-Za-z_]\w*)[ \t]*[\[(]`)
	goMethodRe      = regexp.MustCompile(`(?m)^func[ \t]*\([^()]*\)[ \t]*([A-Za-z_]\w*)[ \t]*[\[(]`)
	goImportBlockRe = regexp.MustCompile(`(?m)^import[ \t]*\(([^)]*)\)`)
	goImportLineRe  = regexp.MustCompile(`(?m)^(?:import)?[ \t]*([A-Za-z_]\w*|\.)?[ \t]*"([^"\n]+)"`)
	goImportOneRe   = regexp.MustCompile(`(?m)^import[ \t]+([A-Za-z_]\w*|\.)?[ \t]*"([^"\n]+)"`)
)

// goExtract records a Go file's functions, imports and called names.
func goExtract(info *xfileInfo, src []byte) {
	own := map[string]bool{}
	funcs := importStmts(src, "func")
	for _, m := range goFuncRe.FindAllSubmatch(funcs, -1) {
		own[string(m[1])] = true
		if !strings.HasSuffix(info.path, "_test.go") {
			info.defs = append(info.defs, string(m[1]))
		}
	}
	ownMethods := map[string]bool{}
	for _, m := range goMethodRe.FindAllSubmatch(funcs, -1) {
		ownMethods[string(m[1])] = true
		if !strings.HasSuffix(info.path, "_test.go") {
			info.goMethods = append(info.goMethods, string(m[1]))
		}
	}
	info.goImports = map[string]string{}
	add := func(alias, p string) {
		if alias == "_" || alias == "." {
			return
		}
		if alias == "" {
			alias = path.Base(p)
		}
		info.goImports[alias] = p
	}
	imports := importStmts(src, "import")
	for _, b := range goImportBlockRe.FindAllSubmatch(imports, -1) {
		for _, m := range goImportLineRe.FindAllSubmatch(b[1], -1) {
			add(string(m[1]), string(m[2]))
		}
	}
	for _, m := range goImportOneRe.FindAllSubmatch(imports, -1) {
		add(string(m[1]), string(m[2]))
	}
	seen := map[string]bool{}
	for i := 0; i < len(src); {
		c := src[i]
		if !isIdentStart(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(src) && isIdentByte(src[j]) {
			j++
		}
		name := src[i:j] // converted to a string only when kept
		k := j
		for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
		qualified := i > 0 && src[i-1] == '.'
		if k < len(src) && src[k] == '(' {
			if !qualified && !own[string(name)] && !seen[string(name)] && !goKeywords[string(name)] {
				seen[string(name)] = true
				info.calls = append(info.calls, string(name))
			}
			if qualified && !ownMethods[string(name)] && i > 1 && isIdentByte(src[i-2]) {
				// x.m( / x.f.m(: a method, maybe of the package's types
				// declared in another file (resolved by its name)
				q := ".." + string(name)
				if !seen[q] {
					seen[q] = true
					info.calls = append(info.calls, q)
				}
			}
		} else if k < len(src) && src[k] == '.' && !qualified && info.goImports[string(name)] != "" {
			// pkg.F( : keep when pkg is an import
			e := k + 1
			for e < len(src) && isIdentByte(src[e]) {
				e++
			}
			f := e
			for f < len(src) && (src[f] == ' ' || src[f] == '\t') {
				f++
			}
			if e > k+1 && f < len(src) && src[f] == '(' {
				q := string(name) + "." + string(src[k+1:e])
				if !seen[q] {
					seen[q] = true
					info.calls = append(info.calls, q)
				}
			}
		}
		i = j
	}
}

// goKeywords and builtins are never calls to a package's functions.
var goKeywords = map[string]bool{"func": true, "if": true, "for": true, "switch": true, "return": true,
	"make": true, "len": true, "cap": true, "append": true, "new": true, "panic": true, "copy": true,
	"delete": true, "string": true, "int": true, "byte": true, "error": true, "min": true, "max": true}

// importStmts returns the lines of src that contain kw (each with its line
// break, and for a parenthesised statement up to the closing parenthesis),
// so the anchored regular expressions above run over a few lines instead of
// the whole file.
func importStmts(src []byte, kw string) []byte {
	var out []byte
	k := []byte(kw)
	for off := 0; off < len(src); {
		i := bytes.Index(src[off:], k)
		if i < 0 {
			break
		}
		i += off
		ls := bytes.LastIndexByte(src[:i], '\n') + 1
		le := bytes.IndexByte(src[i:], '\n')
		if le < 0 {
			le = len(src)
		} else {
			le += i + 1
		}
		if p := bytes.IndexByte(src[i:le], '('); p >= 0 && bytes.IndexByte(src[i+p:le], ')') < 0 {
			if c := bytes.IndexByte(src[i+p:], ')'); c >= 0 {
				le = i + p + c + 1
				if n := bytes.IndexByte(src[le:], '\n'); n >= 0 {
					le += n + 1
				} else {
					le = len(src)
				}
			}
		}
		out = append(out, src[ls:le]...)
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		off = le
	}
	return out
}

// startsWithJSDefWord accepts the lines a match of jsDefRe can start:
// those starting with one of jsDefWords.
func startsWithJSDefWord(line []byte) bool {
	for _, w := range jsDefWords {
		if bytes.HasPrefix(line, w) {
			return true
		}
	}
	return false
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentByte(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

// lineSubmatches is re.FindAllSubmatch(src, -1) for a regex none of whose
// matches spans a line break ((?m)^ anchors, no class that holds \n), run
// only on the lines keep accepts: keep must accept every line a match can
// lie in. Python files are mostly lines no such regex can match, and the
// regex engine's cost is per byte searched.
func lineSubmatches(re *regexp.Regexp, src []byte, keep func(line []byte) bool) [][][]byte {
	var out [][][]byte
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if keep(line) {
			out = append(out, re.FindAllSubmatch(line, -1)...)
		}
	}
	return out
}

// hasAssignCall accepts the lines pyInstanceRe can match: an `=` and,
// after it, a `(`.
func hasAssignCall(line []byte) bool {
	i := bytes.IndexByte(line, '=')
	return i >= 0 && bytes.IndexByte(line[i:], '(') >= 0
}

// startsWithWord accepts the lines pyDefRe can match: a word character
// (\w: ASCII letter, digit or underscore) in the first column.
func startsWithWord(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	c := line[0]
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
