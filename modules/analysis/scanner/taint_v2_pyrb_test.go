package scanner

import "testing"

// TestJinjaEnvironmentInField is the Jinja2 case the front end does not
// follow: an unescaped Environment made at module level, passed to a
// service's constructor and kept in a field (`self.env = env`). Naming
// `self.env.get_template(...).render` as an unescaped render needs the
// field's value across the constructor call (receiver-field facts), which
// lang/python/jinja.go does not have: it only knows names bound in the
// file to an environment or template. And the view returns the method's
// result, not the render itself: the method's summary would have to say
// that it returns unescaped HTML for the view's return to be a sink.
func TestJinjaEnvironmentInField(t *testing.T) {
	t.Skip("needs constructor field facts (self.env = env with Renderer(environment)) and a summary saying page() returns unescaped HTML")
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	expectProbe(t, byID, "VGL-PY-XSS-001", "svc.py", `
from flask import Flask, request
from jinja2 import DictLoader, Environment

app = Flask(__name__)
environment = Environment(loader=DictLoader({"r.html": "<p>{{ text }}</p>"}))


class Renderer:
    def __init__(self, env):
        self.env = env

    def page(self, text):
        return self.env.get_template("r.html").render(text=text)


renderer = Renderer(environment)


@app.route("/r")
def r():
    return renderer.page(request.args.get("t", ""))  # want
`)
}
