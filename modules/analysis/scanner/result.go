package scanner

import (
	"context"
	"io/fs"
)

// Result is the outcome of one scan.
type Result struct {
	Findings    []Finding   `json:"findings"`
	Stats       Stats       `json:"stats"`
	Skipped     []Skip      `json:"skipped"`
	ParseErrors []FileError `json:"parse_errors"`
	Notes       []Note      `json:"notes"`
	// SecretLocations are the spans of every value a secrets pass or a
	// credential rule matched (locations, never the values), so a later
	// stage that shows the same files (cortex's prompts) can read the
	// values back from the tree and mask them too (SecretValues). They
	// survive serialisation, unlike Finding.Redact.
	SecretLocations []Location `json:"secret_locations,omitempty"`
	// Rules are the rules that ran (for exporters that describe them, e.g. SARIF).
	Rules []*Rule `json:"-"`
}

// Stats describes what a scan covered.
type Stats struct {
	FilesSeen      int                  `json:"files_seen"`
	FilesScanned   int                  `json:"files_scanned"` // files parsed and run through rules
	Lines          int                  `json:"lines"`
	Bytes          int64                `json:"bytes"`
	Languages      map[string]LangStats `json:"languages"`
	DurationMS     int64                `json:"duration_ms"`
	SkippedBy      map[string]int       `json:"skipped_by_reason"`
	RulesRun       int                  `json:"rules_run"`
	Suppressed     int                  `json:"suppressed"`
	BelowThreshold int                  `json:"below_threshold"`
	// Merged counts findings folded into another that reports the same
	// weakness (a shared CWE) on the same line: several rules or passes,
	// one finding (see mergeOverlaps).
	Merged int `json:"merged"`
	// HiddenNonProduction counts findings in tests, examples, docs,
	// benchmarks and vendored code left out of this report (the CLI's
	// default without --include-tests).
	HiddenNonProduction int            `json:"hidden_non_production,omitempty"`
	BySeverity          map[string]int `json:"by_severity"`
}

// LangStats counts files and lines per language.
type LangStats struct {
	Files int `json:"files"`
	Lines int `json:"lines"`
}

// Skip is a file or directory the scan did not analyse, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// FileError is a problem met while analysing a file that was (partly) scanned
// or abandoned: syntax errors, time budget exhausted, invalid UTF-8.
type FileError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Note is a scan-level message, e.g. a pass that could not run.
type Note struct {
	Pass    string `json:"pass"`
	Level   string `json:"level"` // info | warning | error
	Message string `json:"message"`
}

// File is a file handed to passes: every walked file that was not skipped.
type File struct {
	Path     string // slash-separated, relative to the root
	AbsPath  string // on-disk path, "" when scanning an fs.FS without one
	Language string // "" when no rule front end handles it
	Size     int64
	fsys     fs.FS
}

// ReadFile returns the file's content.
func (f File) ReadFile() ([]byte, error) { return fs.ReadFile(f.fsys, f.Path) }

// Pass is an extra analysis run over the walked files after the rule engine:
// secrets (scanner/secrets) and dependencies (scanner/deps) implement it. A
// pass that cannot do its job returns a Note saying so, never silence.
type Pass interface {
	Name() string
	Run(ctx context.Context, files []File) ([]Finding, []Note, error)
}
