package analysis

import (
	"encoding/json"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
)

// Counts are open findings by severity.
type Counts struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Info     int `json:"info"`
}

// AnalysisView is an analysis as the API shows it.
type AnalysisView struct {
	ID              string     `json:"id"`
	WorkspaceID     string     `json:"workspace_id"`
	CreatedBy       string     `json:"created_by"`
	Name            string     `json:"name"`
	ProjectKey      string     `json:"project_key"`
	SourceKind      string     `json:"source_kind"`
	Tier            string     `json:"tier"`
	Options         Options    `json:"options"`
	Status          string     `json:"status"`
	Phase           string     `json:"phase"`
	FailureReason   string     `json:"failure_reason,omitempty"`
	Attempts        int        `json:"attempts"`
	QuoteMin        int64      `json:"quote_min"`
	QuoteMax        int64      `json:"quote_max"`
	CostCredits     int64      `json:"cost_credits"`
	CreditsState    string     `json:"credits_state"`
	AICostUSD       float64    `json:"ai_cost_usd"`
	AIStatus        string     `json:"ai_status"`
	AISummary       *AISummary `json:"ai_summary,omitempty"`
	FilesTotal      int        `json:"files_total"`
	FilesScanned    int        `json:"files_scanned"`
	LinesTotal      int64      `json:"lines_total"`
	LinesScanned    int64      `json:"lines_scanned"`
	Counts          Counts     `json:"counts"`
	Score           *int       `json:"score"`
	Grade           string     `json:"grade"`
	ScoreMethod     string     `json:"score_method"`
	Notes           []string   `json:"notes"`
	SourceRetained  bool       `json:"source_retained"`
	SourceDeletedAt *time.Time `json:"source_deleted_at,omitempty"`
	Retention       string     `json:"retention"`
	CreatedAt       time.Time  `json:"created_at"`
	StartedAt       *time.Time `json:"started_at,omitempty"`
	FinishedAt      *time.Time `json:"finished_at,omitempty"`
	// PDFExport says whether this server can print the PDF report (set
	// once the analysis has completed), and why not when it cannot.
	PDFExport *ExportAvailability `json:"pdf_export,omitempty"`
}

// ExportAvailability says whether an export format can be produced here.
type ExportAvailability struct {
	Available bool `json:"available"`
	// Reason says why not (empty when available).
	Reason string `json:"reason,omitempty"`
}

func (s *Service) view(a *store.Analysis) AnalysisView {
	var opts Options
	_ = json.Unmarshal([]byte(a.Options), &opts)
	opts.AIBudgetUSD = 0
	notes := a.NoteList()
	if notes == nil {
		notes = []string{}
	}
	retention := "The uploaded source is deleted as soon as the analysis finishes; the report keeps only the code snippets of its findings, with a few lines of context around each."
	if d := s.d.Config.RetentionDays; d > 0 {
		retention = "The uploaded source is kept for " + scanner.Count(d, "day", "days") + " after the analysis, then deleted; the report keeps only the code snippets of its findings, with a few lines of context around each."
	}
	return AnalysisView{
		ID: a.ID, WorkspaceID: a.WorkspaceID, CreatedBy: a.CreatedBy, Name: a.Name, ProjectKey: a.ProjectKey,
		SourceKind: a.SourceKind, Tier: a.Tier, Options: opts, Status: string(a.Status), Phase: a.Phase,
		FailureReason: a.FailureReason, Attempts: a.Attempts, QuoteMin: a.QuoteMin, QuoteMax: a.QuoteMax,
		CostCredits: a.CostCredits, CreditsState: a.CreditsState, AICostUSD: a.AICostUSD, AIStatus: a.AIStatus,
		FilesTotal: a.FilesTotal, FilesScanned: a.FilesScanned, LinesTotal: a.LinesTotal, LinesScanned: a.LinesScanned,
		Counts: Counts{Critical: a.CountCritical, High: a.CountHigh, Medium: a.CountMedium, Low: a.CountLow, Info: a.CountInfo},
		Score:  a.Score, Grade: a.Grade, ScoreMethod: ScoreMethod, Notes: notes,
		SourceRetained: a.SourceDeletedAt == nil && a.SourceBlob != "", SourceDeletedAt: a.SourceDeletedAt, Retention: retention,
		CreatedAt: a.CreatedAt, StartedAt: a.StartedAt, FinishedAt: a.FinishedAt, AISummary: decodeSummary(a.AISummary),
		PDFExport: s.pdfExport(a.Status),
	}
}

