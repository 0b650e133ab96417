package scanner

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Callee patterns are mostly globs (`*.execute`, `os.system`,
// `subprocess.*`), which globRe compiles to anchored regexps such as
// ^(?:.*\.)?execute$. The prefilters ask every distinct callee of a scan
// against every sink pattern of every rule, and Go's regexp runs those
// (an optional `.*` prefix defeats its one-pass matcher) through the
// backtracker: a tenth of a scan's CPU. calleeFunc answers the same
// question with string comparisons for the regexps of that shape.

var calleeFuncs sync.Map // *regexp.Regexp -> func(string) bool

// calleeFunc returns a function answering re.MatchString, by string
// comparisons when re is an anchored glob (literals and `.*` gaps, after
// an optional `(?:.*\.)?`), otherwise by re itself. nil for a nil re
// matches nothing.
func calleeFunc(re *regexp.Regexp) func(string) bool {
	if re == nil {
		return func(string) bool { return false }
	}
	if f, ok := calleeFuncs.Load(re); ok {
		return f.(func(string) bool)
	}
	f := re.MatchString
	if g, ok := parseGlobRe(re.String()); ok {
		f = func(s string) bool {
			if strings.IndexByte(s, '\n') >= 0 {
				// `.` does not match a newline: leave such text to re
				return re.MatchString(s)
			}
			return g.match(s)
		}
	} else if g, ok := parseSetGlob(re.String()); ok {
		f = func(s string) bool {
			if strings.IndexByte(s, '\n') >= 0 {
				return re.MatchString(s)
			}
			return g.match(s)
		}
	} else if lit := requiredLiteral(re.String()); len(lit) >= 3 {
		f = func(s string) bool {
			return strings.Contains(s, lit) && re.MatchString(s)
		}
	}
	calleeFuncs.Store(re, f)
	return f
}

// glob is ^ optPrefix? segs[0] .* segs[1] .* ... segs[n-1] $: anyFirst
// and anyLast say whether the first and last segment are preceded /
// followed by a gap; optDot whether `(?:.*\.)?` opens the pattern.
type glob struct {
	segs              []string
	anyFirst, anyLast bool
	optDot            bool
}

func (g glob) match(s string) bool {
	if g.plain(s) {
		return true
	}
	if !g.optDot {
		return false
	}
	// (?:.*\.)? taken: some prefix ending in '.' then the rest; a gap
	// opening the rest absorbs any such prefix
	if g.anyFirst {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && g.plain(s[i+1:]) {
			return true
		}
	}
	return false
}

// plain matches s against the segments and gaps (no optional prefix).
func (g glob) plain(s string) bool {
	segs := g.segs
	if len(segs) == 0 {
		return g.anyFirst || s == ""
	}
	if !g.anyFirst {
		if !strings.HasPrefix(s, segs[0]) {
			return false
		}
		s = s[len(segs[0]):]
		segs = segs[1:]
		if len(segs) == 0 {
			return g.anyLast || s == ""
		}
	}
	if !g.anyLast {
		last := segs[len(segs)-1]
		if !strings.HasSuffix(s, last) {
			return false
		}
		s = s[:len(s)-len(last)]
		segs = segs[:len(segs)-1]
	}
	// the segments left each have a gap on both sides: leftmost
	// occurrences in order
	for _, seg := range segs {
		i := strings.Index(s, seg)
		if i < 0 {
			return false
		}
		s = s[i+len(seg):]
	}
	return true
}

// anchoredItems parses a regexp of the form ^(?:(?:.*\.)?...)$ into the
// items between the anchors, groups flattened (the patterns never ask for
// submatches of callee regexps), the optional `(?:.*\.)?` prefix taken off
// and reported as optDot.
func anchoredItems(expr string) (items []*syntax.Regexp, optDot, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false, false
	}
	var flatten func(*syntax.Regexp)
	flatten = func(r *syntax.Regexp) {
		switch r.Op {
		case syntax.OpConcat:
			for _, sub := range r.Sub {
				flatten(sub)
			}
		case syntax.OpCapture:
			flatten(r.Sub[0])
		default:
			items = append(items, r)
		}
	}
	flatten(re)
	if len(items) < 2 || items[0].Op != syntax.OpBeginText || items[len(items)-1].Op != syntax.OpEndText {
		return nil, false, false
	}
	items = items[1 : len(items)-1]
	if len(items) > 0 && isOptDotPrefix(items[0]) {
		optDot, items = true, items[1:]
	}
	return items, optDot, true
}

// parseGlobRe recognises the anchored globs globRe and the model packs
// compile: ^(?:(?:.*\.)?L0.*L1...Ln)$ with case-sensitive literals.
func parseGlobRe(expr string) (glob, bool) {
	items, optDot, ok := anchoredItems(expr)
	if !ok {
		return glob{}, false
	}
	g := glob{optDot: optDot}
	gap := false
	for i, it := range items {
		switch {
		case isDotStar(it):
			if i == 0 {
				g.anyFirst = true
			}
			gap = true
			if i == len(items)-1 {
				g.anyLast = true
			}
		case it.Op == syntax.OpLiteral && it.Flags&syntax.FoldCase == 0:
			lit := string(it.Rune)
			if strings.ContainsRune(lit, utf8.RuneError) || strings.IndexByte(lit, '\n') >= 0 {
				return glob{}, false
			}
			if !gap && len(g.segs) > 0 {
				g.segs[len(g.segs)-1] += lit
			} else {
				g.segs = append(g.segs, lit)
			}
			gap = false
		default:
			return glob{}, false
		}
	}
	if len(items) == 0 {
		return glob{}, false
	}
	return g, true
}

