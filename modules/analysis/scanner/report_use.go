package scanner

import (
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// ReportAtUse (MatchSpec.ReportAtUse) moves a structural finding from the
// construction of an object to the call that uses it, where the harm
// happens: a cookie built without its flags does nothing until
// `resp.addCookie(c)` / `http.SetCookie(w, c)` sends it, and reviewers
// mark that statement. The match must be the value of a local variable's
// declaration or assignment (`Cookie c = new Cookie(...)`,
// `cookie := &http.Cookie{...}`); the regex, with {{var}} standing for the
// variable's name, is searched in the rest of the innermost function after
// that statement, and its first match is where the finding is reported. A
// cookie returned, stored or passed away without such a call stays at its
// construction.

var localNameRe = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)

// useSite returns the byte span of the first use of the variable that n
// (the match) is assigned to, as pat (with {{var}}) finds it in the rest of
// the function, and the line of the assignment; ok is false when n is not
// assigned to a local or no use follows.
func (cl *compiledLang) useSite(n *sitter.Node, src []byte, pat string) (start, end uint32, ok bool) {
	var decl *sitter.Node
	name := ""
	p := n
	for i := 0; i < 4 && p.Parent() != nil; i++ {
		p = p.Parent()
		if cl.lang.funcTypes[p.Type()] {
			return 0, 0, false
		}
		t := p.Type()
		var nm *sitter.Node
		switch {
		case strings.Contains(t, "declarator") || t == "var_spec":
			nm = p.ChildByFieldName("name")
		case strings.Contains(t, "assignment") || t == "short_var_declaration":
			nm = p.ChildByFieldName("left")
		default:
			continue
		}
		if nm == nil {
			return 0, 0, false
		}
		name = strings.TrimSpace(string(src[nm.StartByte():nm.EndByte()]))
		decl = p
		break
	}
	if decl == nil || !localNameRe.MatchString(name) {
		return 0, 0, false
	}
	fn := decl
	for fn != nil && !cl.lang.funcTypes[fn.Type()] {
		fn = fn.Parent()
	}
	if fn == nil {
		return 0, 0, false
	}
	re, err := regexp.Compile(strings.ReplaceAll(pat, "{{var}}", regexp.QuoteMeta(name)))
	if err != nil {
		return 0, 0, false
	}
	from := decl.EndByte()
	loc := re.FindIndex(src[from:fn.EndByte()])
	if loc == nil {
		return 0, 0, false
	}
	return from + uint32(loc[0]), from + uint32(loc[1]), true
}

// moveToUse reports raw at the use its rule's report-at-use finds, with the
// construction in its message and trace (the steps' path is the file's,
// filled in by toFindings).
func (cl *compiledLang) moveToUse(raw *rawFinding, n *sitter.Node, src []byte) {
	s, e, ok := cl.useSite(n, src, raw.rule.Match.ReportAtUse)
	if !ok {
		return
	}
	built := raw.sp
	sp, ep := pointAt(src, int(s)), pointAt(src, int(e))
	loc := func(a, b sitter.Point) Location {
		return Location{StartLine: int(a.Row) + 1, StartColumn: int(a.Column) + 1, EndLine: int(b.Row) + 1, EndColumn: int(b.Column) + 1}
	}
	raw.trace = []TraceStep{
		{Kind: "step", Message: "built here", Location: loc(raw.sp, raw.ep), Snippet: short(raw.matched)},
		{Kind: "sink", Message: "used here", Location: loc(sp, ep), Snippet: short(string(src[s:e]))},
	}
	raw.message += fmt.Sprintf(" (built at line %d)", built.Row+1)
	raw.start, raw.end, raw.sp, raw.ep = s, e, sp, ep
	raw.matched = string(src[s:e])
}
