// Package templates is the scanner pass over template files (ERB,
// Jinja2/Django, Twig, EJS, Handlebars/Mustache, Pug, JSP, Blade and Go
// templates). Every engine escapes output by default; each also has a way
// to print a value unescaped (`<%== %>`, `|safe`, `<%- %>`, `{{{ }}}`,
// `!{}`, `{!! !!}`, ...). Printing a variable that way is where a
// template-level cross-site scripting bug lives, so each such place is a
// finding with its exact line and column. The pass is light on purpose: a
// regular expression per syntax over the file text, no template parser.
package templates

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/ident"
	"vigil/modules/analysis/scanner/textpos"
	"vigil/modules/analysis/scanner/tplraw"
)

// PassName names the pass in notes.
const PassName = "templates"

// maxTemplate bounds the files read (larger ones are not hand-written templates).
const maxTemplate = 1 << 20

// syntax is one template language: which files it reads and the
// constructs that print without escaping.
type syntax struct {
	id, name string
	// match reports whether a slash-separated path is such a template.
	match func(p string) bool
	sinks []sink
}

// sink is one unescaped-output construct. expr is the capture group
// holding the printed expression (0 when the construct names none, such
// as `{% autoescape false %}`).
type sink struct {
	re   *regexp.Regexp
	expr int
	what string
	// named: the sink's pattern itself names what the expression holds
	// (a record's user-entered website), so the name filters that drop
	// configuration-like names (`*_url`) do not apply
	named bool
}

func ext(exts ...string) func(string) bool {
	return func(p string) bool {
		l := strings.ToLower(path.Base(p))
		for _, e := range exts {
			if strings.HasSuffix(l, e) {
				return true
			}
		}
		return false
	}
}

// syntaxes lists the template languages. Rule ids are stable: they name
// the syntax, not the order here.
var syntaxes = []syntax{
	{id: "VGL-TPL-ERB-001", name: "ERB", match: ext(".erb"), sinks: []sink{
		{regexp.MustCompile(`<%==\s*(.+?)\s*-?%>`), 1, "`<%== %>` prints it unescaped", false},
		{regexp.MustCompile(`<%=\s*raw[\s(]\s*(.+?)\)?\s*-?%>`), 1, "`raw` prints it unescaped", false},
		{regexp.MustCompile(`<%=\s*(.+?)\.html_safe\b[^%]*%>`), 1, "`html_safe` marks it as needing no escaping", false},
		// link_to escapes the text and the href as HTML, but a `javascript:`
		// URL taken from the request is still a link that runs script
		{regexp.MustCompile(`<%=\s*link_to[\s(][^%]*?,\s*(params(?:\[[^\]%]+\]|\.(?:fetch|dig)\([^)%]*\))+)\s*[,)%]`), 1, "`link_to` makes it the href, where a `javascript:` URL runs", false},
		// the same for a URL a user typed into their profile and the app
		// stored (a website or blog field): `javascript:alert(1)` saved as
		// a website runs when another user clicks it
		{regexp.MustCompile(`<%=\s*link_to[\s(][^%]*?,\s*(@?\w+(?:\.\w+)*\.(?i:website|web_site|homepage|home_page|blog|personal_site|(?:website|homepage|home_page|blog|personal|site|social|profile)_(?:url|link)))\s*[,)%]`), 1, "`link_to` makes the stored, user-entered URL the href, where a `javascript:` URL runs", true},
	}},
	{id: "VGL-TPL-JINJA-001", name: "Jinja2/Django", match: ext(".jinja", ".jinja2", ".j2", ".djhtml", ".html", ".htm", ".txt.j2"), sinks: []sink{
		{regexp.MustCompile(`\{\{-?\s*([^{}]+?)\s*\|\s*safe\b[^{}]*\}\}`), 1, "the `safe` filter prints it unescaped", false},
		{regexp.MustCompile(`\{%-?\s*autoescape\s+(?:false|off)\s*-?%\}`), 0, "`autoescape` is turned off for the block", false},
	}},
	{id: "VGL-TPL-TWIG-001", name: "Twig", match: ext(".twig"), sinks: []sink{
		{tplraw.Twig, 1, "the `raw` filter prints it unescaped", false},
		{tplraw.TwigAutoescapeOff, 0, "`autoescape` is turned off for the block", false},
	}},
	{id: "VGL-TPL-EJS-001", name: "EJS", match: ext(".ejs"), sinks: []sink{
		{tplraw.EJS, 1, "`<%- %>` prints it unescaped", false},
	}},
	{id: "VGL-TPL-HBS-001", name: "Handlebars/Mustache", match: ext(".hbs", ".handlebars", ".mustache"), sinks: []sink{
		{regexp.MustCompile(`\{\{\{~?\s*([^{}]+?)\s*~?\}\}\}`), 1, "`{{{ }}}` prints it unescaped", false},
		{regexp.MustCompile(`\{\{&\s*([^{}]+?)\s*\}\}`), 1, "`{{& }}` prints it unescaped", false},
	}},
	{id: "VGL-TPL-PUG-001", name: "Pug", match: ext(".pug", ".jade"), sinks: []sink{
		{regexp.MustCompile(`!\{([^{}]+)\}`), 1, "`!{}` interpolates it unescaped", false},
		{regexp.MustCompile(`(?m)^\s*(?:[\w.#:-]*(?:\([^()]*\))?)?!=\s*(.+?)\s*$`), 1, "`!=` prints it unescaped", false},
	}},
	{id: "VGL-TPL-JSP-001", name: "JSP", match: ext(".jsp", ".jspx", ".jspf", ".tag"), sinks: []sink{
		{regexp.MustCompile(`<%=\s*(.+?)\s*%>`), 1, "`<%= %>` prints it unescaped", false},
		{regexp.MustCompile(`<c:out\b[^>]*\bvalue\s*=\s*"([^"]*)"[^>]*\bescapeXml\s*=\s*"false"`), 1, "`<c:out escapeXml=\"false\">` prints it unescaped", false},
		{regexp.MustCompile(`<c:out\b[^>]*\bescapeXml\s*=\s*"false"[^>]*\bvalue\s*=\s*"([^"]*)"`), 1, "`<c:out escapeXml=\"false\">` prints it unescaped", false},
	}},
	{id: "VGL-TPL-BLADE-001", name: "Blade", match: ext(".blade.php"), sinks: []sink{
		{regexp.MustCompile(`\{!!\s*(.+?)\s*!!\}`), 1, "`{!! !!}` prints it unescaped", false},
	}},
	{id: "VGL-TPL-GO-001", name: "Go template", match: ext(".tmpl", ".gohtml", ".gotmpl", ".go.html"), sinks: []sink{
		{regexp.MustCompile(`\{\{-?\s*([^{}]*?)\s*\|\s*(?:safeHTML|safeHTMLAttr|safeJS|safeCSS|safeURL|safe|noescape|unescaped|raw)\s*-?\}\}`), 1, "a pipeline into a function returning `template.HTML` prints it unescaped", false},
		{regexp.MustCompile(`\{\{-?\s*(?:safeHTML|safeJS|safeURL|safe|noescape|unescaped|raw)\s+([^{}]+?)\s*-?\}\}`), 1, "a function returning `template.HTML` prints it unescaped", false},
	}},
}

