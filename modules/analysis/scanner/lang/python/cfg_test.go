package python

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
)

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"straight line", "def f(a):\n    b = a\n    return b\n", "0:1 1:"},
		{"if/else joins", "def f(a):\n    if a:\n        b = 1\n    else:\n        b = 2\n    return b\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"if/elif/else", "def f(a):\n    if a:\n        b = 1\n    elif a > 2:\n        b = 2\n    else:\n        b = 3\n",
			"0:c1,2 1:5 2:c3,4 3:5 4:5 5:6 6:"},
		{"early return skips the join", "def f(a):\n    if a:\n        return 1\n    return 2\n",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"for loop with back edge and break", "def f(xs):\n    for x in xs:\n        if x:\n            break\n    return x\n",
			"0:1 1:?2,3 2:c4,5 3:7 4:7 5:6 6:1 7:8 8:"},
		{"while loop", "def f(a):\n    while a > 0:\n        a = a - 1\n    return a\n",
			"0:1 1:c2,3 2:1 3:4 4:5 5:"},
		{"try/except: every try block may raise into the handler", "def f(a):\n    try:\n        b = g(a)\n    except E:\n        b = 0\n    return b\n",
			"0:1 1:?3,2 2:3 3:4 4:"},
		{"short-circuit or", "def f(a):\n    b = a or 'x'\n    return b\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"conditional expression", "def f(a, c):\n    return a if c else 'x'\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"comprehension is a loop", "def f(xs):\n    return [x for x in xs if x]\n",
			"0:1 1:?2,3 2:c4,5 3:6 4:1 5:1 6:7 7:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := lower(t, tc.src)
			f := irtest.FuncNamed(m, "f")
			if f == nil {
				t.Fatal("no function f")
			}
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
		})
	}
}

// TestLowerClosures: nested defs and lambdas are functions of their own,
// bound where they are defined.
func TestLowerClosures(t *testing.T) {
	m := lower(t, "def outer(a):\n    def inner(b):\n        return a + b\n    g = lambda y: y\n    return inner\n")
	outer := irtest.FuncNamed(m, "outer")
	if outer == nil || len(outer.Children) != 2 {
		t.Fatalf("outer should have 2 nested functions: %+v", outer)
	}
	if outer.Children[0].Name != "inner" || outer.Children[1].Name != "" {
		t.Errorf("children %q %q", outer.Children[0].Name, outer.Children[1].Name)
	}
	d := ir.Dump(outer)
	if !strings.Contains(d, "inner = func inner") {
		t.Errorf("no binding of inner:\n%s", d)
	}
	if got := outer.Children[1].Params; len(got) != 1 || got[0].Name != "y" {
		t.Errorf("lambda params %+v", got)
	}
}

// TestLowerNames: imports and aliases resolve to canonical symbols.
func TestLowerNames(t *testing.T) {
	src := `import subprocess as sp
import os.path
from os import system as run, popen
from flask import request as req
from . import helpers
def f():
    sp.run(x)
    run(x)
    popen(x)
    os.path.join(a)
    helpers.go()
    local()
    req.args.get("q")
`
	m := lower(t, src)
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				got = append(got, in.Text+"="+in.Callee)
			}
		}
	}
	want := []string{"sp.run=subprocess.run", "run=os.system", "popen=os.popen", "os.path.join=os.path.join",
		"helpers.go=.helpers.go", "local=local", "req.args.get=flask.request.args.get"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("callees\n got %v\nwant %v", got, want)
	}
}

// TestLowerAccessPaths: fields, constant keys and unknown elements.
func TestLowerAccessPaths(t *testing.T) {
	m := lower(t, "def f(a, k):\n    a.b.c = 1\n    a['q'] = 2\n    a[k] = 3\n    a[0].x = 4\n    a.b.c.d.e = 5\n")
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Assign && in.Dst != nil {
				got = append(got, in.Dst.Key())
			}
		}
	}
	want := `a.b.c a["q"] a[*] a[0].x a.b.c.d`
	if strings.Join(got, " ") != want {
		t.Errorf("places %q, want %q (paths cut at depth %d)", strings.Join(got, " "), want, ir.MaxPath)
	}
}

// TestLowerBadInput: syntax errors are skipped, never fatal.
func TestLowerBadInput(t *testing.T) {
	for _, src := range []string{"def f(:\n  x = = 1\n", "(((((", "\xff\xfe", "if x:\nelse:\n", "lambda: (yield)"} {
		m := lower(t, src)
		if m.Top == nil {
			t.Errorf("%q: no module function", src)
		}
	}
}

// TestLowerNoReturn: abort() and sys.exit() end their path.
func TestLowerNoReturn(t *testing.T) {
	m := lower(t, "import sys\nfrom flask import abort\ndef f(a):\n    if a:\n        abort(400)\n    if not a:\n        sys.exit(1)\n    return a\n")
	if got, want := irtest.Shape(irtest.FuncNamed(m, "f")), "0:c1,2 1:7 2:3 3:c4,5 4:7 5:6 6:7 7:"; got != want {
		t.Errorf("shape %s, want %s\n%s", got, want, ir.Dump(irtest.FuncNamed(m, "f")))
	}
}
