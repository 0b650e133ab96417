package python

import (
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/lang/internal/irbuild"
	"vigil/modules/analysis/scanner/syntax"
)

// Jinja2 outside Flask: jinja2.Environment and jinja2.Template do not
// escape unless asked (autoescape=True or select_autoescape(...)), so a
// value rendered into them is printed as HTML. Flask's render_template
// turns escaping on; a bare Environment does not. The file's names bound
// to such an environment or template (`env = Environment(loader=...)`,
// `tpl = env.from_string(src)`) are collected before lowering; a
// `.render(...)` on one of them is named jinjaUnescapedRender (its result
// is HTML holding its values as they are: a Flask view that returns it
// sends it, and Response / HttpResponse sinks see it as before), one on an
// escaping environment jinjaEscapedRender (an XSS sanitiser of the flask
// pack). A name bound twice is unescaped only if every binding is.
// Environments kept in fields (`self.env = env`) are not followed.

// jinjaUnescapedRender and jinjaEscapedRender are the callees given to
// render calls of an environment or template that does not (does) escape.
const (
	jinjaUnescapedRender = "jinja2.Template.render_unescaped"
	jinjaEscapedRender   = "jinja2.Template.render_escaped"
)

// collectJinja records the names bound to unescaped Jinja2 environments
// and templates (l.jinja: name -> unescaped).
func (l *lowerer) collectJinja(n syntax.Node, depth int) {
	if depth > 60 {
		return
	}
	if n.Type() == "assignment" {
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
		if left != nil && right != nil && left.Type() == "identifier" && right.Type() == "call" {
			if u, ok := l.jinjaRender(syntax.ChildByField(right, "function")); ok && u {
				if l.jinjaHTML == nil {
					l.jinjaHTML = map[string]bool{}
				}
				l.jinjaHTML[l.Text(left)] = true
			}
		}
		if left != nil && right != nil && left.Type() == "identifier" {
			if u, ok := l.jinjaObject(right); ok {
				name := l.Text(left)
				if l.jinja == nil {
					l.jinja = map[string]bool{}
				}
				if prev, seen := l.jinja[name]; seen {
					u = u && prev
				}
				l.jinja[name] = u
			}
		}
	}
	for _, c := range syntax.NamedChildren(n) {
		l.collectJinja(c, depth+1)
	}
}

// jinjaObject reports whether n makes a Jinja2 environment or template
// (ok) and whether it leaves output unescaped.
func (l *lowerer) jinjaObject(n syntax.Node) (unescaped, ok bool) {
	if n.Type() != "call" {
		if n.Type() == "identifier" {
			u, ok := l.jinja[l.Text(n)]
			return u, ok
		}
		return false, false
	}
	fn, args := syntax.ChildByField(n, "function"), syntax.ChildByField(n, "arguments")
	if fn == nil {
		return false, false
	}
	switch Canonical(l.Mod.Imports, irbuild.NormText(l.Text(fn))) {
	case "jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment":
		return !l.autoescapes(args), true
	case "jinja2.Template":
		return !l.autoescapes(args) && !l.escapesOwnOutput(args), true
	}
	if fn.Type() == "attribute" {
		obj, attr := syntax.ChildByField(fn, "object"), syntax.ChildByField(fn, "attribute")
		if obj != nil && attr != nil {
			switch l.Text(attr) {
			case "from_string":
				u, ok := l.jinjaObject(obj)
				return u && !l.escapesOwnOutput(args), ok
			case "get_template", "select_template", "get_or_select_template":
				return l.jinjaObject(obj)
			}
		}
	}
	return false, false
}

// jinjaOutput finds a template's outputs; jinjaEscaped an output whose
// filters escape it or make it a number or JSON.
var (
	jinjaOutput  = regexp.MustCompile(`(?s)\{\{(.*?)\}\}`)
	jinjaEscaped = regexp.MustCompile(`\|\s*(?:e|escape|forceescape|int|float|tojson|length|count|urlencode)\b`)
)

// escapesOwnOutput reports whether a template given as a string literal
// escapes every value it prints itself (`{{ name|e }}`).
func (l *lowerer) escapesOwnOutput(args syntax.Node) bool {
	if args == nil {
		return false
	}
	kids := syntax.NamedChildren(args)
	if len(kids) == 0 || kids[0].Type() != "string" {
		return false
	}
	for _, m := range jinjaOutput.FindAllStringSubmatch(l.Text(kids[0]), -1) {
		if !jinjaEscaped.MatchString(m[1]) {
			return false
		}
	}
	return true
}

// autoescapes reports whether a constructor's arguments turn escaping on:
// an autoescape keyword other than a literal False or None.
func (l *lowerer) autoescapes(args syntax.Node) bool {
	if args == nil {
		return false
	}
	for _, a := range syntax.NamedChildren(args) {
		if a.Type() == "dictionary_splat" {
			return true // options from elsewhere: may turn it on
		}
		if a.Type() != "keyword_argument" {
			continue
		}
		name, val := syntax.ChildByField(a, "name"), syntax.ChildByField(a, "value")
		if name == nil || val == nil || l.Text(name) != "autoescape" {
			continue
		}
		v := strings.TrimSpace(l.Text(val))
		return v != "False" && v != "None" && v != "0"
	}
	return false
}

// jinjaRender reports whether a call's function is `.render` on a Jinja2
// template (ok) and whether its environment leaves output unescaped.
func (l *lowerer) jinjaRender(fn syntax.Node) (unescaped, ok bool) {
	if fn == nil || fn.Type() != "attribute" {
		return false, false
	}
	obj, attr := syntax.ChildByField(fn, "object"), syntax.ChildByField(fn, "attribute")
	if obj == nil || attr == nil {
		return false, false
	}
	switch l.Text(attr) {
	case "render", "render_async":
	default:
		return false, false
	}
	return l.jinjaObject(obj)
}

// renderedHTML reports whether a returned expression is the output of an
// unescaped Jinja2 render: the call itself or a name bound to one.
func (l *lowerer) renderedHTML(n syntax.Node) bool {
	switch n.Type() {
	case "identifier":
		return l.jinjaHTML[l.Text(n)]
	case "call":
		u, ok := l.jinjaRender(syntax.ChildByField(n, "function"))
		return ok && u
	}
	return false
}
