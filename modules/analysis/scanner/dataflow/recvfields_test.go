package dataflow_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
)

// TestReceiverFields: data one method of an object stores in a field (a
// constructor, a setter) reaches a sink in another method of it.
func TestReceiverFields(t *testing.T) {
	cases := []struct {
		name, src string
	}{
		{"constructor field read by another method", `
class Job:
    def __init__(self, host, n):
        self.host = host
        self.n = n

    def run(self):
        sink(self.host)  # want

def f():
    j = Job(source(), 1)
    j.run()
`},
		{"setter, then a helper of the class reaches the sink", `
class Job:
    def set_target(self, t):
        self.target = t.strip()

    def run(self):
        self._exec("ping " + self.target)

    def _exec(self, cmd):
        sink(cmd)  # want

def f():
    j = Job()
    j.set_target(source())
    j.run()
`},
		{"getter-like method returns the field", `
class Query:
    def __init__(self, where):
        self.where = where

    def text(self):
        return "select * from t where " + self.where

def f():
    q = Query(source())
    sink(q.text())  # want
`},
		{"source data in another field is not the field the sink reads", `
class Job:
    def __init__(self, title):
        self.title = title
        self.tool = "/bin/report"

    def set_owner(self, o):
        self.owner = o

    def run(self):
        sink(self.tool)

def f():
    j = Job(source())
    j.set_owner(source())
    j.run()
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
			var got []int
			for _, f := range res.Findings {
				got = append(got, f.Trace[len(f.Trace)-1].Span.Line)
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

// TestPartWrittenMasksWhole: a part of a tainted value written clean (a
// validator's passing edge, a constant) reads clean; the other parts and
// an unknown element written later still read the whole's taint.
func TestPartWrittenMasksWhole(t *testing.T) {
	src := `
def f():
    x = source()
    x.name = "fixed"
    sink(x.name)
    sink(x.other)  # want
    d = source()
    d["a"] = "k"
    d[i] = source()
    sink(d["a"])  # want
`
	src = strings.TrimPrefix(src, "\n")
	var want []int
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, "# want") {
			want = append(want, i+1)
		}
	}
	res, _ := analyze(t, src, dataflow.Options{})
	if got := slices.Compact(sinkLines(res)); !slices.Equal(got, want) {
		t.Errorf("sinks at lines %v, want %v", got, want)
	}
}
