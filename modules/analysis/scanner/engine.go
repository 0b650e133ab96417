package scanner

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"vigil/modules/analysis/scanner/budget"
	"vigil/modules/analysis/scanner/ident"
)

// Engine holds rules compiled for every language they name. It is safe for
// concurrent use: tree-sitter queries are read-only once built and each file
// gets its own query cursor. A language's queries are compiled on first use
// (compiling the TypeScript and TSX grammars' queries takes a noticeable
// fraction of a second, wasted on trees without such files).
type Engine struct {
	rules []*Rule
	langs map[string]*compiledLang
}

type compiledLang struct {
	lang     *language
	ts       *sitter.Language
	query    *sitter.Query // all structural patterns of this language, in one query
	patterns []patternRef  // by pattern index of query
	capNames []string      // capture names of query, by capture id
	// constraint queries (inside / not-inside), keyed by query text
	ctxQueries map[string]*ctxQuery
	taint      []*Rule
	matchRules []*Rule

	once sync.Once
	err  error
}

// patternRef is what runMatches needs to know about one pattern of the
// combined query, resolved at compile time.
type patternRef struct {
	rule  *Rule
	preds []queryPred
	// capture ids (-1: not in the query) of the rule's constraints (by
	// index of Match.Where; unused for constraints without a capture),
	// of its report capture and of @match
	where  []int
	report int
	match  int
	secret int
}

// ctxQuery is an inside / not-inside constraint query with its predicates.
type ctxQuery struct {
	q     *sitter.Query
	preds [][]queryPred
}

var (
	engineMu    sync.Mutex
	engineCache = map[string]*Engine{}
)

// cachedEngine returns an engine for exactly these rule values, reusing a
// compiled one: query compilation dominates the cost of scanning small trees.
func cachedEngine(rules []*Rule) (*Engine, error) {
	var sb strings.Builder
	for _, r := range rules {
		fmt.Fprintf(&sb, "%p,", r)
	}
	key := sb.String()
	engineMu.Lock()
	defer engineMu.Unlock()
	if e := engineCache[key]; e != nil {
		return e, nil
	}
	e, err := NewEngine(rules)
	if err != nil {
		return nil, err
	}
	if len(engineCache) > 256 {
		engineCache = map[string]*Engine{}
	}
	engineCache[key] = e
	return e, nil
}

// NewEngine groups the rules by language; queries compile lazily (see
// CompileAll to compile and check everything up front).
func NewEngine(rules []*Rule) (*Engine, error) {
	e := &Engine{rules: rules, langs: map[string]*compiledLang{}}
	for _, r := range rules {
		for _, ln := range r.Languages {
			l := langByName[ln]
			if l == nil {
				return nil, fmt.Errorf("rules: %s: unknown language %q", r.ID, ln)
			}
			cl := e.langs[ln]
			if cl == nil {
				cl = &compiledLang{lang: l, ctxQueries: map[string]*ctxQuery{}}
				e.langs[ln] = cl
			}
			if r.Taint != nil {
				cl.taint = append(cl.taint, r)
			} else {
				cl.matchRules = append(cl.matchRules, r)
			}
		}
	}
	return e, nil
}

// CompileAll compiles every language's queries and returns the first error:
// a query that does not compile for one of its rule's languages names the rule.
func (e *Engine) CompileAll() error {
	names := make([]string, 0, len(e.langs))
	for n := range e.langs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := e.lang(n); err != nil {
			return err
		}
	}
	return nil
}

// lang returns the compiled rules for a language (nil, nil when none apply).
func (e *Engine) lang(name string) (*compiledLang, error) {
	cl := e.langs[name]
	if cl == nil {
		return nil, nil
	}
	cl.once.Do(func() { cl.err = cl.compile() })
	return cl, cl.err
}

