package ids

import (
	"testing"

	"vigil/platform/errs"
)

func TestValid(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6", true},
		{"00000000-0000-0000-0000-000000000000", true},
		{"", false},
		{"nope", false},
		{"0190C3A4-5B6C-7D8E-9FA0-B1C2D3E4F5A6", false}, // upper case: SQLite would not match
		{"{0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6}", false},
		{"0190c3a45b6c7d8e9fa0b1c2d3e4f5a6", false},
		{"0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a\x00", false},
		{"0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5g6", false},
		{"0190c3a4+5b6c-7d8e-9fa0-b1c2d3e4f5a6", false},
		{"0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6 ", false},
	}
	for _, tt := range tests {
		if got := Valid(tt.in); got != tt.want {
			t.Errorf("Valid(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	if err := Check("workspace", "0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6"); err != nil {
		t.Fatal(err)
	}
	err := Check("workspace", "x")
	if errs.KindOf(err) != errs.KindNotFound {
		t.Fatalf("Check: %v", err)
	}
}

func FuzzValid(f *testing.F) {
	f.Add("0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6")
	f.Fuzz(func(t *testing.T, s string) {
		if Valid(s) && (len(s) != 36 || s[8] != '-') {
			t.Fatalf("accepted %q", s)
		}
	})
}
