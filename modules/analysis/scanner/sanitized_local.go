package scanner

import (
	"regexp"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"vigil/modules/analysis/scanner/models"
)

// packSanitizer reports, for a language and a rule's CWEs, whether a call
// (as written) is one of the built-in model packs' plain sanitizers for
// the rule's kinds (`sanitize`, `h`, `ERB::Util.html_escape`,
// `CGI.escapeHTML` for XSS in Ruby): the packs, not the rule, say what
// makes text safe. Sanitizers restricted by a `where` or acting on their
// receiver do not count. Nil when the packs cannot be read.
func packSanitizer(lang string, cwe []string) func(string) bool {
	set, err := builtinModels()
	if err != nil {
		return nil
	}
	var sans []models.Sanitizer
	for _, s := range set.For(lang, models.KindsForCWE(cwe)).Sanitizers {
		if !s.IsAssign() && !s.Receiver && s.WhereRe() == nil {
			sans = append(sans, s)
		}
	}
	return func(call string) bool {
		for i := range sans {
			if sans[i].Matches(call) {
				return true
			}
		}
		return false
	}
}

// sanitizeAssignRe finds `name = [Recv.]call(args) [if|unless cond]` on
// one line (Ruby).
var sanitizeAssignRe = regexp.MustCompile(`(?m)^[ \t]*([a-z_]\w*)[ \t]*=[ \t]*((?:[A-Za-z_][\w:]*\.)?[a-z_]\w*)[ \t]*\(([^\n]*)\)[ \t]*(?:(?:if|unless)[ \t]+([^\n]+?))?[ \t]*$`)

// callerOptionRe is a modifier condition that reads only the caller's
// options: the method sanitizes unless its caller says not to.
var callerOptionRe = regexp.MustCompile(`^!?\s*(?:options|opts|html_options)(?:\.fetch\(\s*:\w+\s*,\s*true\s*\)|\[\s*:\w+\s*\]\s*!=\s*false)$`)

// sanitizedLocal implements Constraint.NotSanitizedLocal: n's value is a
// local that fn (the text of the method around n) sets once, before n,
// from a sanitizer call (san).
func sanitizedLocal(n *sitter.Node, fn string, src []byte, san func(call string) bool) bool {
	if n == nil || fn == "" || san == nil {
		return false
	}
	tails := valueTails(n)
	if len(tails) == 0 {
		return false
	}
	at := strings.Index(fn, n.Content(src))
	clean := map[string]bool{}
	for _, m := range sanitizeAssignRe.FindAllStringSubmatchIndex(fn, -1) {
		name, call := fn[m[2]:m[3]], fn[m[4]:m[5]]
		if !san(call) || at >= 0 && m[0] > at {
			continue
		}
		if m[8] >= 0 && !callerOptionRe.MatchString(strings.TrimSpace(fn[m[8]:m[9]])) {
			continue
		}
		// set once in the method: no other assignment can undo it
		assigns := regexp.MustCompile(`(?m)(?:^|[^\w.@:])` + regexp.QuoteMeta(name) + `[ \t]*(?:\|\||\+|<<)?=[^=~>]|\b` + regexp.QuoteMeta(name) + `[ \t]*<<|\|\s*(?:[a-z_*&]\w*\s*,\s*)*` + regexp.QuoteMeta(name) + `\s*(?:,\s*[a-z_*&]\w*\s*)*\|`)
		if len(assigns.FindAllStringIndex(fn, -1)) == 1 {
			clean[name] = true
		}
	}
	if len(clean) == 0 {
		return false
	}
	for _, t := range tails {
		if !sanitizedTail(strings.TrimSpace(t.Content(src)), clean) {
			return false
		}
	}
	return true
}

// sanitizedTailRe is a local, optionally defaulted to a literal, or the
// head of a method chain on it.
var sanitizedTailRe = regexp.MustCompile(`^\(?\s*([a-z_]\w*)\s*(?:\)?\s*$|(?:\|\||\bor\b)\s*(?:""|''|"[^"#<]*"|'[^'<]*')\s*\)?$|\.)`)

// literalTailRe is a string literal without interpolation.
var literalTailRe = regexp.MustCompile(`^(?:"[^"#\\]*"|'[^'\\]*')$`)

// sanitizedTail says whether a value expression is a literal or text a
// clean local holds.
func sanitizedTail(t string, clean map[string]bool) bool {
	switch t {
	case "", "nil", `""`, "''":
		return true
	}
	if literalTailRe.MatchString(t) {
		return true
	}
	m := sanitizedTailRe.FindStringSubmatch(t)
	if m == nil || !clean[m[1]] {
		return false
	}
	// methods called on it may reshape it, not insert request data
	return !requestData.MatchString(t)
}

// valueTails are the expressions whose value n takes: the last statement
// of each branch of an if/unless/ternary, of a begin or parenthesized
// block; n itself otherwise. An if without else may be nil (a tail of its
// own: nothing).
func valueTails(n *sitter.Node) []*sitter.Node {
	switch n.Type() {
	case "if", "unless", "elsif", "conditional":
		var out []*sitter.Node
		cons := n.ChildByFieldName("consequence")
		if cons == nil {
			return []*sitter.Node{n}
		}
		out = append(out, valueTails(cons)...)
		if alt := n.ChildByFieldName("alternative"); alt != nil {
			out = append(out, valueTails(alt)...)
		}
		return out
	case "then", "else", "begin", "parenthesized_statements", "body_statement":
		for i := int(n.NamedChildCount()) - 1; i >= 0; i-- {
			c := n.NamedChild(i)
			if c.Type() == "comment" {
				continue
			}
			if c.Type() == "rescue" || c.Type() == "ensure" {
				return []*sitter.Node{n}
			}
			return valueTails(c)
		}
		return nil
	}
	return []*sitter.Node{n}
}