// literalRe matches expressions that are constants: quoted strings and
// numbers print nothing an attacker controls.
var literalRe = regexp.MustCompile(`^\(?\s*("[^"]*"|'[^']*'|\d+(\.\d+)?)\s*\)?$|^[^?:]+\?\s*("[^"]*"|'[^']*'|\d+)\s*:\s*("[^"]*"|'[^']*'|\d+)$`)

// knownSafe are expressions every engine's documentation prints
// unescaped on purpose: layout holes filled with already-rendered markup,
// includes, CSRF fields and the framework's own helpers.
var knownSafe = regexp.MustCompile(`^(body|yield|content|outlet|@?partial-block|include\b.*|partial\b.*|block\b.*|script\b.*|style\b.*|contentFor\b.*|defineContent\b.*|csrf_field\(\)|csrf_token\(\)|method_field\(.*\)|\$__env->.*|request\.getContextPath\(\)|pageContext\.request\.contextPath|\$slot|\$attributes\b.*|form\.hidden_tag\(\)|(\w+\.)*help_text|csrf_input|json_script\b.*|.*\|\s*tojson\b.*|.*\|\s*json_encode\b.*|.*\|\s*trans\b.*|.*\|\s*escape\b.*|.*\|\s*e\b.*|.*\bescape(Html|Xml|JavaScript|EcmaScript)\w*\(.*|.*\bEncode\.for\w+\(.*|.*\bESAPI\.encoder\(\).*|.*\bfn:escapeXml\(.*|.*\b(h|html_escape|sanitize|strip_tags|json_escape|j|escape_javascript)[\s(].*|e\(.*|htmlspecialchars\(.*|json_encode\(.*|@json\(.*)$`)

