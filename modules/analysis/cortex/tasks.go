package cortex

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"vigil/modules/analysis/scanner"
)

// Item statuses carried by every task result.
const (
	StatusOK              = "ok"
	StatusUnavailable     = "ai_unavailable"   // providers failed or answers were invalid twice
	StatusBudgetExhausted = "budget_exhausted" // the analysis budget refused the call
	StatusNotConfigured   = "not_configured"   // no provider configured
	StatusSkipped         = "skipped"          // nothing to ask (e.g. file too large for every model)
)

// Attribution names the model that produced an AI output; every result
// carries it so users always see which model said what.
type Attribution struct {
	Provider string `json:"provider,omitempty"`
	Model    string `json:"model,omitempty"`
	Cached   bool   `json:"cached,omitempty"`
	Status   string `json:"status"`
	// Note explains a status other than ok.
	Note string `json:"note,omitempty"`
}

func (s *Service) attribution(c completion, err error) Attribution {
	if err == nil {
		return Attribution{Provider: c.provider, Model: c.model, Cached: c.cached, Status: StatusOK}
	}
	switch {
	case !s.Configured():
		return Attribution{Status: StatusNotConfigured, Note: NotConfiguredMessage}
	case errors.Is(err, ErrBudgetExceeded):
		return Attribution{Status: StatusBudgetExhausted, Note: err.Error()}
	case errors.Is(err, ErrNoModel):
		return Attribution{Status: StatusSkipped, Note: "input too large for every configured model"}
	}
	return Attribution{Status: StatusUnavailable, Note: "AI unavailable: " + oneLine(err.Error())}
}

// Verdicts of triage.
const (
	VerdictTruePositive  = "true_positive"
	VerdictFalsePositive = "false_positive"
)

// TriageResult is the AI's verdict on one static finding.
type TriageResult struct {
	Fingerprint string  `json:"fingerprint"`
	Verdict     string  `json:"verdict,omitempty"`
	Confidence  float64 `json:"confidence,omitempty"`
	Reason      string  `json:"reason,omitempty"`
	Attribution
}

// contextLines is how much code around a finding triage shows.
const contextLines = 40

// findingData is the finding as the model sees it (inside a data block:
// snippets and messages may carry text from the analysed code).
func findingData(f scanner.Finding, mask func(string) string) string {
	type step struct {
		Path    string `json:"path"`
		Line    int    `json:"line"`
		Kind    string `json:"kind"`
		Message string `json:"message"`
	}
	d := struct {
		RuleID    string   `json:"rule_id"`
		Kind      string   `json:"kind"`
		Title     string   `json:"title"`
		Message   string   `json:"message"`
		Severity  string   `json:"severity"`
		CWE       []string `json:"cwe,omitempty"`
		File      string   `json:"file"`
		StartLine int      `json:"start_line"`
		EndLine   int      `json:"end_line"`
		Snippet   string   `json:"snippet"`
		Trace     []step   `json:"trace,omitempty"`
	}{RuleID: f.RuleID, Kind: string(f.Kind), Title: f.Title, Message: mask(f.Message), Severity: string(f.Severity),
		CWE: f.CWE, File: f.Location.Path, StartLine: f.Location.StartLine, EndLine: f.Location.EndLine, Snippet: mask(f.Snippet)}
	for _, t := range f.Trace {
		d.Trace = append(d.Trace, step{Path: t.Location.Path, Line: t.Location.StartLine, Kind: t.Kind, Message: mask(t.Message)})
	}
	b, _ := json.MarshalIndent(d, "", "  ")
	return string(b)
}

// Triage asks a fast model whether a static finding is a true or false
// positive. It never fails: problems come back as a status on the result.
func (s *Service) Triage(ctx context.Context, b *Budget, src fs.FS, f scanner.Finding) TriageResult {
	res := TriageResult{Fingerprint: f.Fingerprint}
	if !s.Configured() {
		res.Attribution = s.attribution(completion{}, errors.New(NotConfiguredMessage))
		return res
	}
	var code string
	if file, err := s.loadFile(src, f.Location.Path); err == nil {
		code = numbered(file.lines, f.Location.StartLine-contextLines, max(f.Location.EndLine, f.Location.StartLine)+contextLines)
	} else {
		code = "(source file unavailable)"
	}
	msgs := []Message{systemMessage("triage"), {Role: "user", Content: "Task: decide whether the static analysis finding below is a true positive " +
		"(a real, exploitable or clearly unsafe weakness in this code) or a false positive (the data is not attacker-controlled, it is " +
		"sanitised or parameterised, the code is unreachable test or example code, or the rule misread the code). Give a short reason " +
		"that cites the code and a confidence between 0 and 1.\n\nThe finding (data):\n" + dataBlock("finding", findingData(f, s.mask)) +
		"\nThe code around it, with line numbers (data):\n" + dataBlock("code", code)}}
	var out struct {
		Verdict    string  `json:"verdict"`
		Confidence float64 `json:"confidence"`
		Reason     string  `json:"reason"`
	}
	c, err := s.complete(ctx, b, taskSpec{name: "triage", version: triageVersion, tier: TierFast, maxOut: maxOutput(TierFast), msgs: msgs}, &out, nil)
	res.Attribution = s.attribution(c, err)
	if err == nil {
		res.Verdict, res.Confidence, res.Reason = out.Verdict, out.Confidence, out.Reason
	}
	return res
}

