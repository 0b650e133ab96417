package secrets

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule shapes: what a gitleaks rule's regular expression lets us know
// about where its matches can be, so the rule can be run on a few lines
// around its keywords instead of over whole files (see window.go).
//
// A rule is "windowed" when its regex is a concatenation
//
//	prefix · X · suffix
//
// where every string X matches contains one of the rule's keywords
// (ASCII case-insensitively) and the number of line breaks a match of
// each part can hold is bounded. Then every match contains a keyword
// occurrence h inside X's part, starts at most `before` line breaks before
// h and ends at most `after` line breaks after it. The probe, X · suffix
// anchored at X's start with its assertions (\b, ^, $) relaxed to always
// hold, must match for any match to exist; it is tried at the few offsets
// where X's part can start while containing h.

// inf stands for an unbounded count.
const inf = 1 << 30

// shape is what window.go needs to run one rule near its keywords.
type shape struct {
	before, after int            // most line breaks in a match before / after the keyword occurrence
	probe         *regexp.Regexp // \A(?:X·suffix) with assertions relaxed; nil when X's length is unbounded
	probeLong     *regexp.Regexp // probe preferring the longest match (window.go: where matches can end)
	probeBack     int            // most bytes X's part can span: it starts at or after hit end − probeBack
	x             *syntax.Regexp // X
}

// ruleShape analyses a rule's regex against its keywords; ok is false when
// the rule must keep running over whole files.
func ruleShape(expr string, keywords []string) (shape, bool) {
	if len(keywords) == 0 {
		return shape{}, false
	}
	kws := make([]string, len(keywords))
	for i, k := range keywords {
		k = strings.ToLower(k)
		if k == "" || !isASCII(k) || strings.IndexByte(k, '\n') >= 0 {
			return shape{}, false
		}
		kws[i] = k
	}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return shape{}, false
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	parts := flatConcat(re)
	a := analyzer{keywords: kws, memo: map[*syntax.Regexp][]prefix{}, musts: map[*syntax.Regexp]bool{}}
	best, found := shape{}, false
	for i := range parts {
		for j := i; j < len(parts) && j < i+3; j++ {
			x := concat(parts[i : j+1])
			if !a.must(x) {
				continue
			}
			pre, xn, suf := sumNL(parts[:i]), maxNL(x), sumNL(parts[j+1:])
			if pre >= inf || xn >= inf || suf >= inf {
				break
			}
			s := shape{before: pre + xn, after: xn + suf, probeBack: maxBytes(x), x: x}
			if s.probeBack < inf {
				p, err := regexp.Compile(`\A(?:` + relax(concat(parts[i:])).String() + `)`)
				if err != nil {
					break
				}
				s.probe = p
				s.probeLong = p.Copy()
				s.probeLong.Longest()
			}
			if !found || s.tighter(best) {
				best, found = s, true
			}
			break // a longer run from i only weakens the probe
		}
	}
	return best, found
}

// flatConcat lists the parts of re as a concatenation, with the parts of
// concatenations in capture groups inlined (\b(ey[...]{17,}\.ey...): X can
// be the literal ey, whose probe has a bounded start, instead of the whole
// group). Captures only name submatches: the parts concatenated match the
// same strings as re.
func flatConcat(re *syntax.Regexp) []*syntax.Regexp {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return []*syntax.Regexp{re}
	}
	var parts []*syntax.Regexp
	for _, sub := range re.Sub {
		parts = append(parts, flatConcat(sub)...)
	}
	return parts
}

// tighter prefers a probe to none, then the shorter X, then the fewer lines.
func (s shape) tighter(o shape) bool {
	switch {
	case (s.probe != nil) != (o.probe != nil):
		return s.probe != nil
	case s.probeBack != o.probeBack:
		return s.probeBack < o.probeBack
	}
	return s.before+s.after < o.before+o.after
}

