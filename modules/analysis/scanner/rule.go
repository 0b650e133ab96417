package scanner

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"vigil/modules/analysis/scanner/models"
)

// embeddedRules holds the built-in rule catalogue (see rules/README.md).
//
//go:embed rules
var embeddedRules embed.FS

// Rule is one declarative rule as written in a rules/<language>/*.yml file.
// The YAML shape is documented in rules/README.md; it is a contract with the
// rule authors of every language.
type Rule struct {
	ID          string     `yaml:"id" json:"id"`
	Title       string     `yaml:"title" json:"title"`
	Languages   []string   `yaml:"languages" json:"languages"`
	Severity    Severity   `yaml:"severity" json:"severity"`
	Confidence  Confidence `yaml:"confidence" json:"confidence"`
	CWE         []string   `yaml:"cwe" json:"cwe"`
	OWASP       []string   `yaml:"owasp" json:"owasp"`
	Message     string     `yaml:"message" json:"message,omitempty"`
	Description string     `yaml:"description" json:"description"`
	Remediation string     `yaml:"remediation" json:"remediation"`
	References  []string   `yaml:"references" json:"references,omitempty"`
	Match       *MatchSpec `yaml:"match" json:"match,omitempty"`
	Taint       *TaintSpec `yaml:"taint" json:"taint,omitempty"`
	// Category is "security" (the default) or "quality": code-quality
	// patterns (a swallowed exception) are not security findings and run
	// only when a scan asks for them (Options.Quality, `quality: true`).
	Category string `yaml:"category" json:"category,omitempty"`
	// NotPath is an optional RE2 regex on the file's slash-separated path
	// relative to the scan root: the rule reports nothing in files whose path
	// matches (a developer's build or release scripts under bin/ run the
	// commands their author typed, not an attacker's).
	NotPath   string `yaml:"not-path" json:"not_path,omitempty"`
	notPathRe *regexp.Regexp

	// Source is the file the rule was loaded from (for error messages).
	Source string `yaml:"-" json:"source"`
}

// Rule categories.
const (
	CategorySecurity = "security"
	CategoryQuality  = "quality"
)

// MatchSpec is a structural rule: tree-sitter query alternatives plus constraints.
type MatchSpec struct {
	Patterns []string     `yaml:"patterns" json:"patterns"`
	Where    []Constraint `yaml:"where" json:"where,omitempty"`
	Report   string       `yaml:"report" json:"report,omitempty"`
	// Secret names a capture whose text is a credential (a string literal
	// assigned to a password or key). Its value, quotes dropped, is masked
	// in every finding of the scan and listed in Result.SecretLocations,
	// as the secrets pass does with what gitleaks finds: a hard-coded
	// password must not reach a report in clear because a rule found it.
	Secret string `yaml:"secret" json:"secret,omitempty"`
	// ReportAtUse is an RE2 regex, {{var}} standing for a variable's name:
	// a match assigned to a local is reported at the first text of the
	// rest of its function this finds (`\.addCookie\(\s*{{var}}\s*\)`),
	// where the object it builds is used; else where it matched (see
	// report_use.go).
	ReportAtUse string `yaml:"report-at-use" json:"report_at_use,omitempty"`
}

