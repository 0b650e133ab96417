package main

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
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
	passes := []scanner.Pass{scanner.LazyPass(secrets.PassName, func() (scanner.Pass, error) {
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