// ReviewResult is the outcome of reviewing one file.
type ReviewResult struct {
	Path string `json:"path"`
	// Findings are the AI findings whose citations checked out.
	Findings []scanner.Finding `json:"findings"`
	// Dropped counts findings rejected because the file, lines or quote
	// they cited did not match the code, by reason.
	Dropped map[string]int `json:"dropped,omitempty"`
	Attribution
}

// reviewChunkLines is the largest slice of a file sent in one review call.
const reviewChunkLines = 600

type reviewAnswer struct {
	Findings []struct {
		Title       string  `json:"title"`
		Severity    string  `json:"severity"`
		CWE         string  `json:"cwe"`
		StartLine   int     `json:"start_line"`
		EndLine     int     `json:"end_line"`
		Quote       string  `json:"quote"`
		Explanation string  `json:"explanation"`
		Confidence  float64 `json:"confidence"`
	} `json:"findings"`
}

// Review asks a strong model for flaws rules cannot see (authorization,
// business logic, insecure design) in one file. Every finding it returns
// is checked against the file: lines must exist and the quoted code must be
// in them, or the finding is dropped and counted.
func (s *Service) Review(ctx context.Context, b *Budget, src fs.FS, path string, static []scanner.Finding) ReviewResult {
	return s.review(ctx, b, src, path, static, nil)
}

// review is Review with the user's focus areas (OWASP ids) named in the
// prompt.
func (s *Service) review(ctx context.Context, b *Budget, src fs.FS, path string, static []scanner.Finding, focus []string) ReviewResult {
	res := ReviewResult{Path: path, Dropped: map[string]int{}}
	if !s.Configured() {
		res.Attribution = s.attribution(completion{}, errors.New(NotConfiguredMessage))
		return res
	}
	file, err := s.loadFile(src, path)
	if err != nil {
		res.Attribution = Attribution{Status: StatusSkipped, Note: oneLine(err.Error())}
		return res
	}
	res.Path = file.path
	var known strings.Builder
	for _, f := range static {
		if f.Location.Path == file.path {
			fmt.Fprintf(&known, "- line %d: %s (%s)\n", f.Location.StartLine, f.Title, f.RuleID)
		}
	}
	if known.Len() == 0 {
		known.WriteString("(none)\n")
	}
	for from := 1; from <= max(len(file.lines), 1); from += reviewChunkLines {
		to := min(from+reviewChunkLines-1, len(file.lines))
		msgs := []Message{systemMessage("review"), {Role: "user", Content: "Task: review this file for security flaws that pattern-matching rules cannot see: " +
			"missing or broken authorization and object-level access checks, authentication and session mistakes, business-logic abuse " +
			"(negative amounts, race conditions, replay), insecure design, unsafe trust in client data, cryptographic misuse. Do not repeat the " +
			"static findings listed. Report only flaws you can point to: for each give start_line and end_line from the listing and a quote " +
			"copied exactly from those lines. Report nothing rather than guessing; an empty findings array is a good answer.\n\n" +
			focusLine(focus) + "Static findings already reported in this file (data):\n" + dataBlock("static findings", known.String()) +
			fmt.Sprintf("\nThe file, lines %d-%d of %d, its path on the first line (data):\n", from, to, len(file.lines)) +
			dataBlock("code", "path: "+file.path+"\n"+numbered(file.lines, from, to))}}
		var out reviewAnswer
		c, err := s.complete(ctx, b, taskSpec{name: "review", version: reviewVersion, tier: TierStrong, maxOut: maxOutput(TierStrong), msgs: msgs}, &out, nil)
		res.Attribution = s.attribution(c, err)
		if err != nil {
			return res
		}
		for _, a := range out.Findings {
			if reason := verifyCitation(file, a.StartLine, a.EndLine, a.Quote); reason != "" {
				res.Dropped[reason]++
				s.metrics.drop(reason)
				s.log.InfoContext(ctx, "cortex dropped an AI finding", "path", file.path, "reason", reason,
					"start_line", a.StartLine, "end_line", a.EndLine, "model", c.model)
				continue
			}
			res.Findings = append(res.Findings, aiFinding(file, a.Title, a.Severity, a.CWE, a.StartLine, a.EndLine, a.Explanation, a.Confidence, c))
		}
	}
	if len(res.Dropped) == 0 {
		res.Dropped = nil
	}
	return res
}