// Constraint filters matches of a MatchSpec; all set keys must hold.
type Constraint struct {
	Capture      string `yaml:"capture" json:"capture,omitempty"`
	Regex        string `yaml:"regex" json:"regex,omitempty"`
	NotRegex     string `yaml:"not-regex" json:"not_regex,omitempty"`
	Literal      *bool  `yaml:"literal" json:"literal,omitempty"`
	Inside       string `yaml:"inside" json:"inside,omitempty"`
	NotInside    string `yaml:"not-inside" json:"not_inside,omitempty"`
	FileRegex    string `yaml:"file-regex" json:"file_regex,omitempty"`
	NotFileRegex string `yaml:"not-file-regex" json:"not_file_regex,omitempty"`
	// FunctionRegex / NotFunctionRegex: the text of the innermost function
	// around the capture (the top-level statement outside functions) must /
	// must not match. Purpose-sensitive rules use it: an MD5 is a weakness
	// in hash_password, not in an ETag helper.
	FunctionRegex    string `yaml:"function-regex" json:"function_regex,omitempty"`
	NotFunctionRegex string `yaml:"not-function-regex" json:"not_function_regex,omitempty"`
	// WithCallers extends the text function-regex / not-function-regex
	// read with the text of the file's functions that call the innermost
	// named function (one level): a generic helper (randomString, a cookie
	// constructor) serves the purpose its callers name (NewSessionID,
	// http.SetCookie).
	WithCallers bool `yaml:"with-callers" json:"with_callers,omitempty"`
	// Near makes function-regex / not-function-regex (and with-callers)
	// read the text near the capture instead of whole functions: the head
	// of the function around it, the statement holding it and the lines
	// that use what that statement assigns (see purposeText). A long
	// handler that mentions a password elsewhere does not make its random
	// display id a secret.
	Near bool `yaml:"near" json:"near,omitempty"`
	// CallerDepth is how many levels of callers WithCallers reads (1 when
	// unset): a helper two calls away from the code that names its target
	// (get → get_url → get_https_url) needs 2.
	CallerDepth int `yaml:"caller-depth" json:"caller_depth,omitempty"`
	// ClassRegex is an alternative to FunctionRegex: the capture passes
	// too when the name of a class or module around it, in snake case
	// (`OtpGenerator` reads `otp_generator`), matches. A class named for
	// what it makes serves that purpose in every method, whatever the
	// method is called (`generate`, `call`).
	ClassRegex string `yaml:"class-regex" json:"class_regex,omitempty"`
	// AmbiguousRegex: the capture is a regex literal (string or /.../)
	// with a repeated group whose iterations can match the same text in
	// several ways (exponential backtracking), not any nested quantifier.
	AmbiguousRegex bool `yaml:"ambiguous-regex" json:"ambiguous_regex,omitempty"`
	// NotAssignedInFile: the capture is not markup the file builds itself
	// (Ruby; PHP-like `$this->x` is not covered): an instance variable the
	// same file assigns or appends to (`@buf = ...`, `@buf << ...`), an
	// attribute reader of one (`attr_accessor :flow` with `@flow = ...`),
	// the result of a method the file defines called without request data,
	// or a heredoc interpolating only locals, constants and such ivars. An
	// object's own buffer is built by its class, where each part is
	// checked, as a local is built where it is assigned.
	NotAssignedInFile bool `yaml:"not-assigned-in-file" json:"not_assigned_in_file,omitempty"`
	// NotPlainObjectNew (Ruby): the capture is not `C.new(...)` of a class
	// C the same file declares with its own initialize and without a
	// record base class (`< ApplicationRecord`): a plain object taking
	// values (`ThemeChoice.new(params[:theme])`), not a model assigned
	// the request's attributes.
	NotPlainObjectNew bool `yaml:"not-plain-object-new" json:"not_plain_object_new,omitempty"`
	// Qualified: regex / not-regex read the capture's text with its
	// leading name replaced by what the file binds it to (an import alias
	// or a generator kept in a variable, see bindings): `rnd.randint(...)`
	// after `import random as rnd` reads `random.randint(...)`, `r(...)`
	// after `from random import randint as r` reads `random.randint(...)`.
	Qualified bool `yaml:"qualified" json:"qualified,omitempty"`
	// NotAssignedFrom: the capture is not a name (x, this.x) whose every
	// assignment in the innermost function (else in the file) has a value
	// matching this RE2 regex: `const clean = DOMPurify.sanitize(html, opts)`
	// then `{__html: clean}` is the sanitised value, as if written in place.
	NotAssignedFrom string `yaml:"not-assigned-from" json:"not_assigned_from,omitempty"`
	// NotSanitizedLocal (Ruby): the capture's value is not text the
	// innermost method made safe itself. Its value — each branch's last
	// expression when it is an if/unless/ternary/begin block — is a local
	// the method set once, before, from a call of a sanitizer the built-in
	// model packs list for the rule's kinds (`text = sanitize(text)`; a
	// modifier condition may only read the caller's options,
	// `if options.fetch(:sanitize, true)`, so only the caller opts out),
	// optionally defaulted (`text || ""`) or reshaped by methods called on
	// it with no request data (`text.scan(re).each { |s| s.gsub!(p, mark) }.join`).
	NotSanitizedLocal bool `yaml:"not-sanitized-local" json:"not_sanitized_local,omitempty"`
	// NotOwnFile (Python): the capture is not a load call reading a file
	// this program writes itself with a call matching this RE2 regex
	// (`pickle\.dump`): its file is opened from a path that is a
	// module-level name or the result of a function the file defines
	// (`STATE`, `_path(key)`, possibly through a local set once), and the
	// file opens that same path for writing elsewhere. See ownFile.
	NotOwnFile string `yaml:"not-own-file" json:"not_own_file,omitempty"`

	re, notRe, fileRe, notFileRe, funcRe, notFuncRe, classRe, assignedFromRe, ownFileRe *regexp.Regexp
	reM, notReM                                                                         literalMatcher // re and notRe, as set lookups when they are literal sets
}

