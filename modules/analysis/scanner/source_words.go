package scanner

import (
	"regexp/syntax"
	"strings"
)

// sourceWords returns words one of which a file must hold for a model
// source pattern (an `expr` or `call`, canonical or as written) to match
// in it: words of the pattern's last name, which the file spells out where
// it reads the source ("get_input" of "mylib.get_input"; "get" or "getAll"
// of `re:(req|request)\.searchParams\.(get|getAll)`). ok is false when no
// such word is known (a leading wildcard, a regex whose last name is not a
// set of literals): the source may match in any file.
func sourceWords(p string) (words []string, ok bool) {
	if expr, isRe := strings.CutPrefix(p, "re:"); isRe {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return nil, false
		}
		return lastNameWords(re)
	}
	if w := sourceWord(p); w != "" {
		return []string{w}, true
	}
	return nil, false
}

// lastNameWords returns literals one of which every match of re holds in
// its last name (the run of word characters it ends with).
func lastNameWords(re *syntax.Regexp) ([]string, bool) {
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
		if words, ok := requiredWords(p); ok {
			return words, true
		}
		if !wordOnly(p) {
			return nil, false
		}
	}
	return nil, false
}

// requiredWords returns literals one of which every match of re holds,
// each within the last name a match ends with (re being followed only by
// word characters).
func requiredWords(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpCapture:
		return requiredWords(re.Sub[0])
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		s := string(re.Rune)
		i := len(s)
		for i > 0 && isWordByte(s[i-1]) {
			i--
		}
		if i == len(s) {
			return nil, false // ends with a separator: the last name comes after
		}
		return []string{s[i:]}, true
	case syntax.OpPlus:
		return requiredWords(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredWords(re.Sub[0])
		}
	case syntax.OpConcat:
		return lastNameWords(re)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			words, ok := lastNameWords(sub)
			if !ok {
				return nil, false
			}
			out = append(out, words...)
		}
		return out, true
	}
	return nil, false
}

// wordOnly reports whether every match of re is made of word characters
// ([0-9A-Za-z_]) alone.
func wordOnly(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpEndText, syntax.OpEndLine, syntax.OpWordBoundary:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= 0x80 || !isWordByte(byte(r)) {
				return false
			}
		}
		// (?i)k also matches K U+212A
		return re.Flags&syntax.FoldCase == 0
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= 0x80 || !isWordByte(byte(r)) {
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

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
