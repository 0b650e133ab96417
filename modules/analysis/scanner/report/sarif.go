// Package report renders scanner results as text, JSON and SARIF 2.1.0, and
// reads previous reports back as baselines.
package report

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"vigil/modules/analysis/scanner"
)

// ToolName and InformationURI identify Vigil in SARIF output.
const (
	ToolName       = "Vigil"
	InformationURI = "https://github.com/vigil-security/vigil"
	// FingerprintKey is the partialFingerprints key carrying Vigil's own fingerprint.
	FingerprintKey = "vigilFingerprint/v1"
)

// SecuritySeverity maps a severity to GitHub code scanning's 0-10 scale
// (>= 9 critical, >= 7 high, >= 4 medium, else low).
func SecuritySeverity(s scanner.Severity) string {
	switch s {
	case scanner.SeverityCritical:
		return "9.5"
	case scanner.SeverityHigh:
		return "8.0"
	case scanner.SeverityMedium:
		return "5.5"
	case scanner.SeverityLow:
		return "3.0"
	}
	return "1.0"
}

func level(s scanner.Severity) string {
	switch s {
	case scanner.SeverityCritical, scanner.SeverityHigh:
		return sarif.LevelError
	case scanner.SeverityMedium:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}

func str(s string) *string { return &s }
func num(i int) *int       { return &i }

func tags(cwe, owasp []string, kind scanner.Kind) []string {
	out := []string{"security"}
	for _, c := range scanner.WithCWEParents(cwe) {
		out = append(out, "external/cwe/"+strings.ToLower(c))
	}
	for _, o := range owasp {
		id := o
		if i := strings.IndexByte(o, ':'); i > 0 {
			id = o[:i]
		}
		out = append(out, "external/owasp/"+strings.ToLower(id))
	}
	if kind != "" {
		out = append(out, string(kind))
	}
	return out
}

// BuildSARIF converts a result into a SARIF 2.1.0 report and validates it
// against the schema embedded in go-sarif.
func BuildSARIF(res *scanner.Result, version string) (*sarif.Report, error) {
	rep := sarif.NewReport()
	run := sarif.NewRunWithInformationURI(ToolName, InformationURI)
	run.Language = "en-US"
	if version != "" {
		run.Tool.Driver.Version = str(version)
		run.Tool.Driver.SemanticVersion = str(semanticVersion(version))
	}
	run.ColumnKind = str("utf16CodeUnits")
	run.OriginalUriBaseIds = map[string]sarif.ArtifactLocation{
		"SRCROOT": {Index: -1, Description: &sarif.Message{Text: str("The scanned directory"), Arguments: []string{}}},
	}

	cweTaxa := newCWETaxonomy(run)
	byID := map[string]*scanner.Rule{}
	for _, r := range res.Rules {
		byID[r.ID] = r
	}
	// describe every rule that produced a result, plus all rules that ran
	ids := map[string]bool{}
	for _, r := range res.Rules {
		ids[r.ID] = true
	}
	for _, f := range res.Findings {
		ids[f.RuleID] = true
	}
	sorted := make([]string, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	sort.Strings(sorted)
	first := map[string]scanner.Finding{}
	for _, f := range res.Findings {
		if _, ok := first[f.RuleID]; !ok {
			first[f.RuleID] = f
		}
	}
	for _, id := range sorted {
		d := run.AddRule(id)
		var title, desc, help string
		var sev scanner.Severity
		var cwe, owasp []string
		var kind scanner.Kind
		var refs []string
		if r := byID[id]; r != nil {
			title, desc, help, sev = r.Title, strings.TrimSpace(r.Description), strings.TrimSpace(r.Remediation), r.Severity
			cwe, refs = r.CWE, r.References
			for _, o := range r.OWASP {
				owasp = append(owasp, scanner.OWASPName(o))
			}
			kind = scanner.KindRule
			if r.Taint != nil {
				kind = scanner.KindTaint
			}
		} else {
			f := first[id]
			title, desc, help, sev, cwe, owasp, kind, refs = f.Title, f.Title, f.Remediation, f.Severity, f.CWE, f.OWASP, f.Kind, f.References
			if help == "" {
				help = f.Title
			}
		}
		if help == "" {
			help = desc
		}
		d.Name = str(ruleName(id))
		d.ShortDescription = &sarif.MultiformatMessageString{Text: str(title)}
		d.FullDescription = &sarif.MultiformatMessageString{Text: str(desc)}
		md := fmt.Sprintf("%s\n\n**Remediation:** %s", desc, help)
		for _, ref := range refs {
			md += "\n\n- " + ref
		}
		d.Help = &sarif.MultiformatMessageString{Text: str(help), Markdown: str(md)}
		if len(refs) > 0 {
			d.HelpURI = str(refs[0])
		}
		cfg := sarif.NewReportingConfiguration()
		cfg.Level = level(sev)
		d.DefaultConfiguration = cfg
		d.Properties = &sarif.PropertyBag{
			Properties: sarif.Properties{"security-severity": SecuritySeverity(sev), "precision": precision(byID[id]), "problem.severity": problemSeverity(sev)},
			Tags:       tags(cwe, owasp, kind),
		}
		for _, ref := range cweTaxa.refs(cwe) {
			rel := sarif.NewReportingDescriptorRelationship()
			rel.Target = ref
			d.Relationships = append(d.Relationships, rel)
		}
	}

	for _, f := range res.Findings {
		r := sarif.NewResult()
		r.RuleID = str(f.RuleID)
		r.RuleIndex = run.GetRuleIndex(f.RuleID)
		r.Level = level(f.Severity)
		r.Message = &sarif.Message{Text: str(f.Message), Arguments: []string{}}
		loc := location(f.Location, f.Snippet, "")
		if c := f.Context; c != nil && len(c.Lines) > 0 && c.StartLine <= f.Location.StartLine && c.StartLine+len(c.Lines)-1 >= f.Location.EndLine {
			// SARIF's contextRegion (a superset of the region): the lines
			// around the result, for viewers that show it in place.
			cr := sarif.NewRegion()
			cr.StartLine, cr.EndLine = num(c.StartLine), num(c.StartLine+len(c.Lines)-1)
			cr.Snippet = &sarif.ArtifactContent{Text: str(strings.Join(c.Lines, "\n"))}
			loc.PhysicalLocation.ContextRegion = cr
		}
		r.Locations = append(r.Locations, loc)
		r.PartialFingerprints = map[string]string{
			"primaryLocationLineHash": scanner.LineHash(f),
			FingerprintKey:            f.Fingerprint,
		}
		r.Properties = &sarif.PropertyBag{
			Properties: sarif.Properties{"security-severity": SecuritySeverity(f.Severity), "confidence": string(f.Confidence), "kind": string(f.Kind)},
			Tags:       tags(f.CWE, f.OWASP, ""),
		}
		r.Taxa = cweTaxa.refs(f.CWE)
		if len(f.Trace) > 0 {
			tf := sarif.NewThreadFlow()
			for i, st := range f.Trace {
				tl := sarif.NewThreadFlowLocation()
				tl.ExecutionOrder = i
				tl.Kinds = []string{st.Kind}
				tl.Location = location(st.Location, st.Snippet, st.Message)
				tf.Locations = append(tf.Locations, tl)
			}
			cf := sarif.NewCodeFlow()
			cf.ThreadFlows = []*sarif.ThreadFlow{tf}
			r.CodeFlows = append(r.CodeFlows, cf)
		}
		if f.Suppression != nil {
			kind := "inSource"
			if f.Suppression.Kind != "inline" {
				kind = "external"
			}
			r.Suppressions = append(r.Suppressions, &sarif.Suppression{Kind: str(kind), Status: str("accepted"), Justification: str(f.Suppression.Justification)})
		}
		run.AddResult(r)
	}
	notes := []*sarif.Notification{}
	for _, n := range res.Notes {
		lvl := sarif.LevelNote
		if n.Level == "warning" {
			lvl = sarif.LevelWarning
		} else if n.Level == "error" {
			lvl = sarif.LevelError
		}
		notes = append(notes, &sarif.Notification{Level: lvl, Message: &sarif.Message{Text: str(n.Pass + ": " + n.Message), Arguments: []string{}},
			Locations: []*sarif.Location{}, TimeUtc: nil})
	}
	ok := true
	inv := sarif.NewInvocation()
	inv.ExecutionSuccessful = &ok
	inv.ToolExecutionNotifications = notes
	for _, pe := range res.ParseErrors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, &sarif.Notification{Level: sarif.LevelWarning,
			Message: &sarif.Message{Text: str(pe.Path + ": " + pe.Message), Arguments: []string{}}, Locations: []*sarif.Location{}})
	}
	run.Invocations = []*sarif.Invocation{inv}
	cweTaxa.attach()
	rep.AddRun(run)
	if err := rep.Validate(); err != nil {
		return nil, fmt.Errorf("report: SARIF does not validate: %w", err)
	}
	return rep, nil
}

