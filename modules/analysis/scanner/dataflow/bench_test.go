package dataflow_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	lpy "vigil/modules/analysis/scanner/lang/python"
	"vigil/modules/analysis/scanner/syntax"
)

// benchModule is a generated Python module shaped like library code: a
// class whose methods read and write many fields and call each other,
// and long functions with many variables, branches and loops (what the
// states copied at blocks, the joins and the receiver-field markers cost).
func benchModule(b *testing.B) *ir.Module {
	var sb strings.Builder
	sb.WriteString("class Engine:\n    def __init__(self, url, opts):\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&sb, "        self.f%d = opts.get('k%d')\n", i, i)
	}
	sb.WriteString("        self.url = url\n")
	for m := 0; m < 8; m++ {
		fmt.Fprintf(&sb, "    def m%d(self, a, b):\n        x = self.f%d + a\n", m, m)
		for i := 0; i < 6; i++ {
			fmt.Fprintf(&sb, "        if a > %d:\n            x = x + self.f%d\n        else:\n            y%d = b.strip()\n", i, (m+i)%12, i)
		}
		fmt.Fprintf(&sb, "        for it in b:\n            x = x + it\n            self.m%d(x, it)\n", (m+1)%8)
		sb.WriteString("        sink(x)\n        return x + self.url\n")
	}
	for fn := 0; fn < 6; fn++ {
		fmt.Fprintf(&sb, "def run%d(req):\n    e = Engine(source(), {})\n", fn)
		for v := 0; v < 30; v++ {
			fmt.Fprintf(&sb, "    v%d = req.args.get('p%d')\n", v, v)
			if v%3 == 0 {
				fmt.Fprintf(&sb, "    if v%d:\n        v%d = clean(v%d)\n", v, v, v)
			}
		}
		for v := 0; v < 30; v += 5 {
			fmt.Fprintf(&sb, "    while v%d:\n        v%d = e.m%d(v%d, v%d)\n", v, v, v%8, v, v+1)
		}
		sb.WriteString("    sink(e.m0(v0, v1))\n")
	}
	src := []byte(sb.String())
	tr, err := syntax.Parse(python.GetLanguage(), src)
	if err != nil {
		b.Fatal(err)
	}
	return lpy.Lower("bench.py", tr, src)
}

// BenchmarkAnalyze measures one analysis of benchModule; run it with
// -benchmem to see the allocations of the worklist, joins and transfers.
func BenchmarkAnalyze(b *testing.B) {
	m := benchModule(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dataflow.Analyze(context.Background(), m, testSpec{}, dataflow.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
