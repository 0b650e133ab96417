package python

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// calls lists "text=>callee args kwargs" for every call of the module.
func calls(m *ir.Module) []string {
	var out []string
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Op != ir.Call {
					continue
				}
				var args []string
				for _, a := range in.Args {
					args = append(args, a.String())
				}
				var kws []string
				for _, k := range in.Kwargs {
					kws = append(kws, k.Name)
				}
				out = append(out, in.Text+"=>"+in.Callee+" ("+strings.Join(args, ",")+") ["+strings.Join(kws, ",")+"]")
			}
		}
	}
	return out
}

func hasCall(all []string, prefix string) bool {
	for _, c := range all {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// TestReceiverTypes pins the callee of methods called on objects whose
// class the file shows.
func TestReceiverTypes(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // prefixes of calls(m) entries
		not       []string
	}{
		{"field from `or` in __init__",
			"import requests\nclass C:\n    def __init__(self, session=None):\n        self.session = session or requests.Session()\n    def f(self, u):\n        return self.session.post(u)\n",
			[]string{"self.session.post=>requests.Session.post"}, nil},
		{"field from an annotated parameter",
			"from sqlalchemy.orm import Session\nclass C:\n    def __init__(self, session: Session):\n        self.session = session\n    def f(self, q):\n        return self.session.execute(q)\n",
			[]string{"self.session.execute=>sqlalchemy.orm.Session.execute"}, nil},
		{"class attribute",
			"class Store:\n    pass\nclass V:\n    store = Store('/srv')\n    def get(self, n):\n        return self.store.read(n)\n",
			[]string{"self.store.read=>Store.read"}, nil},
		{"field with two types has none",
			"import requests, httpx\nclass C:\n    def __init__(self, a):\n        self.s = requests.Session()\n    def reset(self):\n        self.s = httpx.Client()\n    def f(self, u):\n        return self.s.get(u)\n",
			[]string{"self.s.get=>self.s.get"}, nil},
		{"local of a class",
			"class Helper:\n    pass\ndef f(x):\n    h = Helper(1)\n    return h.run(x)\n",
			[]string{"h.run=>Helper.run"}, nil},
		{"local reassigned to something else",
			"class Helper:\n    pass\ndef f(x, g):\n    h = Helper(1)\n    h = g()\n    return h.run(x)\n",
			[]string{"h.run=>h.run"}, nil},
		{"module-level instance, hidden by a parameter",
			"import httpx\nhttp = httpx.Client()\ndef f(u):\n    return http.get(u)\ndef g(http, u):\n    return http.put(u)\n",
			[]string{"http.get=>httpx.Client.get", "http.put=>http.put"}, nil},
		{"flask upload",
			"from flask import request\ndef f():\n    a = request.files['doc']\n    b = request.files.get('x')\n    a.save('p')\n    b.save('q')\n",
			[]string{"a.save=>werkzeug.datastructures.FileStorage.save", "b.save=>werkzeug.datastructures.FileStorage.save"}, nil},
		{"request.files of another module is not flask's",
			"def f(request):\n    a = request.files['doc']\n    a.save('p')\n",
			[]string{"a.save=>a.save"}, nil},
		{"field from the type the file's constructor calls pass",
			"import ldap3\nclass D:\n    def __init__(self, conn, base='o'):\n        self.conn = conn\n    def find(self, n):\n        return self.conn.search('o', n)\ndef view(q):\n    conn = ldap3.Connection(ldap3.Server('x'))\n    return D(conn).find(q)\n",
			[]string{"self.conn.search=>ldap3.Connection.search"}, nil},
		{"field from a keyword argument's type",
			"from ldap3 import Connection\nclass D:\n    def __init__(self, base, conn=None):\n        self.conn = conn\n    def find(self, n):\n        return self.conn.search('o', n)\nD('o', conn=Connection('s')).find('x')\n",
			[]string{"self.conn.search=>ldap3.Connection.search"}, nil},
		{"field from a parameter's default value",
			"import ldap3\nCONN = ldap3.Connection('s')\nclass D:\n    def __init__(self, conn=CONN):\n        self.conn = conn\n    def find(self, n):\n        return self.conn.search('o', n)\n",
			[]string{"self.conn.search=>ldap3.Connection.search"}, nil},
		{"calls passing two types give none",
			"import ldap3, httpx\nclass D:\n    def __init__(self, conn):\n        self.conn = conn\n    def find(self, n):\n        return self.conn.search('o', n)\nD(ldap3.Connection('s'))\nD(httpx.Client())\n",
			[]string{"self.conn.search=>self.conn.search"}, nil},
		{"lower-case calls make no type",
			"import sqlite3\ndef f(q):\n    c = sqlite3.connect('x')\n    return c.execute(q)\n",
			[]string{"c.execute=>c.execute"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := calls(lower(t, tc.src))
			for _, w := range tc.want {
				if !hasCall(got, w) {
					t.Errorf("no call %q in %q", w, got)
				}
			}
		})
	}
}

// TestKeywordsToPositions pins keyword arguments of calls of the file's
// functions, constructors and typed methods moved to their positions.
func TestKeywordsToPositions(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"constructor", "class Q:\n    def __init__(self, table, name):\n        pass\ndef f(x):\n    Q('t', name=x)\n",
			`Q=>Q ("t",x) []`},
		{"constructor, gap filled with None", "class Q:\n    def __init__(self, table, owner, name=None):\n        pass\ndef f(x):\n    Q('t', name=x)\n",
			`Q=>Q ("t",null,x) []`},
		{"function", "def run(a, b=1):\n    pass\ndef f(x):\n    run(b=x, a=2)\n",
			`run=>run (2,x) []`},
		{"unknown keyword stays", "def run(a, **kw):\n    pass\ndef f(x):\n    run(1, extra=x)\n",
			`run=>run (1) [extra]`},
		{"typed method", "class H:\n    def go(self, q, limit=5):\n        pass\ndef f(x):\n    h = H()\n    h.go(limit=3, q=x)\n",
			`h.go=>H.go (x,3) []`},
		{"library call keeps its keywords", "import subprocess\ndef f(x):\n    subprocess.run(x, shell=True)\n",
			`subprocess.run=>subprocess.run (x) [shell]`},
		{"a function defined twice is unknown", "def run(a, b):\n    pass\ndef run(b, a):\n    pass\ndef f(x):\n    run(a=x)\n",
			`run=>run () [a]`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := calls(lower(t, tc.src))
			if !hasCall(got, tc.want) {
				t.Errorf("no call %q in %q", tc.want, got)
			}
		})
	}
}

