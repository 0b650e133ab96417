package scanner

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/php"
)

// PHP view partials across files. A controller that includes a fixed
// .php file (`include 'views/profile.php'`) runs that file's top level
// with its own variables in scope. The PHP front end adds, after such an
// include, a call `<include>views/profile.php|a,b` given the includer's
// variables a, b (php.IncludePrefix). The cross-file pass resolves it to
// the included file's top level ("<module>"), analysed there with one
// parameter per variable the file names (sorted), and maps the
// summary's parameters to the call's arguments by name.

// phpTopLevel is the function name of a file's top level.
const phpTopLevel = "<module>"

// phpBindInclude binds the include calls of a file naming inc, resolved
// to file, to that file's top level when the file is a template (a
// library of functions is included for its functions only).
func (x *xstate) phpBindInclude(r *xresolver, inc, file string) {
	if x.phpTemplates == nil {
		x.phpTemplates = map[string]bool{}
	}
	tpl, seen := x.phpTemplates[file]
	if !seen {
		if src, err := fs.ReadFile(x.s.fsys, file); err == nil {
			tpl = phpTemplateRe.Match(src)
		}
		x.phpTemplates[file] = tpl
	}
	if tpl {
		r.exact[php.IncludePrefix+inc] = xtarget{file, phpTopLevel}
	}
}

// phpTemplateRe finds the markup of a PHP template: a short echo tag, or
// a tag or text after a closing tag.
var phpTemplateRe = regexp.MustCompile(`<\?=|\?>[ \t\r\n]*(?:<[A-Za-z!/]|[^<\s])`)

// phpIncludeKey returns the callee an include call resolves by (without
// the variable names), and whether callee is one.
func phpIncludeKey(callee string) (string, bool) {
	if !strings.HasPrefix(callee, php.IncludePrefix) {
		return "", false
	}
	if i := strings.IndexByte(callee, '|'); i >= 0 {
		return callee[:i], true
	}
	return callee, true
}

// phpIncludeParams gives the top level of a PHP file another file
// includes one parameter per variable it names (sorted) and records them.
func (x *xstate) phpIncludeParams(p string, tf *taintFile) {
	if x.files[p] == nil || x.files[p].lang != "php" || !x.wanted[p][phpTopLevel] {
		return
	}
	m := tf.module()
	if len(m.Top.Params) == 0 {
		for _, v := range topVars(m) {
			m.Top.Params = append(m.Top.Params, ir.Param{Name: v, Decl: "$" + v, Span: m.Top.Span})
		}
	}
	names := make([]string, len(m.Top.Params))
	for i, prm := range m.Top.Params {
		names[i] = prm.Name
	}
	x.incVars.Store(p, names)
}

// topVars returns the variables the top level of a module reads or
// writes, sorted: not the front end's temporaries, the superglobals or
// $this.
func topVars(m *ir.Module) []string {
	seen := map[string]bool{}
	add := func(p *ir.Place) {
		if p == nil || p.Base == "" || p.Base[0] == '$' || p.Base == "this" {
			return
		}
		if _, global := m.Imports[p.Base]; global {
			return
		}
		seen[p.Base] = true
	}
	for _, b := range m.Top.Blocks {
		for _, in := range b.Instrs {
			add(in.Dst)
			for i := range in.Args {
				add(&in.Args[i].Place)
			}
			for i := range in.Kwargs {
				add(&in.Kwargs[i].Val.Place)
			}
			if in.Recv != nil {
				add(&in.Recv.Place)
			}
		}
		if b.Cond != nil {
			add(&b.Cond.Place)
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

// phpIncludeSummary maps the summary of an included file's top level to
// the include call: argument i is the includer's variable named i-th in
// the callee, the parameter of the same name.
func (x *xstate) phpIncludeSummary(callee, file string, s *summary) *summary {
	_, names, ok := strings.Cut(callee, "|")
	v, known := x.incVars.Load(file)
	if !ok || !known {
		return nil
	}
	params := v.([]string)
	out := &summary{paramRet: map[int][]TraceStep{}, paramSink: map[int][]TraceStep{}}
	for i, n := range strings.Split(names, ",") {
		j, found := slices.BinarySearch(params, n)
		if !found {
			continue
		}
		if t, ok := s.paramSink[j]; ok {
			out.paramSink[i] = t
		}
	}
	return out
}

// phpIncludedAs starts the trace step of an include call as users read it.
const phpIncludedAs = "the included file "

// phpIncludeWording words the steps of an include call for people: the
// front end's pseudo-call "passed to <include>views/x.php|a,b()" reads
// "the included file views/x.php", and the included top level's
// parameter "parameter a of <module>()" reads "variable $a of the
// included file". Other messages are returned as they are.
func phpIncludeWording(msg, path string) string {
	if rest, ok := strings.CutPrefix(msg, "passed to "+php.IncludePrefix); ok {
		if i := strings.IndexByte(rest, '|'); i >= 0 {
			rest = rest[:i]
		}
		return phpIncludedAs + strings.TrimSuffix(rest, "()")
	}
	if strings.HasSuffix(msg, " of "+phpTopLevel+"()") && strings.HasSuffix(path, ".php") {
		if name, ok := strings.CutPrefix(strings.TrimSuffix(msg, " of "+phpTopLevel+"()"), "parameter "); ok {
			return "variable $" + name + " of the included file"
		}
	}
	return msg
}