// TaintSpec is a data-flow rule: sources reaching sinks without sanitizers.
type TaintSpec struct {
	Sources    []TaintSource `yaml:"sources" json:"sources"`
	Sinks      []TaintSink   `yaml:"sinks" json:"sinks"`
	Sanitizers []TaintSource `yaml:"sanitizers" json:"sanitizers,omitempty"`
	// OwnSinks: only the rule's own sinks count; the model packs of its
	// kinds still add sources, sanitisers, propagators and validators. For
	// rules whose sinks say more than the kind (a command interpolated at
	// the call), which the packs' plain sinks would widen.
	OwnSinks bool `yaml:"own-sinks" json:"own_sinks,omitempty"`
	// OwnSources: only the rule's own sources count; the model packs of
	// its kinds add no sources (they still add sinks, sanitisers,
	// propagators and validators). For rules whose sources are of another
	// origin than the packs' request data: DOM XSS reads the page URL in
	// the browser, not the server's request.
	OwnSources bool `yaml:"own-sources" json:"own_sources,omitempty"`
}

// TaintSource matches a tainted expression (Expr), the result of a call (Call)
// or a function parameter by its declaration (Param, e.g. an annotated
// framework parameter). Sanitizers use the same shape (Call only).
type TaintSource struct {
	Expr  string `yaml:"expr" json:"expr,omitempty"`
	Call  string `yaml:"call" json:"call,omitempty"`
	Param string `yaml:"param" json:"param,omitempty"`
	// NotCallbackOf (param sources, dataflow engine only): the parameters
	// of a function passed directly as an argument to a call whose callee,
	// as written, matches this glob are no source where the function uses
	// them only whole, never a property or element of them. The success
	// callback of `$.post(url, body, function (html) {...})` receives what
	// the app's own endpoint rendered (escaping it is that endpoint's job);
	// `data.name` read from the same callback is still a source.
	NotCallbackOf string `yaml:"not-callback-of" json:"not_callback_of,omitempty"`

	exprRe, callRe, paramRe, notCallbackRe *regexp.Regexp
	prefix                                 string // literal prefix every match of Expr starts with ("" if none)
}

