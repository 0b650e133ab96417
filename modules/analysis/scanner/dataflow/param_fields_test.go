package dataflow_test

import (
	"slices"
	"testing"

	"vigil/modules/analysis/scanner/dataflow"
)

// TestParamFieldsAcrossMethods: a parameter a constructor or setter stores
// in a field of its object carries the caller's source data into the
// field, which the class's other methods read; clean arguments, other
// fields and other classes stay clean.
func TestParamFieldsAcrossMethods(t *testing.T) {
	cases := []struct {
		name, src string
		want      []int
	}{
		{"constructor argument read by a method's sink", `
class Sorter:
    def __init__(self, col, limit):
        self.col = col
        self.limit = limit
    def run(self):
        sink(self.col)
        sink(self.limit)
def h():
    s = Sorter(source(), 10)
    s.run()
`, []int{6}},
		{"a method returning the field: the caller's sink", `
class Sorter:
    def __init__(self, col):
        self.col = col
    def sql(self):
        return "ORDER BY " + self.col
def h():
    s = Sorter(source())
    sink(s.sql())
`, []int{8}},
		{"setter argument", `
class Log:
    def set_actor(self, a):
        self.actor = a
    def write(self):
        sink(self.actor)
def h(log):
    log.set_actor(source())
`, []int{5}},
		{"clean arguments and another class's field", `
class Sorter:
    def __init__(self, col):
        self.col = col
    def run(self):
        sink(self.col)
class Other:
    def run(self):
        sink(self.col)
def h():
    Sorter(clean(source())).run()
    Sorter("name").run()
`, nil},
		{"a field derived from the parameter", `
class Q:
    def __init__(self, req):
        self.term = req.strip().lower()
    def run(self):
        sink("LIKE " + self.term)
def h():
    Q(source()).run()
`, []int{5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := analyze(t, c.src, dataflow.Options{})
			if got := sinkLines(res); !slices.Equal(got, c.want) {
				t.Errorf("sinks at %v, want %v", got, c.want)
			}
		})
	}
}
