package analysis

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
)

// DefaultProgressEvery is how often a running scan reports its file count.
const DefaultProgressEvery = 250 * time.Millisecond

// scanProgress turns the scanner's per-file callback into throttled
// progress events: the callback only stores the latest numbers; a ticker
// emits a "scanning" event when they changed, at most once per interval,
// and updates the analysis' files_scanned so GET /analyses/{id} agrees.
type scanProgress struct {
	s    *Service
	a    *store.Analysis
	last atomic.Pointer[scanner.Progress]
	stop chan struct{}
	wg   sync.WaitGroup
}

// startProgress starts the reporter; stop it (before the next phase's
// event, so events stay in order) with halt.
func (s *Service) startProgress(ctx context.Context, a *store.Analysis) *scanProgress {
	p := &scanProgress{s: s, a: a, stop: make(chan struct{})}
	every := s.progressEvery
	if every <= 0 {
		every = DefaultProgressEvery
	}
	p.wg.Add(1)
	go p.run(ctx, every)
	return p
}

// observe is the scanner's Progress callback.
func (p *scanProgress) observe(pr scanner.Progress) { p.last.Store(&pr) }

func (p *scanProgress) run(ctx context.Context, every time.Duration) {
	defer p.wg.Done()
	ticks := p.s.progressTicks
	if ticks == nil {
		t := time.NewTicker(every)
		defer t.Stop()
		ticks = t.C
	}
	sent := -1
	for {
		select {
		case <-p.stop:
			return
		case <-ctx.Done():
			return
		case <-ticks:
			sent = p.report(ctx, sent)
			if p.s.progressTicked != nil {
				p.s.progressTicked()
			}
		}
	}
}

// report emits the latest numbers when they differ from the ones last
// sent, and returns the count now sent.
func (p *scanProgress) report(ctx context.Context, sent int) int {
	pr := p.last.Load()
	if pr == nil || pr.FilesScanned == sent {
		return sent
	}
	// The writes concern this analysis only: the version cache forgets
	// nothing else (see scopedTo).
	ctx = scopedTo(ctx, p.a.WorkspaceID, p.a.ID)
	// A failed write only costs one progress update; the run goes on.
	if err := p.s.store.Update(ctx, p.a.ID, map[string]any{"files_scanned": pr.FilesScanned}); err != nil {
		p.s.log.Warn("progress update", "analysis_id", p.a.ID, "error", err)
		return sent
	}
	if _, err := p.s.emit(ctx, p.a.ID, progress{Phase: "scanning", Status: string(store.StatusRunning), FilesScanned: pr.FilesScanned,
		FilesTotal: p.a.FilesTotal, Findings: pr.Findings}); err != nil {
		p.s.log.Warn("progress event", "analysis_id", p.a.ID, "error", err)
	}
	return pr.FilesScanned
}

// halt stops the reporter and waits until it has.
func (p *scanProgress) halt() {
	close(p.stop)
	p.wg.Wait()
}
