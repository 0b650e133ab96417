package dataflow_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	lpy "vigil/modules/analysis/scanner/lang/python"
	"vigil/modules/analysis/scanner/syntax"
)

// testSpec: `src...` places and source() are sources, sink(...) is a sink
// on every argument, clean() sanitises, list/dict methods propagate.
type testSpec struct{}

func (testSpec) SourcePlace(key, canon string) bool { return strings.HasPrefix(key, "src") }
func (testSpec) SourceCall(in *ir.Instr) bool       { return in.Callee == "source" }
func (testSpec) Sanitizer(in *ir.Instr) bool        { return in.Callee == "clean" }
func (testSpec) Sinks(f *ir.Func, in *ir.Instr) []dataflow.Sink {
	if in.Callee == "sink" {
		return []dataflow.Sink{{All: true, Desc: "sink()"}}
	}
	if strings.HasSuffix(in.Callee, ".rsink") {
		return []dataflow.Sink{{Recv: true, Desc: "rsink()"}}
	}
	if in.Callee == "ksink" {
		// two entries for one call, as a rule's and a pack's can be
		return []dataflow.Sink{{Args: []int{0}, Desc: "ksink(arg)"}, {Kwargs: []string{"content"}, Desc: "ksink(content=)"}}
	}
	return nil
}
func (testSpec) AssignSink(key string) (string, bool)    { return "", false }
func (testSpec) ParamSource(f *ir.Func, i int) bool      { return false }
func (testSpec) External(in *ir.Instr) *dataflow.Summary { return nil }
func (testSpec) Propagator(in *ir.Instr) dataflow.PropKind {
	if in.Recv == nil {
		return dataflow.PropNone
	}
	switch in.Text[strings.LastIndexByte(in.Text, '.')+1:] {
	case "append":
		return dataflow.PropIntoReceiver
	case "get":
		return dataflow.PropFromReceiverKey
	}
	return dataflow.PropNone
}

