package golang

import (
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/golang"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t *testing.T, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(golang.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("f.go", tr, []byte(src))
}

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"straight line", "b := a\nreturn b", "0:1 1:"},
		{"if/else joins", "if a > 1 {\nb = 1\n} else {\nb = 2\n}\nreturn b",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"if with init and else-if", "if v := g(a); v == 1 {\nb = 1\n} else if v == 2 {\nb = 2\n}\nreturn b",
			"0:c1,2 1:6 2:c3,4 3:5 4:5 5:6 6:7 7:"},
		{"early return on error skips the join", "v, err := g(a)\nif err != nil {\nreturn err\n}\nreturn v",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"three-clause for: condition, body, update, back edge", "for i := 0; i < 3; i++ {\nb = i\n}\nreturn b",
			"0:1 1:c2,3 2:4 3:5 4:1 5:6 6:"},
		{"continue goes to the update", "for i := 0; i < 3; i++ {\nif i == 1 {\ncontinue\n}\nb = i\n}",
			"0:1 1:c2,3 2:c4,5 3:8 4:7 5:6 6:7 7:1 8:9 9:"},
		{"range loop with break", "for _, x := range a {\nif x == 1 {\nbreak\n}\n}\nreturn b",
			"0:1 1:?2,3 2:c4,5 3:7 4:7 5:6 6:1 7:8 8:"},
		{"infinite for leaves only by break", "for {\nif a == 1 {\nbreak\n}\n}\nreturn b",
			"0:1 1:c2,3 2:5 3:4 4:1 5:6 6:"},
		{"condition-only for", "for a > 0 {\na = a - 1\n}", "0:1 1:c2,3 2:1 3:4 4:5 5:"},
		{"switch: cases tested in order, default last, no fall-through", "switch a {\ncase 1, 2:\nb = 1\ndefault:\nb = 3\ncase 4:\nb = 4\n}\nreturn b",
			"0:c1,2 1:7 2:c3,4 3:7 4:c5,6 5:9 6:8 7:10 8:10 9:10 10:11 11:"},
		{"switch fallthrough runs the next body", "switch {\ncase a > 1:\nb = 1\nfallthrough\ncase a > 0:\nb = 2\n}\nreturn b",
			"0:c1,2 1:5 2:c3,4 3:6 4:7 5:6 6:7 7:8 8:"},
		{"type switch", "switch v := a.(type) {\ncase string:\nb = v\ncase int:\nb = \"n\"\n}\nreturn b",
			"0:?1,2 1:5 2:?3,4 3:6 4:7 5:7 6:7 7:8 8:"},
		{"select: any case may run", "select {\ncase m := <-ch:\nb = m\ndefault:\nb = \"\"\n}\nreturn b",
			"0:?1,2 1:3 2:3 3:4 4:"},
		{"&& in a condition: the right test only where the left held", "if a != \"\" && len(a) < 3 {\nb = a\n}",
			"0:c1,3 1:c2,3 2:4 3:4 4:5 5:"},
		{"|| and ! in a condition", "if !(a == \"x\" || a == \"y\") {\nreturn\n}\nb = a",
			"0:c3,1 1:c3,2 2:5 3:4 4:5 5:"},
		{"short-circuit ||", "c := a == \"\" || b == \"\"\nreturn c",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"labelled break leaves the outer loop", "outer:\nfor _, x := range a {\nfor _, y := range x {\nif y == 1 {\nbreak outer\n}\n}\n}\nreturn b",
			"0:1 1:?2,3 2:4 3:11 4:?5,6 5:c7,8 6:10 7:11 8:9 9:4 10:1 11:12 12:"},
		{"panic ends the path", "if a == \"\" {\npanic(\"empty\")\n}\nreturn a",
			"0:c1,2 1:4 2:3 3:4 4:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\n\nfunc f(a string, ch chan string) (b string) {\n" + tc.body + "\n}\n"
			m := lower(t, src)
			f := irtest.FuncNamed(m, "f")
			if f == nil {
				t.Fatal("no function f")
			}
			if m.Errors != 0 {
				t.Fatalf("%d lowering errors", m.Errors)
			}
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
		})
	}
}

// TestLowerClosures: function literals are functions of their own,
// children of the function that makes them, that see its typed names;
// one assigned to a variable is named after it.
func TestLowerClosures(t *testing.T) {
	m := lower(t, `package p

import "net/http"

func h(w http.ResponseWriter, r *http.Request) {
	get := func(k string) string { return r.FormValue(k) }
	go func(r int) { _ = r }(1)
	_ = get
}
`)
	h := irtest.FuncNamed(m, "h")
	get := irtest.FuncNamed(m, "get")
	if h == nil || get == nil {
		t.Fatalf("functions: %v", m.Funcs)
	}
	if len(h.Children) != 2 || h.Children[0] != get {
		t.Fatalf("children of h: %v", h.Children)
	}
	if get.Types["r"] != "net/http.Request" {
		t.Errorf("closure types %v", get.Types)
	}
	if anon := h.Children[1]; anon.Types["r"] != "" {
		t.Errorf("a parameter shadows the outer r: %v", anon.Types)
	}
	var callee string
	for _, b := range get.Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				callee = in.Callee
			}
		}
	}
	if callee != "net/http.Request.FormValue" {
		t.Errorf("callee %q", callee)
	}
}

