package scanner

import (
	"context"
	"sync"
)

// LazyPass builds its pass on the first Run: the same pass, paid for only
// by processes that scan (gitleaks' compiled rules hold ~11 MB, which web
// replicas that never scan should not). A pass that cannot be built
// reports why on every run, like BrokenPass.
func LazyPass(name string, build func() (Pass, error)) Pass {
	return &lazyPass{name: name, build: build}
}

type lazyPass struct {
	name  string
	build func() (Pass, error)
	once  sync.Once
	pass  Pass
	err   error
}

// Name implements Pass.
func (l *lazyPass) Name() string { return l.name }

// Run implements Pass.
func (l *lazyPass) Run(ctx context.Context, files []File) ([]Finding, []Note, error) {
	l.once.Do(func() { l.pass, l.err = l.build() })
	if l.err != nil {
		return nil, nil, l.err
	}
	return l.pass.Run(ctx, files)
}

// BrokenPass stands in for a pass that could not be set up: every Run
// returns err, which the engine turns into an error note in the report, so
// a scan never silently loses a whole class of findings.
func BrokenPass(name string, err error) Pass { return brokenPass{name: name, err: err} }

type brokenPass struct {
	name string
	err  error
}

// Name implements Pass.
func (b brokenPass) Name() string { return b.name }

// Run implements Pass: it only reports the set-up error.
func (b brokenPass) Run(context.Context, []File) ([]Finding, []Note, error) { return nil, nil, b.err }
