package isolate

import (
	"vigil/modules/analysis/scanner"
)

// Request is what the parent writes on the worker's standard input: one
// JSON document, then end of file.
type Request struct {
	// Root is the directory (or single file) to scan.
	Root string `json:"root"`
	// Config replaces Root's .vigil.yml when set; ConfigPath names a
	// config file instead.
	Config     *scanner.Config `json:"config,omitempty"`
	ConfigPath string          `json:"config_path,omitempty"`
	// RulesDir adds a directory of rules to the built-in ones.
	RulesDir string `json:"rules_dir,omitempty"`
	// Models are directories of model packs added to the built-in ones
	// (scanner.Options.Models); the worker may read them.
	Models      []string `json:"models,omitempty"`
	Workers     int      `json:"workers,omitempty"`
	MaxFileSize int64    `json:"max_file_size,omitempty"`
	NoGitignore bool     `json:"no_gitignore,omitempty"`
	// Quality also runs the code-quality rules (off by default).
	Quality bool `json:"quality,omitempty"`
	// Skip names files (relative, slash-separated) not to parse, with the
	// reason the report gives: files that crashed or stalled an earlier
	// worker.
	Skip map[string]string `json:"skip,omitempty"`
}

// message is one line the worker writes on the protocol pipe. Exactly one
// field is set.
type message struct {
	// Sandbox lists the protections the worker runs under (and those it
	// could not apply), once, first.
	Sandbox *Sandbox `json:"sandbox,omitempty"`
	// Start and Done bracket the parsing of one file: the parent knows
	// which files were in flight when a worker died.
	Start string `json:"start,omitempty"`
	Done  string `json:"done,omitempty"`
	// Progress is the scan's progress after a file.
	Progress *scanner.Progress `json:"progress,omitempty"`
	// Result ends a successful scan; RuleIDs are its active rules (Result
	// does not carry them in JSON).
	Result  *scanner.Result `json:"result,omitempty"`
	RuleIDs []string        `json:"rule_ids,omitempty"`
	// Error ends a scan that failed without crashing (bad config, say).
	Error string `json:"error,omitempty"`
}

// Sandbox reports which protections a worker applied. Unavailable ones
// are named with the reason, so operators see the fallback in the logs.
type Sandbox struct {
	Applied     []string `json:"applied"`
	Unavailable []string `json:"unavailable,omitempty"`
}