// isDotStar: `.*` (any run of non-newlines).
func isDotStar(r *syntax.Regexp) bool {
	return r.Op == syntax.OpStar && r.Sub[0].Op == syntax.OpAnyCharNotNL
}

// isOptDotPrefix: `(?:.*\.)?`.
func isOptDotPrefix(r *syntax.Regexp) bool {
	if r.Op != syntax.OpQuest {
		return false
	}
	sub := r.Sub[0]
	for sub.Op == syntax.OpCapture {
		sub = sub.Sub[0]
	}
	return sub.Op == syntax.OpConcat && len(sub.Sub) == 2 && isDotStar(sub.Sub[0]) &&
		sub.Sub[1].Op == syntax.OpLiteral && string(sub.Sub[1].Rune) == "." && sub.Sub[1].Flags&syntax.FoldCase == 0
}

// Most callee patterns that are not plain globs are alternations of names
// (`^(?:os\.(remove|unlink|rmdir))$`, `^(?:.*\.(execute|raw))$`,
// `^(?:(\$|jQuery)\(.*\)\.text)$`): finite sets of strings, with at most
// one `.*` gap between a finite head and a finite tail, after an optional
// `(?:.*\.)?`. setGlob answers those with map lookups.
type setGlob struct {
	optDot     bool
	gap        bool   // head .* tail; without a gap only head counts
	head, tail strSet // finite sets of literal strings
}

// strSet is a finite set of strings and the distinct lengths they have.
type strSet struct {
	m    map[string]struct{}
	lens []int
}

func newStrSet(strs []string) strSet {
	s := strSet{m: make(map[string]struct{}, len(strs))}
	for _, x := range strs {
		if _, ok := s.m[x]; !ok {
			s.m[x] = struct{}{}
			if !slices.Contains(s.lens, len(x)) {
				s.lens = append(s.lens, len(x))
			}
		}
	}
	slices.Sort(s.lens)
	return s
}

func (s strSet) has(x string) bool {
	_, ok := s.m[x]
	return ok
}

// match is the regexp's answer for s holding no newline.
func (g setGlob) match(s string) bool {
	if g.plain(s) {
		return true
	}
	if !g.optDot {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && g.plain(s[i+1:]) {
			return true
		}
	}
	return false
}

func (g setGlob) plain(s string) bool {
	if !g.gap {
		return g.head.has(s)
	}
	for _, l1 := range g.head.lens {
		if l1 > len(s) {
			break
		}
		if !g.head.has(s[:l1]) {
			continue
		}
		rest := s[l1:]
		for _, l2 := range g.tail.lens {
			if l2 > len(rest) {
				break
			}
			if g.tail.has(rest[len(rest)-l2:]) {
				return true
			}
		}
	}
	return false
}

// parseSetGlob recognises ^(?:(?:.*\.)?H(.*T)?)$ with H and T finite sets
// of case-sensitive literals (exactLiterals' enumerate) holding neither a
// newline nor U+FFFD (which the regexp also matches against invalid
// UTF-8).
func parseSetGlob(expr string) (setGlob, bool) {
	items, optDot, ok := anchoredItems(expr)
	if !ok {
		return setGlob{}, false
	}
	g := setGlob{optDot: optDot}
	head, tail := []string{""}, []string{""}
	for _, it := range items {
		if isDotStar(it) {
			if g.gap {
				return setGlob{}, false
			}
			g.gap = true
			continue
		}
		strs, ok := enumerate(it)
		if !ok {
			return setGlob{}, false
		}
		cur := &head
		if g.gap {
			cur = &tail
		}
		if len(*cur)*len(strs) > maxLiteralSet {
			return setGlob{}, false
		}
		*cur = cross(*cur, strs)
	}
	for _, s := range append(slices.Clone(head), tail...) {
		if strings.ContainsRune(s, utf8.RuneError) || strings.IndexByte(s, '\n') >= 0 {
			return setGlob{}, false
		}
	}
	g.head, g.tail = newStrSet(head), newStrSet(tail)
	return g, true
}

// requiredLiteral returns a string every match of expr holds (the longest
// case-sensitive literal of its top-level sequence, looking into groups
// and `+`), "" when it finds none. Literals holding U+FFFD, which the
// regexp also matches against invalid UTF-8, are not used.
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	return mustHold(re)
}

func mustHold(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 || strings.ContainsRune(lit, utf8.RuneError) {
			return ""
		}
		return lit
	case syntax.OpCapture, syntax.OpPlus:
		return mustHold(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustHold(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if l := mustHold(sub); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}