// aiFinding builds a scanner.Finding of kind "ai" whose snippet is the real
// code of the cited lines (never the model's quote) and whose Extra names
// the model that raised it.
func aiFinding(file *sourceFile, title, severity, cwe string, start, end int, explanation string, conf float64, c completion) scanner.Finding {
	snippet := strings.Join(file.lines[start-1:end], "\n")
	h := sha256.Sum256([]byte("ai\x00" + file.path + "\x00" + cwe + "\x00" + normalizeCode(snippet)))
	confidence := scanner.ConfidenceLow
	switch {
	case conf >= 0.8:
		confidence = scanner.ConfidenceHigh
	case conf >= 0.5:
		confidence = scanner.ConfidenceMedium
	}
	var owasp []string
	if o := scanner.OWASPForCWE(cwe); o != "" {
		owasp = []string{o}
	}
	return scanner.Finding{
		RuleID: "vigil.ai.review", Kind: scanner.KindAI, Title: title, Message: explanation,
		Severity: scanner.Severity(severity), Confidence: confidence, CWE: []string{cwe}, OWASP: owasp,
		Location: scanner.Location{Path: file.path, StartLine: start, StartColumn: 1, EndLine: end, EndColumn: len(file.lines[end-1]) + 1},
		Snippet:  snippet, Fingerprint: hex.EncodeToString(h[:16]),
		Extra: map[string]string{"ai_provider": c.provider, "ai_model": c.model, "ai_confidence": fmt.Sprintf("%.2f", conf)},
	}
}

// RecheckResult is the adversarial second opinion on an AI finding.
type RecheckResult struct {
	Fingerprint string  `json:"fingerprint"`
	Confirmed   bool    `json:"confirmed"`
	Confidence  float64 `json:"confidence,omitempty"`
	Reason      string  `json:"reason,omitempty"`
	Attribution
}

// Recheck asks a strong model, preferably not the one that raised it, to
// disprove an AI finding. Only a "confirmed" verdict keeps it.
func (s *Service) Recheck(ctx context.Context, b *Budget, src fs.FS, f scanner.Finding) RecheckResult {
	res := RecheckResult{Fingerprint: f.Fingerprint}
	if !s.Configured() {
		res.Attribution = s.attribution(completion{}, errors.New(NotConfiguredMessage))
		return res
	}
	file, err := s.loadFile(src, f.Location.Path)
	if err != nil {
		res.Attribution = Attribution{Status: StatusSkipped, Note: oneLine(err.Error())}
		return res
	}
	msgs := []Message{systemMessage("recheck"), {Role: "user", Content: "Task: another reviewer claims the finding below. Act as a sceptical " +
		"adversary and try hard to disprove it: look for checks elsewhere in the code shown, framework guarantees, unreachable paths, or a " +
		"misreading. Answer \"refuted\" if the claim is wrong or not supported by the code shown, \"confirmed\" only if it survives.\n\n" +
		"The claim (data):\n" + dataBlock("claim", findingData(f, s.mask)) +
		"\nThe code, with line numbers (data):\n" + dataBlock("code", numbered(file.lines, f.Location.StartLine-3*contextLines, f.Location.EndLine+3*contextLines))}}
	var out struct {
		Verdict    string  `json:"verdict"`
		Confidence float64 `json:"confidence"`
		Reason     string  `json:"reason"`
	}
	c, err := s.complete(ctx, b, taskSpec{name: "recheck", version: recheckVersion, tier: TierStrong, maxOut: maxOutput(TierFast),
		msgs: msgs, avoidModel: f.Extra["ai_model"]}, &out, nil)
	res.Attribution = s.attribution(c, err)
	if err == nil {
		res.Confirmed, res.Confidence, res.Reason = out.Verdict == "confirmed", out.Confidence, out.Reason
	}
	return res
}

