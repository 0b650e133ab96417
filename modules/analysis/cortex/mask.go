package cortex

import (
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner"
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

// withSecrets returns a copy of s that masks values (one analysis' secrets)
// wherever they appear: in the code it loads and the findings it shows
// (its masker runs the values first, then the patterns) and, as a last
// guard, in every message it sends. The redactor is returned for the
// answers.
func (s *Service) withSecrets(values []string) (*Service, *scanner.Redactor) {
	rs := make([]scanner.Redaction, 0, len(values))
	for _, v := range values {
		rs = append(rs, scanner.Redaction{Value: v})
	}
	rd := scanner.NewRedactor(rs)
	if rd.Empty() {
		return s, rd
	}
	c := *s
	base := s.mask
	c.mask = func(text string) string { return base(rd.Replace(text)) }
	// the last guard over whole messages skips short values: their code
	// and findings were masked when loaded, and a weak value that is also
	// an English word ("secret", "Task") must not rewrite the instructions
	var long []scanner.Redaction
	for _, r := range rs {
		if len(r.Value) >= minGuardSecret {
			long = append(long, r)
		}
	}
	c.secrets = scanner.NewRedactor(long)
	return &c, rd
}

// minGuardSecret is the shortest value maskMessages replaces.
const minGuardSecret = 8

// maskMessages masks the analysis' secret values (those of at least
// minGuardSecret bytes) in the user messages of msgs (a copy). The code
// and findings in them were masked when they were loaded; this is the one
// point every prompt passes through on its way to a provider.
func (s *Service) maskMessages(msgs []Message) []Message {
	if s.secrets.Empty() {
		return msgs
	}
	out := make([]Message, len(msgs))
	for i, m := range msgs {
		if m.Role != "system" { // Vigil's own words and the schema
			m.Content = s.secrets.Replace(m.Content)
		}
		out[i] = m
	}
	return out
}

// redactReport masks the analysis' secret values in the model's answers:
// a model shown masked code has nothing to repeat, but answers are stored
// and exported, so they pass the same mask.
func redactReport(rep *Report, rd *scanner.Redactor) {
	if rep == nil || rd.Empty() {
		return
	}
	for i := range rep.Triage {
		rep.Triage[i].Reason = rd.Replace(rep.Triage[i].Reason)
	}
	for i := range rep.Reviews {
		for j := range rep.Reviews[i].Findings {
			rd.Finding(&rep.Reviews[i].Findings[j])
		}
	}
	for i := range rep.AIFindings {
		rd.Finding(&rep.AIFindings[i])
	}
	for _, rs := range [][]RecheckResult{rep.Refuted, rep.Rechecks} {
		for i := range rs {
			rs[i].Reason = rd.Replace(rs[i].Reason)
		}
	}
	for i := range rep.Fixes {
		rep.Fixes[i].Diff = rd.Replace(rep.Fixes[i].Diff)
		rep.Fixes[i].Explanation = rd.Replace(rep.Fixes[i].Explanation)
	}
	rep.Summary.Summary = rd.Replace(rep.Summary.Summary)
	for i := range rep.Summary.TopRisks {
		rep.Summary.TopRisks[i] = rd.Replace(rep.Summary.TopRisks[i])
	}
}
