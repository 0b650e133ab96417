package templates

import (
	"path"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/ident"
)

// Express views (EJS, Pug, Handlebars) print what the code hands to
// `res.render(view, locals)`. A variable printed unescaped is a weakness
// only when some render of the view can give it data that is not a
// constant. renderLocals finds every render of a view in the scan's
// JavaScript and TypeScript sources and says whether each gives a printed
// name a constant: a literal, or a parameter of a named helper around the
// render (`function responseError(res, code, msg) { res.render('error',
// {code, msg}) }`) whose every call passes a literal there. Anything it
// cannot see through keeps the finding: no render found, a render whose
// view or locals are not literal (`res.render(view, data)`), a local the
// render does not set (middleware may fill it through res.locals), a
// spread, a helper passed around as a value, a parameter reassigned or
// shadowed, or the view included by another template.

// renderedBy says which syntaxes are rendered by Express-style
// `res.render` calls from JavaScript.
var renderedBy = map[string]bool{"VGL-TPL-EJS-001": true, "VGL-TPL-PUG-001": true, "VGL-TPL-HBS-001": true}

// jsExt names the sources read for render calls.
var jsExt = []string{".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"}

// maxSource bounds the sources read (bundles and minified files render no views).
const maxSource = 512 << 10

// renderCallRe finds a call of render or renderFile; group 1 is the
// receiver's last name (res, app, ejs, md, ...).
var renderCallRe = regexp.MustCompile(`(?:([A-Za-z_$][\w$]*)\s*(?:\([^()]*\))?\s*\.\s*)?\brender(?:File)?\s*\(`)

// viewReceiver names receivers whose render call draws a view: a dynamic
// view name there may be any template.
var viewReceiver = regexp.MustCompile(`^(?:res|response|resp|app|reply|ctx|router|ejs|pug|jade|hbs|handlebars|status)$`)

// includeRe finds a template including another (`include('x')`,
// `include x`, `{{> x}}`): the included view sees the includer's locals.
var includeRe = regexp.MustCompile(`(?:\binclude\s*\(?\s*['"]?|\{\{>\s*)([\w./-]+)`)

