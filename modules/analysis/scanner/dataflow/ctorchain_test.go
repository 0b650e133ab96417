package dataflow

import "testing"

func TestCtorChain(t *testing.T) {
	cases := []struct {
		text, head, m string
		ok            bool
	}{
		{`Helper("db").run`, "Helper", "run", true},
		{`get_repo().find`, "get_repo", "find", true},
		{`Q(a(b),c).rows`, "Q", "rows", true},
		{`a.b(c).d`, "", "", false},      // the head is dotted
		{`f(x).g(y).h`, "", "", false},   // two calls
		{`f(x)[0].h`, "", "", false},     // an element of the result
		{`Helper.run`, "", "", false},    // no call
		{`(a or b)(x).m`, "", "", false}, // no name
	}
	for _, tc := range cases {
		h, m, ok := ctorChain(tc.text)
		if h != tc.head || m != tc.m || ok != tc.ok {
			t.Errorf("ctorChain(%q) = %q, %q, %v; want %q, %q, %v", tc.text, h, m, ok, tc.head, tc.m, tc.ok)
		}
	}
}
