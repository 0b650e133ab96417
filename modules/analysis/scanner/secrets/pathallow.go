package secrets

import (
	"regexp"
	"regexp/syntax"
	"strings"

	"github.com/zricethezav/gitleaks/v8/config"
)

// Global path allowlists, once per file.
//
// gitleaks joins an allowlist's path regexes into one alternation, which
// Go's regexp package runs over every path without a literal to look for
// first (most start with (?:^|/)): tens of microseconds per file. Here the
// same joined expression is split into its branches, each with literals
// one of which every path it matches holds (literals below), and a branch
// runs only on paths holding one. The join is gitleaks' (config's
// joinRegexOr) on purpose: a (?i) in one branch also applies to the
// branches after it.

// pathRule is one branch of an allowlist's joined paths.
type pathRule struct {
	re *regexp.Regexp
	// lits: every match holds one of them (lower-cased when fold); nil
	// when unknown (the regex always runs)
	lits []string
	fold bool
}

// pathAllowlist decides gitleaks' Allowlist.PathAllowed.
type pathAllowlist struct{ rules []pathRule }

func newPathAllowlist(a *config.Allowlist) pathAllowlist {
	if len(a.Paths) == 0 {
		return pathAllowlist{}
	}
	parts := make([]string, len(a.Paths))
	for i, re := range a.Paths {
		parts[i] = re.String()
	}
	joined := "(?:" + strings.Join(parts, "|") + ")"
	all := pathAllowlist{rules: []pathRule{{re: regexp.MustCompile(joined)}}}
	tree, err := syntax.Parse(joined, syntax.Perl)
	if err != nil {
		return all
	}
	branches := []*syntax.Regexp{tree}
	if tree.Op == syntax.OpAlternate {
		branches = tree.Sub
	}
	var p pathAllowlist
	for _, b := range branches {
		re, err := regexp.Compile(b.String())
		if err != nil {
			return all
		}
		r := pathRule{re: re}
		r.lits, r.fold = literals(b)
		p.rules = append(p.rules, r)
	}
	return p
}

// allowed is a.PathAllowed(path) for the allowlist p was built from.
func (p pathAllowlist) allowed(path string) bool {
	if path == "" {
		return false
	}
	lower := ""
	ascii := isASCII(path) // (?i) matches K U+212A for k, ſ U+017F for s
	for _, r := range p.rules {
		if ascii && r.lits != nil {
			hay := path
			if r.fold {
				if lower == "" {
					lower = strings.ToLower(path)
				}
				hay = lower
			}
			found := false
			for _, l := range r.lits {
				if strings.Contains(hay, l) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		if r.re.MatchString(path) {
			return true
		}
	}
	return false
}

// literals lists strings one of which every match of re holds (fold: some
// are case-insensitive, and all are lower-cased, to be looked for in the
// lower-cased text); nil when it finds none. Non-empty strings only.
func literals(re *syntax.Regexp) (lits []string, fold bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			if !isASCII(s) {
				return nil, false // ſ matches s: lower-casing is not enough
			}
			return []string{strings.ToLower(s)}, true
		}
		return []string{s}, false
	case syntax.OpCapture, syntax.OpPlus:
		return literals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literals(re.Sub[0])
		}
	case syntax.OpConcat:
		// the longest literal run: fewer false candidates
		best, bestFold, bestLen := []string(nil), false, 0
		for _, s := range re.Sub {
			l, f := literals(s)
			if n := shortest(l); n > bestLen {
				best, bestFold, bestLen = l, f, n
			}
		}
		return best, bestFold
	case syntax.OpAlternate:
		var out []string
		anyFold := false
		for _, s := range re.Sub {
			l, f := literals(s)
			if l == nil {
				return nil, false
			}
			out = append(out, l...)
			anyFold = anyFold || f
		}
		if anyFold {
			// one haystack for all: case-sensitive literals are looked
			// for in the lower-cased text, which holds them lower-cased
			for i := range out {
				out[i] = strings.ToLower(out[i])
			}
		}
		return out, anyFold
	}
	return nil, false
}

func shortest(l []string) int {
	if l == nil {
		return 0
	}
	n := len(l[0])
	for _, s := range l[1:] {
		n = min(n, len(s))
	}
	return n
}