func (cl *compiledLang) compile() error {
	cl.ts = cl.lang.grammar()
	ln := cl.lang.name
	var sb strings.Builder
	var texts []string
	var owners []*Rule
	for _, r := range cl.matchRules {
		for _, p := range r.Match.Patterns {
			if err := checkCaptures(p, r); err != nil {
				return fmt.Errorf("rules: %s (%s): %v", r.ID, r.Source, err)
			}
			sb.WriteString(p)
			sb.WriteString("\n")
			texts = append(texts, p)
			owners = append(owners, r)
		}
		for _, c := range r.Match.Where {
			for _, qt := range []string{c.Inside, c.NotInside} {
				if qt == "" || cl.ctxQueries[qt] != nil {
					continue
				}
				q, err := sitter.NewQuery([]byte(qt), cl.ts)
				if err != nil {
					return fmt.Errorf("rules: %s (%s): inside query for %s: %v", r.ID, r.Source, ln, err)
				}
				preds, err := compilePredicates(q)
				if err != nil {
					return fmt.Errorf("rules: %s (%s): inside query for %s: %v", r.ID, r.Source, ln, err)
				}
				cl.ctxQueries[qt] = &ctxQuery{q: q, preds: preds}
			}
		}
	}
	if len(texts) == 0 {
		return nil
	}
	q, err := sitter.NewQuery([]byte(sb.String()), cl.ts)
	if err != nil {
		// find the culprit to name it
		for i, t := range texts {
			if q1, err1 := sitter.NewQuery([]byte(t), cl.ts); err1 != nil {
				return fmt.Errorf("rules: %s (%s): pattern for %s: %v", owners[i].ID, owners[i].Source, ln, err1)
			} else {
				q1.Close()
			}
		}
		return fmt.Errorf("rules: combined query for %s: %v", ln, err)
	}
	// map pattern indexes back to rules (a text may hold several top-level patterns)
	for i, t := range texts {
		for n := countPatterns(t); n > 0; n-- {
			cl.patterns = append(cl.patterns, patternRef{rule: owners[i]})
		}
	}
	if int(q.PatternCount()) != len(cl.patterns) {
		return fmt.Errorf("rules: combined query for %s: %d patterns, counted %d", ln, q.PatternCount(), len(cl.patterns))
	}
	ids := map[string]int{}
	for i := uint32(0); i < q.CaptureCount(); i++ {
		name := q.CaptureNameForId(i)
		cl.capNames = append(cl.capNames, name)
		ids[name] = int(i)
	}
	capID := func(name string) int {
		if id, ok := ids[name]; ok {
			return id
		}
		return -1
	}
	preds, err := compilePredicates(q)
	if err != nil {
		return fmt.Errorf("rules: combined query for %s: %v", ln, err)
	}
	for i := range cl.patterns {
		pr := &cl.patterns[i]
		pr.preds = preds[i]
		pr.report, pr.match, pr.secret = capID(pr.rule.Match.Report), capID("match"), capID(pr.rule.Match.Secret)
		for _, c := range pr.rule.Match.Where {
			pr.where = append(pr.where, capID(c.Capture))
		}
	}
	cl.query = q
	return nil
}

// countPatterns counts the top-level patterns of a query text: groups at
// depth 0 that are not predicates, outside strings and ; comments.
func countPatterns(q string) int {
	depth, n := 0, 0
	for i := 0; i < len(q); i++ {
		switch c := q[i]; c {
		case '"':
			for i++; i < len(q) && q[i] != '"'; i++ {
				if q[i] == '\\' {
					i++
				}
			}
		case ';':
			for i < len(q) && q[i] != '\n' {
				i++
			}
		case '(', '[':
			if depth == 0 && !(c == '(' && i+1 < len(q) && q[i+1] == '#') {
				n++
			}
			depth++
		case ')', ']':
			depth--
		}
	}
	return n
}

var captureRe = regexp.MustCompile(`@([A-Za-z_][A-Za-z0-9_.-]*)`)

