// Package cmem is the scanner pass for memory-lifetime bugs in C and C++
// that need statement order, which tree-sitter queries cannot express:
// within one function, a pointer used or freed again after an
// unconditional free (use after free, double free) and the result of
// malloc/calloc dereferenced before any NULL check. It reads the function
// bodies as statement sequences with their brace depth: conservative by
// design, it follows a pointer only inside the block that freed or
// allocated it, stops at any reassignment, return, goto or break, and
// ignores frees under a condition.
package cmem

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/textpos"
)

// PassName names the pass in notes.
const PassName = "c-memory"

// Rule ids of the pass.
const (
	RuleUseAfterFree = "VGL-C-UAF-001"
	RuleDoubleFree   = "VGL-C-DFREE-001"
	RuleUnchecked    = "VGL-C-NULL-001"
)

const maxSource = 1 << 20

// Pass implements scanner.Pass.
type Pass struct{}

// New builds the pass.
func New() *Pass { return &Pass{} }

// Name implements scanner.Pass.
func (*Pass) Name() string { return PassName }

// Run implements scanner.Pass.
func (p *Pass) Run(ctx context.Context, files []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	var out []scanner.Finding
	for _, f := range files {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if (f.Language != "c" && f.Language != "cpp") || f.Size > maxSource {
			continue
		}
		data, err := f.ReadFile()
		if err != nil {
			continue
		}
		out = append(out, Scan(f.Path, data)...)
	}
	return out, nil, nil
}

// stmt is one statement (or block header) of a function body.
type stmt struct {
	text       string
	start, end int // offsets in the file
	depth      int // brace depth inside the function, 1 = the body
}

var (
	funcOpenRe = regexp.MustCompile(`\)\s*(const\s*)?(noexcept\s*)?\{`)
	freeRe     = regexp.MustCompile(`^(?:free|g_free|kfree|delete\s*\[\s*\]|delete)\s*\(?\s*([A-Za-z_]\w*(?:\s*(?:->|\.)\s*[A-Za-z_]\w*)*)\s*\)?$`)
	allocRe    = regexp.MustCompile(`^(?:[A-Za-z_][\w\s\*]*?\*\s*)?([A-Za-z_]\w*)\s*=\s*(?:\([^()]*\)\s*)?(malloc|calloc|strdup|strndup|aligned_alloc)\s*\(`)
	exitRe     = regexp.MustCompile(`^(return\b|goto\b|break\b|continue\b|exit\s*\(|_exit\s*\(|abort\s*\(|longjmp\s*\(|throw\b)`)
	memFnRe    = `(?:mem(?:cpy|move|set|cmp)|str(?:n?cpy|n?cat|len|n?cmp|chr|dup)|s?n?printf|fn?printf|fputs|fwrite|fread|read|write|send|recv)`
)

