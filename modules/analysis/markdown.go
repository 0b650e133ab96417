package analysis

import (
	"html/template"
	"regexp"
	"strings"
)

// The exports render the same small Markdown the app renders
// (frontend/src/features/analysis/Markdown.tsx): paragraphs, bullet and
// numbered lists, fenced code, inline code, bold, italics and http(s)
// links. Fix texts, AI answers, triage reasons and analysis notes are
// written in it; printing them raw showed backticks and asterisks. Every
// piece of text is HTML-escaped before markup is added around it, so
// nothing in the text can become markup of its own (the texts come from
// people, rules and language models, and quote untrusted code).

var (
	mdInlineRe = regexp.MustCompile("(`[^`\\n]+`)|(\\*\\*[^*\\n]+\\*\\*)|(\\[[^\\]\\n]+\\]\\((https?://[^)\\s]+)\\))|(\\*[^*\\s][^*\\n]*\\*)")
	mdFence    = regexp.MustCompile("^\\s*```")
	mdBullet   = regexp.MustCompile(`^\s*[-*]\s+`)
	mdNumbered = regexp.MustCompile(`^\s*\d+[.)]\s+`)
	mdHeading  = regexp.MustCompile(`^#+\s*`)
)

// mdInline renders the inline markup of one block of text as HTML.
func mdInline(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range mdInlineRe.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
		all := s[m[0]:m[1]]
		switch {
		case m[2] >= 0:
			b.WriteString("<code>" + template.HTMLEscapeString(all[1:len(all)-1]) + "</code>")
		case m[4] >= 0:
			b.WriteString("<strong>" + template.HTMLEscapeString(all[2:len(all)-2]) + "</strong>")
		case m[6] >= 0:
			text, href := all[1:strings.Index(all, "](")], s[m[8]:m[9]]
			b.WriteString(`<a href="` + template.HTMLEscapeString(href) + `">` + template.HTMLEscapeString(text) + "</a>")
		default:
			b.WriteString("<em>" + template.HTMLEscapeString(all[1:len(all)-1]) + "</em>")
		}
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return b.String()
}

// mdSpan renders text as one line of inline markup, for a sentence that
// continues after a label ("False positive: ...").
func mdSpan(s string) template.HTML {
	return template.HTML(mdInline(strings.Join(strings.Fields(s), " ")))
}

// mdBlocks renders text as blocks: paragraphs, lists and code.
func mdBlocks(s string) template.HTML {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	for i := 0; i < len(lines); {
		line := lines[i]
		switch {
		case mdFence.MatchString(line):
			var body []string
			for i++; i < len(lines) && !mdFence.MatchString(lines[i]); i++ {
				body = append(body, lines[i])
			}
			i++
			b.WriteString("<pre>" + template.HTMLEscapeString(strings.Join(body, "\n")) + "</pre>")
		case mdBullet.MatchString(line) || mdNumbered.MatchString(line):
			re, tag := mdBullet, "ul"
			if !mdBullet.MatchString(line) {
				re, tag = mdNumbered, "ol"
			}
			b.WriteString("<" + tag + ">")
			for ; i < len(lines) && re.MatchString(lines[i]); i++ {
				b.WriteString("<li>" + mdInline(re.ReplaceAllString(lines[i], "")) + "</li>")
			}
			b.WriteString("</" + tag + ">")
		case strings.TrimSpace(line) == "":
			i++
		default:
			var para []string
			for ; i < len(lines) && strings.TrimSpace(lines[i]) != "" && !mdFence.MatchString(lines[i]) &&
				!mdBullet.MatchString(lines[i]) && !mdNumbered.MatchString(lines[i]); i++ {
				para = append(para, lines[i])
			}
			b.WriteString("<p>" + mdInline(mdHeading.ReplaceAllString(strings.Join(para, " "), "")) + "</p>")
		}
	}
	return template.HTML(b.String())
}
