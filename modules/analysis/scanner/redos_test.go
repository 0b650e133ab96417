package scanner

import "testing"

func TestAmbiguousNested(t *testing.T) {
	cases := []struct {
		pattern string
		want    bool
	}{
		{`(a+)+`, true},
		{`^(\w+\s?)+$`, true},
		{`^([a-zA-Z0-9]+)*@example\.com$`, true},
		{`(.*)*x`, true},
		{`^([\w.]+\.)*com$`, true},
		{`(\d+){2,}`, true},
		{`\d+(?:\.\d+)*`, false},
		{`^v?\d+(\.\d+)*(-[a-z]+)?$`, false},
		{`(\w+,)*\w+`, false},
		{`^(\d{4})-(\d{2})-(\d{2})$`, false},
		{`(ab)+`, false},
		{`(a+){2}`, false},
		{`([a-z]+-)+[a-z]+`, false},
		{`(?<=x)(a+)+`, false}, // not judged: Go does not parse lookbehind
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			if got := ambiguousNested(tc.pattern); got != tc.want {
				t.Errorf("ambiguousNested(%q) = %v, want %v", tc.pattern, got, tc.want)
			}
		})
	}
}

func TestRegexLiteralText(t *testing.T) {
	for in, want := range map[string]string{
		`r"(\w+)+"`:   `(\w+)+`,
		`"(\\w+)+"`:   `(\w+)+`,
		`'^a$'`:       `^a$`,
		`(\d+)*`:      `(\d+)*`,
		`rb'''x\d'''`: `x\d`,
	} {
		if got := regexLiteralText(in); got != want {
			t.Errorf("regexLiteralText(%q) = %q, want %q", in, got, want)
		}
	}
}
