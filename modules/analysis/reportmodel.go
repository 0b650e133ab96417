package analysis

import (
	"html/template"
	"strings"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
)

// TriageLabels are the human names of triage states, for exports and
// anything else a person reads (the app has the same words).
var TriageLabels = store.TriageLabels

// triageLabel names a triage state for people.
func triageLabel(state string) string {
	if l, ok := TriageLabels[state]; ok {
		return l
	}
	return state
}

// aiVerdictLabel names an AI verdict for people, as the app does
// ("false_positive" is "False positive").
func aiVerdictLabel(v string) string {
	v = strings.ReplaceAll(v, "_", " ")
	if v == "" {
		return v
	}
	return strings.ToUpper(v[:1]) + v[1:]
}

// reportFinding is one finding as the HTML and PDF reports print it.
type reportFinding struct {
	*store.Finding
	Anchor     string
	Trace      []scanner.TraceStep
	TriageName string
	Triaged    bool
}

// severityGroup is the findings of one severity, in report order.
type severityGroup struct {
	Severity string
	Anchor   string
	Findings []reportFinding
	Open     int
}

// reportModel is the one model the HTML and PDF reports are printed from.
// Its counts are the app's: files and lines as the analysis shows them
// (everything that was sent), open counts by severity from the analysis
// (recomputed on every triage), so an export never disagrees with the page.
type reportModel struct {
	*reportData
	Generated time.Time
	Files     int
	Lines     int64
	Groups    []severityGroup
	Total     int
	Triaged   int
	Open      int
	// Print is set for the PDF: its contents list has a page number
	// column, filled from Pages (anchor to page, 1 for the cover) once a
	// first printing has shown where each anchor landed.
	Print bool
	Pages map[string]int
}

// tocPage is one entry's page number in the PDF's contents.
type tocPage struct {
	Print bool
	Page  int
}

func newReportModel(d *reportData, now time.Time) *reportModel {
	m := &reportModel{reportData: d, Generated: now.UTC(), Files: d.Analysis.FilesTotal, Lines: d.Analysis.LinesTotal}
	if m.Files == 0 {
		m.Files = d.Analysis.FilesScanned
	}
	if m.Lines == 0 {
		m.Lines = d.Analysis.LinesScanned
	}
	idx := map[string]int{}
	for _, sev := range severities {
		idx[sev] = len(m.Groups)
		m.Groups = append(m.Groups, severityGroup{Severity: sev, Anchor: "severity-" + sev})
	}
	for i := range d.Findings {
		f := &d.Findings[i]
		rf := reportFinding{Finding: f, Anchor: "finding-" + f.ID, TriageName: triageLabel(f.TriageState)}
		rf.Triaged = (f.TriageState != "" && f.TriageState != store.TriageOpen) || f.SuppressionKind != ""
		rf.Trace = f.Scanner().Trace
		g, ok := idx[f.Severity]
		if !ok {
			g = idx["info"]
		}
		m.Groups[g].Findings = append(m.Groups[g].Findings, rf)
		if rf.Triaged {
			m.Triaged++
		} else {
			m.Groups[g].Open++
		}
		m.Total++
	}
	c := d.Analysis.Counts
	m.Open = c.Critical + c.High + c.Medium + c.Low + c.Info
	return m
}

var reportFuncs = template.FuncMap{
	"pageOf": func(m *reportModel, anchor string) tocPage { return tocPage{Print: m.Print, Page: m.Pages[anchor]} },
	"join":   strings.Join,
	"title":  func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	"date": func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"day": func(t time.Time) string { return t.Format("2 January 2006") },
	// md renders fix texts and AI answers (paragraphs, lists, code);
	// mdSpan a reason that follows a label on the same line.
	"md":      mdBlocks,
	"mdSpan":  mdSpan,
	"verdict": aiVerdictLabel,
}
