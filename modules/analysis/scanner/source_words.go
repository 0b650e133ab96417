package scanner

import (
	"regexp/syntax"
	"slices"
	"strings"

	"vigil/modules/analysis/scanner/ident"
)

// sourceWords returns words one of which a file must hold for a model
// source pattern (an `expr` or `call`, canonical or as written) to match
// in it: words of the pattern's last name, which the file spells out where
// it reads the source ("get_input" of "mylib.get_input"; "get" or "getAll"
// of `re:(req|request)\.searchParams\.(get|getAll)`). ok is false when no
// such word is known (a leading wildcard, a regex whose last name is not a
// set of literals): the source may match in any file. start says that the
// word begins the last name in every match (it follows a separator in the
// pattern): where the source matches, the file then spells the word out
// where no word character comes before it ("ENV" of "ENV*" is not the one
// of "RAILS_ENV").
func sourceWords(p string) (words []string, start, ok bool) {
	if expr, isRe := strings.CutPrefix(p, "re:"); isRe {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return nil, false, false
		}
		return lastNameWords(re)
	}
	if w := sourceWord(p); w != "" {
		return []string{w}, ident.Byte(w[0]), true
	}
	return nil, false, false
}

// ownerWords returns words one of which a file must also hold where a
// source pattern matches: the name before its last one ("request" of
// "flask.request.path*", "Request" of `re:(Rack|ActionDispatch)::Request\.new`,
// "searchParams" of `re:req\.nextUrl\.searchParams\.(get|getAll)`), which
// the file spells out where it reaches the source, be it in the same
// expression or where it names the object it later reads. nil when the
// pattern has a single name or the name before is not a set of literals.
func ownerWords(p string) []string {
	if expr, isRe := strings.CutPrefix(p, "re:"); isRe {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return nil
		}
		return ownerOfRegexp(re)
	}
	if i := strings.IndexByte(p, '*'); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimRight(p, ".")
	i := strings.LastIndexByte(p, '.')
	if i < 0 {
		return nil
	}
	if w := trailingWord(p[:i]); w != "" {
		return []string{w}
	}
	return nil
}

// ownerOfRegexp is ownerWords of a re: pattern.
func ownerOfRegexp(re *syntax.Regexp) []string {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	parts := re.Sub
	i := len(parts) - 1
	for ; i >= 0; i-- {
		if _, _, ok := requiredWords(parts[i]); ok {
			break
		}
		if !wordOnly(parts[i]) {
			return nil
		}
	}
	if i < 0 {
		return nil
	}
	if lit := parts[i]; lit.Op == syntax.OpLiteral && lit.Flags&syntax.FoldCase == 0 {
		// the literal holds the start of the last name, after a separator
		s := string(lit.Rune)
		head := s[:len(s)-len(trailingWord(s))]
		if head == "" {
			return nil // the last name starts before the literal
		}
		if rest := strings.TrimRightFunc(head, notWordRune); rest != "" {
			if w := trailingWord(rest); w != "" {
				return []string{w}
			}
			return nil
		}
		// the literal opens with the separator: the name before ends the
		// parts before it
		if i == 0 {
			return nil
		}
		words, _, ok := lastNameWords(&syntax.Regexp{Op: syntax.OpConcat, Sub: parts[:i]})
		if !ok {
			return nil
		}
		slices.Sort(words)
		return slices.Compact(words)
	}
	// the last name is a group: the part before ends with a separator
	// after the name before
	if i == 0 {
		return nil
	}
	prev := parts[i-1]
	if prev.Op != syntax.OpLiteral || prev.Flags&syntax.FoldCase != 0 {
		return nil
	}
	s := string(prev.Rune)
	rest := strings.TrimRightFunc(s, notWordRune)
	if len(rest) == len(s) {
		return nil // no separator: the last name starts before the group
	}
	if w := trailingWord(rest); w != "" {
		return []string{w}
	}
	return nil
}

// trailingWord is the run of word characters s ends with.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 && ident.Byte(s[i-1]) {
		i--
	}
	return s[i:]
}

func notWordRune(r rune) bool { return r >= 0x80 || !ident.Byte(byte(r)) }

// lastNameWords returns literals one of which every match of re holds in
// its last name (the run of word characters it ends with); start: each
// begins that name.
func lastNameWords(re *syntax.Regexp) (words []string, start, ok bool) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	// from the end: parts that only add word characters stay in the
	// last name; the first one that must hold a literal gives the words
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		if words, start, ok := requiredWords(p); ok {
			return words, start, true
		}
		if !wordOnly(p) {
			return nil, false, false
		}
	}
	return nil, false, false
}

// requiredWords returns literals one of which every match of re holds,
// each within the last name a match ends with (re being followed only by
// word characters); start: each begins that name (a separator comes
// before it in its literal).
func requiredWords(re *syntax.Regexp) (words []string, start, ok bool) {
	switch re.Op {
	case syntax.OpCapture:
		return requiredWords(re.Sub[0])
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		s := string(re.Rune)
		i := len(s)
		for i > 0 && ident.Byte(s[i-1]) {
			i--
		}
		if i == len(s) {
			return nil, false, false // ends with a separator: the last name comes after
		}
		return []string{s[i:]}, i > 0, true
	case syntax.OpPlus:
		return requiredWords(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredWords(re.Sub[0])
		}
	case syntax.OpConcat:
		return lastNameWords(re)
	case syntax.OpAlternate:
		start = true
		for _, sub := range re.Sub {
			w, st, ok := lastNameWords(sub)
			if !ok {
				return nil, false, false
			}
			words, start = append(words, w...), start && st
		}
		return words, start, true
	}
	return nil, false, false
}

// wordOnly reports whether every match of re is made of word characters
// ([0-9A-Za-z_]) alone.
func wordOnly(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpEndText, syntax.OpEndLine, syntax.OpWordBoundary:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= 0x80 || !ident.Byte(byte(r)) {
				return false
			}
		}
		// (?i)k also matches K U+212A
		return re.Flags&syntax.FoldCase == 0
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= 0x80 || !ident.Byte(byte(r)) {
					return false
				}
			}
		}
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !wordOnly(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// srcCond is what a file must hold for a model source to match in it:
// one of words (sourceWords; with start, where no word character comes
// before it) and, when known, one of owner (ownerWords).
type srcCond struct {
	words, owner []string
	start        bool
}

func (c srcCond) holds(tf *taintFile) bool {
	return tf.holdsAny(c.words, c.start) && (len(c.owner) == 0 || tf.holdsAny(c.owner, false))
}

// ownKeywordCovers reports whether a keyword of the rule's own sources
// (taintKeywords) ends the literal part of a model source pattern
// ("request.args" of "flask.request.args*"): a file where the pattern
// matches then holds the keyword already (or imports its first name under
// another one, which v2SourceHint's alias check sees), so the pattern's
// weaker last-name word ("args") need not be searched for.
func ownKeywordCovers(own []string, p string) bool {
	if strings.HasPrefix(p, "re:") {
		return false
	}
	if i := strings.IndexByte(p, '*'); i >= 0 {
		p = p[:i]
	}
	for _, k := range own {
		if k != "" && strings.HasSuffix(p, k) {
			return true
		}
	}
	return false
}
