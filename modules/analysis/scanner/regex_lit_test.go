package scanner

import (
	"regexp"
	"strings"
	"testing"
)

// TestLiteralMatcherAgreesWithRegexp compares the set lookup with the
// regexp on the strings each expression expands to and on near misses,
// for hand-picked expressions and every regex constraint of the built-in
// rules.
func TestLiteralMatcherAgreesWithRegexp(t *testing.T) {
	exprs := map[string]bool{ // expression -> expected to become a set
		`^(strcpy|strcat|stpcpy|wcscpy)$`:              true,
		`^wsprintfA?W?$`:                               true,
		`^(secret_key|["']SECRET_KEY["']|SECRET_KEY)$`: true,
		`^["']_blank["']$`:                             true,
		`^(a|)$`:                                       true,
		`^(?i)abc$`:                                    false,
		`^abc`:                                         false,
		`abc$`:                                         false,
		`^a.c$`:                                        false,
		`^a+$`:                                         false,
		`^[^a]$`:                                       false,
		`^(?m)abc$`:                                    false,
		"^\uFFFD$":                                     false,
		`^[a-z]{2}$`:                                   false,
	}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	sets := 0
	for _, r := range rules {
		if r.Match == nil {
			continue
		}
		for _, c := range r.Match.Where {
			for _, e := range []string{c.Regex, c.NotRegex} {
				if e != "" {
					if _, ok := exprs[e]; !ok {
						_, isSet := exactLiterals(e)
						exprs[e] = isSet
					}
				}
			}
		}
	}
	for expr, wantSet := range exprs {
		re := regexp.MustCompile(expr)
		m := newLiteralMatcher(re)
		if (m.set != nil) != wantSet {
			t.Errorf("%q: set %v, want %v", expr, m.set != nil, wantSet)
		}
		if m.set != nil {
			sets++
		}
		probes := []string{"", "a", "abc", "ABC", "abc\n", "\nabc", "x\xffy", "\xff", "SECRET_KEY", `"SECRET_KEY"`}
		for s := range m.set {
			probes = append(probes, s, s+"\n", " "+s, s+"x", strings.ToUpper(s), strings.ToLower(s), s+"\xff", "\xff"+s)
			if len(s) > 1 {
				probes = append(probes, s[:len(s)-1], s[1:])
			}
		}
		for _, p := range probes {
			if got, want := m.MatchString(p), re.MatchString(p); got != want {
				t.Errorf("%q on %q: %v, regexp says %v", expr, p, got, want)
			}
		}
	}
	if sets < 20 {
		t.Errorf("only %d expressions became sets", sets)
	}
}