// FixResult is a proposed fix as a unified diff against the analysed file.
type FixResult struct {
	Fingerprint string `json:"fingerprint"`
	Diff        string `json:"diff,omitempty"`
	Explanation string `json:"explanation,omitempty"`
	Attribution
}

// Fix asks a strong model for a minimal fix. The diff must name the file
// and apply to its lines, or it counts as an invalid answer (one repair,
// then "AI unavailable"). Nothing is applied or executed.
func (s *Service) Fix(ctx context.Context, b *Budget, src fs.FS, f scanner.Finding) FixResult {
	res := FixResult{Fingerprint: f.Fingerprint}
	if !s.Configured() {
		res.Attribution = s.attribution(completion{}, errors.New(NotConfiguredMessage))
		return res
	}
	file, err := s.loadFile(src, f.Location.Path)
	if err != nil {
		res.Attribution = Attribution{Status: StatusSkipped, Note: oneLine(err.Error())}
		return res
	}
	from, to := f.Location.StartLine-2*contextLines, f.Location.EndLine+2*contextLines
	msgs := []Message{systemMessage("fix"), {Role: "user", Content: "Task: write the smallest correct fix for the finding below as a unified diff " +
		"with headers \"--- a/PATH\" and \"+++ b/PATH\", where PATH is the \"file\" of the finding, and hunks whose context and removed lines are copied exactly from the code " +
		"(without the line-number prefixes). Keep behaviour otherwise unchanged. Explain the fix in one or two sentences.\n\n" +
		"The finding (data):\n" + dataBlock("finding", findingData(f, s.mask)) +
		"\nThe code, with line numbers (data):\n" + dataBlock("code", numbered(file.lines, from, to))}}
	var out struct {
		Diff        string `json:"diff"`
		Explanation string `json:"explanation"`
	}
	c, err := s.complete(ctx, b, taskSpec{name: "fix", version: fixVersion, tier: TierStrong, maxOut: maxOutput(TierStrong), msgs: msgs}, &out,
		func() error { return checkDiff(file, out.Diff) })
	res.Attribution = s.attribution(c, err)
	if err == nil {
		res.Diff, res.Explanation = out.Diff, out.Explanation
	}
	return res
}

// SummaryResult is the report's executive summary.
type SummaryResult struct {
	Summary  string   `json:"summary,omitempty"`
	TopRisks []string `json:"top_risks,omitempty"`
	Attribution
}

// Summarize writes the executive summary from the final findings (static
// findings triaged as false positives are left out by the caller).
func (s *Service) Summarize(ctx context.Context, b *Budget, findings []scanner.Finding) SummaryResult {
	var res SummaryResult
	if !s.Configured() {
		res.Attribution = s.attribution(completion{}, errors.New(NotConfiguredMessage))
		return res
	}
	counts := map[scanner.Severity]int{}
	var list strings.Builder
	for i, f := range findings {
		counts[f.Severity]++
		if i < 40 {
			fmt.Fprintf(&list, "- [%s] %s (%s) in %s:%d\n", f.Severity, s.mask(f.Title), strings.Join(f.CWE, ","), f.Location.Path, f.Location.StartLine)
		}
	}
	stats := fmt.Sprintf("Totals: %d findings: critical %d, high %d, medium %d, low %d, info %d.", len(findings),
		counts[scanner.SeverityCritical], counts[scanner.SeverityHigh], counts[scanner.SeverityMedium], counts[scanner.SeverityLow], counts[scanner.SeverityInfo])
	msgs := []Message{systemMessage("summary"), {Role: "user", Content: "Task: write a short executive summary (at most 120 words) of this " +
		"security analysis for engineering leadership, and list up to five top risks. Use only the facts below; do not invent numbers.\n\n" +
		stats + "\n\nFindings, most severe first (data):\n" + dataBlock("findings", list.String())}}
	var out struct {
		Summary  string   `json:"summary"`
		TopRisks []string `json:"top_risks"`
	}
	c, err := s.complete(ctx, b, taskSpec{name: "summary", version: summaryVersion, tier: TierFast, maxOut: maxOutput(TierFast), msgs: msgs}, &out, nil)
	res.Attribution = s.attribution(c, err)
	if err == nil {
		res.Summary, res.TopRisks = out.Summary, out.TopRisks
	}
	return res
}

// focusLine asks the review to look at the user's focus areas first ("" when none).
func focusLine(focus []string) string {
	if len(focus) == 0 {
		return ""
	}
	names := make([]string, 0, len(focus))
	for _, f := range focus {
		names = append(names, scanner.OWASPName(f))
	}
	return "The user asked for particular attention to: " + strings.Join(names, "; ") + ".\n\n"
}
