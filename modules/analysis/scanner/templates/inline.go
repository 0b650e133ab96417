package templates

import (
	"regexp"
	"strings"
	"vigil/modules/analysis/scanner/textpos"

	"vigil/modules/analysis/scanner"
)

// Inline ERB in Ruby code: `render inline: "<%= raw params[:q] %>"` is a
// template like a .erb file, written in a controller. Its unescaped
// outputs are reported as the ERB syntax's are, but only those that print
// request data (params, cookies, the request object): a controller's own
// inline template printing its own values is no finding on its own.

// inlineRenderRe finds `render inline: "..."` / `render(inline: '...')`
// with a plain string literal (group 1 or 2 is its text).
var inlineRenderRe = regexp.MustCompile(`\brender(?:_to_string)?\s*\(?\s*(?::inline\s*=>|inline:)\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')`)

// requestExpr matches an expression that reads the request.
var requestExpr = regexp.MustCompile(`\b(?:params|cookies|request\.(?:params|parameters|query_parameters|request_parameters|GET|POST|headers|cookies|env|body|raw_post|query_string|url|original_url|referer|referrer|user_agent))\b`)

// ScanRubyInline returns the unescaped outputs of inline ERB templates
// (render inline:) in a Ruby file that print request data.
func ScanRubyInline(p string, data []byte) []scanner.Finding {
	text := string(data)
	if !strings.Contains(text, "inline") {
		return nil
	}
	erb := &syntaxes[0]
	var lines []int
	var out []scanner.Finding
	for _, m := range inlineRenderRe.FindAllStringSubmatchIndex(text, -1) {
		lo, hi := m[2], m[3]
		if lo < 0 {
			lo, hi = m[4], m[5]
		}
		if lo < 0 {
			continue
		}
		tpl := text[lo:hi]
		for _, s := range erb.sinks {
			for _, sm := range s.re.FindAllStringSubmatchIndex(tpl, -1) {
				if s.expr == 0 || sm[2*s.expr] < 0 {
					continue
				}
				expr := strings.TrimSpace(tpl[sm[2*s.expr]:sm[2*s.expr+1]])
				if !requestExpr.MatchString(expr) || knownSafe.MatchString(expr) {
					continue
				}
				if lines == nil {
					lines = textpos.Starts(text)
				}
				out = append(out, finding(erb, s, p, text, lines, lo+sm[0], lo+sm[1], expr))
			}
		}
	}
	return out
}

// Sinatra renders ERB views without escaping <%= %> unless the app sets
// `set :erb, escape_html: true`: in such an app a view printing request
// data with <%= %> prints it as HTML. Only direct reads of the request
// count (`<%= params[:q] %>`); locals and instance variables are the
// routes' business.

// sinatraApp finds a Sinatra application; escapeHTMLOn the setting that
// makes its ERB escape.
var (
	sinatraApp   = regexp.MustCompile(`(?m)^\s*require\s*\(?\s*['"]sinatra(?:/base)?['"]|<\s*Sinatra::(?:Base|Application)\b`)
	escapeHTMLOn = regexp.MustCompile(`escape_html["']?\s*(?::|=>)\s*true`)
	// erbEscapedOut is <%= expr %> (not <%== and not a comment)
	erbEscapedOut = regexp.MustCompile(`<%=\s*([^=%][^%]*?)\s*-?%>`)
)

// sinatraView reports whether p is a view of a Sinatra app (views/, not a
// Rails app's app/views/).
func sinatraView(p string) bool {
	return (strings.HasPrefix(p, "views/") || strings.Contains(p, "/views/")) && !strings.Contains(p, "app/views/")
}

// ScanSinatraView returns the <%= %> outputs of request data in a view of
// a Sinatra app that does not turn escape_html on.
func ScanSinatraView(p string, data []byte) []scanner.Finding {
	text := string(data)
	if !htmlTagRe.MatchString(text) {
		return nil
	}
	s := sink{re: erbEscapedOut, expr: 1, what: "Sinatra's ERB does not escape `<%= %>` unless `escape_html` is set"}
	var lines []int
	var out []scanner.Finding
	for _, m := range erbEscapedOut.FindAllStringSubmatchIndex(text, -1) {
		expr := strings.TrimSpace(text[m[2]:m[3]])
		if !requestExpr.MatchString(expr) || knownSafe.MatchString(expr) || strings.Contains(expr, ".to_i") || strings.Contains(expr, "escape") {
			continue
		}
		if lines == nil {
			lines = textpos.Starts(text)
		}
		out = append(out, finding(&syntaxes[0], s, p, text, lines, m[0], m[1], expr))
	}
	return out
}