// literalJS matches a JavaScript constant: a string without substitutions,
// a number, true/false/null/undefined.
var literalJS = regexp.MustCompile(`^(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + "`[^`$]*`" + `|-?\d+(?:\.\d+)?|true|false|null|undefined)$`)

// funcDeclRe finds named functions: declarations, function expressions and
// arrow functions bound to a name. Groups: name, parameters (1,2 or 3,4 or 5,6).
var funcDeclRe = regexp.MustCompile(`\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(([^()]*)\)\s*\{|([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?function\s*\*?\s*[\w$]*\s*\(([^()]*)\)\s*\{|([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?\(([^()]*)\)\s*=>\s*\{`)

// innerParamsRe finds the parameter lists of nested functions.
var innerParamsRe = regexp.MustCompile(`\bfunction\s*\*?\s*[\w$]*\s*\(([^()]*)\)|\(([^()]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>`)

// sources is the scan's JavaScript, read once when first needed.
type sources struct {
	files  []scanner.File
	loaded bool
	texts  []string
	tpls   map[string]string // template path → text, same syntaxes
}

func (s *sources) load() {
	if s.loaded {
		return
	}
	s.loaded = true
	s.tpls = map[string]string{}
	for _, f := range s.files {
		if f.Size > maxSource {
			continue
		}
		l := strings.ToLower(f.Path)
		isJS := false
		for _, e := range jsExt {
			if strings.HasSuffix(l, e) && !strings.HasSuffix(l, ".min.js") && !strings.HasSuffix(l, ".d.ts") {
				isJS = true
			}
		}
		syn := syntaxFor(f.Path)
		if !isJS && (syn == nil || !renderedBy[syn.id]) {
			continue
		}
		data, err := f.ReadFile()
		if err != nil {
			continue
		}
		if isJS {
			s.texts = append(s.texts, string(data))
		} else {
			s.tpls[f.Path] = string(data)
		}
	}
}

// viewKey is a view name or path without extension and leading `./`,
// `../` or `/` segments.
func viewKey(name string) string {
	name = strings.TrimSpace(name)
	for {
		switch {
		case strings.HasPrefix(name, "./"):
			name = name[2:]
		case strings.HasPrefix(name, "../"):
			name = name[3:]
		case strings.HasPrefix(name, "/"):
			name = name[1:]
		default:
			if e := path.Ext(name); e != "" && len(e) <= 10 {
				name = strings.TrimSuffix(name, e)
			}
			return name
		}
	}
}

// namesView says whether a view name given to render (or include) names
// the template at tplPath.
func namesView(name, tplPath string) bool {
	k := viewKey(name)
	if k == "" {
		return false
	}
	p := tplPath
	if e := path.Ext(p); e != "" {
		p = strings.TrimSuffix(p, e)
	}
	return p == k || strings.HasSuffix(p, "/"+k)
}

// renderLocals reports whether every render of the template at tplPath
// (at least one) gives each of names a constant.
func (s *sources) renderLocals(tplPath string, names []string) bool {
	s.load()
	// included by another template: it prints the includer's locals
	for p, text := range s.tpls {
		if p == tplPath {
			continue
		}
		for _, m := range includeRe.FindAllStringSubmatch(text, -1) {
			if namesView(m[1], tplPath) {
				return false
			}
		}
	}
	found := 0
	for _, text := range s.texts {
		for _, m := range renderCallRe.FindAllStringSubmatchIndex(text, -1) {
			recv := ""
			if m[2] >= 0 {
				recv = text[m[2]:m[3]]
			}
			args, ok := callArgs(text, m[1])
			if !ok {
				if viewReceiver.MatchString(recv) {
					return false
				}
				continue
			}
			if len(args) == 0 {
				continue
			}
			view, isLit := unquote(args[0])
			if !isLit {
				// a view chosen at run time may be this one
				if viewReceiver.MatchString(recv) && len(args) > 1 {
					return false
				}
				continue
			}
			if !namesView(view, tplPath) {
				continue
			}
			found++
			if len(args) < 2 {
				return false // locals from res.locals / app.locals only
			}
			for _, n := range names {
				if !s.constantLocal(text, m[0], args[1], n) {
					return false
				}
			}
		}
	}
	return found > 0
}

// constantLocal says whether the locals object literal obj, given to a
// render call at byte at of text, sets name to a constant.
func (s *sources) constantLocal(text string, at int, obj, name string) bool {
	obj = strings.TrimSpace(obj)
	if !strings.HasPrefix(obj, "{") || !strings.HasSuffix(obj, "}") {
		return false
	}
	var value string
	set := false
	for _, e := range splitTop(obj[1 : len(obj)-1]) {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if strings.HasPrefix(e, "...") {
			return false
		}
		k, v, ok := strings.Cut(e, ":")
		k = strings.Trim(strings.TrimSpace(k), `'"`)
		if !ok {
			v = k // shorthand `{ code }`
		}
		if k == name {
			value, set = strings.TrimSpace(v), true
		}
	}
	if !set {
		return false
	}
	if literalJS.MatchString(value) {
		return true
	}
	if !ident.IsJS(value) {
		return false
	}
	fn, idx := s.paramOf(text, at, value)
	if fn == "" {
		return false
	}
	return s.callersPassConstants(fn, idx)
}

// paramOf finds the innermost named function around byte at of text and,
// when ident is its parameter idx (not reassigned in its body nor shadowed
// by a nested function's parameter before at), returns its name.
func (s *sources) paramOf(text string, at int, ident string) (string, int) {
	best, bestStart, bestEnd, bestIdx := "", -1, -1, -1
	for _, m := range funcDeclRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] >= at {
			break
		}
		var name, params string
		for g := 1; g <= 5; g += 2 {
			if m[2*g] >= 0 {
				name, params = text[m[2*g]:m[2*g+1]], text[m[2*g+2]:m[2*g+3]]
				break
			}
		}
		open := m[1] - 1 // the body's `{`
		end := matchBrace(text, open)
		if end < at {
			continue
		}
		idx := -1
		for i, p := range strings.Split(params, ",") {
			p = strings.TrimSpace(p)
			if j := strings.IndexAny(p, "=:"); j >= 0 {
				p = strings.TrimSpace(p[:j]) // a default or a type
			}
			if p == ident {
				idx = i
			}
		}
		// later starts that still hold at are nested deeper
		best, bestStart, bestEnd, bestIdx = name, open, end, idx
	}
	if best == "" || bestIdx < 0 {
		return "", 0
	}
	body := text[bestStart:bestEnd]
	if regexp.MustCompile(`(?:^|[^\w$.])` + regexp.QuoteMeta(ident) + `\s*(?:[-+*/|&]|\?\?)?=[^=>]`).MatchString(body) {
		return "", 0
	}
	for _, m := range innerParamsRe.FindAllStringSubmatch(text[bestStart:at], -1) {
		for _, g := range m[1:] {
			for _, p := range strings.Split(g, ",") {
				if strings.TrimSpace(strings.SplitN(p, "=", 2)[0]) == ident {
					return "", 0
				}
			}
		}
	}
	return best, bestIdx
}

