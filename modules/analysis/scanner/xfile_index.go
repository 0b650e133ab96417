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
}

// ximport binds a callee text to a function of another module.
type ximport struct {
	local  string // callee text ("f"), or callee prefix ("u.") when prefix
	prefix bool   // local is a prefix: the function is the rest of the callee
	spec   string // module: Python dotted name (leading dots: relative), JS relative path, Java path suffix
	name   string // function name in the module (exact bindings only)
}

// xfileLangs are the languages whose imports are resolved across files.
var xfileLangs = map[string]bool{"python": true, "javascript": true, "typescript": true, "tsx": true, "go": true, "java": true}

func (x *xfileIndex) collect(rel, lang string, src []byte) {
	if !xfileLangs[lang] {
		return
	}
	info := &xfileInfo{path: rel, lang: lang}
	switch lang {
	case "python":
		info.imports = pyImports(src)
	case "javascript", "typescript", "tsx":
		info.imports = jsImports(src)
	case "java":
		info.imports = javaImports(src)
		seen := map[string]bool{}
		for _, m := range javaStaticCallRe.FindAllSubmatch(src, -1) {
			if c := string(m[1]); !seen[c] {
				seen[c] = true
				info.calls = append(info.calls, c)
			}
		}
	case "go":
		goExtract(info, src)
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

func pyImports(src []byte) []ximport {
	if !bytes.Contains(src, []byte("import")) {
		return nil
	}
	var out []ximport
	for _, m := range pyFromRe.FindAllSubmatch(src, -1) {
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
		}
	}
	for _, m := range pyImportRe.FindAllSubmatch(src, -1) {
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

// javaStaticCallRe finds calls on a class name: Helper.run(
var javaStaticCallRe = regexp.MustCompile(`\b([A-Z][\w$]*\.[a-z_$][\w$]*)[ \t]*\(`)

var javaImportRe = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+)[ \t]*;`)

func javaImports(src []byte) []ximport {
	var out []ximport
	for _, m := range javaImportRe.FindAllSubmatch(src, -1) {
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
	goFuncRe        = regexp.MustCompile(`(?m)^func[ \t]+([A-Za-z_]\w*)[ \t]*[\[(]`)
	goImportBlockRe = regexp.MustCompile(`(?m)^import[ \t]*\(([^)]*)\)`)
	goImportLineRe  = regexp.MustCompile(`(?m)^(?:import)?[ \t]*([A-Za-z_]\w*|\.)?[ \t]*"([^"\n]+)"`)
	goImportOneRe   = regexp.MustCompile(`(?m)^import[ \t]+([A-Za-z_]\w*|\.)?[ \t]*"([^"\n]+)"`)
)

// goExtract records a Go file's functions, imports and called names.
func goExtract(info *xfileInfo, src []byte) {
	own := map[string]bool{}
	if !strings.HasSuffix(info.path, "_test.go") {
		for _, m := range goFuncRe.FindAllSubmatch(src, -1) {
			info.defs = append(info.defs, string(m[1]))
		}
	}
	for _, m := range goFuncRe.FindAllSubmatch(src, -1) {
		own[string(m[1])] = true
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
	for _, b := range goImportBlockRe.FindAllSubmatch(src, -1) {
		for _, m := range goImportLineRe.FindAllSubmatch(b[1], -1) {
			add(string(m[1]), string(m[2]))
		}
	}
	for _, m := range goImportOneRe.FindAllSubmatch(src, -1) {
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
		name := string(src[i:j])
		k := j
		for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
		qualified := i > 0 && src[i-1] == '.'
		if k < len(src) && src[k] == '(' {
			if !qualified && !own[name] && !seen[name] {
				seen[name] = true
				info.calls = append(info.calls, name)
			}
		} else if k < len(src) && src[k] == '.' && !qualified && info.goImports[name] != "" {
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
				q := name + "." + string(src[k+1:e])
				if !seen[q] {
					seen[q] = true
					info.calls = append(info.calls, q)
				}
			}
		}
		i = j
	}
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentByte(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }
