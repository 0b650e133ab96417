package scanner

import "testing"

// TestPHPIncludeWording pins how the steps of a PHP include read in a
// finding's trace: no pseudo-callee or "<module>" reaches a user.
func TestPHPIncludeWording(t *testing.T) {
	for _, c := range []struct{ msg, path, want string }{
		{"passed to <include>views/profile.php|name,title()", "a.php", "the included file views/profile.php"},
		{"passed to <include>/views/results.php|query()", "a.php", "the included file /views/results.php"},
		{"parameter name of <module>()", "views/profile.php", "variable $name of the included file"},
		{"parameter name of <module>()", "app.py", "parameter name of <module>()"},
		{"parameter name of render()", "views/profile.php", "parameter name of render()"},
		{"passed to render()", "a.php", "passed to render()"},
	} {
		if got := phpIncludeWording(c.msg, c.path); got != c.want {
			t.Errorf("phpIncludeWording(%q, %q) = %q, want %q", c.msg, c.path, got, c.want)
		}
	}
}
