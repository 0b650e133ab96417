package store

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"vigil/modules/analysis/scanner"
	"vigil/platform/errs"
)

// Finding is one row of analysis_findings.
type Finding struct {
	ID                string `gorm:"primaryKey"`
	AnalysisID        string
	WorkspaceID       string
	Fingerprint       string
	RuleID            string
	Kind              string
	Title             string
	Message           string
	Severity          string
	SeverityRank      int
	Confidence        string
	ConfidenceRank    int
	CWE               string `gorm:"column:cwe"`
	OWASP             string `gorm:"column:owasp"`
	Path              string
	StartLine         int
	StartColumn       int
	EndLine           int
	EndColumn         int
	Snippet           string
	Trace             string
	Remediation       string
	Refs              string
	Extra             string
	SuppressionKind   string
	SuppressionReason string
	AIVerdict         string `gorm:"column:ai_verdict"`
	AIExplanation     string `gorm:"column:ai_explanation"`
	AIModel           string `gorm:"column:ai_model"`
	AIFixDiff         string `gorm:"column:ai_fix_diff"`
	CreatedAt         time.Time

	// TriageState and TriageReason are joined from analysis_triage on
	// reads ("open" when no decision exists).
	TriageState  string `gorm:"->;column:triage_state"`
	TriageReason string `gorm:"->;column:triage_reason"`
}

// TableName implements gorm's Tabler.
func (Finding) TableName() string { return "analysis_findings" }

// AI carries cortex's opinion of one finding.
type AI struct {
	Verdict, Explanation, Model, FixDiff string
}

// ConfidenceRank orders confidences low=0 … high=2.
func ConfidenceRank(c scanner.Confidence) int {
	switch c {
	case scanner.ConfidenceHigh:
		return 2
	case scanner.ConfidenceMedium:
		return 1
	}
	return 0
}

func listColumn(items []string) string {
	if len(items) == 0 {
		return ""
	}
	return "," + strings.Join(items, ",") + ","
}

func splitList(s string) []string {
	s = strings.Trim(s, ",")
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func mustJSON(v any, empty string) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return empty
	}
	return string(b)
}

// FromScanner converts a scanner finding (with optional AI opinion) to a row.
func FromScanner(analysisID, workspaceID string, f scanner.Finding, ai *AI) Finding {
	r := Finding{
		ID: NewID(), AnalysisID: analysisID, WorkspaceID: workspaceID,
		Fingerprint: f.Fingerprint, RuleID: f.RuleID, Kind: string(f.Kind), Title: f.Title, Message: f.Message,
		Severity: string(f.Severity), SeverityRank: max(f.Severity.Rank(), 0),
		Confidence: string(f.Confidence), ConfidenceRank: ConfidenceRank(f.Confidence),
		CWE: listColumn(f.CWE), OWASP: listColumn(f.OWASP),
		Path: f.Location.Path, StartLine: f.Location.StartLine, StartColumn: f.Location.StartColumn,
		EndLine: f.Location.EndLine, EndColumn: f.Location.EndColumn,
		Snippet: f.Snippet, Trace: mustJSON(f.Trace, "[]"), Remediation: f.Remediation,
		Refs: mustJSON(f.References, "[]"), Extra: extraColumn(withFileKind(f.Extra, f.FileKind), f.Context), CreatedAt: now(),
	}
	if f.Suppression != nil {
		r.SuppressionKind, r.SuppressionReason = f.Suppression.Kind, f.Suppression.Justification
	}
	if ai != nil {
		r.AIVerdict, r.AIExplanation, r.AIModel, r.AIFixDiff = ai.Verdict, ai.Explanation, ai.Model, ai.FixDiff
	}
	return r
}

// fileKindKey is the extra detail that keeps a finding's file kind (test,
// example, docs, ... see scanner.ClassifyFile) without a schema change, so
// the findings API and the app can tell production code from the rest.
const fileKindKey = "file_kind"

func withFileKind(extra map[string]string, k scanner.FileKind) map[string]string {
	if k == "" {
		return extra
	}
	m := make(map[string]string, len(extra)+1)
	for key, v := range extra {
		m[key] = v
	}
	m[fileKindKey] = string(k)
	return m
}

// contextKey is where a finding's source context is kept in the extra
// JSON column, which needs no schema change (no migration number was
// free for a column of its own): the column is a JSON object whose values
// are the extra details (strings) plus, under this key, the context (an
// object). Reads take it out again, so it never shows up as an "extra"
// detail. A scanner key never starts with "vigil.".
const contextKey = "vigil.context"

