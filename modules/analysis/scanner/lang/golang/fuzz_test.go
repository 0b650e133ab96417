package golang

import (
	"testing"

	"github.com/smacker/go-tree-sitter/golang"

	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// FuzzLower: lowering any input must not panic, and every block must be
// well-formed (indexes in order, edges recorded on both ends, branches on
// a condition with two successors).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"package p\nfunc f(a string) (b string) {\n\tif v := g(a); v == \"\" {\n\t\treturn\n\t} else if a != \"\" {\n\t\tb = a\n\t}\n\tfor i := 0; i < 3; i++ {\n\t\tcontinue\n\t}\n\treturn b\n}\n",
		"package p\nfunc f(ch chan int) {\nL:\n\tfor {\n\t\tselect {\n\t\tcase v, ok := <-ch:\n\t\t\t_ = v\n\t\t\tbreak L\n\t\tcase ch <- 1:\n\t\tdefault:\n\t\t}\n\t}\n}\n",
		"package p\nfunc f(x any) {\n\tswitch y := x.(type) {\n\tcase int, string:\n\t\tfallthrough\n\tdefault:\n\t\t_ = y\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
		"package p\nimport h \"net/http\"\nfunc (s *S[T]) M(w h.ResponseWriter, r *h.Request) {\n\tdefer func() { recover() }()\n\tgo s.run(&r.Form, r.URL.Query()[\"a\"][0:1]...)\n\tm := map[string][]int{\"a\": {1}}\n\t*p, q.x = m[\"a\"], <-c\n}\n",
		"package p\nvar a, b = 1, \"s\"\nconst (\n\tx = iota\n\ty\n)\nfunc g() { goto x; x: return }\n",
		"package p\nfunc f() { for range 10 { } ; panic(1) }",
		"(((((", "package p\nfunc f( {", "\xff\xfe\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(golang.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("f.go", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