// callersPassConstants says whether fn is only called (never passed
// around as a value) and every call gives its parameter idx a literal.
func (s *sources) callersPassConstants(fn string, idx int) bool {
	q := regexp.QuoteMeta(fn)
	useRe := regexp.MustCompile(`(?:^|[^\w$])` + q + `\b`)
	declRe := regexp.MustCompile(`(?:\bfunction\s*\*?\s*|(?:\bconst|\blet|\bvar)\s+)$`)
	exportRe := regexp.MustCompile(`(?:\bexports\s*\.\s*` + q + `\s*=\s*|\bexports\s*\.\s*)$`)
	calls := 0
	for _, text := range s.texts {
		for _, m := range useRe.FindAllStringIndex(text, -1) {
			start := m[1] - len(fn)
			before, after := text[:start], text[m[1]:]
			rest := strings.TrimLeft(after, " \t")
			switch {
			case declRe.MatchString(before):
				continue // its definition
			case exportRe.MatchString(before):
				continue // exports.fn = fn
			case strings.HasPrefix(rest, "("):
				args, ok := callArgs(text, m[1]+len(after)-len(rest)+1)
				if !ok || idx >= len(args) {
					return false
				}
				if _, lit := unquote(args[idx]); !lit && !literalJS.MatchString(strings.TrimSpace(args[idx])) {
					return false
				}
				calls++
			case bindingList(before, rest):
				continue // `const { fn } = require(...)`, `module.exports = { fn }`
			default:
				return false // passed around as a value: called with anything
			}
		}
	}
	return calls > 0
}

// bindingList says whether a name sits, unrenamed, in a destructuring or
// export list: `{ a, fn } = require(`, `import { fn } from`,
// `module.exports = { fn, b }`.
func bindingList(before, after string) bool {
	b := strings.TrimRight(before, " \t\n")
	a := strings.TrimLeft(after, " \t\n")
	if !(strings.HasSuffix(b, "{") || strings.HasSuffix(b, ",")) || !(strings.HasPrefix(a, ",") || strings.HasPrefix(a, "}")) {
		return false
	}
	open := strings.LastIndexByte(b, '{')
	if open < 0 {
		return false
	}
	head := strings.TrimRight(b[:open], " \t\n")
	if strings.HasSuffix(head, "import") || regexp.MustCompile(`(?:module\.)?exports\s*=$`).MatchString(head) {
		return true
	}
	close := strings.IndexByte(a, '}')
	return close >= 0 && regexp.MustCompile(`^\}\s*=\s*require\s*\(`).MatchString(a[close:])
}

// unquote returns the text of a JavaScript string literal without
// substitutions.
func unquote(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"' || s[0] == '`') && s[len(s)-1] == s[0] && !strings.Contains(s, "${") {
		return s[1 : len(s)-1], true
	}
	return "", false
}

// callArgs splits the arguments of a call whose `(` is just before byte
// open of text, at top-level commas.
func callArgs(text string, open int) ([]string, bool) {
	end := matchClose(text, open-1, '(', ')')
	if end < 0 {
		return nil, false
	}
	inner := strings.TrimSpace(text[open:end])
	if inner == "" {
		return nil, true
	}
	return splitTop(inner), true
}

// splitTop splits s at commas outside brackets, strings and comments.
func splitTop(s string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"', '`':
			i = skipString(s, i)
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[last:i])
				last = i + 1
			}
		}
	}
	return append(out, s[last:])
}

// skipString returns the index of the quote closing the string opened at i.
func skipString(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j
		}
	}
	return len(s)
}

// matchBrace returns the index of the `}` closing the `{` at open, or -1.
func matchBrace(text string, open int) int { return matchClose(text, open, '{', '}') }

// matchClose returns the index of the bracket closing the one at open,
// skipping strings and comments, or -1.
func matchClose(text string, open int, o, c byte) int {
	depth := 0
	for i := open; i < len(text); i++ {
		switch ch := text[i]; {
		case ch == '\'' || ch == '"' || ch == '`':
			i = skipString(text, i)
		case ch == '/' && i+1 < len(text) && text[i+1] == '/':
			if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
				i += j
			} else {
				return -1
			}
		case ch == '/' && i+1 < len(text) && text[i+1] == '*':
			if j := strings.Index(text[i+2:], "*/"); j >= 0 {
				i += j + 3
			} else {
				return -1
			}
		case ch == o:
			depth++
		case ch == c:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
