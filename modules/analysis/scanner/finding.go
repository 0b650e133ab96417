// Package scanner is Vigil's static analysis engine: a pure library with no
// database, network or LLM. It walks a source tree, parses it into syntax
// trees, runs declarative rules, taint tracking, secret detection and
// dependency checks, and returns findings with stable fingerprints.
//
// The Finding type below is a contract shared with cortex, the analysis
// service and the exporters: fields may be added, never renamed or removed.
package scanner

// Severity ranks how bad a finding is. Ordered: Info < Low < Medium < High < Critical.
type Severity string

// Severities, lowest first.
const (
	SeverityInfo     Severity = "info"
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Rank returns 0 (info) to 4 (critical), or -1 for an unknown severity.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 0
	case SeverityLow:
		return 1
	case SeverityMedium:
		return 2
	case SeverityHigh:
		return 3
	case SeverityCritical:
		return 4
	}
	return -1
}

// Confidence says how sure the engine is that a finding is real.
type Confidence string

// Confidences, lowest first.
const (
	ConfidenceLow    Confidence = "low"
	ConfidenceMedium Confidence = "medium"
	ConfidenceHigh   Confidence = "high"
)

// Kind says which part of the engine produced a finding.
type Kind string

// Finding kinds.
const (
	KindRule       Kind = "rule"       // a structural rule matched
	KindTaint      Kind = "taint"      // untrusted data reached a sink
	KindSecret     Kind = "secret"     // a hard-coded credential
	KindDependency Kind = "dependency" // a vulnerable third-party package
	KindAI         Kind = "ai"         // raised by cortex's review (never by the scanner itself)
)

// Location is a span in a file. Lines and columns are 1-based; EndColumn is
// exclusive. Path is slash-separated and relative to the scanned root.
type Location struct {
	Path        string `json:"path"`
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
}

// TraceStep is one hop of a data flow from source to sink.
type TraceStep struct {
	Location Location `json:"location"`
	// Kind is "source", "step", "call", "return" or "sink".
	Kind    string `json:"kind"`
	Message string `json:"message"`
	Snippet string `json:"snippet,omitempty"`
}

// Suppression records why a finding is not counted against the code.
type Suppression struct {
	// Kind is "inline" (a vigil:ignore comment), "config" (.vigil.yml) or
	// "triage" (a decision made in the web app).
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

// Finding is one reported problem.
type Finding struct {
	RuleID     string     `json:"rule_id"`
	Kind       Kind       `json:"kind"`
	Title      string     `json:"title"`
	Message    string     `json:"message"`
	Severity   Severity   `json:"severity"`
	Confidence Confidence `json:"confidence"`
	CWE        []string   `json:"cwe,omitempty"`   // e.g. "CWE-89"
	OWASP      []string   `json:"owasp,omitempty"` // e.g. "A03:2021-Injection"
	Location   Location   `json:"location"`
	// Snippet is the source text of the matched lines (secrets masked).
	Snippet     string      `json:"snippet"`
	Trace       []TraceStep `json:"trace,omitempty"`
	Remediation string      `json:"remediation,omitempty"`
	References  []string    `json:"references,omitempty"`
	// Fingerprint is stable across unrelated edits and line shifts: it
	// hashes the rule, the file path and the normalised matched code (plus
	// an occurrence index), never line numbers.
	Fingerprint string       `json:"fingerprint"`
	Suppression *Suppression `json:"suppression,omitempty"`
	// Extra holds kind-specific details (package name and versions for
	// dependency findings, the secret's rule for secrets, ...).
	Extra map[string]string `json:"extra,omitempty"`
	// Context is the source around the matched lines, so a report can
	// show them in place. Never set for secrets (the lines around a
	// credential may hold more of it).
	Context *Context `json:"context,omitempty"`
	// FileKind says what the finding's file is for (production, test,
	// example, docs, benchmark, vendored). Findings outside production
	// code are lowered (see Extra["original_severity"]) and hidden by
	// default in the CLI and the app.
	FileKind FileKind `json:"file_kind,omitempty"`
	// Redact lists values that must appear in no output (the secrets a
	// pass found): once every pass has run, the engine replaces them in
	// the text of all findings, rule findings on the same line included,
	// and clears the list. Never serialised.
	Redact []Redaction `json:"-"`
}

// ContextLines is how many lines before and after the matched lines a
// finding's Context keeps.
const ContextLines = 3

// Context is a window of the file around a finding: Lines[i] is line
// StartLine+i, and the window includes the matched lines (Location's
// StartLine to EndLine, at most the snippet's 10).
type Context struct {
	StartLine int      `json:"start_line"`
	Lines     []string `json:"lines"`
}

// Redaction replaces a secret value by its masked form.
type Redaction struct {
	Value string
	Mask  string
	// At is where the value is in the scanned tree (the span of the value
	// itself), recorded in Result.SecretLocations; zero when unknown.
	At Location
}