func concat(subs []*syntax.Regexp) *syntax.Regexp {
	if len(subs) == 1 {
		return subs[0]
	}
	return &syntax.Regexp{Op: syntax.OpConcat, Sub: subs}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// analyzer decides whether every string a regex matches contains a keyword.
// memo holds the prefixes of the nodes of the rule's regex met so far and
// musts must's answers: ruleShape asks about overlapping runs of the
// regex's parts, and must about every node below them, which recomputed
// from scratch made the analysis of gitleaks' rules most of the pass's
// start-up.
type analyzer struct {
	keywords []string
	memo     map[*syntax.Regexp][]prefix
	musts    map[*syntax.Regexp]bool
}

// must reports whether every string re matches contains a keyword, folding
// letters to ASCII lower case (runes outside ASCII that fold to an ASCII
// letter, K U+212A and ſ U+017F, count as that letter: files holding them
// are searched whole, see needsWholeFile).
func (a analyzer) must(re *syntax.Regexp) bool {
	if v, ok := a.musts[re]; ok {
		return v
	}
	v := a.mustOf(re)
	a.musts[re] = v
	return v
}

func (a analyzer) mustOf(re *syntax.Regexp) bool {
	if a.allContain(a.prefixes(re)) {
		return true
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return a.must(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && a.must(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !a.must(s) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		for i, s := range re.Sub {
			if a.must(s) || a.allContain(a.prefixes(concat(re.Sub[i:]))) {
				return true
			}
		}
	}
	return false
}

func (a analyzer) allContain(set []prefix) bool {
	for _, p := range set {
		hit := false
		for _, k := range a.keywords {
			if strings.Contains(p.s, k) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// prefix is a string every match in some set starts with (folded, see
// foldRune); open means it is the whole match so far and the next part of
// a concatenation may extend it.
type prefix struct {
	s    string
	open bool
}

const (
	maxSet    = 512 // most prefixes tracked for one expression
	maxSetLen = 64  // longest prefix tracked
)

// prefixes returns a set of prefixes such that every string re matches
// starts with one of them.
func prefixes(re *syntax.Regexp) []prefix {
	return analyzer{memo: map[*syntax.Regexp][]prefix{}}.prefixes(re)
}

// prefixes is prefixes(re), remembered per node (the sets are never
// modified once made).
func (a analyzer) prefixes(re *syntax.Regexp) []prefix {
	if p, ok := a.memo[re]; ok {
		return p
	}
	p := a.prefixesOf(re)
	a.memo[re] = p
	return p
}

func (a analyzer) prefixesOf(re *syntax.Regexp) []prefix {
	unknown := []prefix{{"", false}}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []prefix{{"", true}}
	case syntax.OpLiteral:
		var b strings.Builder
		for _, r := range re.Rune {
			b.WriteRune(foldRune(r))
		}
		return []prefix{{b.String(), true}}
	case syntax.OpCharClass:
		n := 0
		seen := map[rune]bool{}
		var out []prefix
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if n += int(re.Rune[i+1]-re.Rune[i]) + 1; n > 128 {
				return unknown
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if f := foldRune(r); !seen[f] {
					seen[f] = true
					out = append(out, prefix{string(f), true})
				}
			}
		}
		return out
	case syntax.OpCapture:
		return a.prefixes(re.Sub[0])
	case syntax.OpQuest:
		return union([]prefix{{"", true}}, a.prefixes(re.Sub[0]))
	case syntax.OpStar:
		return union([]prefix{{"", true}}, closed(a.prefixes(re.Sub[0])))
	case syntax.OpPlus:
		return closed(a.prefixes(re.Sub[0]))
	case syntax.OpRepeat:
		sub := a.prefixes(re.Sub[0])
		if re.Max < 0 || re.Max > 4 {
			if re.Min == 0 {
				return union([]prefix{{"", true}}, closed(sub))
			}
			return closed(sub)
		}
		var out []prefix
		cur := []prefix{{"", true}}
		for n := 0; n <= re.Max; n++ {
			if n >= re.Min {
				out = union(out, cur)
			}
			cur = extend(cur, sub)
		}
		return out
	case syntax.OpConcat:
		cur := []prefix{{"", true}}
		for _, sub := range re.Sub {
			cur = extend(cur, a.prefixes(sub))
		}
		return cur
	case syntax.OpAlternate:
		var out []prefix
		for _, sub := range re.Sub {
			out = union(out, a.prefixes(sub))
		}
		return out
	}
	return unknown
}

// extend appends every prefix of next to every open prefix of cur; when
// that would grow too large the open prefixes are closed as they are.
func extend(cur, next []prefix) []prefix {
	if len(cur)*len(next) > maxSet {
		return closed(cur)
	}
	out := make([]prefix, 0, len(cur)*len(next))
	for _, x := range cur {
		if !x.open {
			out = append(out, x)
			continue
		}
		for _, y := range next {
			if len(x.s)+len(y.s) > maxSetLen {
				out = append(out, prefix{x.s, false})
				continue
			}
			out = append(out, prefix{x.s + y.s, y.open})
		}
	}
	return union(nil, out)
}

func closed(set []prefix) []prefix {
	out := make([]prefix, len(set))
	for i, p := range set {
		out[i] = prefix{p.s, false}
	}
	return out
}

func union(a, b []prefix) []prefix {
	seen := make(map[prefix]bool, len(a)+len(b))
	var out []prefix
	for _, set := range [][]prefix{a, b} {
		for _, p := range set {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// foldRune maps a rune to the ASCII lower-case letter of its case-folding
// orbit when it has one (A, a, and for k and s also K U+212A and ſ U+017F),
// else to itself.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return lowerASCII(r)
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if l := lowerASCII(f); 'a' <= l && l <= 'z' {
			return l
		}
	}
	return r
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// maxOver is the most of a measure that a match of re can hold (inf:
// unbounded), for a measure that adds up along a concatenation: leaf gives
// it for a node with no subexpression (literal, character class, any
// character, empty-width assertion, no match), maxOver combines the rest.
func maxOver(re *syntax.Regexp, leaf func(*syntax.Regexp) int) int {
	switch re.Op {
	case syntax.OpCapture, syntax.OpQuest:
		return maxOver(re.Sub[0], leaf)
	case syntax.OpStar, syntax.OpPlus:
		return repeatCount(maxOver(re.Sub[0], leaf), -1)
	case syntax.OpRepeat:
		return repeatCount(maxOver(re.Sub[0], leaf), re.Max)
	case syntax.OpConcat:
		return sumOver(re.Sub, leaf)
	case syntax.OpAlternate:
		m := 0
		for _, s := range re.Sub {
			m = max(m, maxOver(s, leaf))
		}
		return m
	}
	return leaf(re)
}

// sumOver is maxOver of the concatenation of subs.
func sumOver(subs []*syntax.Regexp, leaf func(*syntax.Regexp) int) int {
	n := 0
	for _, s := range subs {
		n = min(inf, n+maxOver(s, leaf))
	}
	return n
}

// maxNL is the most line breaks a match of re can hold (inf: unbounded).
func maxNL(re *syntax.Regexp) int { return maxOver(re, leafNL) }

// sumNL is maxNL of the concatenation of subs.
func sumNL(subs []*syntax.Regexp) int { return sumOver(subs, leafNL) }

func leafNL(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return strings.Count(string(re.Rune), "\n")
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= '\n' && '\n' <= re.Rune[i+1] {
				return 1
			}
		}
		return 0
	case syntax.OpAnyChar:
		return 1
	}
	return 0 // empty-width assertions, AnyCharNotNL, NoMatch
}

// maxBytes is the most bytes a match of re can span (inf: unbounded);
// a byte that is not valid UTF-8 counts as one character.
func maxBytes(re *syntax.Regexp) int { return maxOver(re, leafBytes) }

func leafBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			w := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			n += max(w, 1)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return max(1, utf8.RuneLen(min(re.Rune[len(re.Rune)-1], unicode.MaxRune)))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	}
	return 0 // empty-width assertions, NoMatch
}

// repeatCount is per·n for n repetitions (n < 0: unbounded).
func repeatCount(per, n int) int {
	switch {
	case per == 0:
		return 0
	case n < 0 || per >= inf:
		return inf
	}
	return min(inf, per*n)
}

// relax returns a copy of re whose empty-width assertions always hold: it
// matches every string re matches (and more), whatever surrounds it.
func relax(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return &syntax.Regexp{Op: syntax.OpEmptyMatch}
	}
	if len(re.Sub) == 0 {
		return re
	}
	c := *re
	c.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, s := range re.Sub {
		c.Sub[i] = relax(s)
	}
	return &c
}
