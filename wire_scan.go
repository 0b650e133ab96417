package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/cmem"
	"vigil/modules/analysis/scanner/deps"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/modules/analysis/scanner/secrets"
	"vigil/modules/analysis/scanner/templates"
	"vigil/platform/config"
)

// scanPasses builds the scanner passes that run after the rules, in
// `vigil scan` and in analyses alike: hard-coded secrets (gitleaks) and
// vulnerable dependencies (OSV, online and/or offline as osv configures),
// unescaped output in template files, and C/C++ use after free, double
// free and unchecked allocations.
// A pass that cannot be built still runs as one that reports why, so a
// scan never silently loses a whole class of findings.
func scanPasses(osv config.OSV) []scanner.Pass {
	// gitleaks' compiled rules hold ~11 MB of tries (more than half of an
	// idle server's heap): they are built on the first scan, so web
	// replicas, which never scan, never hold them.
	passes := []scanner.Pass{newLazyPass(secrets.PassName, func() (scanner.Pass, error) {
		return secrets.New(secrets.Options{})
	})}
	passes = append(passes, templates.New(), cmem.New())
	passes = append(passes, deps.New(deps.Options{
		URL:          osv.APIURL(),
		DatabaseFile: osv.DatabaseFile,
		Offline:      osv.Offline,
		HTTP:         &http.Client{Timeout: 60 * time.Second},
	}))
	return passes
}

// cliIsolation serves `vigil scan`: its scan workers get the dependency
// pass's settings from the usual configuration sources (configs/vigil.yaml
// when present, VIGIL_OSV_URL, VIGIL_OSV_DATABASE_FILE). The scan
// command's own --config names the scanner's .vigil.yml, not the server
// configuration, and problems with server-only settings (a database URL
// without a secret key, say) do not concern a scan: only invalid osv.*
// keys stop the dependency pass.
func cliIsolation() isolate.Options {
	cfg, err := config.Load(config.LoadOptions{})
	var probs config.Problems
	switch {
	case err == nil:
	case errors.As(err, &probs) && cfg != nil:
		var own config.Problems
		for _, p := range probs {
			if strings.HasPrefix(p.Key, "osv.") {
				own = append(own, p)
			}
		}
		if len(own) > 0 {
			return workerIsolation(config.OSV{}, fmt.Errorf("configuration: %w", own), nil)
		}
	default:
		return workerIsolation(config.OSV{}, fmt.Errorf("configuration: %w", err), nil)
	}
	return workerIsolation(cfg.OSV, nil, nil)
}

// lazyPass builds its pass on the first Run: the same pass, paid for only
// by processes that scan. A pass that cannot be built reports why on every
// run, like brokenPass.
type lazyPass struct {
	name  string
	build func() (scanner.Pass, error)
	once  sync.Once
	pass  scanner.Pass
	err   error
}

func newLazyPass(name string, build func() (scanner.Pass, error)) *lazyPass {
	return &lazyPass{name: name, build: build}
}

// Name implements scanner.Pass.
func (l *lazyPass) Name() string { return l.name }

// Run implements scanner.Pass.
func (l *lazyPass) Run(ctx context.Context, files []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	l.once.Do(func() { l.pass, l.err = l.build() })
	if l.err != nil {
		return nil, nil, l.err
	}
	return l.pass.Run(ctx, files)
}

// brokenPass stands in for a pass that could not be set up: the engine
// turns its error into an error note in the report.
type brokenPass struct {
	name string
	err  error
}

// Name implements scanner.Pass.
func (b brokenPass) Name() string { return b.name }

// Run implements scanner.Pass: it only reports the set-up error.
func (b brokenPass) Run(context.Context, []scanner.File) ([]scanner.Finding, []scanner.Note, error) {
	return nil, nil, b.err
}