// configName matches bare identifiers that name configuration, counters
// or flags rather than content: `<%- serverURL %>`, `{{{version}}}`,
// `<%- debug %>`. Sites print them unescaped into scripts and attributes
// by the dozen; none carries request data or user content.
var configName = regexp.MustCompile(`^(?:[A-Za-z_$][\w$]*[._])?(?:(?i:\w*(?:url|uri|domain|host|port|urlpath|path|version|debug|lang|locale|cdn|server|count|total|size|length|depth|nonce|csrf\w*|token|dir|mode|env|time|date|year|app_?key|client_?id))|is[A-Z_]\w*|use[A-Z_]\w*|default[A-Z_]\w*|has[A-Z_]\w*|enable\w*|allow\w*|[A-Z][A-Z0-9_]+)$`)

// markupName matches expressions whose name says they hold markup the
// application rendered itself, or a layout hole a component fills with
// it: `{{{html}}}`, `{{{ui-toc}}}`, `{!! $footer ?? "" !!}`, `<%- bodyHtml %>`.
// Printing those unescaped is what they are for; the weakness, if any, is
// where the markup is built. Only bare names count: a record's field
// (`post.html`, `$comment->bodyHtml`) may hold what a user wrote. A
// trailing empty default (`?? ""`, `|| ""`, `or ""`, Twig's
// `|default("")`) does not change the name. Attribute strings a
// component's caller builds (`block_attrs`) count too.
var markupName = regexp.MustCompile(`^\$?(?i:\w*html\w*|\w*markup\w*|css|js|svg|styles?|scripts?|(?:ui-)?toc(?:-\w+)*|head|header|footer|subcopy|sidebar|slot|widget|\w*_attrs|\w*_attributes)(?:\s*(?:\?\?|\|\||\bor\b)\s*(?:''|"")|\s*\|\s*default\(\s*(?:''|"")\s*\))?$`)

// assetHelper matches a static helper called without arguments, the way
// frameworks print their own assets and markup (`Renderer::css()`,
// `Vite::reactRefresh()`): no argument, nothing from the request, unless
// the class is the request itself. A helper given the component's slot
// (`Markdown::parse($slot)`) renders the template author's own text.
var assetHelper = regexp.MustCompile(`^\\?(?:\w+\\)*(\w+)::\w+\((?:\$slot)?\)$`)

// requestClass names facades and classes that read the request or the
// user's session: their values are never the application's own markup.
var requestClass = regexp.MustCompile(`^(?i:Request|Input|Session|Cookie|Route)$`)

// setBlockRe finds Twig/Jinja block assignments, `{% set menu %}...{% endset %}`:
// the variable holds the block's rendered (escaped) output.
var setBlockRe = regexp.MustCompile(`\{%-?\s*set\s+(\w+)\s*-?%\}`)

// bareNameRe matches an expression that is one variable name.
var bareNameRe = regexp.MustCompile(`^\$?[A-Za-z_]\w*$`)

// dottedRe matches a dotted path of names (`dump.data`).
var dottedRe = regexp.MustCompile(`^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$`)

// markupFilter names Twig filters that return markup they built by
// escaping (a code excerpt, Markdown rendered to HTML): a variable set
// from one (`{% set source = path|file_excerpt(line) %}`) is rendered.
const markupFilter = `(?:file_excerpt|format_file|format_file_from_text|markdown_to_html|html_purify)`

// capturedOrOptedIn says whether expr is a variable the same template
// filled with a rendered block, or one whose HTML output the caller turns
// on with a companion `<name>_html` option (Symfony's form themes print
// `label|raw` only when `label_html` is set).
func capturedOrOptedIn(text, expr string) bool {
	if !bareNameRe.MatchString(expr) {
		return false
	}
	name := strings.TrimPrefix(expr, "$")
	for _, m := range setBlockRe.FindAllStringSubmatch(text, -1) {
		if m[1] == name {
			return true
		}
	}
	q := regexp.QuoteMeta(name)
	// Twig: set from a filter that renders markup by escaping
	if regexp.MustCompile(`\{%-?\s*set\s+` + q + `\s*=[^%]*\|\s*` + markupFilter + `\b[^%]*%\}`).MatchString(text) {
		return true
	}
	// Blade/PHP: the template builds the variable itself and escapes what
	// it inserts (`$fallback .= htmlspecialchars($line);`)
	if strings.HasPrefix(expr, "$") && regexp.MustCompile(`\$`+q+`\s*\.?=[^;]*\b(?:htmlspecialchars|e)\s*\(`).MatchString(text) &&
		!regexp.MustCompile(`\$`+q+`\s*\.?=[^;]*\$_(?:GET|POST|REQUEST|COOKIE|SERVER)|\$`+q+`\s*\.?=[^;]*\b(?:request|Request::)`).MatchString(text) {
		return true
	}
	return regexp.MustCompile(`\b` + q + `_html\b`).MatchString(text)
}