func extraColumn(extra map[string]string, c *scanner.Context) string {
	if c == nil {
		return mustJSON(extra, "{}")
	}
	m := make(map[string]any, len(extra)+1)
	for k, v := range extra {
		m[k] = v
	}
	m[contextKey] = c
	return mustJSON(m, "{}")
}

// ExtraDetails returns the extra details as the API shows them (the same
// as ExtraParts' raw JSON, decoded): the scanner's short details and, once
// the file was classified, file_kind; never nil ({} when there are none)
// and without the context.
func (f *Finding) ExtraDetails() map[string]string {
	m, _ := splitExtra(f.Extra)
	if m == nil {
		m = map[string]string{}
	}
	return m
}

// ExtraParts returns the raw JSON of the extra details (an object) and
// of the context ("null" when none), decoding nothing when the row has no
// context.
func (f *Finding) ExtraParts() (extra, ctx json.RawMessage) {
	if !strings.Contains(f.Extra, `"`+contextKey+`"`) {
		if f.Extra == "" || f.Extra == "null" {
			return json.RawMessage("{}"), json.RawMessage("null")
		}
		return json.RawMessage(f.Extra), json.RawMessage("null")
	}
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(f.Extra), &m) != nil {
		return json.RawMessage("{}"), json.RawMessage("null")
	}
	ctx = m[contextKey]
	delete(m, contextKey)
	b, err := json.Marshal(m)
	if err != nil {
		b = []byte("{}")
	}
	return b, ctx
}

func splitExtra(col string) (map[string]string, *scanner.Context) {
	var m map[string]json.RawMessage
	_ = json.Unmarshal([]byte(col), &m)
	var c *scanner.Context
	if raw, ok := m[contextKey]; ok {
		delete(m, contextKey)
		var v scanner.Context
		if json.Unmarshal(raw, &v) == nil && v.StartLine >= 1 {
			c = &v
		}
	}
	var out map[string]string
	if m != nil {
		out = make(map[string]string, len(m))
		for k, raw := range m {
			var v string
			if json.Unmarshal(raw, &v) == nil {
				out[k] = v
			}
		}
	}
	return out, c
}

// Scanner converts the row back to the scanner's contract type (for the
// SARIF and JSON exporters).
func (f *Finding) Scanner() scanner.Finding {
	out := scanner.Finding{
		RuleID: f.RuleID, Kind: scanner.Kind(f.Kind), Title: f.Title, Message: f.Message,
		Severity: scanner.Severity(f.Severity), Confidence: scanner.Confidence(f.Confidence),
		CWE: splitList(f.CWE), OWASP: splitList(f.OWASP),
		Location: scanner.Location{Path: f.Path, StartLine: f.StartLine, StartColumn: f.StartColumn, EndLine: f.EndLine, EndColumn: f.EndColumn},
		Snippet:  f.Snippet, Remediation: f.Remediation, Fingerprint: f.Fingerprint,
	}
	_ = json.Unmarshal([]byte(f.Trace), &out.Trace)
	_ = json.Unmarshal([]byte(f.Refs), &out.References)
	out.Extra, out.Context = splitExtra(f.Extra)
	if k, ok := out.Extra[fileKindKey]; ok {
		out.FileKind = scanner.FileKind(k)
		delete(out.Extra, fileKindKey)
		if len(out.Extra) == 0 {
			out.Extra = nil
		}
	}
	if f.SuppressionKind != "" {
		out.Suppression = &scanner.Suppression{Kind: f.SuppressionKind, Justification: f.SuppressionReason}
	}
	if st := f.TriageState; st != "" && st != TriageOpen && out.Suppression == nil {
		label := TriageLabels[st]
		if label == "" {
			label = st
		}
		out.Suppression = &scanner.Suppression{Kind: "triage", Justification: label + ": " + f.TriageReason}
	}
	return out
}

// CWEs and OWASPs decode the list columns.
func (f *Finding) CWEs() []string   { return splitList(f.CWE) }
func (f *Finding) OWASPs() []string { return splitList(f.OWASP) }

// InsertFindings stores rows in batches. A fingerprint already stored for
// the analysis is skipped, so a retried job can insert again safely.
func (s *Store) InsertFindings(ctx context.Context, rows []Finding) error {
	if len(rows) == 0 {
		return nil
	}
	err := s.db.Conn(ctx).Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(rows, 200).Error
	return wrap("insert findings", err)
}

// DeleteFindings removes an analysis' findings (a retried attempt starts over).
func (s *Store) DeleteFindings(ctx context.Context, analysisID string) error {
	return wrap("delete findings", s.db.Conn(ctx).Where("analysis_id = ?", analysisID).Delete(&Finding{}).Error)
}

