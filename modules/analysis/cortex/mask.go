package cortex

import (
	"regexp"
	"strings"
)

// secretPatterns is the built-in masker used when Deps.Mask is nil. It is a
// safety net for common credential shapes; the analysis service passes the
// scanner's gitleaks-based masker, which knows many more.
var secretPatterns = []*regexp.Regexp{
	regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----`),
	regexp.MustCompile(`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`),
	regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36,}\b`),
	regexp.MustCompile(`\bgithub_pat_[A-Za-z0-9_]{40,}\b`),
	regexp.MustCompile(`\bxox[abposr]-[A-Za-z0-9-]{10,}\b`),
	regexp.MustCompile(`\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b`),
	regexp.MustCompile(`\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b`),
	regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}\b`),
	regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b`),
	regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*://[^\s:/@'"]+:([^\s@'"]{3,})@`),
}

// assignedSecret matches `password = "..."`-style assignments; only the
// quoted value is masked so the code's shape stays readable.
var assignedSecret = regexp.MustCompile(`(?i)((?:passw(?:or)?d|passwd|secret|api[_-]?key|access[_-]?key|auth[_-]?token|token|private[_-]?key|client[_-]?secret)["']?\s*[:=]\s*["'])([^"'\s]{6,})(["'])`)

const maskText = "****"

// defaultMask replaces credential-looking substrings with ****, keeping
// the newlines of multi-line secrets so line numbers stay true.
func defaultMask(s string) string {
	for _, re := range secretPatterns {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			return maskText + strings.Repeat("\n", strings.Count(m, "\n"))
		})
	}
	return assignedSecret.ReplaceAllString(s, "${1}"+maskText+"${3}")
}

// maskPreservingLines applies mask to text; when the masker changed the
// number of lines (a multi-line secret collapsed), it masks line by line
// instead, so cited line numbers keep pointing at the same code.
func maskPreservingLines(mask func(string) string, text string) string {
	out := mask(text)
	if strings.Count(out, "\n") == strings.Count(text, "\n") {
		return out
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(mask(l), "\n", " ")
	}
	return strings.Join(lines, "\n")
}
