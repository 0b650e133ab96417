package dataflow

import "testing"

// TestTightPattern: a validation pattern lets no arbitrary character
// through; a dot is a wildcard outside a character class, and inside one
// it still lets `..` through where dots matter (file paths).
func TestTightPattern(t *testing.T) {
	for _, tc := range []struct {
		pat      string
		dotsSafe bool
		want     bool
	}{
		{`^[a-z]+$`, true, true},
		{`\A[a-z0-9.-]+\z`, true, true}, // a host name: the dot is literal
		{`\A[a-z]+\.txt\z`, true, true}, // an escaped dot
		{`\A[]a.]+\z`, true, true},      // a leading ] is a class member
		{`^.+$`, true, false},
		{`\A[a-z]+.*\z`, true, false},
		{`\A[a-z]+]\.?.\z`, true, false}, // the class closed before the last dot
		{`^\S+$`, true, false},
		{`^[\w\W]+$`, true, false},
		{`^\D+$`, true, false},
		{`\A[a-z0-9.-]+\z`, false, false}, // a file name: `..` climbs
		{`\A[a-z]+\.txt\z`, false, true},  // an escaped dot stays literal
		{`^[a-z0-9-]+$`, false, true},
	} {
		if got := tightPattern(tc.pat, tc.dotsSafe); got != tc.want {
			t.Errorf("tightPattern(%q, %v) = %v, want %v", tc.pat, tc.dotsSafe, got, tc.want)
		}
	}
}
