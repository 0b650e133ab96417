package dataflow_test

import (
	"context"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	lpy "vigil/modules/analysis/scanner/lang/python"
	"vigil/modules/analysis/scanner/syntax"
)

// typedSpec: reading a field of a value of type web.Request is source data.
type typedSpec struct{ testSpec }

func (typedSpec) SourcePlace(key, canon string) bool { return strings.HasPrefix(canon, "web.Request.") }

// TestTypedPlaces: a name a function declares with a type (ir.Func.Types)
// resolves through it, and only in that function: the same text elsewhere
// is another variable.
func TestTypedPlaces(t *testing.T) {
	src := "def typed(r):\n    sink(r.query)\n\ndef untyped(r):\n    sink(r.query)\n\ndef typed_again(r):\n    x = r.query\n    sink(x)\n"
	tr, err := syntax.Parse(python.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := lpy.Lower("t.py", tr, []byte(src))
	for _, f := range m.Funcs {
		if strings.HasPrefix(f.Name, "typed") {
			f.Types = map[string]string{"r": "web.Request"}
		}
	}
	res, err := dataflow.Analyze(context.Background(), m, typedSpec{}, dataflow.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := sinkLines(res); len(got) != 2 || got[0] != 2 || got[1] != 9 {
		t.Errorf("sink lines %v, want [2 9]", got)
	}
}

// TestCanonicalIn: typed locals first, then imports, else as written.
func TestCanonicalIn(t *testing.T) {
	f := &ir.Func{Types: map[string]string{"r": "net/http.Request"}}
	imports := map[string]string{"http": "net/http", "r": "shadowed"}
	for _, tc := range []struct{ in, want string }{
		{"r.URL.Query().Get", "net/http.Request.URL.Query().Get"},
		{"r", "net/http.Request"},
		{"http.Get", "net/http.Get"},
		{"rr.x", "rr.x"},
	} {
		if got := ir.CanonicalIn(f, imports, tc.in); got != tc.want {
			t.Errorf("CanonicalIn(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := ir.CanonicalIn(nil, imports, "http.Get"); got != "net/http.Get" {
		t.Errorf("without a function: %q", got)
	}
}

// validatingSpec: check(x) proves x clean where it returned true,
// bad(x) where it returned false.
type validatingSpec struct{ testSpec }

func (validatingSpec) Validates(in *ir.Instr) (int, bool, bool) {
	switch in.Callee {
	case "check":
		return 0, true, true
	case "bad":
		return 0, false, true
	}
	return 0, false, false
}

// TestSpecValidators: a Spec's validators clean the checked variable on
// the edge where it passed, and only there.
func TestSpecValidators(t *testing.T) {
	src := `
def f():
    x = source()
    if not check(x):
        sink(x)
        return
    sink(x)

def g():
    y = source()
    if bad(y):
        return
    sink(y)

def h():
    z = source()
    if other(z):
        return
    sink(z)
`
	src = strings.TrimPrefix(src, "\n")
	tr, err := syntax.Parse(python.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := lpy.Lower("t.py", tr, []byte(src))
	res, err := dataflow.Analyze(context.Background(), m, validatingSpec{}, dataflow.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := sinkLines(res); len(got) != 2 || got[0] != 4 || got[1] != 18 {
		t.Errorf("sink lines %v, want [4 18]", got)
	}
}