func analyze(t *testing.T, src string, opts dataflow.Options) (*dataflow.Result, *ir.Module) {
	t.Helper()
	src = strings.TrimPrefix(src, "\n")
	tr, err := syntax.Parse(python.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := lpy.Lower("t.py", tr, []byte(src))
	res, err := dataflow.Analyze(context.Background(), m, testSpec{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res, m
}

// sinkLines are the lines of the sinks reported (for a flow into another
// function's sink: the line of the call).
func sinkLines(res *dataflow.Result) []int {
	var out []int
	for _, f := range res.Findings {
		out = append(out, f.Sink.Line)
	}
	sort.Ints(out)
	return out
}

func TestDataflow(t *testing.T) {
	cases := []struct {
		name, src string
	}{
		{"join keeps the tainted branch", `
def f(c):
    x = source()
    if c:
        x = ""
    sink(x)  # want
`},
		{"a receiver sink checks the receiver only", `
def f():
    x = source()
    x.rsink("a")  # want
    y = "a"
    y.rsink(source())
`},
		{"strong update clears a variable", `
def f():
    x = source()
    x = "a"
    sink(x)
`},
		{"loop fixpoint: taint carried over two iterations", `
def f(y):
    a = ""
    b = ""
    for i in y:
        sink(a)  # want
        a = b
        b = source()
`},
		{"while loop fixpoint", `
def f(n):
    a = ""
    while n:
        sink(a)  # want
        a = source()
`},
		{"constant condition prunes the dead branch", `
def f():
    k = 1
    if k > 2:
        sink(source())
    if k < 2:
        sink(source())  # want
    if not k:
        sink(source())
`},
		{"folded arithmetic in a condition", `
def f():
    num = 50
    if (7 * 18) + num > 200:
        sink(source())
    else:
        sink(source())  # want
`},
		{"a constant on one path only is no constant", `
def f(c):
    if c:
        x = "a"
    else:
        x = g()
    if x == "b":
        sink(source())  # want
`},
		{"method-call checks clean the value (Java forms)", `
def f():
    x = source()
    if not x.matches("[a-z0-9]+"):
        return
    sink(x)
def g():
    x = source()
    if ALLOWED.contains(x):
        sink(x)
    if x.matches(".*"):
        sink(x)  # want
def h():
    x = source()
    if "admin".equals(x):
        sink(x)
    if srcList.contains(x):
        sink(x)  # want
`},
		{"validation on a branch cleans the value on its valid edge", `
import re
ALLOWED = {"a", "b"}
def f():
    x = source()
    if x not in ALLOWED:
        return
    sink(x)
def g():
    x = source()
    if x.isdigit():
        sink(x)
    sink(x)  # want
def h():
    x = source()
    if not re.fullmatch(r"[a-z]+", x):
        raise ValueError(x)
    sink(x)
def k():
    x = source()
    if re.match(r".*", x):
        sink(x)  # want
def m():
    x = source()
    if x != "admin":
        return
    sink(x)
def n():
    x = source()
    if x in src.args:
        sink(x)  # want
def p():
    x = source()
    if re.match(r"\A[a-z]+\z", x):
        sink(x)
    if re.match(r"\A[a-z]+", x):
        sink(x)  # want
`},
		{"ternary with a constant condition", `
def f():
    n = 3
    x = source() if n > 10 else "safe"
    sink(x)
    y = source() if n < 10 else "safe"
    sink(y)  # want
`},
		{"container element and constant keys", `
def f():
    l = []
    l.append(source())
    sink(l[0])  # want
    d = {}
    d["a"] = source()
    d["b"] = "ok"
    sink(d["b"])
    sink(d["a"])  # want
    sink(d.get("b"))
    sink(d)  # want
`},
		{"tuple elements are told apart", `
def f():
    t = ("ok", source())
    sink(t[0])
    sink(t[1])  # want
    a, b = "ok", source()
    sink(a)
    sink(b)  # want
`},
		{"fields", `
def f(o):
    o.a = source()
    o.b = "x"
    sink(o.b)
    sink(o.a)  # want
    sink(o)  # want
`},
		{"sanitiser clears", `
def f():
    sink(clean(source()))
`},
		{"source places and paths under them", `
def f():
    sink(src.args["q"])  # want
`},
		{"summaries: pass-through, sink helper, constant helper", `
def through(p):
    return p
def runs(p):
    sink(p)  # want
def const(p):
    return "c"
def g():
    sink(through(source()))  # want
    runs(source())
    sink(const(source()))
`},
		{"closure sees its definition's state", `
def f():
    c = source()
    def inner():
        sink(c)  # want
    inner()
`},
		{"module globals flow into functions", `
G = source()
def f():
    sink(G)  # want
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.TrimPrefix(tc.src, "\n")
			var want []int
			for i, l := range strings.Split(src, "\n") {
				if strings.Contains(l, "# want") {
					want = append(want, i+1)
				}
			}
			res, m := analyze(t, src, dataflow.Options{})
			got := sinkLines(res)
			// a flow into a helper's sink is reported at the helper's sink
			for i, f := range res.Findings {
				if f.Inter {
					got[i] = f.Trace[len(f.Trace)-1].Span.Line
				}
			}
			sort.Ints(got)
			got = slices.Compact(got)
			if !slices.Equal(got, want) {
				var sb strings.Builder
				for _, f := range m.Funcs {
					sb.WriteString(ir.Dump(f))
				}
				t.Errorf("sinks at lines %v, want %v\n%s", got, want, sb.String())
			}
		})
	}
}

// TestSummaries: what each function's summary says.
func TestSummaries(t *testing.T) {
	res, _ := analyze(t, `
def through(a, b):
    return b
def runs(p, q):
    sink(q)
def const(p):
    if p:
        return "c"
    return "c"
def maybe(p):
    if p:
        return "c"
def reads():
    return source()
`, dataflow.Options{})
	s := res.Summaries
	if tr := s["through"].ParamRet; len(tr) != 2 || tr[0] != nil || tr[1] == nil {
		t.Errorf("through: param 1 (only) flows to the return value: %v", tr)
	}
	if ps := s["runs"].ParamSink; len(ps) != 2 || ps[0] != nil || ps[1] == nil {
		t.Errorf("runs: param 1 (only) reaches a sink: %v", ps)
	}
	if c := s["const"].RetConst; c.Kind != ir.Str || c.S != "c" {
		t.Errorf("const: returns the constant \"c\", got %v", c)
	}
	if s["maybe"].RetConst.Known() {
		t.Errorf("maybe: falls off the end (None) on one path: no constant")
	}
	if s["reads"].RetSrc == nil {
		t.Errorf("reads: returns source data")
	}
}

// TestTraceNamesSteps: a trace says where the data went, branch included.
func TestTraceNamesSteps(t *testing.T) {
	res, _ := analyze(t, `
def f(c):
    x = source()
    if c:
        x = x + "!"
    sink(x)
`, dataflow.Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("findings %d, want 1", len(res.Findings))
	}
	var msgs []string
	for _, s := range res.Findings[0].Trace {
		msgs = append(msgs, s.Kind+": "+s.Message)
	}
	got := strings.Join(msgs, " | ")
	for _, want := range []string{"source: untrusted data from source()", "assigned to x (in then-branch of line 3)", "sink: reaches sink()"} {
		if !strings.Contains(got, want) {
			t.Errorf("trace %q lacks %q", got, want)
		}
	}
}

// TestBudget: a tiny budget stops the fixpoint and says so.
func TestBudget(t *testing.T) {
	res, _ := analyze(t, `
def f(y):
    a = ""
    for i in y:
        a = a + source()
        sink(a)
`, dataflow.Options{Budget: 3})
	if len(res.BudgetHit) == 0 {
		t.Errorf("budget of 3 visits not reported as hit")
	}
}

// TestLongTraceEndsAtSink: a trace cut at MaxTrace steps still ends at the
// sink, so a flow into another function's sink is reported there.
func TestLongTraceEndsAtSink(t *testing.T) {
	src := "def s(p):\n    sink(p)\n"
	for i := 0; i < 15; i++ {
		src += fmt.Sprintf("def h%d(p):\n    q = p\n    h%d(q)\n", i, i+1)
	}
	src = strings.Replace(src, "h15(q)", "s(q)", 1)
	src += "def main():\n    h0(source())\n"
	res, _ := analyze(t, src, dataflow.Options{Rounds: 40})
	if len(res.Findings) == 0 {
		t.Fatal("no finding")
	}
	for _, f := range res.Findings {
		last := f.Trace[len(f.Trace)-1]
		if last.Kind != "sink" || last.Span.Line != 2 {
			t.Errorf("trace of %d steps ends with %s at line %d, want the sink at line 2", len(f.Trace), last.Kind, last.Span.Line)
		}
	}
}

// TestFieldsAcrossMethods: source data stored in self.q by one method
// reaches a sink in another; other fields stay clean.
func TestFieldsAcrossMethods(t *testing.T) {
	res, _ := analyze(t, `
class A:
    def load(self):
        self.q = source()
        self.ok = "x"
    def run(self):
        sink(self.ok)
        sink(self.q)
class B:
    def run(self):
        sink(self.q)
`, dataflow.Options{})
	if got := sinkLines(res); !slices.Equal(got, []int{7}) {
		t.Errorf("sinks at %v, want [7] (B's q is another class's field)", got)
	}
}

// TestEverySinkEntryCounts: when several sink entries match one call, a
// tainted value in any of their positions is a finding (the first entry
// naming only the clean argument must not hide the second's keyword).
func TestEverySinkEntryCounts(t *testing.T) {
	cases := []struct {
		name, src, desc string
	}{
		{"keyword of the second entry", "def f():\n    ksink(\"x\", content=src)\n", "ksink(content=)"},
		{"argument of the first entry", "def f():\n    ksink(src, content=\"x\")\n", "ksink(arg)"},
		{"nothing tainted", "def f():\n    ksink(\"x\", content=\"y\")\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := analyze(t, c.src, dataflow.Options{})
			got := ""
			for _, f := range res.Findings {
				got = f.Desc
			}
			if len(res.Findings) > 1 || got != c.desc {
				t.Fatalf("findings %v, want one with %q", res.Findings, c.desc)
			}
		})
	}
}