// Scan returns the findings of one C or C++ source file.
func Scan(path string, data []byte) []scanner.Finding {
	text := blank(string(data))
	var out []scanner.Finding
	for _, body := range functionBodies(text) {
		stmts := statements(text, body[0], body[1])
		for i, s := range stmts {
			if m := freeRe.FindStringSubmatch(s.text); m != nil {
				if f, ok := afterFree(path, data, stmts, i, squeeze(m[1])); ok {
					out = append(out, f)
				}
			}
			if m := allocRe.FindStringSubmatch(s.text); m != nil {
				if f, ok := unchecked(path, data, stmts, i, m[1], m[2]); ok {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// varRe matches the pointer expression as a whole word (`p` not `pp`,
// `s->buf` not `s->buffer`), spaces around -> and . allowed.
func varRe(v string) string {
	parts := regexp.MustCompile(`(->|\.)`).Split(v, -1)
	seps := regexp.MustCompile(`(->|\.)`).FindAllString(v, -1)
	var b strings.Builder
	b.WriteString(`(?:^|[^\w.>])`)
	for i, p := range parts {
		if i > 0 {
			b.WriteString(`\s*` + regexp.QuoteMeta(seps[i-1]) + `\s*`)
		}
		b.WriteString(regexp.QuoteMeta(p))
	}
	b.WriteString(`\b`)
	return b.String()
}

// afterFree follows a freed pointer through the rest of its block.
func afterFree(path string, data []byte, stmts []stmt, i int, v string) (scanner.Finding, bool) {
	d := stmts[i].depth
	w := varRe(v)
	assign := regexp.MustCompile(w + `\s*=[^=]`)
	again := regexp.MustCompile(`^(?:free|g_free|kfree|delete\s*\[\s*\]|delete)\s*\(?\s*` + strings.TrimPrefix(w, `(?:^|[^\w.>])`) + `\s*\)?$`)
	bare := strings.TrimPrefix(w, `(?:^|[^\w.>])`)
	deref := regexp.MustCompile(w + `\s*(->|\[)|\*\s*` + bare + `|` + memFnRe + `\s*\((?:[^;]*?[\s,(])?` + bare + `\s*[,)]`)
	for _, s := range stmts[i+1:] {
		if s.depth < d {
			return scanner.Finding{}, false // the block that freed it ended
		}
		if assign.MatchString(s.text) {
			return scanner.Finding{}, false
		}
		if again.MatchString(s.text) {
			return finding(path, data, RuleDoubleFree, s, stmts[i], v), true
		}
		if deref.MatchString(s.text) && !strings.Contains(s.text, "sizeof") {
			return finding(path, data, RuleUseAfterFree, s, stmts[i], v), true
		}
		if s.depth == d && exitRe.MatchString(s.text) {
			return scanner.Finding{}, false
		}
	}
	return scanner.Finding{}, false
}

// unchecked reports an allocation whose first later mention dereferences it.
func unchecked(path string, data []byte, stmts []stmt, i int, v, fn string) (scanner.Finding, bool) {
	d := stmts[i].depth
	w := varRe(v)
	mention := regexp.MustCompile(w)
	deref := regexp.MustCompile(w + `\s*(->|\[)|^\*\s*` + regexp.QuoteMeta(v) + `\b|` + memFnRe + `\s*\(\s*` + regexp.QuoteMeta(v) + `\s*[,)]`)
	for _, s := range stmts[i+1:] {
		if s.depth < d {
			return scanner.Finding{}, false
		}
		if !mention.MatchString(s.text) {
			continue
		}
		if deref.MatchString(s.text) && !strings.HasPrefix(s.text, "if") && !strings.HasPrefix(s.text, "while") && !strings.Contains(s.text, "sizeof") {
			f := finding(path, data, RuleUnchecked, s, stmts[i], v)
			f.Message = fmt.Sprintf("`%s` from %s() is dereferenced without a NULL check (allocated on line %d)", v, fn, f.Trace[0].Location.StartLine)
			return f, true
		}
		return scanner.Finding{}, false // checked, passed on or stored: not judged
	}
	return scanner.Finding{}, false
}

var titles = map[string]struct{ title, cwe, what string }{
	RuleUseAfterFree: {"Pointer used after it was freed", "CWE-416", "is used after free() on line %d"},
	RuleDoubleFree:   {"Pointer freed twice", "CWE-415", "is freed again after free() on line %d"},
	RuleUnchecked:    {"Allocation result used without a NULL check", "CWE-690", "is dereferenced without a NULL check (allocated on line %d)"},
}

func finding(path string, data []byte, rule string, at, origin stmt, v string) scanner.Finding {
	t := titles[rule]
	lines := textpos.Starts(data)
	sl, sc := textpos.Position(lines, at.start)
	el, ec := textpos.Position(lines, at.end)
	ol, oc := textpos.Position(lines, origin.start)
	oel, oec := textpos.Position(lines, origin.end)
	snip := lineText(data, lines, sl)
	sum := sha256.Sum256([]byte(fmt.Sprintf("cmem\x00%s\x00%s\x00%s\x00%s", rule, path, v, strings.TrimSpace(snip))))
	sev := scanner.SeverityHigh
	if rule == RuleUnchecked {
		sev = scanner.SeverityLow
	}
	return scanner.Finding{
		RuleID:     rule,
		Kind:       scanner.KindRule,
		Title:      t.title,
		Message:    fmt.Sprintf("`%s` "+t.what, v, ol),
		Severity:   sev,
		Confidence: scanner.ConfidenceMedium,
		CWE:        []string{t.cwe},
		Location:   scanner.Location{Path: path, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec},
		Snippet:    strings.ToValidUTF8(snip, "\uFFFD"),
		Trace: []scanner.TraceStep{
			{Kind: "source", Message: strings.TrimSpace(lineText(data, lines, ol)), Location: scanner.Location{Path: path, StartLine: ol, StartColumn: oc, EndLine: oel, EndColumn: oec}},
			{Kind: "sink", Message: strings.TrimSpace(snip), Location: scanner.Location{Path: path, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}},
		},
		Remediation: "Set the pointer to NULL right after freeing it and do not use it afterwards; check every " +
			"allocation for NULL before use.",
		References:  []string{"https://cwe.mitre.org/data/definitions/" + strings.TrimPrefix(t.cwe, "CWE-") + ".html"},
		Fingerprint: hex.EncodeToString(sum[:16]),
	}
}

// blank replaces comments, string and character literals and preprocessor
// lines with spaces (newlines kept), so offsets still point into the file.
func blank(s string) string {
	b := []byte(s)
	n := len(b)
	for i := 0; i < n; i++ {
		switch {
		case b[i] == '/' && i+1 < n && b[i+1] == '/':
			for ; i < n && b[i] != '\n'; i++ {
				b[i] = ' '
			}
		case b[i] == '/' && i+1 < n && b[i+1] == '*':
			for ; i < n && !(b[i] == '*' && i+1 < n && b[i+1] == '/'); i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
			if i+1 < n {
				b[i], b[i+1] = ' ', ' '
				i++
			}
		case b[i] == '"' || b[i] == '\'':
			q := b[i]
			for i++; i < n && b[i] != q && b[i] != '\n'; i++ {
				if b[i] == '\\' && i+1 < n {
					b[i] = ' '
					i++
				}
				b[i] = ' '
			}
		case b[i] == '#' && (i == 0 || b[i-1] == '\n'):
			for ; i < n && b[i] != '\n'; i++ {
				if b[i] == '\\' && i+1 < n && b[i+1] == '\n' {
					b[i] = ' '
					i++
					continue
				}
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// functionBodies finds top-level `) {` openings and their matching braces.
func functionBodies(text string) [][2]int {
	var out [][2]int
	depth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if depth == 0 {
				// a function body when `)` (and qualifiers) come right before
				j := i
				for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n' || text[j-1] == '\r') {
					j--
				}
				head := text[max(0, j-40) : i+1]
				if loc := funcOpenRe.FindStringIndex(head); loc != nil && loc[1] == len(head) {
					if end := matchBrace(text, i); end > i {
						out = append(out, [2]int{i, end})
						i = end
						continue
					}
				}
			}
			depth++
		case '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return out
}

func matchBrace(text string, open int) int {
	d := 0
	for i := open; i < len(text); i++ {
		switch text[i] {
		case '{':
			d++
		case '}':
			d--
			if d == 0 {
				return i
			}
		}
	}
	return -1
}

// statements splits a body into statements at `;`, `{` and `}` with
// their depth; a `for (...;...;...)` header stays one statement.
func statements(text string, open, close int) []stmt {
	var out []stmt
	depth, paren := 0, 0
	start := open + 1
	flush := func(end int) {
		raw := text[start:end]
		t := strings.TrimSpace(raw)
		if t != "" {
			lead := len(raw) - len(strings.TrimLeft(raw, " \t\r\n"))
			out = append(out, stmt{text: strings.Join(strings.Fields(t), " "), start: start + lead, end: start + lead + len(strings.TrimRight(raw[lead:], " \t\r\n")), depth: depth})
		}
		start = end + 1
	}
	for i := open; i <= close; i++ {
		switch text[i] {
		case '(':
			paren++
		case ')':
			if paren > 0 {
				paren--
			}
		case ';':
			if paren == 0 {
				flush(i)
			}
		case '{':
			if i == open {
				depth = 1
				start = i + 1
				continue
			}
			flush(i)
			depth++
		case '}':
			flush(i)
			depth--
		}
	}
	return out
}

func lineText(data []byte, starts []int, line int) string {
	s := starts[line-1]
	e := len(data)
	if line < len(starts) {
		e = starts[line] - 1
	}
	t := strings.TrimRight(string(data[s:e]), "\r")
	if len(t) > 400 {
		t = t[:400] + "…"
	}
	return t
}