// TestLowerNames: imports resolve to import paths (aliases, major
// versions, go- prefixes), typed parameters and receivers to their types,
// and a method's receiver becomes Recv and Class.
func TestLowerNames(t *testing.T) {
	m := lower(t, `package p

import (
	x "os/exec"
	"net/http"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
	"gopkg.in/yaml.v3"
	_ "github.com/lib/pq"
	"text/template"
)

type S struct{ db int }

func (s *S) Get(c echo.Context, r *http.Request) {
	x.Command("ls")
	chi.URLParam(r, "id")
	c.QueryParam("q")
	yaml.Unmarshal(nil, nil)
	t := template.Must(template.New("a").Parse("b"))
	t.Execute(nil, nil)
	s.db = 1
}
`)
	want := map[string]string{"x": "os/exec", "http": "net/http", "chi": "github.com/go-chi/chi/v5",
		"echo": "github.com/labstack/echo/v4", "yaml": "gopkg.in/yaml.v3", "template": "text/template"}
	for k, v := range want {
		if m.Imports[k] != v {
			t.Errorf("import %s = %q, want %q", k, m.Imports[k], v)
		}
	}
	if _, ok := m.Imports["_"]; ok {
		t.Error("a blank import binds no name")
	}
	f := irtest.FuncNamed(m, "Get")
	if f == nil || f.Recv != "s" || f.Class != "S" || len(f.Params) != 2 {
		t.Fatalf("method: %+v", f)
	}
	var callees []string
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				callees = append(callees, in.Callee)
				if in.Callee == "os/exec.Command" && in.Recv != nil {
					t.Error("a package function has no receiver")
				}
			}
		}
	}
	got := strings.Join(callees, " ")
	for _, c := range []string{"os/exec.Command", "github.com/go-chi/chi/v5.URLParam", "github.com/labstack/echo/v4.Context.QueryParam",
		"gopkg.in/yaml.v3.Unmarshal", "text/template.Template.Execute"} {
		if !strings.Contains(" "+got+" ", " "+c+" ") {
			t.Errorf("callee %s missing from %s", c, got)
		}
	}
}

// TestLowerValues: multiple assignment, comma-ok and error results,
// struct literals by field, map literals by key, pointers.
func TestLowerValues(t *testing.T) {
	m := lower(t, `package p

func f(a, b string, m map[string]string) {
	a, b = b, a
	v, ok := m["k"]
	n, err := g(a)
	s := T{Name: a, Tags: []string{"x", b}}
	p := &s
	q := map[string]string{"k": a}
	_, _, _, _, _, _ = v, ok, n, err, p, q
}
`)
	f := irtest.FuncNamed(m, "f")
	d := ir.Dump(f)
	for _, want := range []string{"a = $1", "b = $2", `v = m["k"]`, ".Name = a", `build("x", b)`, "p = s"} {
		if !strings.Contains(d, want) {
			t.Errorf("missing %q in\n%s", want, d)
		}
	}
	if !strings.Contains(d, `build("k"=a)`) && !strings.Contains(d, `"k"=a`) {
		t.Errorf("map literal key missing in\n%s", d)
	}
	// err comes from an opaque (clean) value, not from the data; ok is
	// the membership test "k" in m
	want := map[string]string{"err": "opaque", "ok": "compare"}
	for _, in := range f.Blocks[0].Instrs {
		if in.Dst == nil || want[in.Dst.Base] == "" {
			continue
		}
		src := in.Args[0].Place.Base
		for _, d := range f.Blocks[0].Instrs {
			if d.Dst != nil && d.Dst.Base == src && d.Op.String() != want[in.Dst.Base] {
				t.Errorf("%s is assigned from %s", in.Dst.Base, d)
			}
		}
	}
}

// TestLowerGetters: x.M() of a method of the file that only returns a
// receiver field reads that field; a name two methods share, a method with
// parameters or more statements, and a package's function stay calls.
func TestLowerGetters(t *testing.T) {
	m := lower(t, `package p

import "strings"

type U struct{ name, mail string }
type V struct{ name string }

func (u *U) Name() string       { return u.name }
func (u U) Mail() string        { return u.mail }
func (v *V) Mail() string       { return v.name }
func (u *U) Upper() string      { s := u.name; return strings.ToUpper(s) }
func (u *U) Field(k string) string { return u.name }

func f(u *U, v *V) {
	a := u.Name()
	b := u.Mail()
	c := u.Upper()
	d := u.Field("x")
	e := strings.TrimSpace(v.Mail())
	_, _, _, _, _ = a, b, c, d, e
}
`)
	d := ir.Dump(irtest.FuncNamed(m, "f"))
	if !strings.Contains(d, "= u.name") {
		t.Errorf("u.Name() should read u.name:\n%s", d)
	}
	for _, call := range []string{"call u.Mail", "call u.Upper", "call u.Field", "call v.Mail"} {
		if !strings.Contains(d, call) {
			t.Errorf("missing %q (not a unique trivial getter) in\n%s", call, d)
		}
	}
}