// renderedSegment names what a dumper, a code excerpt or a syntax
// highlighter rendered: markup they build by escaping what they print
// (`dump.data`, `data.dump`, `dump.fileExcerpt`). Any segment of a dotted
// path counts: the value is the renderer's output, not a record's field.
var renderedSegment = regexp.MustCompile(`^(?i:dump|\w*excerpt|highlighted\w*|rendered\w*)$`)

// optInTernary is `flag ? a|raw : b`: the value is printed unescaped only
// when the caller set a flag that says it is markup (`raw`, `html`,
// `is_html`, `trusted`), as Symfony's notification e-mails do.
var optInTernary = regexp.MustCompile(`^(?i:raw|html|is_?html|allow_?html|trusted|safe)\s*\?`)

// ownMarkup says whether expr is the application's own markup by name
// or a framework helper's output.
func ownMarkup(expr string) bool {
	if markupName.MatchString(expr) || optInTernary.MatchString(expr) {
		return true
	}
	// `cond ? value` (the text before `|raw`): the value printed
	value := expr
	if i := strings.LastIndex(value, "?"); i >= 0 {
		value = strings.TrimSpace(value[i+1:])
	}
	if dottedRe.MatchString(value) {
		for _, seg := range strings.Split(value, ".") {
			if renderedSegment.MatchString(seg) {
				return true
			}
		}
	}
	if m := assetHelper.FindStringSubmatch(expr); m != nil && !requestClass.MatchString(m[1]) {
		return true
	}
	return false
}

// i18nLiteral matches a translation call over literals only:
// `__('Powered by %s', '<a href=...>')` prints the site's own markup.
var i18nLiteral = regexp.MustCompile(`^(?:__|_|t|i18n\.t|gettext|trans)\(\s*(?:"[^"]*"|'[^']*')(?:\s*,\s*(?:"[^"]*"|'[^']*'))*\s*\)$`)

// htmlTagRe finds markup (Pug writes tags without angle brackets: any
// line starting with a tag name counts there).
var htmlTagRe = regexp.MustCompile(`(?i)<(?:!doctype|html|head|body|div|span|p|a|script|style|meta|link|h[1-6]|ul|ol|li|table|tr|td|form|input|img|section|nav|main|footer|header|i|b|em|strong|title|button|label|select|option|textarea|br|pre|code|small|article|aside|iframe|svg)\b|(?m)^\s*(?:doctype|html|head|body|div|span|p|a|script|h[1-6]|ul|li|table|form|img|section|nav|main|footer|header|title|button|block|extends|include)\b`)

// Pass implements scanner.Pass.
type Pass struct{}

// New builds the pass.
func New() *Pass { return &Pass{} }

// Name implements scanner.Pass.
func (*Pass) Name() string { return PassName }

// Run implements scanner.Pass: each template file is read once and
// matched against its syntax's unescaped-output constructs.
func (p *Pass) Run(ctx context.Context, files []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	var out []scanner.Finding
	src := &sources{files: files}
	// Ruby files: inline templates, and whether the app is a Sinatra one
	// that leaves ERB's <%= %> unescaped
	sinatra, escapes := false, false
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".rb") || f.Size > maxTemplate {
			continue
		}
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		data, err := f.ReadFile()
		if err != nil {
			continue
		}
		out = append(out, ScanRubyInline(f.Path, data)...)
		sinatra = sinatra || sinatraApp.Match(data)
		escapes = escapes || escapeHTMLOn.Match(data)
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		syn := syntaxFor(f.Path)
		if syn == nil || f.Size > maxTemplate {
			continue
		}
		data, err := f.ReadFile()
		if err != nil {
			continue
		}
		if sinatra && !escapes && syn.id == "VGL-TPL-ERB-001" && sinatraView(f.Path) {
			out = append(out, ScanSinatraView(f.Path, data)...)
		}
		for _, fd := range Scan(f.Path, data) {
			if renderedBy[syn.id] && constantEverywhere(src, f.Path, fd.Extra["expression"]) {
				continue
			}
			out = append(out, fd)
		}
	}
	return out, nil, nil
}

// constantEverywhere says whether expr, printed unescaped by the Express
// view at p, is a local that every render of the view sets to a constant
// (see renderLocals).
func constantEverywhere(src *sources, p, expr string) bool {
	return ident.IsJS(expr) && src.renderLocals(p, []string{expr})
}