func ruleName(id string) string {
	// GitHub shows the name; keep it stable and identifier-like.
	return strings.ReplaceAll(strings.ToLower(id), "-", "_")
}

func precision(r *scanner.Rule) string {
	if r == nil {
		return "medium"
	}
	switch r.Confidence {
	case scanner.ConfidenceHigh:
		return "high"
	case scanner.ConfidenceLow:
		return "low"
	}
	return "medium"
}

func problemSeverity(s scanner.Severity) string {
	switch s {
	case scanner.SeverityCritical, scanner.SeverityHigh:
		return "error"
	case scanner.SeverityMedium:
		return "warning"
	}
	return "recommendation"
}

func location(l scanner.Location, snippet, msg string) *sarif.Location {
	loc := sarif.NewLocation()
	reg := sarif.NewRegion()
	if l.StartLine > 0 {
		reg.StartLine = num(l.StartLine)
		reg.StartColumn = num(max(l.StartColumn, 1))
		if l.EndLine >= l.StartLine {
			reg.EndLine = num(l.EndLine)
			if l.EndColumn > 0 {
				reg.EndColumn = num(max(l.EndColumn, 1))
			}
		}
	}
	if snippet != "" {
		reg.Snippet = &sarif.ArtifactContent{Text: str(snippet)}
	}
	al := sarif.NewArtifactLocation()
	al.URI = str(l.Path)
	al.URIBaseID = str("SRCROOT")
	loc.PhysicalLocation = &sarif.PhysicalLocation{ArtifactLocation: al, Region: reg}
	if msg != "" {
		loc.Message = &sarif.Message{Text: str(msg), Arguments: []string{}}
	}
	return loc
}