func checkCaptures(pattern string, r *Rule) error {
	names := map[string]bool{}
	for _, m := range captureRe.FindAllStringSubmatch(pattern, -1) {
		names[m[1]] = true
	}
	if len(names) == 0 {
		return fmt.Errorf("pattern has no capture")
	}
	if r.Match.Report != "" && !names[r.Match.Report] {
		return fmt.Errorf("report capture @%s missing from a pattern", r.Match.Report)
	}
	if r.Match.Secret != "" && !names[r.Match.Secret] {
		return fmt.Errorf("secret capture @%s missing from a pattern", r.Match.Secret)
	}
	for _, c := range r.Match.Where {
		if c.Capture != "" && !names[c.Capture] {
			return fmt.Errorf("constraint capture @%s missing from a pattern", c.Capture)
		}
	}
	return nil
}

// Rules returns the compiled rules.
func (e *Engine) Rules() []*Rule { return e.rules }

// rawFinding is a match before fingerprinting and suppression.
type rawFinding struct {
	rule    *Rule
	start   uint32
	end     uint32
	sp, ep  sitter.Point
	matched string
	trace   []TraceStep
	message string
	// interSink is set for cross-function taint findings: the sink location
	// in another function (start/end bytes are then unknown).
	interSink *Location
	// secret is the byte span of the rule's secret capture (see
	// MatchSpec.Secret), nil when the rule names none.
	secret *[2]uint32
}

