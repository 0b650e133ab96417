package scanner

import (
	"bytes"
	"regexp"

	"vigil/modules/analysis/scanner/ir"
)

// A quote-escaping function (mysqli_real_escape_string, addslashes-like
// driver escapes) cleans a value only where the SQL text puts it between
// quotes: `WHERE id = $id` is a number context, and `1 OR 1=1` needs no
// quote to change the query. These regexes find an unquoted placement.

// sqlUnquotedOp is SQL text that expects a bare value next: a comparison
// after a column in a WHERE/AND/OR/ON/SET/HAVING clause, LIMIT/OFFSET, or
// the opening of an IN list.
const sqlUnquotedOp = "(?i:\\b(?:WHERE|AND|OR|ON|SET|HAVING|WHEN)\\s+[\\w.`]+\\s*(?:=|<>|!=|<=|>=|<|>)|\\b(?:LIMIT|OFFSET)|\\bIN\\s*\\()\\s*"

// assignedBefore finds the variable a call's result is assigned to (`$id =`
// just before the call on its line).
var assignedBefore = regexp.MustCompile(`\$(\w+)\s*=\s*(?:\(\s*string\s*\)\s*)?$`)

// concatAfterOp: the call itself is concatenated right after such SQL text
// (`"... WHERE id = " . mysqli_real_escape_string($c, $x)`).
var concatAfterOp = regexp.MustCompile(sqlUnquotedOp + `["']\s*\.\s*$`)

// unquotedSQL reports whether the result of a quotes-only sanitiser call is
// put in SQL text without quotes: directly, or through the variable it is
// assigned to anywhere in the file.
func (s *v2Spec) unquotedSQL(in *ir.Instr) bool {
	start := int(in.Span.Start)
	if start > len(s.src) {
		return false
	}
	lineStart := bytes.LastIndexByte(s.src[:start], '\n') + 1
	before := s.src[lineStart:start]
	if concatAfterOp.Match(before) {
		return true
	}
	m := assignedBefore.FindSubmatch(before)
	if m == nil {
		return false
	}
	name := string(m[1])
	if v, ok := s.unquoted[name]; ok {
		return v
	}
	// interpolated ("= $id", "= {$id}") or concatenated ("= " . $id)
	re := regexp.MustCompile(sqlUnquotedOp + `(?:["']\s*\.\s*)?\{?\$` + regexp.QuoteMeta(name) + `\b`)
	v := re.Match(s.src)
	if s.unquoted == nil {
		s.unquoted = map[string]bool{}
	}
	s.unquoted[name] = v
	return v
}
