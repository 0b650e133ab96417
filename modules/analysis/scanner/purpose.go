package scanner

import (
	"regexp"
	"strings"
	"vigil/modules/analysis/scanner/ident"

	sitter "github.com/smacker/go-tree-sitter"
)

// blockTypes are the node types whose children are statements, across the
// front ends: a statement is a child of one of them.
var blockTypes = map[string]bool{
	"block": true, "statement_block": true, "compound_statement": true, "body_statement": true,
	"program": true, "module": true, "source_file": true, "class_body": true, "declaration_list": true,
	"statement_list": true, "switch_body": true, "switch_block": true, "case_clause": true, "expression_case": true,
	"communication_case": true, "default_case": true, "switch_block_statement_group": true,
}

// purposeFunc is the function whose purpose a value made at n serves: the
// innermost function around n, where an inline callback (`xs.map(() =>
// ...)`, `lambda: ...` passed as an argument) and a Ruby block belong to
// the function they are written in. nil at top level.
func (cl *compiledLang) purposeFunc(n *sitter.Node) *sitter.Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if !cl.lang.funcTypes[p.Type()] || p.Type() == "block" || p.Type() == "do_block" {
			continue
		}
		if q := p.Parent(); q != nil && strings.Contains(q.Type(), "argument") {
			continue
		}
		return p
	}
	return nil
}

// funcName is the name of fn, or the name it is bound to (`const
// makeCode = () => ...`, `makeCode: function () {...}`); "" for an
// anonymous function. Its parameters are left out: a constructor taking a
// password says nothing of the random id it defaults.
func funcName(fn *sitter.Node, src []byte) string {
	if nm := fn.ChildByFieldName("name"); nm != nil {
		return string(src[nm.StartByte():nm.EndByte()])
	}
	if q := fn.Parent(); q != nil {
		for _, f := range []string{"name", "left", "key"} {
			if nm := q.ChildByFieldName(f); nm != nil && nm != fn {
				return string(src[nm.StartByte():nm.EndByte()])
			}
		}
	}
	return ""
}

// statementOf is the statement holding n inside fn (nil fn: at top level):
// its ancestor that is a child of a block of fn itself, not of a callback
// written in it.
func (cl *compiledLang) statementOf(n, fn *sitter.Node) *sitter.Node {
	prev := n
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p == fn {
			return prev
		}
		if blockTypes[p.Type()] && cl.purposeFunc(prev) == fn && !(cl.lang.name == "ruby" && p.Type() == "block") {
			// (a Ruby brace block is an argument of the call around it:
			// `code = Array.new(8) { chars[rand(n)] }.join` is the
			// statement, the block's expression a part of it)
			return prev
		}
		if p.Parent() == nil {
			return prev
		}
		prev = p
	}
	return prev
}

// assignedName finds the name a statement assigns (`code := ...`, `const
// code = ...`, `$this->code = ...`, `user.otp = ...`, `String t = ...`).
var assignedName = regexp.MustCompile(`^\s*(?:[\w<>\[\],.?]+\s+)*?([$@]{0,2}\w+(?:(?:\.|->|::)\w+)*)\s*(?::=|\|\|=|\?\?=|=)(?:[^=>~]|$)`)

// signalRe finds what a line using a value says about it: the callee it
// is passed to (`sendResetEmail(`, `session.set(`, Ruby's `Invite.create!`
// with or without parentheses) and the string literals around it (`"Your
// login code"`, `session["otp"]`).
var signalRe = regexp.MustCompile("[\\w.$>:-]+[!?]?\\s*[(\\[]|\\b[A-Z]\\w*(?:::[A-Z]\\w*)*\\.\\w+[!?]?|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")

// condLine is a line that starts a condition.
var condLine = regexp.MustCompile(`^\s*(\}\s*)?(if|elif|else\s+if|elsif|elseif|unless|while|when|case)\b`)

// lineSignals is what a line that uses a value says of its purpose: what
// it assigns (`user.otp_code = code`), the callees it calls and its string
// literals, without the other values it passes beside it (a page rendered
// with a CSRF token and a random greeting does not make the greeting a
// secret).
func lineSignals(l string) string {
	var b strings.Builder
	// a condition that tests the value (`if code == request.form["code"]`)
	// says it by the names it compares, not by the literals it compares
	// with (a file name containing "secret")
	cond := condLine.MatchString(l)
	if m := assignedName.FindStringSubmatch(l); m != nil {
		b.WriteString(m[1])
		b.WriteByte(' ')
	}
	for _, m := range signalRe.FindAllString(l, -1) {
		if cond && (m[0] == '"' || m[0] == '\'' || m[0] == '`') {
			continue
		}
		b.WriteString(m)
		b.WriteByte(' ')
	}
	return b.String()
}