// TaintSink is a call argument or an assignment target that must not receive tainted data.
type TaintSink struct {
	Call   string   `yaml:"call" json:"call,omitempty"`
	Assign string   `yaml:"assign" json:"assign,omitempty"`
	Args   []int    `yaml:"args" json:"args,omitempty"`
	Kwargs []string `yaml:"kwargs" json:"kwargs,omitempty"`
	Where  string   `yaml:"where" json:"where,omitempty"`
	// NotWhere is an RE2 regex the whole call text must not match (e.g. a
	// JSON body: `res.send({...})`).
	NotWhere string `yaml:"not-where" json:"not_where,omitempty"`
	// NotCallee is an RE2 regex the call's canonical callee must not match:
	// a wildcard method sink (`*->query`) on a receiver whose type the
	// front end knows to be another API (PHP's DOMXPath->query); the
	// dataflow engine only.
	NotCallee string `yaml:"not-callee" json:"not_callee,omitempty"`
	// InFunction and NotInFunction are RE2 regexes the text of the
	// innermost function around the sink (the file at top level) must /
	// must not match: a response is HTML only when the handler says so
	// (`res.setHeader('Content-Type', 'text/html')`), or is not when it
	// sets another type.
	InFunction    string `yaml:"in-function" json:"in_function,omitempty"`
	NotInFunction string `yaml:"not-in-function" json:"not_in_function,omitempty"`
	// NotInFile is an RE2 regex the whole file must not match: the same
	// name is a different API in another framework (DRF's Response renders
	// JSON, Flask's sends HTML).
	NotInFile string `yaml:"not-in-file" json:"not_in_file,omitempty"`
	// InFile is an RE2 regex the whole file must match: a parser is
	// unsafe only when the file configures it so (Jackson's default typing
	// turned on for a mapper kept in a field).
	InFile string `yaml:"in-file" json:"in_file,omitempty"`
	// Receiver: the method call's receiver is the sink (a parser made by
	// an unhardened factory, an object stream over request bytes); the
	// dataflow engine only. With no args it is the only input checked.
	Receiver bool `yaml:"receiver" json:"receiver,omitempty"`
	// Props narrows listed arguments to property paths ("0.url"): where
	// such an argument is an object only those properties are the sink
	// (models.ParseProps; the new engine only).
	Props []string `yaml:"props" json:"props,omitempty"`
	// StringsOnly: the sink renders only strings; an object or array
	// argument (built by a literal) is serialised as JSON instead.
	StringsOnly bool `yaml:"strings-only" json:"strings_only,omitempty"`
	// MarkupStart: the sink parses its argument as HTML only when the
	// text starts with `<` (jQuery's $()); an argument proven to start
	// with another character (a match of a regex anchored on it) is a
	// selector, no sink. The dataflow engine only.
	MarkupStart bool `yaml:"markup-start" json:"markup_start,omitempty"`
	// NotOwnResource: a call whose first argument is a document the
	// application ships (a class-path resource opened by a constant name,
	// directly, through a constant or a local, or through a helper of the
	// file that opens its parameter so) is no sink (own_resource.go). The
	// dataflow engine only.
	NotOwnResource bool `yaml:"not-own-resource" json:"not_own_resource,omitempty"`

	props                                                                                            map[int][][]string
	callRe, assignRe, whereRe, notWhereRe, notCalleeRe, inFuncRe, notInFuncRe, notInFileRe, inFileRe *regexp.Regexp
}

type ruleFile struct {
	Rules []*Rule `yaml:"rules"`
	// Defs holds top-level `x-...` keys: shared lists referenced by YAML anchors.
	Defs map[string]any `yaml:",inline"`
}

var (
	ruleIDRe  = regexp.MustCompile(`^VGL-[A-Z0-9]+-[A-Z0-9]+-[0-9]{3}$`)
	cweRe     = regexp.MustCompile(`^CWE-[0-9]+$`)
	owaspRe   = regexp.MustCompile(`^A(0[1-9]|10)$`)
	knownLang = map[string]bool{}
)

func init() {
	for _, l := range languageNames() {
		knownLang[l] = true
	}
}