// Filter selects findings server-side. Empty fields do not filter.
type Filter struct {
	Severity   []string // any of
	Confidence []string
	Category   string // CWE id ("CWE-89") or OWASP id ("A03:2021...") prefix
	CWE        string
	OWASP      string
	File       string // path prefix
	Rule       string
	AIVerdict  string
	Triage     string // open | false_positive | accepted_risk | fixed
	Search     string // in title, message, path, rule id
	Sort       string // severity (default) | file | confidence
	// FileKind keeps findings of one kind of file (see FileKinds):
	// "production" is what a security review looks at; findings stored
	// before files were classified count as production. "" or "all": every
	// file.
	FileKind string
}

// FileKinds lists the accepted file kinds (scanner.ClassifyFile).
var FileKinds = []string{"production", "test", "example", "docs", "benchmark", "vendored"}

// Sorts lists the accepted sort keys.
var Sorts = []string{"severity", "file", "confidence"}

type findingCursor struct {
	Rank int    `json:"r"`
	Path string `json:"p"`
	Line int    `json:"l"`
	ID   string `json:"i"`
}

func (s *Store) findingsQuery(ctx context.Context, a *Analysis) *gorm.DB {
	return s.db.Conn(ctx).Table("analysis_findings AS f").
		Select("f.*, COALESCE(t.state, 'open') AS triage_state, COALESCE(t.reason, '') AS triage_reason").
		Joins("LEFT JOIN analysis_triage t ON t.workspace_id = f.workspace_id AND t.project_key = ? AND t.fingerprint = f.fingerprint", a.ProjectKey).
		Where("f.analysis_id = ?", a.ID)
}

