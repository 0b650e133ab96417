package scanner

import (
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// literalStartRe matches a JavaScript regex literal whose first element
// (after an optional ^) is a literal character that is neither `<` nor a
// blank (nor anything with a regex meaning): /^#diff-.+$/, /#L\d+/, /^\/api\//.
// Every match of such a regex starts with that character, anchored or not.
var literalStartRe = regexp.MustCompile(`^/\^?(?:[A-Za-z0-9#_!%&,:;=@~'"-]|\\[/.#?*+$^|(){}\[\]-])`)

// startsWithNonMarkup reports whether an operand is, in fn, the whole match
// (element 0) of a regex that starts with a literal character other than `<`
// and blanks: `m = s.match(/^#diff-.+$/)` then `m[0]`, or `re.exec(s)[0]`
// with such a literal receiver. Such text cannot start with `<`, so a sink that parses
// only text starting with `<` as HTML (MarkupStart) reads it as a selector.
func startsWithNonMarkup(fn *ir.Func, o ir.Operand) bool {
	if fn == nil || o.IsConst() {
		return false
	}
	p := o.Place
	for range 4 {
		if len(p.Path) == 1 && p.Path[0].Kind == ir.Key && p.Path[0].Name == "0" {
			d := soleDefIn(fn, p.Base)
			for d != nil && d.Op == ir.Assign && len(d.Args) == 1 && !d.Args[0].IsConst() && len(d.Args[0].Place.Path) == 0 {
				d = soleDefIn(fn, d.Args[0].Place.Base)
			}
			return d != nil && isAnchoredMatch(d)
		}
		if len(p.Path) != 0 {
			return false
		}
		d := soleDefIn(fn, p.Base)
		if d == nil || d.Op != ir.Assign || len(d.Args) != 1 || d.Args[0].IsConst() {
			return false
		}
		p = d.Args[0].Place
	}
	return false
}

// isAnchoredMatch reports whether a call is s.match(/^x.../) or
// /^x.../.exec(s) with such a regex (with the g flag, match returns every
// whole match: each starts with x too).
func isAnchoredMatch(in *ir.Instr) bool {
	if in.Op != ir.Call {
		return false
	}
	name := in.Text
	if i := lastDot(name); i >= 0 {
		name = name[i+1:]
	}
	var re ir.Operand
	switch {
	case name == "match" && len(in.Args) == 1 && in.Recv != nil:
		re = in.Args[0]
	case name == "exec" && len(in.Args) == 1 && in.Recv != nil:
		re = *in.Recv
	default:
		return false
	}
	if !re.IsConst() || re.Const.Kind != ir.Str {
		return false
	}
	return literalStart(re.Const.S)
}

// literalStart reports whether every match of the regex literal lit starts
// with one fixed character other than `<` and blanks.
func literalStart(lit string) bool {
	// an alternative (/#a|<b/) may match without the first character;
	// a quantifier right after it (/#?<b/, /#*x/) makes it optional
	if !literalStartRe.MatchString(lit) || strings.Contains(lit, "|") {
		return false
	}
	rest := strings.TrimPrefix(lit[1:], "^")
	if rest[0] == '\\' {
		rest = rest[1:]
	}
	return len(rest) < 2 || !strings.ContainsRune("?*{", rune(rest[1]))
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// soleDefIn returns the only instruction of fn that writes the whole of
// variable base, or nil when there are none or several.
func soleDefIn(fn *ir.Func, base string) *ir.Instr {
	var one *ir.Instr
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if in.Dst == nil || in.Dst.Base != base {
				continue
			}
			if len(in.Dst.Path) != 0 || one != nil {
				return nil
			}
			one = in
		}
	}
	return one
}
