package scanner

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/models"
)

// Evaluating calls (dataflow.Evaluator). A call that is a sink of a kind
// that runs, queries, fetches or opens what its argument says (code, SQL,
// XPath, a command, a URL, a file) returns the work's result: the value a
// program computed, the rows or nodes a query found, a command's output, a
// fetched page, a file's bytes. That is second-order data the analysis
// cannot tie to the attacker's text, so rules about echoing the request's
// own text (XSS) do not follow the evaluated argument through such a call:
// `fmt.Fprintf(w, "%v", vm.Run(code))` in a code-injection handler is that
// handler's weakness, reported by the code rule, not also XSS. The call's
// receiver and its other arguments still flow (a query over a document
// parsed from the request body yields request text).

// evalKinds are the sink kinds whose calls evaluate their argument.
var evalKinds = []string{"sql", "nosql", "code", "xpath", "ldap", "template", "command", "ssrf", "path"}

// echoKinds are the kinds of rules that look for the request's own text in
// their sink and so see through no evaluating call.
var echoKinds = []string{"xss"}

// keepsName matches path sinks that make an object holding the name they
// are given rather than reading anything: `new File(dir, name).getName()`
// is still the request's text.
var keepsName = regexp.MustCompile(`^(java\.io\.File|java\.nio\.file\.(Paths\.get|Path\.of))$`)

// evaluator is one evaluating call: its callee pattern, the condition on
// its text, and the positions it evaluates (all: every argument).
type evaluator struct {
	re    *regexp.Regexp
	where *regexp.Regexp
	args  []int
	all   bool
}

// evalSet is a language's evaluating calls, matched by callee.
type evalSet struct {
	list []evaluator
	m    *calleeMatcher

	// memo holds m's answer for each callee of the scan, by the scan's
	// callee number (v2Models.calleeID; nil: not asked yet): the same
	// callees are asked about in every file and by every rule
	mu   sync.RWMutex
	memo []*[]int
}

// matches returns the evaluators matching a call's callee (id: its number
// in the scan), in the order of list.
func (es *evalSet) matches(id int32, in *ir.Instr) []int {
	es.mu.RLock()
	var l *[]int
	if int(id) < len(es.memo) {
		l = es.memo[id]
	}
	es.mu.RUnlock()
	if l != nil {
		return *l
	}
	m := es.m.match(in.Text, in.Callee)
	es.mu.Lock()
	if n := int(id) + 1; n > len(es.memo) {
		es.memo = append(es.memo, make([]*[]int, max(n, 2*len(es.memo))-len(es.memo))...)
	}
	es.memo[id] = &m
	es.mu.Unlock()
	return m
}

var (
	builtinRulesOnce sync.Once
	builtinRuleList  []*Rule
)

// builtinTaintRules returns the embedded rules, loaded once (nil when they
// do not load: TestRules reports that).
func builtinTaintRules() []*Rule {
	builtinRulesOnce.Do(func() {
		builtinRuleList, _ = BuiltinRules()
	})
	return builtinRuleList
}

// evaluators returns the evaluating calls of a language: the sinks of the
// evaluating kinds in the model packs and in the built-in rules.
func (vm *v2Models) evaluators(lang string) *evalSet {
	vm.mu.Lock()
	defer vm.mu.Unlock()
	if es := vm.evals[lang]; es != nil {
		return es
	}
	es := &evalSet{}
	var pats []string
	var res []*regexp.Regexp
	add := func(pat string, re, where *regexp.Regexp, args []int, kwargs []string, recv bool) {
		if re == nil || recv && len(args) == 0 || keepsName.MatchString(pat) {
			return
		}
		es.list = append(es.list, evaluator{re: re, where: where, args: args, all: len(args) == 0 && len(kwargs) == 0})
		pats, res = append(pats, pat), append(res, re)
	}
	for _, sk := range vm.set.For(packLanguage(lang), evalKinds).Sinks {
		add(sk.Call, sk.Re(), sk.WhereRe(), sk.Args, sk.Kwargs, sk.Receiver)
	}
	for _, r := range builtinTaintRules() {
		if r.Taint == nil || !slices.Contains(r.Languages, lang) || !hasAnyKind(models.KindsForCWE(r.CWE), evalKinds) || hasAnyKind(models.KindsForCWE(r.CWE), echoKinds) {
			continue
		}
		for i := range r.Taint.Sinks {
			sk := &r.Taint.Sinks[i]
			add(sk.Call, sk.callRe, sk.whereRe, sk.Args, sk.Kwargs, sk.Receiver)
		}
	}
	es.m = newCalleeMatcher(pats, res)
	if vm.evals == nil {
		vm.evals = map[string]*evalSet{}
	}
	vm.evals[lang] = es
	return es
}

