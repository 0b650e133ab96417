package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"vigil/modules/analysis/scanner"
)

// TextOptions tune the human-readable output.
type TextOptions struct {
	Color   bool // ANSI colours (the CLI enables them only on a TTY)
	Verbose bool // list every skipped file and parse problem, not only counts
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

func sevColor(s scanner.Severity) string {
	switch s {
	case scanner.SeverityCritical:
		return "\x1b[1;35m"
	case scanner.SeverityHigh:
		return "\x1b[1;31m"
	case scanner.SeverityMedium:
		return "\x1b[33m"
	case scanner.SeverityLow:
		return "\x1b[36m"
	}
	return "\x1b[37m"
}

// WriteText writes findings grouped by file, then a summary.
func WriteText(w io.Writer, res *scanner.Result, o TextOptions) error {
	c := func(code, s string) string {
		if !o.Color {
			return s
		}
		return code + s + ansiReset
	}
	var b strings.Builder
	var cur string
	for _, f := range res.Findings {
		if f.Location.Path != cur {
			cur = f.Location.Path
			fmt.Fprintf(&b, "\n%s\n", c(ansiBold, cur))
		}
		sev := strings.ToUpper(string(f.Severity))
		fmt.Fprintf(&b, "  %d:%d  %s  %s  %s\n", f.Location.StartLine, f.Location.StartColumn, c(sevColor(f.Severity), fmt.Sprintf("%-8s", sev)), f.RuleID, f.Message)
		if len(f.CWE) > 0 || len(f.OWASP) > 0 {
			fmt.Fprintf(&b, "      %s\n", c(ansiDim, strings.Join(append(append([]string{}, f.CWE...), f.OWASP...), ", ")))
		}
		for _, line := range strings.Split(f.Snippet, "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(&b, "      | %s\n", strings.TrimRight(line, " \t"))
			}
		}
		for _, st := range f.Trace {
			fmt.Fprintf(&b, "      %s %s:%d %s\n", c(ansiDim, "↳ "+st.Kind), st.Location.Path, st.Location.StartLine, st.Message)
		}
		if f.Suppression != nil {
			fmt.Fprintf(&b, "      %s\n", c(ansiDim, fmt.Sprintf("suppressed (%s): %s", f.Suppression.Kind, f.Suppression.Justification)))
		}
		fmt.Fprintf(&b, "      %s %s\n", c(ansiDim, "fingerprint"), f.Fingerprint)
	}
	st := res.Stats
	files := "files"
	if st.FilesScanned == 1 {
		files = "file"
	}
	fmt.Fprintf(&b, "\n%s %d %s scanned (%d lines) in %d ms, %d rules",
		c(ansiBold, "Summary:"), st.FilesScanned, files, st.Lines, st.DurationMS, st.RulesRun)
	langs := make([]string, 0, len(st.Languages))
	for l, ls := range st.Languages {
		langs = append(langs, fmt.Sprintf("%s %d", l, ls.Files))
	}
	sort.Strings(langs)
	if len(langs) > 0 {
		fmt.Fprintf(&b, " [%s]", strings.Join(langs, ", "))
	}
	b.WriteString("\n")
	active := len(res.Findings) - st.Suppressed
	var sevs []string
	for _, s := range []scanner.Severity{scanner.SeverityCritical, scanner.SeverityHigh, scanner.SeverityMedium, scanner.SeverityLow, scanner.SeverityInfo} {
		if n := st.BySeverity[string(s)]; n > 0 {
			sevs = append(sevs, c(sevColor(s), fmt.Sprintf("%d %s", n, s)))
		}
	}
	fmt.Fprintf(&b, "Findings: %d", active)
	if len(sevs) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(sevs, ", "))
	}
	if st.Suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", st.Suppressed)
	}
	if st.HiddenNonProduction > 0 {
		fmt.Fprintf(&b, ", %d in tests, examples or docs hidden (--include-tests shows them)", st.HiddenNonProduction)
	}
	if st.BelowThreshold > 0 {
		fmt.Fprintf(&b, ", %d below the severity threshold", st.BelowThreshold)
	}
	b.WriteString("\n")
	if len(res.Skipped) > 0 {
		reasons := make([]string, 0, len(st.SkippedBy))
		for r, n := range st.SkippedBy {
			reasons = append(reasons, fmt.Sprintf("%d %s", n, r))
		}
		sort.Strings(reasons)
		fmt.Fprintf(&b, "Skipped: %s\n", strings.Join(reasons, ", "))
		if o.Verbose {
			for _, s := range res.Skipped {
				fmt.Fprintf(&b, "  %s: %s\n", s.Path, s.Reason)
			}
		}
	}
	if len(res.ParseErrors) > 0 {
		fmt.Fprintf(&b, "Parse problems: %s\n", scanner.Count(len(res.ParseErrors), "file", "files"))
		limit := 10
		if o.Verbose {
			limit = len(res.ParseErrors)
		}
		for i, pe := range res.ParseErrors {
			if i >= limit {
				fmt.Fprintf(&b, "  ... %d more (use --verbose)\n", len(res.ParseErrors)-limit)
				break
			}
			fmt.Fprintf(&b, "  %s: %s\n", pe.Path, pe.Message)
		}
	}
	// Warnings and errors say a check did not (fully) run, e.g. dependencies
	// not checked for lack of an OSV source: they come first and stand out,
	// so an empty report is never mistaken for a clean one.
	for _, lvl := range []string{"error", "warning", "info"} {
		for _, n := range res.Notes {
			if n.Level != lvl && (lvl != "info" || n.Level == "error" || n.Level == "warning") {
				continue
			}
			switch lvl {
			case "error":
				fmt.Fprintf(&b, "%s [%s]: %s\n", c("\x1b[1;31m", "Error"), n.Pass, n.Message)
			case "warning":
				fmt.Fprintf(&b, "%s [%s]: %s\n", c("\x1b[1;33m", "Warning"), n.Pass, n.Message)
			default:
				fmt.Fprintf(&b, "Note [%s/%s]: %s\n", n.Pass, n.Level, n.Message)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