// runMatches executes the structural rules of one language over a parsed tree.
func (cl *compiledLang) runMatches(ctx context.Context, root *sitter.Node, src []byte) ([]rawFinding, error) {
	if cl.query == nil {
		return nil, nil
	}
	tree := treeOf(root)
	// one unit of the file's work budget per match
	meter := budget.From(ctx)
	it := newMatchIter(cl.query, root)
	defer it.close()
	ctxRanges := map[string][][2]uint32{}
	rangesFor := func(qt string) [][2]uint32 {
		if r, ok := ctxRanges[qt]; ok {
			return r
		}
		var out [][2]uint32
		cq := cl.ctxQueries[qt]
		c := newMatchIter(cq.q, root)
		for {
			pat, caps, ok := c.next()
			if !ok {
				break
			}
			meter.Spend(1)
			if !predicatesHold(cq.preds[pat], caps, src) {
				continue
			}
			for _, cap := range caps {
				out = append(out, [2]uint32{cap.start, cap.end})
			}
		}
		c.close()
		ctxRanges[qt] = out
		return out
	}
	within := func(c *capRef, rs [][2]uint32) bool {
		for _, r := range rs {
			if r[0] <= c.start && c.end <= r[1] {
				return true
			}
		}
		return false
	}
	// whole-file regexes give one answer per file
	var fileMatch map[*regexp.Regexp]bool
	fileMatches := func(re *regexp.Regexp) bool {
		v, ok := fileMatch[re]
		if !ok {
			if fileMatch == nil {
				fileMatch = map[*regexp.Regexp]bool{}
			}
			v = re.Match(src)
			fileMatch[re] = v
		}
		return v
	}
	type seenKey struct {
		rule       *Rule
		start, end uint32
	}
	seen := map[seenKey]bool{}
	// the names the file binds (imports, kept generators), read once when
	// a qualified constraint needs them
	var binds bindings
	bindsRead := false
	qualify := func(text string) string {
		if !bindsRead {
			bindsRead, binds = true, fileBindings(cl.lang.name, src)
		}
		return binds.qualify(text)
	}
	// position in the current match's captures of the first capture of
	// each capture id, -1 when absent
	capIdx := make([]int, len(cl.capNames))
	for i := range capIdx {
		capIdx[i] = -1
	}
	var out []rawFinding
	count := 0
	for {
		pat, caps, ok := it.next()
		if !ok {
			meter.Spend(count % 256)
			break
		}
		if count++; count%256 == 0 {
			if !meter.Spend(256) {
				return out, budget.ErrExhausted
			}
			if err := ctx.Err(); err != nil {
				return out, err
			}
		}
		if int(pat) >= len(cl.patterns) || len(caps) == 0 {
			continue
		}
		pr := &cl.patterns[pat]
		if !predicatesHold(pr.preds, caps, src) {
			continue
		}
		rule := pr.rule
		for i := len(caps) - 1; i >= 0; i-- {
			capIdx[caps[i].index] = i
		}
		capture := func(id int) *capRef {
			if id < 0 || capIdx[id] < 0 {
				return nil
			}
			return &caps[capIdx[id]]
		}
		okAll := true
		for i := range rule.Match.Where {
			c := &rule.Match.Where[i]
			if c.fileRe != nil && !fileMatches(c.fileRe) {
				okAll = false
				break
			}
			if c.notFileRe != nil && fileMatches(c.notFileRe) {
				okAll = false
				break
			}
			if c.Capture == "" {
				continue
			}
			n := capture(pr.where[i])
			if n == nil {
				okAll = false
				break
			}
			if c.re != nil || c.notRe != nil {
				text := n.text(src)
				if c.Qualified {
					text = qualify(text)
				}
				if c.re != nil && !c.reM.MatchString(text) {
					okAll = false
					break
				}
				if c.notRe != nil && c.notReM.MatchString(text) {
					okAll = false
					break
				}
			}
			if c.Literal != nil && isLiteral(sitterNode(n.node, tree)) != *c.Literal {
				okAll = false
				break
			}
			if c.Inside != "" && !within(n, rangesFor(c.Inside)) {
				okAll = false
				break
			}
			if c.NotInside != "" && within(n, rangesFor(c.NotInside)) {
				okAll = false
				break
			}
			if c.AmbiguousRegex && !ambiguousNested(regexLiteralText(n.text(src))) {
				okAll = false
				break
			}
			if c.NotAssignedInFile && builtInFile(n.text(src), int(n.end), src) {
				okAll = false
				break
			}
			if c.NotPlainObjectNew && plainObjectNew(n.text(src), src) {
				okAll = false
				break
			}
			if c.assignedFromRe != nil {
				name := n.text(src)
				fn := cl.enclosingText(sitterNode(n.node, tree), src)
				ok, found := assignedFrom(name, fn, c.assignedFromRe)
				if !found {
					ok, _ = assignedFrom(name, string(src), c.assignedFromRe)
				}
				if ok {
					okAll = false
					break
				}
			}
			if c.ownFileRe != nil && ownFile(n.text(src), cl.enclosingText(sitterNode(n.node, tree), src), src, c.ownFileRe) {
				okAll = false
				break
			}
			if c.NotSanitizedLocal {
				sn := sitterNode(n.node, tree)
				if sanitizedLocal(sn, cl.enclosingText(sn, src), src, packSanitizer(cl.lang.name, rule.CWE)) {
					okAll = false
					break
				}
			}
			if c.funcRe != nil || c.notFuncRe != nil || c.classRe != nil {
				var text string
				if c.Near {
					text = cl.purposeText(sitterNode(n.node, tree), src)
					if c.WithCallers {
						text += cl.purposeCallersText(sitterNode(n.node, tree), src)
					}
				} else {
					text = cl.enclosingText(sitterNode(n.node, tree), src)
					if c.WithCallers {
						text += cl.callersText(sitterNode(n.node, tree), src, max(c.CallerDepth, 1))
					}
				}
				// the function says the purpose, or the class around it does
				funcOK := c.funcRe == nil || c.funcRe.MatchString(text) ||
					(c.classRe != nil && classNameMatches(c.classRe, sitterNode(n.node, tree), src))
				if !funcOK || (c.notFuncRe != nil && c.notFuncRe.MatchString(text)) {
					okAll = false
					break
				}
			}
		}
		if okAll {
			rep := capture(pr.match)
			if rule.Match.Report != "" {
				rep = capture(pr.report)
			}
			if rep == nil {
				rep = &caps[0]
			}
			sp, ep := capPoints(rep)
			raw := rawFinding{
				rule: rule, start: rep.start, end: rep.end, sp: sp, ep: ep,
				matched: rep.text(src), message: cl.expandMessage(rule, capture, src),
			}
			if rule.Match.ReportAtUse != "" {
				cl.moveToUse(&raw, sitterNode(rep.node, tree), src)
			}
			if k := (seenKey{rule, raw.start, raw.end}); !seen[k] {
				seen[k] = true
				if sc := capture(pr.secret); sc != nil {
					raw.secret = &[2]uint32{sc.start, sc.end}
				}
				out = append(out, raw)
			}
		}
		for _, c := range caps {
			capIdx[c.index] = -1
		}
	}
	return out, nil
}

