package ruby

import (
	"testing"

	"github.com/smacker/go-tree-sitter/ruby"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t *testing.T, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(ruby.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("t.rb", tr, []byte(src))
}

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"straight line", "def f(a)\n  b = a\n  b\nend\n", "0:1 1:"},
		{"if/else joins", "def f(a)\n  if a\n    b = 1\n  else\n    b = 2\n  end\n  b\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"if/elsif/else", "def f(a)\n  if a\n    b = 1\n  elsif a > 2\n    b = 2\n  else\n    b = 3\n  end\nend\n",
			"0:c1,2 1:6 2:c3,4 3:5 4:5 5:6 6:7 7:"},
		{"unless is a negated if", "def f(a)\n  unless a\n    a = 1\n  end\n  a\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"modifier if", "def f(a)\n  a = 1 if a.nil?\n  a\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"early return skips the join", "def f(a)\n  if a\n    return 1\n  end\n  2\nend\n",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"return unless ends the path", "def f(a)\n  return unless a\n  a\nend\n",
			"0:c1,2 1:3 2:4 3:4 4:"},
		{"raise and halt end the path", "def f(a)\n  raise ArgumentError if a\n  halt 400 unless a\n  a\nend\n",
			"0:c1,2 1:7 2:3 3:c4,5 4:6 5:7 6:7 7:"},
		{"&& in a condition branches on each check", "def f(a, b)\n  if a && !b\n    g\n  end\nend\n",
			"0:c1,2 1:c3,4 2:5 3:5 4:6 5:6 6:7 7:"},
		{"|| in a condition branches on each check", "def f(a, b)\n  x = a || b ? 1 : 2\nend\n",
			"0:c1,2 1:5 2:c3,4 3:5 4:6 5:6 6:7 7:"},
		{"redirect_to and return", "def f(a)\n  redirect_to a and return if a\n  a\nend\n",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"while loop", "def f(a)\n  while a > 0\n    a -= 1\n  end\n  a\nend\n",
			"0:1 1:c2,3 2:1 3:4 4:5 5:"},
		{"until loop", "def f(a)\n  until a > 0\n    a += 1\n  end\nend\n",
			"0:1 1:c2,3 2:1 3:4 4:5 5:"},
		{"for loop with break", "def f(xs)\n  for x in xs do\n    break if x\n  end\nend\n",
			"0:1 1:?2,3 2:c4,5 3:7 4:7 5:6 6:1 7:8 8:"},
		{"each block runs in place with next", "def f(xs)\n  xs.each do |x|\n    next if x\n    g(x)\n  end\nend\n",
			"0:1 1:?2,3 2:c4,5 3:7 4:1 5:6 6:1 7:8 8:"},
		{"return inside a block leaves the method", "def f(xs)\n  xs.each { |x| return x if x }\n  nil\nend\n",
			"0:1 1:?2,3 2:c4,5 3:7 4:8 5:6 6:1 7:8 8:"},
		{"case/when with two patterns and else", "def f(a)\n  case a\n  when 1, 2 then b = 1\n  when 3 then b = 2\n  else b = 3\n  end\nend\n",
			"0:c1,2 1:5 2:c3,4 3:5 4:c6,7 5:9 6:8 7:9 8:9 9:10 10:"},
		{"case/in", "def f(a)\n  case a\n  in [x] then x\n  in {k:} then k\n  end\nend\n",
			"0:?1,2 1:5 2:?3,4 3:5 4:5 5:6 6:"},
		{"begin/rescue/else/ensure", "def f(a)\n  begin\n    b = g(a)\n  rescue E => e\n    b = 0\n  else\n    b = 2\n  ensure\n    h(b)\n  end\nend\n",
			"0:1 1:?2,3 2:4 3:4 4:5 5:6 6:"},
		{"method body with rescue", "def f(a)\n  g(a)\nrescue StandardError\n  nil\nend\n",
			"0:1 1:?3,2 2:3 3:4 4:"},
		{"short-circuit ||", "def f(a)\n  b = a || 'x'\n  b\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"and / or keywords", "def f(a, c)\n  a and c\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"||= assigns when unset", "def f(a)\n  a ||= 'x'\n  a\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"ternary", "def f(a, c)\n  c ? a : 'x'\nend\n",
			"0:c1,2 1:3 2:3 3:4 4:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := lower(t, tc.src)
			f := irtest.FuncNamed(m, "f")
			if f == nil {
				t.Fatal("no function f")
			}
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
		})
	}
}
