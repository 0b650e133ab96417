package scanner

import "testing"

// TestIvarAssignedInFile: the not-assigned-in-file constraint knows an
// instance variable the file assigns or appends to, and nothing else.
func TestIvarAssignedInFile(t *testing.T) {
	src := []byte("class B\n  def initialize\n    @raw = +\"\"\n    @parts ||= []\n  end\n  def add(x)\n    @out << x\n    @safe.safe_concat(x)\n  end\n  def eq?\n    @flag == 1\n  end\nend\n")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"@raw", true},
		{"@parts.join(\"\\n\")", true},
		{"(@out + x)", true},
		{"@safe", true},
		{"@flag", false},        // compared, never assigned
		{"@banner_html", false}, // set by a controller elsewhere
		{"raw", false},
		{"@ra", false},
	} {
		if got := ivarAssignedInFile(tc.text, src); got != tc.want {
			t.Errorf("ivarAssignedInFile(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