// WriteSARIF builds, validates and writes the SARIF report.
func WriteSARIF(w io.Writer, res *scanner.Result, version string) error {
	rep, err := BuildSARIF(res, version)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := rep.PrettyWrite(&buf); err != nil {
		return err
	}
	out, err := compactSARIF(buf.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(append(out, '\n'))
	return err
}

// cweTaxonomy is the run's CWE taxonomy: every CWE a rule or result names,
// plus its common parent (eval: CWE-95 and CWE-94), as taxa that results
// and rules reference.
type cweTaxonomy struct {
	run   *sarif.Run
	comp  *sarif.ToolComponent
	index map[string]int
}

func newCWETaxonomy(run *sarif.Run) *cweTaxonomy {
	comp := sarif.NewToolComponent()
	comp.Name = str("CWE")
	comp.Organization = str("MITRE")
	comp.InformationURI = str("https://cwe.mitre.org/")
	comp.ShortDescription = &sarif.MultiformatMessageString{Text: str("The MITRE Common Weakness Enumeration")}
	return &cweTaxonomy{run: run, comp: comp, index: map[string]int{}}
}

// refs returns references to the taxa of ids and their parents, adding
// the taxa on first use.
func (t *cweTaxonomy) refs(ids []string) []*sarif.ReportingDescriptorReference {
	out := []*sarif.ReportingDescriptorReference{}
	for _, id := range scanner.WithCWEParents(ids) {
		i, ok := t.index[id]
		if !ok {
			i = len(t.comp.Taxa)
			t.index[id] = i
			taxon := sarif.NewRule(id)
			taxon.HelpURI = str("https://cwe.mitre.org/data/definitions/" + strings.TrimPrefix(id, "CWE-") + ".html")
			t.comp.Taxa = append(t.comp.Taxa, taxon)
		}
		ref := sarif.NewReportingDescriptorReference().WithID(id)
		ref.Index = i
		tc := sarif.NewToolComponentReference()
		tc.Name = str("CWE")
		tc.Index = 0
		ref.ToolComponent = tc
		out = append(out, ref)
	}
	return out
}

// attach adds the taxonomy to the run when any CWE was referenced.
func (t *cweTaxonomy) attach() {
	if len(t.comp.Taxa) == 0 {
		return
	}
	t.run.Taxonomies = append(t.run.Taxonomies, t.comp)
	tc := sarif.NewToolComponentReference()
	tc.Name = str("CWE")
	tc.Index = 0
	t.run.Tool.Driver.SupportedTaxonomies = append(t.run.Tool.Driver.SupportedTaxonomies, tc)
}
