package scanner

import (
	"strings"
	"testing"
)

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

// TestBuiltInFile: readers of the file's own ivars, its own builder
// methods (given no request data) and heredocs interpolating only locals,
// constants and own ivars are built in the file; anything else is not.
func TestBuiltInFile(t *testing.T) {
	src := "module M\n  attr_accessor :flow, :banner\n  def setup\n    @flow = Flow.new\n  end\n" +
		"  def selector(o)\n    Sel.new(o)\n  end\n" +
		"  def a\n    x = <<~HTML\n      <p>#{@flow} #{name} #{TITLE}</p>\n    HTML\n  end\n" +
		"  def b\n    x = <<~HTML\n      <p>#{user.name}</p>\n    HTML\n  end\n" +
		"  def c\n    x = <<~'HTML'\n      <p>#{user.name}</p>\n    HTML\n  end\nend\n"
	at := func(s string, nth int) int {
		off := 0
		for i := 0; i <= nth; i++ {
			j := strings.Index(src[off:], s)
			if j < 0 {
				t.Fatalf("%q not in src", s)
			}
			off += j + len(s)
		}
		return off
	}
	for _, tc := range []struct {
		text string
		end  int
		want bool
	}{
		{"flow.get(name)", 0, true},
		{"banner.strip", 0, false}, // a reader, but @banner is never assigned here
		{"selector(@opts).select_date", 0, true},
		{"selector(params[:o]).select_date", 0, false},
		{"other_helper(@opts)", 0, false},
		{"<<~HTML", at("<<~HTML", 0), true},
		{"<<~HTML", at("<<~HTML", 1), false},
		{"<<~'HTML'", at("<<~'HTML'", 0), true},
	} {
		if got := builtInFile(tc.text, tc.end, []byte(src)); got != tc.want {
			t.Errorf("builtInFile(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
