package javascript

import (
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// TestLowerParameterProperties: a TypeScript constructor parameter with an
// accessibility or readonly modifier is stored in the object's field; plain
// parameters and other methods' parameters are not.
func TestLowerParameterProperties(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // must appear in the constructor's dump
		not       []string // must not
	}{
		{"private readonly and public", "class A { constructor(private readonly sort: string, public dir = 'asc', plain: number) { } }",
			[]string{"this.sort = sort", "this.dir = dir"}, []string{"this.plain"}},
		{"protected with a body", "class B { constructor(protected q: string) { this.n = 1; } }",
			[]string{"this.q = q", "this.n = 1"}, nil},
		{"no modifiers", "class C { constructor(x: string) { } }", nil, []string{"this.x"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr, err := syntax.Parse(typescript.GetLanguage(), []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			m := Lower("t.ts", tr, []byte(c.src))
			f := irtest.FuncNamed(m, "constructor")
			if f == nil {
				t.Fatal("no constructor")
			}
			d := ir.Dump(f)
			for _, w := range c.want {
				if !strings.Contains(d, w) {
					t.Errorf("missing %q in\n%s", w, d)
				}
			}
			for _, w := range c.not {
				if strings.Contains(d, w) {
					t.Errorf("unexpected %q in\n%s", w, d)
				}
			}
		})
	}
}