// TestPropertyReadIsCall pins the read of a @property of the file's
// classes as a call of its method.
func TestPropertyReadIsCall(t *testing.T) {
	src := "class Q:\n    def __init__(self, n):\n        self.n = n\n    @property\n    def sql(self):\n        return self.n\n    def run(self):\n        return self.sql\n    def plain(self):\n        return self.n\n" +
		"def f(x):\n    q = Q(x)\n    return q.sql, q.n\n"
	got := calls(lower(t, src))
	for _, w := range []string{"self.sql=>Q.sql (", "q.sql=>Q.sql ("} {
		if !hasCall(got, w) {
			t.Errorf("no call %q in %q", w, got)
		}
	}
	for _, bad := range []string{"self.n=>", "q.n=>"} {
		if hasCall(got, bad) {
			t.Errorf("field read %q lowered as a call: %q", bad, got)
		}
	}
}

// TestTypesHoldOnlyKnownTypes: f.Types (read by the engine for source
// places) names only locals of a known type.
func TestTypesHoldOnlyKnownTypes(t *testing.T) {
	m := lower(t, "import requests\ndef f(x):\n    s = requests.Session()\n    y = g(x)\n    h = requests.Session()\n    h = x\n    return s, y, h\n")
	for _, fn := range m.Funcs {
		if fn.Name != "f" {
			continue
		}
		if len(fn.Types) != 1 || fn.Types["s"] != "requests.Session" {
			t.Errorf("Types = %v, want only s", fn.Types)
		}
	}
}
