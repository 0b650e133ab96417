package python

import (
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
// `.render(...)` on one of them is renamed jinjaUnescapedRender, an XSS
// sink of the flask pack. A name bound twice is unescaped only if every
// binding is. Environments kept in fields (`self.env = env`) are not
// followed.

// jinjaUnescapedRender is the callee given to render calls of an
// environment or template that does not escape.
const jinjaUnescapedRender = "jinja2.Template.render_unescaped"

// collectJinja records the names bound to unescaped Jinja2 environments
// and templates (l.jinja: name -> unescaped).
func (l *lowerer) collectJinja(n syntax.Node, depth int) {
	if depth > 60 {
		return
	}
	if n.Type() == "assignment" {
		left, right := syntax.ChildByField(n, "left"), syntax.ChildByField(n, "right")
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
	case "jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment", "jinja2.Template":
		return !l.autoescapes(args), true
	}
	if fn.Type() == "attribute" {
		obj, attr := syntax.ChildByField(fn, "object"), syntax.ChildByField(fn, "attribute")
		if obj != nil && attr != nil {
			switch l.Text(attr) {
			case "get_template", "from_string", "select_template", "get_or_select_template":
				return l.jinjaObject(obj)
			}
		}
	}
	return false, false
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

// jinjaRender reports whether a call's function is `.render` on an
// unescaped Jinja2 environment's template or template.
func (l *lowerer) jinjaRender(fn syntax.Node) bool {
	if len(l.jinja) == 0 || fn == nil || fn.Type() != "attribute" {
		return false
	}
	obj, attr := syntax.ChildByField(fn, "object"), syntax.ChildByField(fn, "attribute")
	if obj == nil || attr == nil {
		return false
	}
	switch l.Text(attr) {
	case "render", "render_async":
	default:
		return false
	}
	u, ok := l.jinjaObject(obj)
	return ok && u
}
