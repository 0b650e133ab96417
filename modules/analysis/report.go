package analysis

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/report"
	"vigil/platform/errs"
)

// Report formats served at /analyses/:id/report.<format>.
var reportFormats = map[string]string{
	"sarif": "application/sarif+json",
	"json":  "application/json",
	"csv":   "text/csv; charset=utf-8",
	"html":  "text/html; charset=utf-8",
	"pdf":   "application/pdf",
}

var (
	rulesOnce sync.Once
	rulesByID map[string]*scanner.Rule
)

func builtinRule(id string) *scanner.Rule {
	rulesOnce.Do(func() {
		rulesByID = map[string]*scanner.Rule{}
		rules, err := scanner.BuiltinRules()
		if err != nil {
			return
		}
		for _, r := range rules {
			rulesByID[r.ID] = r
		}
	})
	return rulesByID[id]
}

// reportData is everything an export needs.
type reportData struct {
	Analysis AnalysisView
	// WorkspaceName is the analysis' workspace as its members know it
	// ("" when unknown: the cover then leaves it out).
	WorkspaceName string
	Findings      []store.Finding
	Result        *scanner.Result
}

func (s *Service) reportData(ctx context.Context, id string) (*reportData, error) {
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, id)
	if err != nil {
		return nil, err
	}
	if a.Status != store.StatusCompleted {
		return nil, errs.New(errs.KindConflict, "the report is available once the analysis has completed (it is %s)", a.Status)
	}
	rows, err := s.store.AllFindings(ctx, a)
	if err != nil {
		return nil, err
	}
	res := &scanner.Result{Findings: make([]scanner.Finding, 0, len(rows))}
	seen := map[string]bool{}
	for i := range rows {
		f := rows[i].Scanner()
		res.Findings = append(res.Findings, f)
		if !seen[f.RuleID] {
			seen[f.RuleID] = true
			if r := builtinRule(f.RuleID); r != nil {
				res.Rules = append(res.Rules, r)
			}
		}
	}
	res.Stats.FilesScanned, res.Stats.Lines = a.FilesScanned, int(a.LinesScanned)
	d := &reportData{Analysis: s.view(a), Findings: rows, Result: res}
	if s.d.Workspaces != nil {
		name, err := s.d.Workspaces.WorkspaceName(ctx, p, a.WorkspaceID)
		if err != nil {
			return nil, err
		}
		d.WorkspaceName = name
	}
	return d, nil
}

// Report writes the analysis' report in format to w and returns its
// content type. Triaged findings are exported as suppressed (SARIF
// suppressions), never dropped.
func (s *Service) Report(ctx context.Context, id, format string, w io.Writer) (string, error) {
	ct, ok := reportFormats[format]
	if !ok {
		return "", errs.NotFound("report format")
	}
	// The caller's right to read the analysis is checked first, so only
	// someone who may read it learns that this server cannot print PDFs.
	d, err := s.reportData(ctx, id)
	if err != nil {
		return "", err
	}
	if format == "pdf" {
		if _, err := s.chromium(); err != nil {
			return "", err
		}
	}
	switch format {
	case "sarif":
		err = report.WriteSARIF(w, d.Result, s.d.Version)
	case "json":
		err = writeJSONReport(w, d)
	case "csv":
		err = writeCSV(w, d)
	case "html":
		err = reportHTML.Execute(w, newReportModel(d, time.Now()))
	case "pdf":
		err = s.writePDF(ctx, w, d)
	}
	if err != nil {
		return "", fmt.Errorf("analysis: report %s: %w", format, err)
	}
	return ct, nil
}