// whereFileKind keeps findings in one kind of file ("" or "all": every
// file). The findings list and the summary share it so they agree.
func whereFileKind(q *gorm.DB, fileKind string) *gorm.DB {
	if fileKind == "" || fileKind == "all" {
		return q
	}
	// the kind rides in the extra JSON column, which Go writes with
	// sorted keys and no spaces: "file_kind":"test"
	kind := "%" + likeEscape(`"`+fileKindKey+`":"`+fileKind+`"`) + "%"
	if fileKind == "production" {
		return q.Where(`f.extra NOT LIKE ? ESCAPE '\' OR f.extra LIKE ? ESCAPE '\'`, "%"+likeEscape(`"`+fileKindKey+`":"`)+"%", kind)
	}
	return q.Where(`f.extra LIKE ? ESCAPE '\'`, kind)
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ListFindings returns one page of a's findings matching flt.
func (s *Store) ListFindings(ctx context.Context, a *Analysis, flt Filter, p Page) ([]Finding, string, error) {
	limit := p.limit(50, 500)
	q := s.findingsQuery(ctx, a)
	if len(flt.Severity) > 0 {
		q = q.Where("f.severity IN ?", flt.Severity)
	}
	if len(flt.Confidence) > 0 {
		q = q.Where("f.confidence IN ?", flt.Confidence)
	}
	if flt.CWE != "" {
		q = q.Where(`f.cwe LIKE ? ESCAPE '\'`, "%,"+likeEscape(flt.CWE)+",%")
	}
	if flt.OWASP != "" {
		q = q.Where(`f.owasp LIKE ? ESCAPE '\'`, "%,"+likeEscape(flt.OWASP)+"%")
	}
	if flt.Category != "" {
		c := "%," + likeEscape(flt.Category) + "%"
		q = q.Where(`f.cwe LIKE ? ESCAPE '\' OR f.owasp LIKE ? ESCAPE '\'`, c, c)
	}
	if flt.File != "" {
		q = q.Where(`f.path LIKE ? ESCAPE '\'`, likeEscape(flt.File)+"%")
	}
	if flt.Rule != "" {
		q = q.Where("f.rule_id = ?", flt.Rule)
	}
	if flt.AIVerdict != "" {
		q = q.Where("f.ai_verdict = ?", flt.AIVerdict)
	}
	if flt.Triage != "" {
		q = q.Where("COALESCE(t.state, 'open') = ?", flt.Triage)
	}
	q = whereFileKind(q, flt.FileKind)
	if flt.Search != "" {
		like := "%" + likeEscape(strings.ToLower(flt.Search)) + "%"
		q = q.Where(`LOWER(f.title) LIKE ? ESCAPE '\' OR LOWER(f.message) LIKE ? ESCAPE '\' OR LOWER(f.path) LIKE ? ESCAPE '\' OR LOWER(f.rule_id) LIKE ? ESCAPE '\'`, like, like, like, like)
	}
	var c findingCursor
	if p.Cursor != "" {
		if err := decodeCursor(p.Cursor, &c); err != nil {
			return nil, "", err
		}
	}
	switch flt.Sort {
	case "", "severity":
		if p.Cursor != "" {
			q = q.Where("f.severity_rank < ? OR (f.severity_rank = ? AND f.id > ?)", c.Rank, c.Rank, c.ID)
		}
		q = q.Order("f.severity_rank DESC, f.id ASC")
	case "confidence":
		if p.Cursor != "" {
			q = q.Where("f.confidence_rank < ? OR (f.confidence_rank = ? AND f.id > ?)", c.Rank, c.Rank, c.ID)
		}
		q = q.Order("f.confidence_rank DESC, f.id ASC")
	case "file":
		if p.Cursor != "" {
			q = q.Where("f.path > ? OR (f.path = ? AND f.start_line > ?) OR (f.path = ? AND f.start_line = ? AND f.id > ?)",
				c.Path, c.Path, c.Line, c.Path, c.Line, c.ID)
		}
		q = q.Order("f.path ASC, f.start_line ASC, f.id ASC")
	default:
		return nil, "", errs.Invalid("invalid sort", errs.FieldError{Field: "sort", Message: "must be one of " + strings.Join(Sorts, ", ")})
	}
	var out []Finding
	if err := q.Limit(limit + 1).Find(&out).Error; err != nil {
		return nil, "", wrap("list findings", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		l := out[len(out)-1]
		rank := l.SeverityRank
		if flt.Sort == "confidence" {
			rank = l.ConfidenceRank
		}
		next = encodeCursor(findingCursor{Rank: rank, Path: l.Path, Line: l.StartLine, ID: l.ID})
	}
	return out, next, nil
}

// AllFindings returns every finding of a (for exports and comparisons),
// ordered by severity.
func (s *Store) AllFindings(ctx context.Context, a *Analysis) ([]Finding, error) {
	var out []Finding
	err := s.findingsQuery(ctx, a).Order("f.severity_rank DESC, f.path, f.start_line, f.id").Find(&out).Error
	return out, wrap("all findings", err)
}

// FindingScope is a finding with the analysis it belongs to.
type FindingScope struct {
	Finding  *Finding
	Analysis *Analysis
}

// FindingWorkspaceID returns the id of the workspace that holds finding
// id, whichever it is (to find where a link to a finding opens): the
// workspace in which Finding would return it. An id that is not a UUID,
// and a finding without its analysis, are not found.
func (s *Store) FindingWorkspaceID(ctx context.Context, id string) (string, error) {
	if _, err := parseUUID(id); err != nil {
		return "", errs.NotFound("finding")
	}
	var row struct{ WorkspaceID string }
	err := s.db.Conn(ctx).Table("analysis_findings AS f").Select("f.workspace_id").
		Joins("JOIN analyses a ON a.id = f.analysis_id AND a.workspace_id = f.workspace_id").
		Where("f.id = ?", id).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", errs.NotFound("finding")
	}
	if err != nil {
		return "", wrap("get finding workspace", err)
	}
	return row.WorkspaceID, nil
}

// Finding returns one finding of workspaceID with its analysis.
func (s *Store) Finding(ctx context.Context, workspaceID, id string) (*FindingScope, error) {
	if _, err := parseUUID(id); err != nil {
		return nil, errs.NotFound("finding")
	}
	var ids struct{ AnalysisID string }
	err := s.db.Conn(ctx).Table("analysis_findings").Select("analysis_id").Where("id = ? AND workspace_id = ?", id, workspaceID).Take(&ids).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("finding")
	}
	if err != nil {
		return nil, wrap("get finding", err)
	}
	a, err := s.Analysis(ctx, workspaceID, ids.AnalysisID)
	if err != nil {
		return nil, err
	}
	var f Finding
	if err := s.findingsQuery(ctx, a).Where("f.id = ?", id).Take(&f).Error; err != nil {
		return nil, wrap("get finding", err)
	}
	return &FindingScope{Finding: &f, Analysis: a}, nil
}

// Counts tallies an analysis' unsuppressed findings by severity, leaving
// out findings triaged as false positive, accepted risk or fixed.
func (s *Store) Counts(ctx context.Context, a *Analysis) (map[string]int, error) {
	var rows []struct {
		Severity string
		N        int
	}
	err := s.findingsQuery(ctx, a).Select("f.severity AS severity, COUNT(*) AS n").
		Where(openFindings).Group("f.severity").Scan(&rows).Error
	if err != nil {
		return nil, wrap("counts", err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.Severity] = r.N
	}
	return out, nil
}
