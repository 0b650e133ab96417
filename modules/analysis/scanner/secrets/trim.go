package secrets

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zricethezav/gitleaks/v8/config"
)

// Trimming windows on long lines.
//
// A window is a few whole lines, which on minified code or data is most of
// a large file: one keyword on a 600 KB line had a rule's regex read the
// whole line (twice when it matched anything, as gitleaks finds the
// matches again to report them). Most rules bound the bytes a match can
// span, and the rest bound them but for repeats of a few bytes (the
// generic rule's [a-z0-9+/]{11,}): every byte of a match that is not one
// of those (u) comes from the bounded parts, at most mb of them. So a match
// holding the keyword occurrence [hs, he) starts after the (mb+1)-th byte
// outside u before he and ends before the (mb+1)-th one from hs on. A
// window reaching trimMargin bytes past both bounds (cut at rune starts)
// shows the regex the same text around every match as the whole line (the
// margin holds the rune an assertion looks at; ^, $, \A and \z never hold
// inside a match that keeps off the window's edges), and the argument of
// window.go carries over byte for byte: every match, in the file or in a
// window, holds a keyword occurrence whose window covers it with margins,
// and a rule's overlapping windows are merged.
//
// gitleaks also reads the whole line of a match: for the gitleaks:allow
// signature and for allowlists whose target is the line. A window's line is
// part of the file's, and a regex without assertions that matches a part
// matches the whole; so lines are trimmed only in files without the
// signature, for rules whose line allowlists have no assertions and match
// nowhere in the file.

// trimMin: windows of fewer bytes are searched as they are.
const trimMin = 4 << 10

// trimMargin is the bytes a trimmed window keeps past the bounds of any
// match (at least one rune, utf8.UTFMax bytes).
const trimMargin = 8

// maxTrimBytes: rules whose bounded parts may span more are not trimmed.
const maxTrimBytes = 4 << 10

// trimBound is what trimming a rule's windows needs.
type trimBound struct {
	ok bool
	mb int       // most bytes of a match outside unbounded repeats
	u  [256]bool // bytes unbounded repeats can match
	// lineAllow are the allowlists (the rule's and the global ones) that
	// read the line; none has assertions when ok
	lineAllow []*config.Allowlist
}

// newTrimBound analyses a rule's regex and allowlists.
func newTrimBound(expr string, allow []*config.Allowlist) trimBound {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return trimBound{}
	}
	var t trimBound
	t.mb = boundedBytes(re, &t.u)
	if t.mb > maxTrimBytes {
		return trimBound{}
	}
	all := true
	for _, b := range t.u {
		all = all && b
	}
	if all {
		return trimBound{}
	}
	for _, a := range allow {
		if a.RegexTarget != "line" {
			continue
		}
		for _, r := range a.Regexes {
			if hasAssertion(r) {
				return trimBound{}
			}
		}
		t.lineAllow = append(t.lineAllow, a)
	}
	t.ok = true
	return t
}

// boundedBytes is the most bytes a match of re can hold outside its
// unbounded repeats, whose bytes it adds to u.
func boundedBytes(re *syntax.Regexp, u *[256]bool) int {
	switch re.Op {
	case syntax.OpCapture, syntax.OpQuest:
		return boundedBytes(re.Sub[0], u)
	case syntax.OpStar, syntax.OpPlus:
		markBytes(re.Sub[0], u)
		return 0
	case syntax.OpRepeat:
		if re.Max < 0 {
			markBytes(re.Sub[0], u)
			return 0
		}
		return repeatCount(boundedBytes(re.Sub[0], u), re.Max)
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = min(inf, n+boundedBytes(s, u))
		}
		return n
	case syntax.OpAlternate:
		m := 0
		for _, s := range re.Sub {
			m = max(m, boundedBytes(s, u))
		}
		return m
	}
	return leafBytes(re)
}

// markBytes adds to u every byte a match of re can hold (all bytes from
// 0x80 on for any rune outside ASCII, or an invalid byte read as U+FFFD).
func markBytes(re *syntax.Regexp, u *[256]bool) {
	high := func() {
		for b := 0x80; b < 0x100; b++ {
			u[b] = true
		}
	}
	markRange := func(lo, hi rune) {
		for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
			u[r] = true
		}
		if hi >= utf8.RuneSelf {
			high()
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			markRange(r, r)
			if re.Flags&syntax.FoldCase != 0 {
				f := foldRune(r)
				markRange(f, f)
				markRange(upperASCII(f), upperASCII(f))
				if f == 'k' || f == 's' {
					high() // K U+212A, ſ U+017F
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			markRange(re.Rune[i], re.Rune[i+1])
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		markRange(0, utf8.MaxRune)
	}
	for _, s := range re.Sub {
		markBytes(s, u)
	}
}

func upperASCII(r rune) rune {
	if 'a' <= r && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

// hasAssertion reports whether re holds an empty-width assertion.
func hasAssertion(re *regexp.Regexp) bool {
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return true
	}
	var walk func(*syntax.Regexp) bool
	walk = func(r *syntax.Regexp) bool {
		switch r.Op {
		case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
			syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return true
		}
		for _, s := range r.Sub {
			if walk(s) {
				return true
			}
		}
		return false
	}
	return walk(p)
}

// inFile reports whether the rule's windows may be trimmed in this file:
// its line allowlists that can apply to path match nowhere in text (the
// caller checks the gitleaks:allow signature).
func (t *trimBound) inFile(path, text string) bool {
	if !t.ok {
		return false
	}
	for _, a := range t.lineAllow {
		if a.MatchCondition == config.AllowlistMatchAnd && len(a.Paths) > 0 && !a.PathAllowed(path) {
			continue // needs a path it does not have: never allows here
		}
		for _, r := range a.Regexes {
			if r.MatchString(text) {
				return false
			}
		}
	}
	return true
}

// span is the bytes of text around the keyword occurrence [hs, he) that
// any match holding it lies in, with margins, within [lo, hi).
func (t *trimBound) span(text string, hs, he, lo, hi int) span {
	i, n := he-1, 0
	for ; i >= lo; i-- {
		if !t.u[text[i]] {
			if n++; n > t.mb {
				break
			}
		}
	}
	j, n := hs, 0
	for ; j < hi; j++ {
		if !t.u[text[j]] {
			if n++; n > t.mb {
				break
			}
		}
	}
	s := span{max(lo, i+1-trimMargin), min(hi, j+trimMargin)}
	for s.start > lo && !utf8.RuneStart(text[s.start]) {
		s.start--
	}
	for s.end < hi && !utf8.RuneStart(text[s.end]) {
		s.end++
	}
	return s
}

// mergeByteSpans joins overlapping and touching spans (sorted by start).
func mergeByteSpans(ws []span) []span {
	sort.Slice(ws, func(i, j int) bool { return ws[i].start < ws[j].start })
	out := ws[:1]
	for _, s := range ws[1:] {
		last := &out[len(out)-1]
		if s.start <= last.end {
			last.end = max(last.end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// gitleaksAllow is gitleaks' inline signature that drops a finding on its line.
const gitleaksAllow = "gitleaks:allow"

func fileHasAllowSignature(text string) bool { return strings.Contains(text, gitleaksAllow) }