func syntaxFor(p string) *syntax {
	for i := range syntaxes {
		if syntaxes[i].match(p) {
			return &syntaxes[i]
		}
	}
	return nil
}

// Scan returns the unescaped outputs of one template file (exported for
// tests and for callers that hold a single file).
func Scan(p string, data []byte) []scanner.Finding {
	syn := syntaxFor(p)
	if syn == nil {
		return nil
	}
	text := string(data)
	// a .html file is a Jinja/Django template only when it uses their tags
	if syn.id == "VGL-TPL-JINJA-001" && !strings.Contains(text, "{%") && !strings.Contains(text, "{{") {
		return nil
	}
	// cross-site scripting needs an HTML document: templates that render
	// JavaScript constants, Prometheus text or e-mail bodies in plain text
	// hold no markup at all
	if !htmlTagRe.MatchString(text) {
		return nil
	}
	lines := textpos.Starts(text)
	comments := commentRe.FindAllStringIndex(text, -1)
	var out []scanner.Finding
	seen := map[int]bool{}
	for _, s := range syn.sinks {
		for _, m := range s.re.FindAllStringSubmatchIndex(text, -1) {
			if seen[m[0]] {
				continue
			}
			expr := ""
			if s.expr > 0 && m[2*s.expr] >= 0 {
				expr = strings.TrimSpace(text[m[2*s.expr]:m[2*s.expr+1]])
				if expr == "" || literalRe.MatchString(expr) || knownSafe.MatchString(expr) || (!s.named && configName.MatchString(expr)) ||
					ownMarkup(expr) || capturedOrOptedIn(text, expr) || i18nLiteral.MatchString(expr) || inComment(comments, m[0]) {
					continue
				}
			}
			seen[m[0]] = true
			out = append(out, finding(syn, s, p, text, lines, m[0], m[1], expr))
		}
	}
	return out
}

// commentRe finds template comments, whose content prints nothing: ERB
// and EJS `<%# %>`, Jinja/Twig `{# #}`, Handlebars `{{! }}`, JSP `<%-- --%>`,
// Blade `{{-- --}}`, Go `{{/* */}}`.
var commentRe = regexp.MustCompile(`(?s)<%#.*?%>|\{#.*?#\}|\{\{!--.*?--\}\}|\{\{![^}]*\}\}|<%--.*?--%>|\{\{--.*?--\}\}|\{\{-?\s*/\*.*?\*/\s*-?\}\}`)

func inComment(spans [][]int, off int) bool {
	for _, s := range spans {
		if off >= s[0] && off < s[1] {
			return true
		}
	}
	return false
}

func finding(syn *syntax, s sink, p, text string, lines []int, start, end int, expr string) scanner.Finding {
	sl, sc := textpos.Position(lines, start)
	el, ec := textpos.Position(lines, end)
	lineEnd := strings.IndexByte(text[lines[sl-1]:], '\n')
	snippet := text[lines[sl-1]:]
	if lineEnd >= 0 {
		snippet = snippet[:lineEnd]
	}
	snippet = strings.TrimRight(snippet, "\r")
	if len(snippet) > 400 {
		snippet = snippet[:400] + "…"
	}
	msg := fmt.Sprintf("%s template: %s", syn.name, s.what)
	if expr != "" {
		msg = fmt.Sprintf("%s template prints `%s` without escaping: %s", syn.name, clip(expr, 80), s.what)
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("tpl\x00%s\x00%s\x00%s\x00%d", syn.id, p, strings.TrimSpace(text[start:end]), sl)))
	return scanner.Finding{
		RuleID:     syn.id,
		Kind:       scanner.KindRule,
		Title:      "Template output printed without HTML escaping (" + syn.name + ")",
		Message:    msg,
		Severity:   scanner.SeverityMedium,
		Confidence: scanner.ConfidenceLow,
		CWE:        []string{"CWE-79"},
		OWASP:      []string{scanner.OWASPName("A03")},
		Location:   scanner.Location{Path: p, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec},
		Snippet:    strings.ToValidUTF8(snippet, "\uFFFD"),
		Remediation: "Print the value with the engine's escaping output tag, or sanitize markup that must stay HTML " +
			"(an allow-list HTML sanitizer) before marking it safe. Never print request data unescaped.",
		References:  []string{"https://cwe.mitre.org/data/definitions/79.html", "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html"},
		Fingerprint: hex.EncodeToString(sum[:16]),
		Extra:       map[string]string{"template_engine": syn.name, "expression": clip(expr, 200)},
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