var msgVarRe = regexp.MustCompile(`\{\{\s*([A-Za-z0-9_]+)\s*\}\}`)

// expandMessage fills {{capture}} placeholders of the rule's message from
// the match's captures (capture returns a capture by id of the language's
// combined query, nil when the match lacks it).
func (cl *compiledLang) expandMessage(r *Rule, capture func(id int) *capRef, src []byte) string {
	if r.Message == "" {
		return r.Title
	}
	return msgVarRe.ReplaceAllStringFunc(r.Message, func(m string) string {
		name := msgVarRe.FindStringSubmatch(m)[1]
		var n *capRef
		for id, cn := range cl.capNames {
			if cn == name {
				n = capture(id)
				break
			}
		}
		if n != nil {
			t := n.text(src)
			if len(t) > 80 {
				t = t[:77] + "..."
			}
			return t
		}
		return m
	})
}

// callersText is the text of the file's functions that call the innermost
// named function (declaration or method) around n, each after a newline:
// one level of callers, found by name (`name(` and `.name(`; in Ruby, whose
// calls may omit the parentheses, also a bare `name` that is not assigned
// to), outside the function itself; with depth > 1 also their callers, up
// to depth levels. "" when n is in no named function or nothing calls it.
func (cl *compiledLang) callersText(n *sitter.Node, src []byte, depth int) string {
	var fn, root *sitter.Node
	for p := n; p != nil; p = p.Parent() {
		if fn == nil && cl.lang.funcTypes[p.Type()] {
			fn = p
		}
		root = p
	}
	if fn == nil || fn.ChildByFieldName("name") == nil {
		return ""
	}
	var b strings.Builder
	seen := map[uint32]bool{fn.StartByte(): true}
	level := []*sitter.Node{fn}
	for d := 0; d < depth && len(level) > 0; d++ {
		var next []*sitter.Node
		for _, f := range level {
			for _, c := range cl.callerFuncs(f, root, src) {
				if seen[c.StartByte()] {
					continue
				}
				seen[c.StartByte()] = true
				b.WriteByte('\n')
				b.Write(src[c.StartByte():c.EndByte()])
				next = append(next, c)
			}
		}
		level = next
	}
	return b.String()
}