// LoadRules parses every *.yml / *.yaml file under dir in fsys and validates
// the rules (queries are compiled later, per language, by NewEngine).
func LoadRules(fsys fs.FS, dir string) ([]*Rule, error) {
	var rules []*Rule
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".yml") || strings.HasSuffix(p, ".yaml")) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		text, err := expandRegexParts(string(data))
		if err != nil {
			return fmt.Errorf("rules: %s: %w", p, err)
		}
		var f ruleFile
		dec := yaml.NewDecoder(strings.NewReader(text))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			return fmt.Errorf("rules: %s: %w", p, err)
		}
		for k := range f.Defs {
			if !strings.HasPrefix(k, "x-") {
				return fmt.Errorf("rules: %s: unknown top-level key %q (shared definitions must start with x-)", p, k)
			}
		}
		for _, r := range f.Rules {
			r.Source = p
			if err := r.validate(); err != nil {
				return fmt.Errorf("rules: %s: %w", p, err)
			}
			rules = append(rules, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	seen := map[string]string{}
	for _, r := range rules {
		if prev, ok := seen[r.ID]; ok {
			return nil, fmt.Errorf("rules: duplicate id %s in %s and %s", r.ID, prev, r.Source)
		}
		seen[r.ID] = r.Source
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules, nil
}

// regexParts are regex parts that rules of several files (or languages)
// share, written `(?&name)` in any regex of a rule file and read as
// `(?:part)`. RE2 has no `(?&`, so nothing else is written that way.
var regexParts = map[string]string{
	// names of cookies a page's scripts read and that carry no secret:
	// display preferences and consent banners
	"preference_cookie": `theme|lang|locale|consent|pref|timezone|tz|currency|cookie_?notice|banner|tour|sidebar|layout|view_?mode|dark`,
}

var regexPartRe = regexp.MustCompile(`\(\?&(\w*)\)`)

// expandRegexParts replaces every `(?&name)` of a rule file's text by
// its regex part; an unknown name is an error.
func expandRegexParts(text string) (string, error) {
	if !strings.Contains(text, "(?&") {
		return text, nil
	}
	var err error
	out := regexPartRe.ReplaceAllStringFunc(text, func(m string) string {
		name := regexPartRe.FindStringSubmatch(m)[1]
		part, ok := regexParts[name]
		if !ok {
			if err == nil {
				err = fmt.Errorf("unknown regex part (?&%s)", name)
			}
			return m
		}
		return "(?:" + part + ")"
	})
	return out, err
}

// BuiltinRules returns the embedded rule catalogue.
func BuiltinRules() ([]*Rule, error) { return LoadRules(embeddedRules, "rules") }

// LoadRulesDir loads rules from a directory on disk (vigil scan --rules DIR).
func LoadRulesDir(dir string) ([]*Rule, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	return LoadRules(os.DirFS(abs), ".")
}

// MergeRules overlays extra on base: a rule of extra replaces the base rule with the same id.
func MergeRules(base, extra []*Rule) []*Rule {
	byID := map[string]*Rule{}
	for _, r := range base {
		byID[r.ID] = r
	}
	for _, r := range extra {
		byID[r.ID] = r
	}
	out := make([]*Rule, 0, len(byID))
	for _, r := range byID {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (r *Rule) validate() error {
	if !ruleIDRe.MatchString(r.ID) {
		return fmt.Errorf("rule id %q: want VGL-<LANG>-<CLASS>-<NNN>", r.ID)
	}
	fail := func(format string, a ...any) error {
		return fmt.Errorf("rule %s: %s", r.ID, fmt.Sprintf(format, a...))
	}
	if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Description) == "" || strings.TrimSpace(r.Remediation) == "" {
		return fail("title, description and remediation are required")
	}
	if len(r.Languages) == 0 {
		return fail("languages is required")
	}
	for _, l := range r.Languages {
		if !knownLang[l] {
			return fail("unknown language %q", l)
		}
	}
	if r.Severity.Rank() < 0 {
		return fail("severity %q", r.Severity)
	}
	switch r.Confidence {
	case ConfidenceHigh, ConfidenceMedium, ConfidenceLow:
	default:
		return fail("confidence %q", r.Confidence)
	}
	if len(r.CWE) == 0 {
		return fail("cwe is required")
	}
	for _, c := range r.CWE {
		if !cweRe.MatchString(c) {
			return fail("cwe %q: want CWE-<n>", c)
		}
	}
	for _, o := range r.OWASP {
		if !owaspRe.MatchString(o) {
			return fail("owasp %q: want A01..A10", o)
		}
	}
	switch r.Category {
	case "", CategorySecurity, CategoryQuality:
	default:
		return fail("category %q: want security or quality", r.Category)
	}
	if (r.Match == nil) == (r.Taint == nil) {
		return fail("exactly one of match or taint is required")
	}
	if r.NotPath != "" {
		re, err := regexp.Compile(r.NotPath)
		if err != nil {
			return fail("not-path: %v", err)
		}
		r.notPathRe = re
	}
	if m := r.Match; m != nil {
		if len(m.Patterns) == 0 {
			return fail("match.patterns is empty")
		}
		for i := range m.Where {
			if err := m.Where[i].compile(); err != nil {
				return fail("where[%d]: %v", i, err)
			}
		}
	}
	if t := r.Taint; t != nil {
		if len(t.Sources) == 0 || len(t.Sinks) == 0 {
			return fail("taint needs sources and sinks")
		}
		for i := range t.Sources {
			if err := t.Sources[i].compile(true); err != nil {
				return fail("taint.sources[%d]: %v", i, err)
			}
		}
		for i := range t.Sanitizers {
			if err := t.Sanitizers[i].compile(false); err != nil {
				return fail("taint.sanitizers[%d]: %v", i, err)
			}
		}
		for i := range t.Sinks {
			if err := t.Sinks[i].compile(); err != nil {
				return fail("taint.sinks[%d]: %v", i, err)
			}
		}
	}
	return nil
}

// OWASPName expands an OWASP Top 10 2021 id ("A03") to its full label.
func OWASPName(id string) string {
	names := map[string]string{
		"A01": "A01:2021-Broken Access Control",
		"A02": "A02:2021-Cryptographic Failures",
		"A03": "A03:2021-Injection",
		"A04": "A04:2021-Insecure Design",
		"A05": "A05:2021-Security Misconfiguration",
		"A06": "A06:2021-Vulnerable and Outdated Components",
		"A07": "A07:2021-Identification and Authentication Failures",
		"A08": "A08:2021-Software and Data Integrity Failures",
		"A09": "A09:2021-Security Logging and Monitoring Failures",
		"A10": "A10:2021-Server-Side Request Forgery",
	}
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

func (c *Constraint) compile() error {
	var err error
	comp := func(s string) *regexp.Regexp {
		if s == "" || err != nil {
			return nil
		}
		var re *regexp.Regexp
		re, err = regexp.Compile(s)
		return re
	}
	c.re, c.notRe = comp(c.Regex), comp(c.NotRegex)
	c.fileRe, c.notFileRe = comp(c.FileRegex), comp(c.NotFileRegex)
	c.funcRe, c.notFuncRe = comp(c.FunctionRegex), comp(c.NotFunctionRegex)
	c.classRe = comp(c.ClassRegex)
	c.assignedFromRe = comp(c.NotAssignedFrom)
	c.ownFileRe = comp(c.NotOwnFile)
	if err != nil {
		return err
	}
	c.reM, c.notReM = newLiteralMatcher(c.re), newLiteralMatcher(c.notRe)
	needsCapture := c.Regex != "" || c.NotRegex != "" || c.Literal != nil || c.Inside != "" || c.NotInside != "" ||
		c.FunctionRegex != "" || c.NotFunctionRegex != "" || c.ClassRegex != "" || c.AmbiguousRegex || c.NotAssignedInFile || c.NotPlainObjectNew || c.NotAssignedFrom != "" ||
		c.NotSanitizedLocal || c.NotOwnFile != ""
	if needsCapture && c.Capture == "" {
		return fmt.Errorf("capture is required")
	}
	if !needsCapture && c.fileRe == nil && c.notFileRe == nil {
		return fmt.Errorf("constraint has no condition")
	}
	return nil
}

// globRe turns a callee glob (`*.execute`) or `re:REGEX` into an anchored regexp.
func globRe(p string) (*regexp.Regexp, error) {
	if p == "" {
		return nil, nil
	}
	if rest, ok := strings.CutPrefix(p, "re:"); ok {
		return regexp.Compile("^(?:" + rest + ")$")
	}
	// a leading "*." also matches the bare name: "*.escape" matches escape(x) and html.escape(x)
	prefix := "^"
	if rest, ok := strings.CutPrefix(p, "*."); ok {
		prefix = `^(?:.*\.)?`
		p = rest
	}
	parts := strings.Split(p, "*")
	for i := range parts {
		parts[i] = regexp.QuoteMeta(parts[i])
	}
	return regexp.Compile(prefix + strings.Join(parts, ".*") + "$")
}

func (s *TaintSource) compile(allowExpr bool) error {
	set := 0
	for _, v := range []string{s.Expr, s.Call, s.Param} {
		if v != "" {
			set++
		}
	}
	if set != 1 {
		return fmt.Errorf("exactly one of expr, call or param is required")
	}
	if (s.Expr != "" || s.Param != "") && !allowExpr {
		return fmt.Errorf("sanitizers take call only")
	}
	var err error
	if s.exprRe, err = globRe(s.Expr); err != nil {
		return err
	}
	if s.paramRe, err = globRe(s.Param); err != nil {
		return err
	}
	if s.NotCallbackOf != "" && s.Param == "" {
		return fmt.Errorf("not-callback-of needs param")
	}
	if s.notCallbackRe, err = globRe(s.NotCallbackOf); err != nil {
		return err
	}
	if s.Expr != "" && !strings.HasPrefix(s.Expr, "re:") && !strings.HasPrefix(s.Expr, "*") {
		s.prefix, _, _ = strings.Cut(s.Expr, "*")
	}
	s.callRe, err = globRe(s.Call)
	return err
}

func (s *TaintSink) compile() error {
	if (s.Call == "") == (s.Assign == "") {
		return fmt.Errorf("exactly one of call or assign is required")
	}
	var err error
	if s.callRe, err = globRe(s.Call); err != nil {
		return err
	}
	if s.assignRe, err = globRe(s.Assign); err != nil {
		return err
	}
	if s.props, err = models.ParseProps(s.Args, s.Props); err != nil {
		return err
	}
	for _, re := range []struct {
		src string
		dst **regexp.Regexp
	}{{s.Where, &s.whereRe}, {s.NotWhere, &s.notWhereRe}, {s.NotCallee, &s.notCalleeRe}, {s.InFunction, &s.inFuncRe}, {s.NotInFunction, &s.notInFuncRe}, {s.NotInFile, &s.notInFileRe}, {s.InFile, &s.inFileRe}} {
		if re.src == "" {
			continue
		}
		if *re.dst, err = regexp.Compile(re.src); err != nil {
			return err
		}
	}
	return nil
}

// excludesPath reports whether the rule's not-path excludes the file at rel.
func (r *Rule) excludesPath(rel string) bool {
	return r.notPathRe != nil && r.notPathRe.MatchString(filepath.ToSlash(rel))
}

// anyParamSource reports whether a taint rule takes every function
// parameter as a source (`param: "*"`): a pattern checked with the data
// flow (a command interpolated from values not proven safe), reported as a
// rule finding, not as a flow of untrusted input.
func (r *Rule) anyParamSource() bool {
	if r.Taint == nil {
		return false
	}
	for _, s := range r.Taint.Sources {
		if s.Param == "*" {
			return true
		}
	}
	return false
}
