package scanner

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// literalMatcher answers re.MatchString with a set lookup when re is an
// anchored alternation of plain literals (`^(strcpy|strcat|wcscpy)$`, the
// usual shape of a rule's name constraint), and with re otherwise.
type literalMatcher struct {
	re  *regexp.Regexp
	set map[string]struct{} // nil: use re
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
	}
	return m
}

// MatchString is re.MatchString(s).
func (m literalMatcher) MatchString(s string) bool {
	if m.set != nil {
		_, ok := m.set[s]
		return ok
	}
	return m.re.MatchString(s)
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