// pdfExport says, for a completed analysis, whether the PDF report can be
// printed: it needs Chromium on the server (checked on each view, so
// installing it needs no restart).
func (s *Service) pdfExport(st store.Status) *ExportAvailability {
	if st != store.StatusCompleted {
		return nil
	}
	if _, err := s.chromium(); err != nil {
		return &ExportAvailability{Reason: "PDF export is off: this server has no Chromium to print it. Download the HTML report and print it from your browser."}
	}
	return &ExportAvailability{Available: true}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// FindingView is a finding as the API shows it.
type FindingView struct {
	ID          string           `json:"id"`
	AnalysisID  string           `json:"analysis_id"`
	Fingerprint string           `json:"fingerprint"`
	RuleID      string           `json:"rule_id"`
	Kind        string           `json:"kind"`
	Title       string           `json:"title"`
	Message     string           `json:"message"`
	Severity    string           `json:"severity"`
	Confidence  string           `json:"confidence"`
	CWE         []string         `json:"cwe"`
	OWASP       []string         `json:"owasp"`
	Location    scanner.Location `json:"location"`
	Snippet     string           `json:"snippet"`
	// Context is the source around the matched lines (null for secrets
	// and findings stored before context was kept).
	Context     *scanner.Context    `json:"context"`
	Trace       []scanner.TraceStep `json:"trace"`
	Remediation string              `json:"remediation"`
	References  []string            `json:"references"`
	// Extra holds the finding's short details, as in a FindingListItem
	// (never null).
	Extra       map[string]string    `json:"extra" openapi:"nonnull"`
	Suppression *scanner.Suppression `json:"suppression,omitempty"`
	AI          *AIView              `json:"ai"`
	Triage      TriageView           `json:"triage"`
	History     []TriageHistoryView  `json:"history,omitempty"`
}

// findingJSON is a FindingView as a findings page writes it: the trace,
// references, extra details and context are the stored JSON columns,
// written through instead of decoded and re-encoded (they shadow the
// typed fields, which stay empty).
type findingJSON struct {
	FindingView
	Trace      json.RawMessage `json:"trace"`
	References json.RawMessage `json:"references"`
	Extra      json.RawMessage `json:"extra"`
	Context    json.RawMessage `json:"context"`
}

// rawJSON is a stored JSON column, or fallback when it is empty or null.
func rawJSON(col, fallback string) json.RawMessage {
	if col == "" || col == "null" {
		return json.RawMessage(fallback)
	}
	return json.RawMessage(col)
}

// FindingListItem is a finding as the findings list shows it by default:
// what a table of findings, its filters, grouping and bulk triage need.
// The heavy fields of a FindingView (context, trace, remediation,
// references, the AI's explanation and fix) are left out: GET
// /findings/{id} has them, and so does the list with include=details
// (its items are then FindingViews). Field names are a FindingView's.
type FindingListItem struct {
	ID          string           `json:"id"`
	AnalysisID  string           `json:"analysis_id"`
	Fingerprint string           `json:"fingerprint"`
	RuleID      string           `json:"rule_id"`
	Kind        string           `json:"kind"`
	Title       string           `json:"title"`
	Message     string           `json:"message"`
	Severity    string           `json:"severity"`
	Confidence  string           `json:"confidence"`
	CWE         []string         `json:"cwe"`
	OWASP       []string         `json:"owasp"`
	Location    scanner.Location `json:"location"`
	// Extra holds the finding's short details, the same in the list (both
	// shapes) and in GET /findings/{id}: always an object ({} when there
	// are none, never null), with the scanner's details (e.g. ai_model,
	// ai_provider, original_severity, also_matched) and file_kind (the
	// kind of file it is in: production, test, example, docs, benchmark or
	// vendored; absent for findings stored before files were classified).
	Extra       map[string]string    `json:"extra" openapi:"nonnull"`
	Suppression *scanner.Suppression `json:"suppression,omitempty"`
	// AI is the AI's verdict and model, without its explanation and fix.
	AI     *AIVerdictView `json:"ai"`
	Triage TriageView     `json:"triage"`
}

// AIVerdictView is the part of an AIView a list of findings carries.
type AIVerdictView struct {
	Verdict string `json:"verdict"`
	Model   string `json:"model"`
}

// listItemJSON is a FindingListItem as a findings page writes it: the
// extra details are the stored JSON column, passed through.
type listItemJSON struct {
	FindingListItem
	Extra json.RawMessage `json:"extra"`
}

// findingListItem is the lean list item of a stored finding.
func findingListItem(f *store.Finding) listItemJSON {
	v := FindingListItem{
		ID: f.ID, AnalysisID: f.AnalysisID, Fingerprint: f.Fingerprint, RuleID: f.RuleID, Kind: f.Kind, Title: f.Title,
		Message: f.Message, Severity: f.Severity, Confidence: f.Confidence, CWE: nonNil(f.CWEs()), OWASP: nonNil(f.OWASPs()),
		Location: scanner.Location{Path: f.Path, StartLine: f.StartLine, StartColumn: f.StartColumn, EndLine: f.EndLine, EndColumn: f.EndColumn},
		Triage:   TriageView{State: f.TriageState, Reason: f.TriageReason},
	}
	if f.SuppressionKind != "" {
		v.Suppression = &scanner.Suppression{Kind: f.SuppressionKind, Justification: f.SuppressionReason}
	}
	if f.AIVerdict != "" || f.AIFixDiff != "" {
		v.AI = &AIVerdictView{Verdict: f.AIVerdict, Model: f.AIModel}
	}
	extra, _ := f.ExtraParts()
	return listItemJSON{FindingListItem: v, Extra: extra}
}

// findingPageView is findingView for pages of findings: the JSON columns
// are passed through instead of decoded.
func findingPageView(f *store.Finding) findingJSON {
	v := FindingView{
		ID: f.ID, AnalysisID: f.AnalysisID, Fingerprint: f.Fingerprint, RuleID: f.RuleID, Kind: f.Kind, Title: f.Title,
		Message: f.Message, Severity: f.Severity, Confidence: f.Confidence, CWE: nonNil(f.CWEs()), OWASP: nonNil(f.OWASPs()),
		Location: scanner.Location{Path: f.Path, StartLine: f.StartLine, StartColumn: f.StartColumn, EndLine: f.EndLine, EndColumn: f.EndColumn},
		Snippet:  f.Snippet, Remediation: f.Remediation, Triage: TriageView{State: f.TriageState, Reason: f.TriageReason},
	}
	if f.SuppressionKind != "" {
		v.Suppression = &scanner.Suppression{Kind: f.SuppressionKind, Justification: f.SuppressionReason}
	}
	if f.AIVerdict != "" || f.AIFixDiff != "" {
		v.AI = &AIView{Verdict: f.AIVerdict, Explanation: f.AIExplanation, Model: f.AIModel, FixDiff: f.AIFixDiff}
	}
	extra, ctx := f.ExtraParts()
	return findingJSON{FindingView: v, Trace: rawJSON(f.Trace, "[]"), References: rawJSON(f.Refs, "[]"), Extra: extra, Context: ctx}
}

// AIView is cortex's opinion, always with the model that produced it.
type AIView struct {
	Verdict     string `json:"verdict"`
	Explanation string `json:"explanation"`
	Model       string `json:"model"`
	FixDiff     string `json:"fix_diff"`
}

// TriageView is the decision in force for the finding's fingerprint.
type TriageView struct {
	State  string `json:"state"`
	Reason string `json:"reason"`
}

// TriageHistoryView is one audit entry.
type TriageHistoryView struct {
	From    string    `json:"from"`
	To      string    `json:"to"`
	Reason  string    `json:"reason"`
	ActorID string    `json:"actor_id"`
	At      time.Time `json:"at"`
}

func findingView(f *store.Finding) FindingView {
	sf := f.Scanner()
	v := FindingView{
		ID: f.ID, AnalysisID: f.AnalysisID, Fingerprint: f.Fingerprint, RuleID: f.RuleID, Kind: f.Kind, Title: f.Title,
		Message: f.Message, Severity: f.Severity, Confidence: f.Confidence, CWE: nonNil(sf.CWE), OWASP: nonNil(sf.OWASP),
		Location: sf.Location, Snippet: f.Snippet, Context: sf.Context, Trace: sf.Trace, Remediation: f.Remediation, References: nonNil(sf.References),
		Extra: f.ExtraDetails(), Triage: TriageView{State: f.TriageState, Reason: f.TriageReason},
	}
	if v.Trace == nil {
		v.Trace = []scanner.TraceStep{}
	}
	if f.SuppressionKind != "" {
		v.Suppression = &scanner.Suppression{Kind: f.SuppressionKind, Justification: f.SuppressionReason}
	}
	if f.AIVerdict != "" || f.AIFixDiff != "" {
		v.AI = &AIView{Verdict: f.AIVerdict, Explanation: f.AIExplanation, Model: f.AIModel, FixDiff: f.AIFixDiff}
	}
	return v
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