func hasAnyKind(kinds, of []string) bool {
	for _, k := range kinds {
		if slices.Contains(of, k) {
			return true
		}
	}
	return false
}

// Evaluates implements dataflow.Evaluator for rules of the echo kinds and,
// for trust rules, for the lookups of unknown calls.
func (s *v2Spec) Evaluates(in *ir.Instr) ([]int, bool, bool) {
	if s.lookups && !keepsText(s.lang, in) {
		return nil, true, true
	}
	if s.evals == nil {
		return nil, false, false
	}
	for _, i := range s.evals.matches(s.tf.callIDs[s.tf.callNum(in)], in) {
		ev := &s.evals.list[i]
		if ev.where != nil && !ev.where.MatchString(s.callText(in)) {
			continue
		}
		return ev.args, ev.all, true
	}
	return nil, false, false
}

// Escapers of the program's own. A function of the file that maps '<' to
// "&lt;" (and '>' or '&' to their entities) is an HTML escaper whatever
// its name (`escape`, `enc`, `clean`): a chain of replace calls, a loop
// over the characters with a switch that appends entities, or a table of
// replacements. The dataflow cannot prove a character loop's default
// branch harmless, so for XSS rules the call's result is clean by what the
// function says it does.
var (
	escLtRe    = regexp.MustCompile(`(?i)&(lt|#0*60|#x0*3c);`)
	escOtherRe = regexp.MustCompile(`(?i)&(gt|amp|#0*62|#0*38|#x0*3e|#x0*26);`)
	escCharRe  = regexp.MustCompile(`['"]<['"]|\[\s*['"]?<|\\u003[cC]|\\x3[cC]|\b60\b`)
)

// escaperFuncs returns the names of the file's functions that escape HTML
// (the last segment of the name a call uses; Java overloads' "#n" cut).
func escaperFuncs(m *ir.Module, src []byte) map[string]bool {
	out := map[string]bool{}
	for _, f := range m.Funcs {
		if f.Name == "" || f.Name == "<module>" || len(f.Params) == 0 || int(f.Span.End) > len(src) || f.Span.Start >= f.Span.End {
			continue
		}
		text := src[f.Span.Start:f.Span.End]
		if len(text) > 4000 || !escLtRe.Match(text) || !escOtherRe.Match(text) || !escCharRe.Match(text) {
			continue
		}
		name := f.Name
		if i := strings.IndexByte(name, '#'); i >= 0 {
			name = name[:i]
		}
		out[name] = true
	}
	return out
}

// ownEscaper reports whether a call reaches an HTML escaper of the file.
func (s *v2Spec) ownEscaper(in *ir.Instr) bool {
	if s.escapers == nil || in.Text == "" || strings.ContainsAny(in.Text, "([") {
		return false
	}
	return s.escapers[lastSegment(in.Text)]
}

