package ruby

import (
	"testing"

	"github.com/smacker/go-tree-sitter/ruby"

	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// FuzzLower: lowering any input must not panic, and every block must be
// well-formed (indexes in order, edges recorded on both ends, branches
// with two successors, every function ending in its exit).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"def f(a, b = 1, *c, d:, **e, &g)\n  return a if b\n  a.each { |x| next if x; break }\n  c.map do |y| y * 2 end\nend\n",
		"begin\n  x = 1\nrescue E => e\n  retry\nelse\n  y = 2\nensure\n  z = 3\nend\n",
		"case x\nwhen 1, 2 then a\nwhen String\n  b\nelse c\nend\ncase h\nin {k:} then k\nin [a, *r] then a\nend\n",
		"x = a && b || c and d or e\ny ||= z\nw &&= v\nq = c ? d : e\nr = s&.t&.u\n",
		"while a\n  redo\nend\nuntil b do c end\nfor i in l do p i end\nx = y rescue z\n",
		"class A < B\n  before_action :x\n  def self.m = @a\n  class << self\n    attr_reader :q\n  end\nend\nmodule M::N; end\n",
		"s = <<~SQL\n  select #{x}\nSQL\nt = `ls #{y}`\nu = %x(cat #{z})\nv = \"a\" \"b#{c}\"\n",
		"get '/x' do |id|\n  halt 400 unless id\n  redirect_to params[:u] and return\nend\nl = ->(q) { q }\n",
		"((((((", "\xff\xfe\x00", "def\nend end", "x = <<~A\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(ruby.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("f.rb", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
