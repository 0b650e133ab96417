package python

import (
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// FuzzLower: lowering any input must not panic, and every block must be
// well-formed (edges recorded on both ends, branches with two successors).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"def f(a):\n    if a:\n        return 1\n    for x in a:\n        break\n    return [y for y in a if y]\n",
		"try:\n    x = 1\nexcept E as e:\n    pass\nelse:\n    y = 2\nfinally:\n    z = 3\n",
		"with open(p) as f, g() as (a, b):\n    while True:\n        continue\n",
		"x = a or b and not c if d else (lambda q: q)(e)\n",
		"match x:\n    case 1:\n        y = 2\n    case _:\n        pass\n",
		"class A:\n    def m(self, a=1, *b, **c):\n        self.q = a\n",
		"f'{a!r:>{w}}' 'b' f\"{c}\"",
		"(((((", "\xff\xfe\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(python.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("f.py", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
