package ident

import "testing"

func TestIs(t *testing.T) {
	tests := []struct {
		s        string
		is, isJS bool
	}{
		{"", false, false},
		{"x", true, true},
		{"_a1", true, true},
		{"Foo_Bar9", true, true},
		{"1a", false, false},
		{"$el", false, true},
		{"a$b", false, true},
		{"a.b", false, false},
		{"a-b", false, false},
		{"a b", false, false},
		{"naïve", false, false},
		{"x\n", false, false},
	}
	for _, tt := range tests {
		if got := Is(tt.s); got != tt.is {
			t.Errorf("Is(%q) = %v, want %v", tt.s, got, tt.is)
		}
		if got := IsJS(tt.s); got != tt.isJS {
			t.Errorf("IsJS(%q) = %v, want %v", tt.s, got, tt.isJS)
		}
	}
}

func TestBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
		if Start(b) != letter {
			t.Errorf("Start(%q) = %v", b, Start(b))
		}
		if Byte(b) != (letter || '0' <= b && b <= '9') {
			t.Errorf("Byte(%q) = %v", b, Byte(b))
		}
	}
}
