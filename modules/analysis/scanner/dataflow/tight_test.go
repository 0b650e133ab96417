package dataflow

import "testing"

// TestTightPattern: a validation pattern lets no arbitrary character
// through; a dot is a wildcard only outside a character class.
func TestTightPattern(t *testing.T) {
	for _, tc := range []struct {
		pat  string
		want bool
	}{
		{`^[a-z]+$`, true},
		{`\A[a-z0-9.-]+\z`, true}, // a host name: the dot is literal
		{`\A[a-z]+\.txt\z`, true}, // an escaped dot
		{`\A[]a.]+\z`, true},      // a leading ] is a class member
		{`^.+$`, false},
		{`\A[a-z]+.*\z`, false},
		{`\A[a-z]+]\.?.\z`, false}, // the class closed before the last dot
		{`^\S+$`, false},
		{`^[\w\W]+$`, false},
		{`^\D+$`, false},
	} {
		if got := tightPattern(tc.pat); got != tc.want {
			t.Errorf("tightPattern(%q) = %v, want %v", tc.pat, got, tc.want)
		}
	}
}