// flowLines are the lines of body, other than those of stmt, that use a
// name stmt assigns, followed two steps (`n := rand.Intn(9)`, `code :=
// fmt.Sprint(n)`, `session.Values["otp"] = code`).
// With keys, a line also says the key it gives the name under (Ruby's
// keyword arguments name columns: `update!(reset_token: code)`).
func flowLines(body, stmt string, keys bool) string {
	var names []string
	addName := func(s string) {
		if m := assignedName.FindStringSubmatch(s); m != nil {
			names = append(names, m[1])
		}
	}
	addName(stmt)
	var b strings.Builder
	lines := strings.Split(body, "\n")
	used := map[int]bool{}
	for hop := 0; hop < 2 && len(names) > 0; hop++ {
		cur := names
		names = nil
		for _, name := range cur {
			re, err := regexp.Compile(`(^|[^\w$@])` + regexp.QuoteMeta(name) + `($|\W)`)
			if err != nil {
				continue
			}
			for i, l := range lines {
				if used[i] || strings.Contains(stmt, strings.TrimSpace(l)) || !re.MatchString(l) {
					continue
				}
				used[i] = true
				b.WriteString(lineSignals(l))
				if k := keyOf(l, name); keys && k != "" {
					// the key the value is given under (Ruby's
					// `update!(reset_token: code)`: a column)
					b.WriteString(k)
				}
				b.WriteByte('\n')
				addName(l)
			}
		}
	}
	return b.String()
}

// keyArgRe finds a key given a value: `key: v`, `:key => v`, `"key" => v`.
var keyArgRe = regexp.MustCompile(`(\w+)["']?\s*(?::|=>)\s*$`)

// keyOf is the key that line gives name under (`reset_token: code`), or "".
func keyOf(line, name string) string {
	for i := strings.Index(line, name); i >= 0; {
		end := i + len(name)
		if (i == 0 || !ident.Byte(line[i-1])) && (end == len(line) || !ident.Byte(line[end])) {
			if m := keyArgRe.FindStringSubmatch(line[:i]); m != nil {
				return m[1]
			}
		}
		j := strings.Index(line[end:], name)
		if j < 0 {
			break
		}
		i = end + j
	}
	return ""
}

// purposeText is what says what a value made at n is for, read near it:
// the head of the function around it (name, parameters), the statement
// that makes it, and the lines of the function that use what the
// statement assigns (where the value goes: a session, a reset e-mail, a
// column named so). At top level, the top-level statement and its flow.
// Unlike the whole function's text, words of unrelated statements of a
// long function (a password field set beside a random id) do not count.
func (cl *compiledLang) purposeText(n *sitter.Node, src []byte) string {
	fn := cl.purposeFunc(n)
	stmt := cl.statementOf(n, fn)
	st := cl.textWithoutOtherFuncs(stmt, n, src)
	if fn == nil {
		// the lines of the file that use what the top-level statement assigns
		return st + "\n" + flowLines(string(src), st, cl.lang.name == "ruby")
	}
	body := string(src[fn.StartByte():fn.EndByte()])
	return funcName(fn, src) + "\n" + st + "\n" + flowLines(body, st, cl.lang.name == "ruby")
}

// purposeCallersText is purposeText read at each call of the named function
// around n by the file's other functions (one level): a generic helper
// (randomString(n)) serves the purpose its callers name (`sid :=
// randomString(32)` in NewSession).
func (cl *compiledLang) purposeCallersText(n *sitter.Node, src []byte) string {
	fn := cl.purposeFunc(n)
	if fn == nil {
		return ""
	}
	nm := fn.ChildByFieldName("name")
	if nm == nil {
		return ""
	}
	name := string(src[nm.StartByte():nm.EndByte()])
	if name == "" {
		return ""
	}
	root := fn
	for root.Parent() != nil {
		root = root.Parent()
	}
	var b strings.Builder
	for _, at := range callOffsets(name, fn, src, cl.lang.name == "ruby") {
		call := root.NamedDescendantForPointRange(pointAt(src, at), pointAt(src, at))
		if call == nil {
			continue
		}
		b.WriteByte('\n')
		b.WriteString(cl.purposeText(call, src))
	}
	return b.String()
}

// textWithoutOtherFuncs is the text of node with the functions and the
// blocks written in it that do not hold n left out: a callback beside the
// value, or the function an immediately invoked expression passes it to,
// says what that function does, and the body of an `if` whose condition
// draws the value says what happens then, not what the value is for.
func (cl *compiledLang) textWithoutOtherFuncs(node, n *sitter.Node, src []byte) string {
	var b strings.Builder
	at := node.StartByte()
	var walk func(x *sitter.Node)
	walk = func(x *sitter.Node) {
		for i := 0; i < int(x.NamedChildCount()); i++ {
			c := x.NamedChild(i)
			if c == nil {
				continue
			}
			holds := c.StartByte() <= n.StartByte() && n.EndByte() <= c.EndByte()
			fnLike := cl.lang.funcTypes[c.Type()] && c.Type() != "block" && c.Type() != "do_block"
			if (fnLike || blockTypes[c.Type()] || c.Type() == "else_clause") && !holds {
				b.Write(src[at:c.StartByte()])
				b.WriteString(" ")
				at = c.EndByte()
				continue
			}
			walk(c)
		}
	}
	walk(node)
	b.Write(src[at:node.EndByte()])
	return b.String()
}