// callerFuncs lists the innermost functions of the file (under root) that
// call fn by name, or the named function around fn when fn itself has no
// name (a Ruby block met at the second level). Calls inside fn are not counted.
func (cl *compiledLang) callerFuncs(fn, root *sitter.Node, src []byte) []*sitter.Node {
	for fn != nil && fn.ChildByFieldName("name") == nil {
		p := fn.Parent()
		for p != nil && !cl.lang.funcTypes[p.Type()] {
			p = p.Parent()
		}
		fn = p
	}
	if fn == nil {
		return nil
	}
	nm := fn.ChildByFieldName("name")
	name := string(src[nm.StartByte():nm.EndByte()])
	if name == "" {
		return nil
	}
	bare := cl.lang.name == "ruby"
	needle := []byte(name + "(")
	if bare {
		needle = []byte(name)
	}
	var out []*sitter.Node
	for off := 0; off < len(src); {
		i := bytes.Index(src[off:], needle)
		if i < 0 {
			break
		}
		at := off + i
		off = at + len(name)
		if at > 0 && (ident.Byte(src[at-1])) {
			continue
		}
		if bare && !rubyBareCall(src, at, len(name)) {
			continue
		}
		if uint32(at) >= fn.StartByte() && uint32(at) < fn.EndByte() {
			continue
		}
		call := root.NamedDescendantForPointRange(pointAt(src, at), pointAt(src, at))
		if call == nil {
			continue
		}
		for p := call; p != nil; p = p.Parent() {
			if cl.lang.funcTypes[p.Type()] {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// rubyBareCall reports whether the name at src[at:at+n] reads as a call of
// a method by that name: not part of a longer identifier, a symbol, an
// instance, class or global variable, or the left side of an assignment.
func rubyBareCall(src []byte, at, n int) bool {
	end := at + n
	if end < len(src) && (ident.Byte(src[end]) || src[end] == '?' || src[end] == '!' || src[end] == ':') {
		return false
	}
	if at > 0 && (src[at-1] == ':' || src[at-1] == '@' || src[at-1] == '$') {
		return false
	}
	rest := bytes.TrimLeft(src[end:], " \t")
	if len(rest) > 0 && rest[0] == '=' && (len(rest) == 1 || (rest[1] != '=' && rest[1] != '~' && rest[1] != '>')) {
		return false
	}
	return true
}

// callOffsets are the offsets in src, outside fn, where the function
// named name is called: `name(` after a non-identifier byte, and in Ruby,
// which calls methods without parentheses too (`code: make_code`), a bare
// name that reads as a call (rubyBareCall).
func callOffsets(name string, fn *sitter.Node, src []byte, ruby bool) []int {
	needle := name + "("
	if ruby {
		needle = name
	}
	var out []int
	for off := 0; off < len(src); {
		i := bytes.Index(src[off:], []byte(needle))
		if i < 0 {
			break
		}
		at := off + i
		off = at + len(name)
		if at > 0 && ident.Byte(src[at-1]) {
			continue
		}
		if uint32(at) >= fn.StartByte() && uint32(at) < fn.EndByte() {
			continue
		}
		if ruby && !rubyBareCall(src, at, len(name)) {
			continue
		}
		out = append(out, at)
	}
	return out
}

// pointAt is the row and column of a byte offset.
func pointAt(src []byte, off int) sitter.Point {
	row := bytes.Count(src[:off], []byte{'\n'})
	col := off - (bytes.LastIndexByte(src[:off], '\n') + 1)
	return sitter.Point{Row: uint32(row), Column: uint32(col)}
}

// enclosingText is the text of the innermost function around n, or of the
// top-level statement holding n when no function does.
func (cl *compiledLang) enclosingText(n *sitter.Node, src []byte) string {
	prev := n
	for p := n.Parent(); p != nil; p = p.Parent() {
		// a Ruby block (`chars.map { ... }`, `do ... end`) runs inside its
		// method, whose name says what the code is for
		if cl.lang.funcTypes[p.Type()] && p.Type() != "block" && p.Type() != "do_block" {
			// a function bound to a name (const sign = (d) => ...) is
			// known by that name
			if q := p.Parent(); q != nil {
				if t := q.Type(); strings.Contains(t, "declarator") || strings.Contains(t, "assignment") || t == "pair" || strings.Contains(t, "field_definition") {
					p = q
				}
			}
			return string(src[p.StartByte():p.EndByte()])
		}
		if p.Parent() == nil {
			break
		}
		prev = p
	}
	return string(src[prev.StartByte():prev.EndByte()])
}

// classTypes are the tree-sitter node types of a class or module whose
// "name" field names it, across the front ends.
var classTypes = map[string]bool{
	"class": true, "module": true, // ruby
	"class_declaration": true, "interface_declaration": true, // java, js, ts, php
	"class_definition": true, // python
}

// camelBoundary finds the start of each word inside a CamelCase name.
var camelBoundary = regexp.MustCompile(`([a-z0-9])([A-Z])|([A-Z]+)([A-Z][a-z])`)

// classNameMatches reports whether the name of a class or module around
// n, in snake case (`OtpGenerator` reads `otp_generator`, a constant path
// `Auth::TokenIssuer` reads `auth_token_issuer`), matches re.
func classNameMatches(re *regexp.Regexp, n *sitter.Node, src []byte) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if !classTypes[p.Type()] {
			continue
		}
		name := p.ChildByFieldName("name")
		if name == nil {
			continue
		}
		if re.MatchString(snakeName(string(src[name.StartByte():name.EndByte()]))) {
			return true
		}
	}
	return false
}

// snakeName writes a CamelCase (or constant path) name in snake case:
// `OtpGenerator` → `otp_generator`, `HTTPTokenIssuer` → `http_token_issuer`,
// `Auth::PinMaker` → `auth_pin_maker`.
func snakeName(s string) string {
	s = camelBoundary.ReplaceAllString(s, "${1}${3}_${2}${4}")
	return strings.ReplaceAll(strings.ToLower(s), "::", "_")
}

// ivarLead is the instance variable a receiver starts with (`@buf.join`).
var ivarLead = regexp.MustCompile(`^\(?\s*(@[A-Za-z_]\w*)`)

var (
	accessorLead = regexp.MustCompile(`^\(?\s*([a-z_]\w*)(?:$|[.\s)])`)
	callLead     = regexp.MustCompile(`^\(?\s*([a-z_]\w*[?!]?)\(`)
	heredocLead  = regexp.MustCompile(`^<<[~-]?(["'` + "`" + `]?)([A-Za-z_]\w*)["'` + "`" + `]?$`)
	interpRe     = regexp.MustCompile(`#\{([^{}]*)\}`)
	requestData  = regexp.MustCompile(`\b(?:params|request|cookies|session)\b`)
	plainInterp  = regexp.MustCompile(`^\s*(?:[a-z_]\w*|[A-Z]\w*(?:::[A-Z]\w*)*|@[A-Za-z_]\w*)\s*$`)
)

// builtInFile reports whether the receiver text (ending at byte end of
// src) is markup the file builds itself, where each part is checked (as a
// local is built where it is assigned): an instance variable the file
// assigns or appends to (ivarAssignedInFile), a reader of one
// (`attr_accessor :view_flow` beside `@view_flow = OutputFlow.new`), the
// result of a method the file defines (`datetime_selector(o).select_date`),
// or a heredoc whose interpolations are only locals, constants and such
// instance variables.
func builtInFile(text string, end int, src []byte) bool {
	if ivarAssignedInFile(text, src) {
		return true
	}
	if m := callLead.FindStringSubmatch(text); m != nil {
		// a builder of this file, given no request data
		return definesMethod(m[1], src) && !requestData.MatchString(text)
	}
	if m := accessorLead.FindStringSubmatch(text); m != nil {
		return readsOwnIvar(m[1], src)
	}
	if m := heredocLead.FindStringSubmatch(text); m != nil {
		body, ok := heredocBody(src, end, m[2])
		if !ok {
			return false
		}
		if m[1] == "'" {
			return true // a single-quoted heredoc interpolates nothing
		}
		ins := interpRe.FindAllStringSubmatch(body, -1)
		if len(ins) != strings.Count(body, "#{") {
			return false // an interpolation with braces inside: not a plain name
		}
		for _, in := range ins {
			v := strings.TrimSpace(in[1])
			if !plainInterp.MatchString(v) || (strings.HasPrefix(v, "@") && !ivarAssignedInFile(v, src)) {
				return false
			}
		}
		return true
	}
	return false
}

// definesMethod reports whether src defines a method called name.
func definesMethod(name string, src []byte) bool {
	re, err := regexp.Compile(`(?m)^\s*def\s+(?:self\.)?` + regexp.QuoteMeta(name) + `(?:\s|\(|;|$)`)
	return err == nil && re.Match(src)
}

// readsOwnIvar reports whether name is an attribute reader the file
// declares (attr_reader / attr_accessor :name) for an instance variable
// the file assigns or appends to.
func readsOwnIvar(name string, src []byte) bool {
	re, err := regexp.Compile(`(?m)^\s*attr_(?:reader|accessor)\b[^\n]*:` + regexp.QuoteMeta(name) + `\b`)
	return err == nil && re.Match(src) && ivarAssignedInFile("@"+name, src)
}

// heredocBody is the body of the heredoc named id whose opener ends at byte
// end of src: the lines after the opener's line up to the one that holds
// only id.
func heredocBody(src []byte, end int, id string) (string, bool) {
	if end > len(src) {
		return "", false
	}
	nl := bytes.IndexByte(src[end:], '\n')
	if nl < 0 {
		return "", false
	}
	rest := string(src[end+nl+1:])
	var b strings.Builder
	for line := range strings.Lines(rest) {
		if strings.TrimSpace(line) == id {
			return b.String(), true
		}
		b.WriteString(line)
	}
	return "", false
}

// ivarAssignedInFile reports whether text starts with an instance variable
// that src assigns or appends to (`@buf = `, `@buf ||= `, `@buf << `,
// `@buf.concat(`, `@buf.safe_concat(`) somewhere.
func ivarAssignedInFile(text string, src []byte) bool {
	m := ivarLead.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	re, err := regexp.Compile(regexp.QuoteMeta(m[1]) + `(\s*(\|\||\+)?=[^=~>]|\s*<<|\.(concat|safe_concat|safe_append=|append=|prepend)\b)`)
	return err == nil && re.Match(src)
}

// nameRe matches what assignedFrom looks for: a plain name or member path.
var nameRe = regexp.MustCompile(`^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$`)

// assignedFrom reports whether every assignment of name in text (`name =
// v`, `const name = v`, `name: T = v`) has a value matching re (ok), and
// whether text assigns name at all (found). The value is read up to the
// end of its statement (a semicolon, or a line that closes the brackets it
// opened), at most 600 bytes.
func assignedFrom(name, text string, re *regexp.Regexp) (ok, found bool) {
	if !nameRe.MatchString(name) {
		return false, false
	}
	at := regexp.MustCompile(`(?:^|[^\w$.])` + regexp.QuoteMeta(name) + `\s*(?::[^=;\n]{1,80})?=([^=>]|$)`)
	for _, m := range at.FindAllStringSubmatchIndex(text, -1) {
		found = true
		v := text[m[2]:]
		if len(v) > 600 {
			v = v[:600]
		}
		depth := 0
	scan:
		for i := 0; i < len(v); i++ {
			switch v[i] {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
				if depth < 0 {
					v = v[:i]
					break scan
				}
			case ';':
				if depth == 0 {
					v = v[:i]
					break scan
				}
			case '\n':
				if depth == 0 {
					v = v[:i]
					break scan
				}
			}
		}
		if !re.MatchString(v) {
			return false, true
		}
	}
	return found, found
}

var (
	rbNewCallRe   = regexp.MustCompile(`^(?:::)?(?:[A-Z]\w*::)*([A-Z]\w*)\.new\b`)
	rbClassHeadRe = regexp.MustCompile(`(?m)^[ \t]*class[ \t]+(?:[A-Z]\w*::)*([A-Z]\w*)[ \t]*(<[^\n]*)?$`)
	rbInitRe      = regexp.MustCompile(`(?m)^[ \t]*def[ \t]+initialize\b`)
	rbRecordBase  = regexp.MustCompile(`Record|Model|Base\b`)
)

// plainObjectNew reports whether text starts with `C.new` of a class C
// src declares with its own initialize and no record base class.
func plainObjectNew(text string, src []byte) bool {
	m := rbNewCallRe.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	heads := rbClassHeadRe.FindAllSubmatchIndex(src, -1)
	for i, h := range heads {
		if string(src[h[2]:h[3]]) != m[1] {
			continue
		}
		if h[4] >= 0 && rbRecordBase.Match(src[h[4]:h[5]]) {
			return false
		}
		end := len(src)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		return rbInitRe.Match(src[h[1]:end])
	}
	return false
}
