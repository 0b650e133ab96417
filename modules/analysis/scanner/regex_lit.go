package scanner

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// literalMatcher answers re.MatchString with a set lookup when re is an
// anchored alternation of plain literals (`^(strcpy|strcat|wcscpy)$`, the
// usual shape of a rule's name constraint), and with re otherwise.
type literalMatcher struct {
	re  *regexp.Regexp
	set map[string]struct{} // nil: use re
	// need, when set is nil, holds strings one of which every match of re
	// contains (nil: none known): texts holding none are no match
	need []needle
}

// maxLiteralSet bounds how many strings an expression may expand to.
const maxLiteralSet = 512

func newLiteralMatcher(re *regexp.Regexp) literalMatcher {
	m := literalMatcher{re: re}
	if re == nil {
		return m
	}
	if strs, ok := exactLiterals(re.String()); ok {
		m.set = make(map[string]struct{}, len(strs))
		for _, s := range strs {
			m.set[s] = struct{}{}
		}
		return m
	}
	m.need = needles(re.String())
	return m
}

// MatchString is re.MatchString(s).
func (m literalMatcher) MatchString(s string) bool {
	if m.set != nil {
		_, ok := m.set[s]
		return ok
	}
	if m.need != nil && !mayHold(s, m.need) {
		return false
	}
	return m.re.MatchString(s)
}

// needle is a string a match holds, as it is written (fold: in any ASCII
// case, lit in lower case).
type needle struct {
	lit  string
	fold bool
}

// maxNeedles bounds how many alternatives a prefilter tries.
const maxNeedles = 16

// needles returns strings one of which every match of expr holds, nil
// when it finds none worth a test (each at least 2 bytes). Literals under
// (?i) count only when they are ASCII (their other cases are then ASCII
// too, but for k and s, which also match the Kelvin sign and the long s:
// mayHold leaves text with such bytes to the regexp); literals holding
// U+FFFD, which also matches invalid UTF-8, are not used.
func needles(expr string) []needle {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	ns, ok := mustHoldOne(re)
	if !ok {
		return nil
	}
	for _, n := range ns {
		if len(n.lit) < 2 {
			return nil
		}
	}
	return ns
}

// mustHoldOne returns needles one of which every match of re holds.
func mustHoldOne(re *syntax.Regexp) ([]needle, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if strings.ContainsRune(lit, utf8.RuneError) {
			return nil, false
		}
		if re.Flags&syntax.FoldCase == 0 {
			return []needle{{lit: lit}}, true
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil, false
			}
		}
		return []needle{{lit: strings.ToLower(lit), fold: true}}, true
	case syntax.OpCapture, syntax.OpPlus:
		return mustHoldOne(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustHoldOne(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []needle
		for _, sub := range re.Sub {
			if ns, ok := mustHoldOne(sub); ok && better(ns, best) {
				best = ns
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var out []needle
		for _, sub := range re.Sub {
			ns, ok := mustHoldOne(sub)
			if !ok || len(out)+len(ns) > maxNeedles {
				return nil, false
			}
			out = append(out, ns...)
		}
		return out, true
	}
	return nil, false
}

// better prefers the needles whose shortest is longer, then fewer.
func better(a, b []needle) bool {
	if b == nil {
		return true
	}
	short := func(ns []needle) int {
		m := len(ns[0].lit)
		for _, n := range ns[1:] {
			m = min(m, len(n.lit))
		}
		return m
	}
	if sa, sb := short(a), short(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// mayHold reports whether s holds one of the needles (or might: text
// with non-ASCII bytes, for a needle under (?i) holding k or s).
func mayHold(s string, ns []needle) bool {
	ascii := -1
	for _, n := range ns {
		if !n.fold {
			if strings.Contains(s, n.lit) {
				return true
			}
			continue
		}
		if strings.ContainsAny(n.lit, "ks") {
			if ascii < 0 {
				ascii = 1
				for i := 0; i < len(s); i++ {
					if s[i] >= utf8.RuneSelf {
						ascii = 0
						break
					}
				}
			}
			if ascii == 0 {
				return true
			}
		}
		if containsFold(s, n.lit) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds lit (lower-case ASCII) in any
// ASCII case.
func containsFold(s, lit string) bool {
	n := len(lit)
next:
	for i := 0; i+n <= len(s); i++ {
		for j := 0; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lit[j] {
				continue next
			}
		}
		return true
	}
	return false
}

// exactLiterals returns every string the expression matches when it is
// ^X$ with X a finite combination of case-sensitive literals, small
// character classes, alternations, concatenations, groups and `?`.
// Expressions that could match U+FFFD are refused: the regexp engine also
// matches that rune against invalid UTF-8, which a set lookup would not.
func exactLiterals(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, false
	}
	first, last := re.Sub[0], re.Sub[len(re.Sub)-1]
	if first.Op != syntax.OpBeginText || last.Op != syntax.OpEndText {
		return nil, false
	}
	out := []string{""}
	for _, sub := range re.Sub[1 : len(re.Sub)-1] {
		strs, ok := enumerate(sub)
		if !ok || len(out)*len(strs) > maxLiteralSet {
			return nil, false
		}
		out = cross(out, strs)
	}
	for _, s := range out {
		for _, r := range s {
			if r == utf8.RuneError {
				return nil, false
			}
		}
	}
	return out, true
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

func enumerate(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 64 {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return enumerate(re.Sub[0])
	case syntax.OpQuest:
		strs, ok := enumerate(re.Sub[0])
		if !ok {
			return nil, false
		}
		return append([]string{""}, strs...), true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			strs, ok := enumerate(sub)
			if !ok || len(out)*len(strs) > maxLiteralSet {
				return nil, false
			}
			out = cross(out, strs)
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			strs, ok := enumerate(sub)
			if !ok || len(out)+len(strs) > maxLiteralSet {
				return nil, false
			}
			out = append(out, strs...)
		}
		return out, true
	}
	return nil, false
}
