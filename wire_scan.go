package main

import (
	"context"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/secrets"
)

// scanPasses builds the scanner passes that run after the rules, in
// `vigil scan` and in analyses alike: hard-coded secrets (gitleaks). A pass
// that cannot be built still runs as one that reports why, so a scan never
// silently loses a whole class of findings.
func scanPasses() []scanner.Pass {
	var passes []scanner.Pass
	if p, err := secrets.New(secrets.Options{}); err != nil {
		passes = append(passes, brokenPass{name: secrets.PassName, err: err})
	} else {
		passes = append(passes, p)
	}
	return passes
}

// brokenPass stands in for a pass whose construction failed: the engine
// turns its error into an error note in the report.
type brokenPass struct {
	name string
	err  error
}

func (b brokenPass) Name() string { return b.name }

func (b brokenPass) Run(context.Context, []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	return nil, nil, b.err
}