// Lookups (trust boundary). A rule about request data kept as trusted state
// (CWE-501, kind trust) is about the request's own values reaching the
// session. A call the analysis knows nothing about (no model, no summary,
// no propagator) that is given request data is mostly a lookup or a
// verification, `u, err := auth.Verify(email, password)`, `await
// users.verify(req.body.email, pw)`, `Theme::tryFrom($_POST['t'])`, whose
// result is a record of the server's (a user, an enum case), not the text
// it was given. For trust rules such a call's result carries its
// receiver's taint (`req.query.next.trim()`) but none of its arguments',
// except for the functions below, which are known to return (a form of)
// their argument's text: string, URL, path, encoding and parsing helpers
// of each language's standard library.

// keepsTextRe is, per language, the callees (canonical or as written) whose
// result is still their argument's text.
var keepsTextRe = map[string]*regexp.Regexp{
	"go":         regexp.MustCompile(`^(?:strings|strconv|fmt|bytes|unicode(?:/\w+)?|html|net/url|path|path/filepath|encoding/\w+|io|bufio|mime(?:/\w+)?|regexp|text/template|html/template)\.|^(?:string|\[\]byte|\[\]rune|append|copy)$|\.(?:Decode|Unmarshal|ReadAll|ReplaceAllString|FindString\w*|Bind|BindJSON|ShouldBind\w*|Param|QueryParam|FormValue)$`),
	"javascript": regexp.MustCompile(`^(?:String|Number|Array|Object|JSON|Buffer|URL|URLSearchParams|encodeURIComponent|decodeURIComponent|encodeURI|decodeURI|escape|unescape|path|url|querystring|qs|validator|_|lodash)(?:\.|$)|^(?:node:)?(?:path|url|querystring)\.`),
	"python":     regexp.MustCompile(`^(?:str|repr|format|bytes|list|dict|tuple|set|sorted|reversed|json|base64|urllib\.parse|os\.path|posixpath|html|re|shlex|string|markupsafe|bleach|unicodedata|codecs)(?:\.|$)|\.(?:format|join|replace|strip|lower|upper)$`),
	"php":        regexp.MustCompile(`(?i)^\\?(?:str\w*|mb_\w+|substr\w*|trim|ltrim|rtrim|chop|sprintf|vsprintf|implode|join|explode|url(?:en|de)code|rawurl(?:en|de)code|base64_\w+|bin2hex|hex2bin|html\w*|strip_tags|addslashes|stripslashes|ucfirst|lcfirst|ucwords|nl2br|wordwrap|preg_\w+|json_\w+|array_\w+|compact|current|reset|end|strval|parse_url|parse_str|http_build_query|basename|dirname|pathinfo|realpath|filter_var|filter_input|iconv\w*|utf8_\w+|unserialize|serialize|number_format|printf)$`),
	"java":       regexp.MustCompile(`^(?:java\.lang\.)?(?:String|StringBuilder|StringBuffer|Objects|Optional|Arrays|List|Map|Set|Collections)\.|^(?:java\.net\.)?(?:URLDecoder|URLEncoder|URI|URL)\b|(?:^|\.)(?:StringUtils|StringEscapeUtils|Base64|Encode|HtmlUtils|UriComponentsBuilder|ObjectMapper|Gson)\b|\.(?:readValue|fromJson|decode|encode)$`),
	"ruby":       regexp.MustCompile(`^(?:String|Array|Hash|Integer|Float|CGI|URI|ERB|Rack::Utils|JSON|Base64|File|Pathname|Shellwords)(?:\.|::|$)|^(?:format|sprintf)$`),
}

// keepsText reports whether a call with no model or summary is known to
// return its argument's text (see keepsTextRe).
func keepsText(lang string, in *ir.Instr) bool {
	if lang == "typescript" || lang == "tsx" {
		lang = "javascript"
	}
	re := keepsTextRe[lang]
	if re == nil {
		return true
	}
	return re.MatchString(in.Callee) || in.Text != in.Callee && re.MatchString(in.Text)
}

// CallsCheck implements dataflow.CallCheck: for trust rules the program's
// own boolean check of a request value guarding the write (a membership or
// permission check with an early exit) verifies it.
func (s *v2Spec) CallsCheck() bool { return s.lookups }
