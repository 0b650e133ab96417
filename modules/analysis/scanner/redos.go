package scanner

import (
	"regexp/syntax"
	"strings"
	"unicode"
)

// ambiguousNested reports whether a regular expression has a repeated
// group whose body can match the same text in more than one way from one
// iteration to the next: the nested quantifiers that make a backtracking
// engine take exponential time on a near match (`(a+)+`, `(\w+\s?)*`,
// `([\w.]+\.)*`). A nested quantifier whose iterations are pinned by a
// mandatory separator the inner repetition cannot consume (`\d+(?:\.\d+)*`,
// `(\w+,)*`) is linear and is not reported. Patterns Go's parser does not
// accept (lookaround, backreferences) are not judged: false is returned.
func ambiguousNested(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	return hasAmbiguousRepeat(re)
}

func hasAmbiguousRepeat(re *syntax.Regexp) bool {
	if isUnboundedRepeat(re) && ambiguousBody(re.Sub[0]) {
		return true
	}
	for _, s := range re.Sub {
		if hasAmbiguousRepeat(s) {
			return true
		}
	}
	return false
}

// isUnboundedRepeat: *, + or {n,} (or a large bound, which backtracks the same way).
func isUnboundedRepeat(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus:
		return true
	case syntax.OpRepeat:
		return re.Max == -1 || re.Max >= 16
	}
	return false
}

// ambiguousBody reports whether the body of a repeated group contains an
// unbounded repetition and no mandatory part that the repetition cannot
// consume (a separator that starts or ends each iteration unambiguously).
func ambiguousBody(body *syntax.Regexp) bool {
	body = unwrapCapture(body)
	inner := innerRepeats(body)
	if len(inner) == 0 {
		return false
	}
	var seq []*syntax.Regexp
	if body.Op == syntax.OpConcat {
		for _, s := range body.Sub {
			seq = append(seq, unwrapCapture(s))
		}
	} else {
		seq = []*syntax.Regexp{body}
	}
	for _, q := range inner {
		qs := chars(q.Sub[0])
		pinned := false
		for _, item := range seq {
			if item == q || minLen(item) == 0 || containsNode(item, q) {
				continue
			}
			if !overlaps(chars(item), qs) {
				pinned = true
				break
			}
		}
		if !pinned {
			return true
		}
	}
	return false
}

func unwrapCapture(re *syntax.Regexp) *syntax.Regexp {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re
}

// innerRepeats lists the unbounded repetitions inside re (re itself excluded).
func innerRepeats(re *syntax.Regexp) []*syntax.Regexp {
	var out []*syntax.Regexp
	var walk func(*syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		for _, s := range n.Sub {
			if isUnboundedRepeat(s) {
				out = append(out, s)
			}
			walk(s)
		}
	}
	if isUnboundedRepeat(re) {
		out = append(out, re)
	}
	walk(re)
	return out
}

func containsNode(re, target *syntax.Regexp) bool {
	if re == target {
		return true
	}
	for _, s := range re.Sub {
		if containsNode(s, target) {
			return true
		}
	}
	return false
}

// minLen is the length of the shortest text re matches.
func minLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minLen(s)
		}
		return n
	case syntax.OpAlternate:
		m := -1
		for _, s := range re.Sub {
			if l := minLen(s); m < 0 || l < m {
				m = l
			}
		}
		return max(m, 0)
	}
	return 0
}

// chars is the set of characters re can match anywhere, as sorted
// inclusive ranges [lo0, hi0, lo1, hi1, ...].
func chars(re *syntax.Regexp) []rune {
	switch re.Op {
	case syntax.OpLiteral:
		var out []rune
		for _, r := range re.Rune {
			out = append(out, r, r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					out = append(out, f, f)
				}
			}
		}
		return out
	case syntax.OpCharClass:
		return re.Rune
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []rune{0, unicode.MaxRune}
	}
	var out []rune
	for _, s := range re.Sub {
		out = append(out, chars(s)...)
	}
	return out
}

func overlaps(a, b []rune) bool {
	for i := 0; i+1 < len(a); i += 2 {
		for j := 0; j+1 < len(b); j += 2 {
			if a[i] <= b[j+1] && b[j] <= a[i+1] {
				return true
			}
		}
	}
	return false
}

// regexLiteralText turns the source text of a regex literal into its
// pattern: a JavaScript /.../flags literal's body is kept as written; a
// string literal loses its prefix and quotes, and outside raw strings its
// doubled backslashes are halved ("\\d" is the pattern \d).
func regexLiteralText(s string) string {
	s = strings.TrimSpace(s)
	raw := false
	for len(s) > 0 && strings.ContainsRune("rRbBuUfF", rune(s[0])) {
		if s[0] == 'r' || s[0] == 'R' {
			raw = true
		}
		s = s[1:]
	}
	for _, q := range []string{`"""`, `'''`, `"`, `'`, "`"} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			s = s[len(q) : len(s)-len(q)]
			if !raw {
				s = strings.ReplaceAll(s, `\\`, `\`)
			}
			return s
		}
	}
	return s
}
