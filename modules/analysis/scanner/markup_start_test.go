package scanner

import "testing"

func TestLiteralStart(t *testing.T) {
	cases := []struct {
		lit  string
		want bool
	}{
		{`/^#diff-.+$/`, true},
		{`/#L\d+/`, true},
		{`/^\/api\//`, true},
		{`/^#.*$/gm`, true},
		{`/^#(.+)$/`, true},
		{`/^<b>/`, false},
		{`/^\s*#/`, false},
		{`/^ #/`, false},
		{`/.?diff/`, false},
		{`/[#<].*/`, false},
		{`/#?[^ ]+/`, false},
		{`/#*x/`, false},
		{`/#{0,1}x/`, false},
		{`/\/?x/`, false},
		{`/^#x|<.+/`, false},
		{`^#x`, false},
	}
	for _, c := range cases {
		if got := literalStart(c.lit); got != c.want {
			t.Errorf("literalStart(%q) = %v, want %v", c.lit, got, c.want)
		}
	}
}
