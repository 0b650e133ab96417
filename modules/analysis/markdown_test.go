package analysis

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
)

// Fix texts, AI answers, reasons and notes are printed as the app shows
// them: markup rendered, never shown raw, and no text becoming markup.
func TestMarkdownRendersTheAppsSubset(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"plain text is escaped", `a < b & "c"`, `<p>a &lt; b &amp; &#34;c&#34;</p>`},
		{"inline code", "use `shlex.quote(x)` here", `<p>use <code>shlex.quote(x)</code> here</p>`},
		{"code is escaped", "`<script>alert(1)</script>`", `<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>`},
		{"bold and italics", "**never** build *SQL* by hand", `<p><strong>never</strong> build <em>SQL</em> by hand</p>`},
		{"http link", "see [the docs](https://example.com/a?b=1&c=2)", `<p>see <a href="https://example.com/a?b=1&amp;c=2">the docs</a></p>`},
		{"javascript link stays text", "[x](javascript:alert(1))", `<p>[x](javascript:alert(1))</p>`},
		{"unclosed backtick stays", "a `b", "<p>a `b</p>"},
		{"lines join into a paragraph", "one\ntwo\n\nthree", `<p>one two</p><p>three</p>`},
		{"heading marks dropped", "## Fix\nquote it", `<p>Fix quote it</p>`},
		{"bullet list", "Do:\n- bind `id`\n* check it", `<p>Do:</p><ul><li>bind <code>id</code></li><li>check it</li></ul>`},
		{"numbered list", "1. first\n2) second", `<ol><li>first</li><li>second</li></ol>`},
		{"fenced code", "Use:\n```python\ncur.execute(q, (x,))\nif a < b: pass\n```\nthen", "<p>Use:</p><pre>cur.execute(q, (x,))\nif a &lt; b: pass</pre><p>then</p>"},
		{"unterminated fence keeps its lines", "```\nx = 1", "<pre>x = 1</pre>"},
		{"crlf", "a\r\n\r\nb", `<p>a</p><p>b</p>`},
		{"empty", "", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(mdBlocks(tt.in)); got != tt.want {
				t.Errorf("mdBlocks(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
	if got := string(mdSpan("checked in\n**middleware** (`allow`)")); got != "checked in <strong>middleware</strong> (<code>allow</code>)" {
		t.Errorf("mdSpan: %s", got)
	}
}

// The HTML report renders the Markdown of reasons, fixes, AI answers and
// notes, and names AI verdicts in words.
func TestHTMLReportRendersMarkdown(t *testing.T) {
	t.Parallel()
	f := store.Finding{ID: "f1", RuleID: "VGL-PY-SQLI-001", Title: "SQL query built from untrusted input", Severity: "high", Confidence: "high",
		Path: "app.py", StartLine: 3, EndLine: 3, Message: "m", TriageState: store.TriageFalsePositive,
		TriageReason: "`q` is checked in **middleware**", Remediation: "Bind values:\n- `cur.execute(q, (x,))`\n- never *format* SQL",
		AIVerdict: "false_positive", AIModel: "m1", AIExplanation: "The value is `int()`-converted first."}
	d := &reportData{Analysis: AnalysisView{Name: "shop", Grade: "A", Tier: "static", Notes: []string{"dependencies: run `vigil osv sync`"}},
		Findings: []store.Finding{f}}
	var buf bytes.Buffer
	if err := reportHTML.Execute(&buf, newReportModel(d, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, want := range []string{
		"<b>False positive</b>: <code>q</code> is checked in <strong>middleware</strong>",
		"<ul><li><code>cur.execute(q, (x,))</code></li><li>never <em>format</em> SQL</li></ul>",
		"AI verdict (m1):</b> False positive</p><p>The value is <code>int()</code>-converted first.</p>",
		"<li>dependencies: run <code>vigil osv sync</code></li>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %s", want)
		}
	}
	for _, bad := range []string{"`", "**", "false_positive"} {
		if strings.Contains(html, bad) {
			t.Errorf("report shows %q raw", bad)
		}
	}
}

// Every built-in rule's description and fix render without stray
// backticks: a code span that holds a backtick cannot be written in this
// Markdown, and one left unbalanced prints raw in the app and the exports.
func TestBuiltinRuleTextsRenderCleanly(t *testing.T) {
	t.Parallel()
	rules, err := scanner.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		for field, text := range map[string]string{"description": r.Description, "remediation": r.Remediation} {
			if out := string(mdBlocks(text)); strings.Contains(out, "`") {
				t.Errorf("%s %s renders a raw backtick: %s", r.ID, field, out)
			}
		}
	}
}
