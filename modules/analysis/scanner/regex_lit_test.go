package scanner

import (
	"fmt"
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

// TestRegexMemo checks that remembered answers are the matcher's, for
// regex and set matchers, short and long texts, a nil memo, and across
// the memo's reset.
func TestRegexMemo(t *testing.T) {
	reMatcher := newLiteralMatcher(regexp.MustCompile(`(?i)^(exec|eval)_\w+$`))
	setMatcher := newLiteralMatcher(regexp.MustCompile(`^(strcpy|strcat)$`))
	if reMatcher.set != nil || setMatcher.set == nil {
		t.Fatal("test matchers are not of the intended kinds")
	}
	long := "exec_" + strings.Repeat("x", maxMemoText)
	texts := []string{"exec_a", "EVAL_b", "exec", "strcpy", "strcat", "x", "", long, long + "!"}
	var nilMemo *regexMemo
	memo := &regexMemo{}
	for round := 0; round < 3; round++ {
		for _, lm := range []*literalMatcher{&reMatcher, &setMatcher} {
			for _, tx := range texts {
				want := lm.MatchString(tx)
				if got := memo.match(lm, tx); got != want {
					t.Errorf("round %d: memo.match(%q) = %v, want %v", round, tx, got, want)
				}
				if got := nilMemo.match(lm, tx); got != want {
					t.Errorf("nil memo: match(%q) = %v, want %v", tx, got, want)
				}
			}
		}
	}
	if n := len(memo.m); n != 7 {
		t.Errorf("memo holds %d answers, want 7 (the regex matcher's texts but the two long ones)", n)
	}
	for i := 0; i < maxMemoEntries+10; i++ {
		memo.match(&reMatcher, fmt.Sprintf("exec_%d", i))
	}
	if len(memo.m) > maxMemoEntries {
		t.Errorf("memo grew to %d entries (bound %d)", len(memo.m), maxMemoEntries)
	}
	if !memo.match(&reMatcher, "exec_1") || memo.match(&reMatcher, "nope") {
		t.Error("answers wrong after the memo started over")
	}
}
