package scanner

import (
	"io/fs"
	"os"
	"path/filepath"
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

// TestLiteralMatcherNeedles: the strings the prefilter asks for.
func TestLiteralMatcherNeedles(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []needle
	}{
		{`(?i)passw|pwd`, []needle{{"assw", true}, {"wd", true}}},
		{`NODE_TLS_REJECT_UNAUTHORIZED`, []needle{{"NODE_TLS_REJECT_UNAUTHORIZED", false}}},
		{`(?i)(DOMPurify|sanitize)`, []needle{{"dompurify", true}, {"sanitize", true}}},
		{`\$_(GET|POST)\b`, []needle{{"GET", false}, {"POST", false}}},
		{`^\(\s*[^,]+,`, nil},          // "(" alone is too short
		{`(?i)pass|[^\x00-\x7F]`, nil}, // a branch without a literal
		{`(?i)caf\x{E9}`, nil},         // non-ASCII under (?i)
		{"x\uFFFDyz", nil},
		{`(ab)+cd`, []needle{{"ab", false}}},
	} {
		got := needles(tc.expr)
		if len(got) != len(tc.want) {
			t.Errorf("%s: needles %v, want %v", tc.expr, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: needles %v, want %v", tc.expr, got, tc.want)
				break
			}
		}
	}
}

// TestLiteralMatcherPrefilterAgrees compares the matcher with the regexp
// for every regex constraint of the built-in structural rules and
// hand-picked ones, on every line (and run of three lines) of the
// labelled corpus and, when present, of the first three files of each extension
// under /tmp/rules-proj, and on texts with the other cases of k and s.
func TestLiteralMatcherPrefilterAgrees(t *testing.T) {
	exprs := []string{`(?i)passw|pwd`, `(?i)(token|secret|ask)`, `(?is)httponly.*secure`, `\$_(GET|POST)\b`, `(?i)key`}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.Match == nil {
			continue
		}
		for _, c := range r.Match.Where {
			for _, e := range []string{c.Regex, c.NotRegex} {
				if e != "" {
					exprs = append(exprs, e)
				}
			}
		}
	}
	texts := map[string]bool{"": true, "PASSWORD": true, "api_\u212aey": true, "\u017fecret": true, "x\xffpasswd": true, "Ask": true,
		"se\u017fsion": true, "\u212aEY": true, "tO\u212aen": true, "token\xff": true, "$_GET['a']": true, "$_get": true}
	addFile := func(p string) {
		src, err := os.ReadFile(p)
		if err != nil || len(src) > 100<<10 {
			return
		}
		lines := strings.Split(string(src), "\n")
		for i, l := range lines {
			texts[l] = true
			if i+2 < len(lines) {
				texts[strings.Join(lines[i:i+3], "\n")] = true
			}
		}
	}
	_ = filepath.WalkDir(testdataDir+"/corpus", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			addFile(p)
		}
		return nil
	})
	perExt := map[string]int{}
	if _, err := os.Stat("/tmp/rules-proj"); err == nil {
		_ = filepath.WalkDir("/tmp/rules-proj", func(p string, d fs.DirEntry, err error) error {
			if ext := filepath.Ext(p); err == nil && !d.IsDir() && DetectLanguage(p) != "" && perExt[ext] < 3 {
				perExt[ext]++
				addFile(p)
			}
			return nil
		})
	}
	filtered := 0
	seen := map[string]bool{}
	for _, e := range exprs {
		if seen[e] {
			continue
		}
		seen[e] = true
		re := regexp.MustCompile(e)
		m := newLiteralMatcher(re)
		if m.need == nil {
			continue // the regexp alone, as before
		}
		filtered++
		for s := range texts {
			if got, want := m.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %q: %v, regexp %v", e, s, got, want)
			}
		}
	}
	if filtered < 30 {
		t.Errorf("only %d expressions have a prefilter", filtered)
	}
	t.Logf("%d expressions (%d with a prefilter), %d texts", len(seen), filtered, len(texts))
}