func writeJSONReport(w io.Writer, d *reportData) error {
	out := struct {
		Analysis AnalysisView  `json:"analysis"`
		Findings []FindingView `json:"findings"`
	}{Analysis: d.Analysis, Findings: make([]FindingView, 0, len(d.Findings))}
	for i := range d.Findings {
		out.Findings = append(out.Findings, findingView(&d.Findings[i]))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// csvSafe defuses spreadsheet formulas: a cell starting with = + - @ or a
// control character is prefixed with a quote (analysed code is untrusted).
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeCSV(w io.Writer, d *reportData) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "severity", "confidence", "rule_id", "title", "path", "start_line", "end_line", "cwe", "owasp", "triage_state", "triage_reason", "ai_verdict", "fingerprint", "message"})
	for i := range d.Findings {
		f := &d.Findings[i]
		row := []string{f.ID, f.Severity, f.Confidence, f.RuleID, f.Title, f.Path, fmt.Sprint(f.StartLine), fmt.Sprint(f.EndLine),
			strings.Join(f.CWEs(), " "), strings.Join(f.OWASPs(), " "), f.TriageState, f.TriageReason, f.AIVerdict, f.Fingerprint, f.Message}
		for j := range row {
			row[j] = csvSafe(row[j])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

var reportHTML = template.Must(template.New("report").Funcs(reportFuncs).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Vigil report: {{.Analysis.Name}}</title>
<style>
@page{size:A4;margin:18mm 16mm 20mm;@bottom-left{content:"Vigil security report · {{.Analysis.Name}}";font:9px system-ui,sans-serif;color:#666}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9px system-ui,sans-serif;color:#666}}
@page:first{@bottom-left{content:none}@bottom-right{content:none}}
body{font:13px/1.5 system-ui,sans-serif;color:#111;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 .3rem} h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ddd;padding-bottom:.2rem} h3{font-size:1rem;margin:.2rem 0}
.meta{color:#555} .muted{color:#666;font-size:12px}
.cover{min-height:80vh;display:flex;flex-direction:column;justify-content:center;break-after:page}
.cover .brand{color:#4f46e5;font-weight:700;letter-spacing:.05em;text-transform:uppercase;font-size:12px}
.cover dl{display:grid;grid-template-columns:8rem 1fr;gap:.3rem 1rem;margin-top:1.5rem} .cover dt{color:#555}
.grade{font-size:3.2rem;font-weight:800;line-height:1} .score{font-size:1.4rem;font-weight:600}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
.sev{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:11px;font-weight:700;text-transform:uppercase;color:#fff;background:#64748b}
.sev-critical{background:#b91c1c}.sev-high{background:#c2410c}.sev-medium{background:#a16207}.sev-low{background:#1d4ed8}
pre,code{font-family:ui-monospace,Menlo,Consolas,monospace} pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap;word-break:break-all;font-size:11px;margin:.3rem 0}
code{background:#f1f1f1;padding:0 .2rem;border-radius:2px;font-size:.92em}
.finding{break-inside:avoid;border:1px solid #e2e2e2;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0}
.finding.triaged{opacity:.7} .trace{margin:.3rem 0 .3rem 1.2rem;padding:0} .trace li{margin:.15rem 0}
.md p{margin:.3rem 0} .md ul,.md ol{margin:.3rem 0 .3rem 1.2rem;padding:0} .fix p:first-child{margin-bottom:0}
.toc a{color:#111;text-decoration:none} .toc li{margin:.15rem 0} .toc .pg{float:right;width:3em;margin-left:1em;text-align:right;font-variant-numeric:tabular-nums;color:#333} .group{break-before:page} .group:first-of-type{break-before:auto}
@media print{body{margin:0;max-width:none;padding:0}}
</style></head><body>
<section class="cover">
<p class="brand">Vigil</p>
<h1>Security report: {{.Analysis.Name}}</h1>
<p><span class="grade">{{.Analysis.Grade}}</span> <span class="score">{{with .Analysis.Score}}{{.}}{{end}} / 100</span></p>
<dl>
<dt>Project</dt><dd>{{.Analysis.ProjectKey}}</dd>
{{with .WorkspaceName}}<dt>Workspace</dt><dd>{{.}}</dd>{{end}}
<dt>Analysed</dt><dd>{{date .Analysis.FinishedAt}}</dd>
<dt>Report date</dt><dd>{{day .Generated}}</dd>
<dt>Scope</dt><dd>{{.Files}} files, {{.Lines}} lines · {{title .Analysis.Tier}} tier</dd>
</dl>
</section>

<h2 id="summary">Executive summary</h2>
<p>Score <b>{{with .Analysis.Score}}{{.}}{{end}} / 100</b>, grade <b>{{.Analysis.Grade}}</b>: {{.Open}} open {{if eq .Open 1}}finding{{else}}findings{{end}} ({{.Analysis.Counts.Critical}} critical, {{.Analysis.Counts.High}} high, {{.Analysis.Counts.Medium}} medium, {{.Analysis.Counts.Low}} low, {{.Analysis.Counts.Info}} info){{if .Triaged}}; {{.Triaged}} more triaged or suppressed, listed but not counted{{end}}.</p>
<table><tr><th>Critical</th><th>High</th><th>Medium</th><th>Low</th><th>Info</th></tr>
<tr><td>{{.Analysis.Counts.Critical}}</td><td>{{.Analysis.Counts.High}}</td><td>{{.Analysis.Counts.Medium}}</td><td>{{.Analysis.Counts.Low}}</td><td>{{.Analysis.Counts.Info}}</td></tr></table>
{{with .Analysis.AISummary}}<div class="md">{{md .Summary}}</div>{{if .TopRisks}}<p><b>Top risks</b></p><ul>{{range .TopRisks}}<li>{{mdSpan .}}</li>{{end}}</ul>{{end}}<p class="muted">Written by {{.Model}} from the findings below; AI output, check it against them.</p>{{end}}
<p class="muted">{{.Analysis.ScoreMethod}}</p>
{{if .Analysis.Notes}}<p><b>Notes</b></p><ul>{{range .Analysis.Notes}}<li>{{mdSpan .}}</li>{{end}}</ul>{{end}}

<h2 id="contents">Contents</h2>
<ol class="toc">
<li>{{template "pg" (pageOf $ "summary")}}<a href="#summary">Executive summary</a></li>
{{range .Groups}}{{if .Findings}}<li>{{template "pg" (pageOf $ .Anchor)}}<a href="#{{.Anchor}}">{{title .Severity}} findings ({{len .Findings}}{{if ne .Open (len .Findings)}}, {{.Open}} open{{end}})</a>
<ol>{{range .Findings}}<li>{{template "pg" (pageOf $ .Anchor)}}<a href="#{{.Anchor}}">{{.Title}}</a> <span class="muted">{{.Path}}:{{.StartLine}}{{if .Triaged}} · {{.TriageName}}{{end}}</span></li>{{end}}</ol></li>{{end}}{{end}}
</ol>

{{range .Groups}}{{if .Findings}}<section class="group" id="{{.Anchor}}">
<h2>{{title .Severity}} findings ({{len .Findings}})</h2>
{{range .Findings}}<div class="finding{{if .Triaged}} triaged{{end}}" id="{{.Anchor}}">
<h3><span class="sev sev-{{.Severity}}">{{.Severity}}</span> {{.Title}}</h3>
<p class="meta">{{.Path}}:{{.StartLine}} · rule {{.RuleID}} · {{.Confidence}} confidence{{with .CWEs}} · {{join . ", "}}{{end}}{{with .OWASPs}} · {{join . ", "}}{{end}}</p>
{{if .Triaged}}<p><b>{{if .SuppressionKind}}Suppressed in code{{else}}{{.TriageName}}{{end}}</b>{{if .TriageReason}}: {{mdSpan .TriageReason}}{{else if .SuppressionReason}}: {{mdSpan .SuppressionReason}}{{end}}</p>{{end}}
<p>{{.Message}}</p>
{{if .Snippet}}<pre>{{.Snippet}}</pre>{{end}}
{{if .Trace}}<p><b>Data flow</b></p><ol class="trace">{{range .Trace}}<li><b>{{.Kind}}</b> {{.Location.Path}}:{{.Location.StartLine}}: {{.Message}}{{if .Snippet}}<pre>{{.Snippet}}</pre>{{end}}</li>{{end}}</ol>{{end}}
{{if .AIVerdict}}<div class="md"><p><b>AI verdict{{with .AIModel}} ({{.}}){{end}}:</b> {{verdict .AIVerdict}}</p>{{md .AIExplanation}}</div>{{end}}
{{if .AIFixDiff}}<pre>{{.AIFixDiff}}</pre>{{end}}
{{if .Remediation}}<div class="md fix"><p><b>Fix</b></p>{{md .Remediation}}</div>{{end}}
</div>{{end}}
</section>{{end}}{{end}}
<p class="muted">{{.Analysis.Retention}}</p>
</body></html>
{{define "pg"}}{{if .Print}}<span class="pg">{{if .Page}}{{.Page}}{{else}}&nbsp;{{end}}</span>{{end}}{{end}}`))

// chromium returns the browser used for PDFs, or a 503 problem.
func (s *Service) chromium() (string, error) {
	bin := s.d.Chromium
	if bin == "" {
		bin = "/usr/bin/chromium"
	}
	if st, err := os.Stat(bin); err != nil || st.IsDir() {
		return "", errs.New(errs.KindUnavailable, "PDF export needs Chromium at %s on the server, which is not installed; download the HTML report and print it from a browser instead", bin)
	}
	return bin, nil
}

// writePDF prints the HTML report with headless Chromium. The page is a
// local file whose Content-Security-Policy forbids scripts and fetches: the report holds
// untrusted code snippets.
func (s *Service) writePDF(ctx context.Context, w io.Writer, d *reportData) error {
	bin, err := s.chromium()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "vigil-pdf-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	// Printed twice (three times if numbering moved a section): the first
	// PDF's named destinations give each anchor's page, the next prints
	// them in the contents. The number column takes the same room with or
	// without numbers, so numbering does not move what it numbers.
	m := newReportModel(d, time.Now())
	m.Print = true
	var pdf string
	for pass := 1; pass <= 3; pass++ {
		pdf = filepath.Join(dir, fmt.Sprintf("report-%d.pdf", pass))
		if err := s.printPDF(ctx, bin, dir, m, pdf); err != nil {
			return err
		}
		data, err := os.ReadFile(pdf)
		if err != nil {
			return errors.New("chromium produced no PDF")
		}
		pages := pdfDestPages(data)
		// done when the numbers printed are where the anchors landed (or
		// when this PDF names no destinations: printed without numbers)
		if len(pages) == 0 || maps.Equal(pages, m.Pages) {
			break
		}
		m.Pages = pages
		if pass == 3 {
			s.log.Warn("pdf contents: page numbers still moving after three printings", "analysis", d.Analysis.ID)
		}
	}
	f, err := os.Open(pdf)
	if err != nil {
		return errors.New("chromium produced no PDF")
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// printPDF prints m to the file pdf with Chromium (bin), working in dir.
func (s *Service) printPDF(ctx context.Context, bin, dir string, m *reportModel, pdf string) error {
	html := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := reportHTML.Execute(&buf, m); err != nil {
		return err
	}
	if err := os.WriteFile(html, buf.Bytes(), 0o600); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-extensions",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf="+pdf, "file://"+html)
	if out, err := cmd.CombinedOutput(); err != nil {
		s.log.Error("chromium print", "error", err, "output", string(out))
		return errs.Wrap(errs.KindUnavailable, err, "Chromium could not print the report; download the HTML report instead")
	}
	return nil
}
