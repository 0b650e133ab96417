package analysis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/errs"
	"vigil/platform/jobs"
)

// RunArgs is the durable job that runs one analysis.
type RunArgs struct {
	AnalysisID string `json:"analysis_id"`
}

// Kind implements jobs.Args.
func (RunArgs) Kind() string { return "analysis_run" }

// RecoverArgs is the periodic sweep that requeues or fails analyses whose
// worker died, and deletes expired sources.
type RecoverArgs struct{}

// Kind implements jobs.Args.
func (RecoverArgs) Kind() string { return "analysis_recover" }

// Jobs registers the analysis worker and the recovery sweep.
func (s *Service) Jobs(r *jobs.Runner) error {
	if err := jobs.Register(r, func(ctx context.Context, j jobs.Job[RunArgs]) error {
		return s.Run(ctx, j.Args.AnalysisID)
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[RecoverArgs]) error {
		return s.Recover(ctx)
	}); err != nil {
		return err
	}
	return r.Periodic(30*time.Second, RecoverArgs{}, true)
}

// progress is the payload of a progress event (and of the SSE stream).
type progress struct {
	Phase        string `json:"phase"`
	Status       string `json:"status"`
	FilesScanned int    `json:"files_scanned"`
	FilesTotal   int    `json:"files_total"`
	Findings     int    `json:"findings"`
	CostCredits  int64  `json:"cost_credits"`
	Message      string `json:"message,omitempty"`
}

func (s *Service) emit(ctx context.Context, analysisID string, p progress) (*store.Event, error) {
	b, _ := json.Marshal(p)
	ev, err := s.store.AppendEvent(ctx, analysisID, p.Phase, string(b))
	if err == nil && s.d.Events != nil {
		// In a transaction PostgreSQL delivers this on commit. A lost
		// notification only delays readers until their next poll.
		if nerr := s.d.Events.Publish(ctx, eventsTopic(analysisID)); nerr != nil {
			s.log.Warn("notify progress", "analysis_id", analysisID, "error", nerr)
		}
	}
	return ev, err
}

// eventsTopic is the notify topic of one analysis's progress events.
func eventsTopic(analysisID string) string { return "analysis:" + analysisID }

// errCanceled stops a run whose analysis was canceled meanwhile.
var errCanceled = errors.New("analysis canceled")

// Run executes one analysis: claim it (queued → running), unpack its
// source into a private temp dir, scan, run the AI pass for the AI tiers,
// store findings, settle credits and finish. Deterministic failures (a
// source that cannot be unpacked or scanned) fail the analysis and release
// its credits; database trouble returns an error so the job is retried.
// A worker that dies is caught by Recover.
func (s *Service) Run(ctx context.Context, analysisID string) error {
	a, err := s.store.AnalysisByID(ctx, analysisID)
	if errors.Is(err, errs.ErrNotFound) {
		return nil // deleted meanwhile
	}
	if err != nil {
		return err
	}
	if a.Status != store.StatusQueued {
		return nil // another worker has it, or it is finished
	}
	started := time.Now().UTC()
	err = s.store.Transition(ctx, a.ID, []store.Status{store.StatusQueued}, store.StatusRunning,
		map[string]any{"attempts": a.Attempts + 1, "started_at": started, "phase": "unpacking"})
	if errors.Is(err, errs.ErrConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	a.Attempts++
	a.Status = store.StatusRunning
	a.StartedAt = &started
	ctx, span := startSpan(ctx, "analysis.run", attribute.String("analysis.id", a.ID),
		attribute.String("analysis.tier", a.Tier), attribute.Int("analysis.attempt", a.Attempts))
	defer span.End()
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	done := make(chan struct{})
	defer close(done)
	// The heartbeat polls every second: its queries stay out of the trace.
	go s.beat(trace.ContextWithSpanContext(runCtx, trace.SpanContext{}), cancel, a.ID, done)

	res, err := s.pipeline(runCtx, a)
	if err != nil {
		span.RecordError(err)
	}
	switch {
	case errors.Is(context.Cause(runCtx), errCanceled):
		return nil // Cancel released the credits and recorded the event
	case err != nil && ctx.Err() != nil:
		return s.interrupted(ctx, a, err)
	case err == nil:
		return s.complete(ctx, a, res)
	case errs.KindOf(err) != "" || errors.Is(err, errPipeline):
		return s.fail(ctx, a, err.Error())
	default:
		// Transient trouble: give the attempt back (or fail the last one).
		s.log.Warn("analysis attempt failed", "analysis_id", a.ID, "attempt", a.Attempts, "error", err)
		requeued, rerr := s.requeue(ctx, a, requeueing{message: "the attempt failed; the analysis was queued again", lastAttempt: lastAttemptFailed})
		if !requeued {
			return rerr // failed for good (or could not be)
		}
		return errors.Join(err, rerr) // the job is retried
	}
}

// Failure reasons of an analysis whose last attempt ended without an answer.
const (
	lastAttemptFailed   = "the analysis failed after several attempts; no credits were charged"
	lastAttemptStranded = "the analysis worker stopped repeatedly; no credits were charged"
)

// requeueing says how requeue gives an attempt back.
type requeueing struct {
	// message is the "retrying" progress event's.
	message string
	// lastAttempt is the failure reason when the attempt was the last.
	lastAttempt string
	// refund gives the attempt back (a shutdown's interruption): it does
	// not count towards MaxAttempts.
	refund bool
	// seen, when set, requeues only an analysis still unchanged since
	// that updated_at (Recover's guard against a worker that came back);
	// otherwise any running analysis.
	seen *time.Time
	// enqueue adds a new run job (Recover: the old one is gone); otherwise
	// the caller's job is retried.
	enqueue bool
}

// requeue queues a running analysis again after an attempt that ended
// without an answer (transient trouble, an interrupted job, a worker that
// stopped beating), with a "retrying" progress event in the same
// transaction, its credits still held; or fails it, releasing them, when
// that was its last attempt (requeued is false, err is fail's). It is the
// only way an analysis goes from running back to queued. ErrConflict: the
// analysis was no longer running (or, with seen, had changed).
func (s *Service) requeue(ctx context.Context, a *store.Analysis, r requeueing) (requeued bool, err error) {
	if !r.refund && a.Attempts >= MaxAttempts {
		return false, s.fail(ctx, a, r.lastAttempt)
	}
	return true, s.writeTx(ctx, func(ctx context.Context) error {
		var err error
		if r.seen != nil {
			err = s.store.Requeue(ctx, a.ID, *r.seen)
		} else {
			fields := map[string]any{"phase": "retrying"}
			if r.refund {
				fields["attempts"] = a.Attempts - 1
			}
			err = s.store.Transition(ctx, a.ID, []store.Status{store.StatusRunning}, store.StatusQueued, fields)
		}
		if err != nil {
			return err
		}
		if _, err := s.emit(ctx, a.ID, progress{Phase: "retrying", Status: string(store.StatusQueued), FilesTotal: a.FilesTotal, Message: r.message}); err != nil {
			return err
		}
		if r.enqueue {
			return s.d.Jobs.Enqueue(ctx, RunArgs{AnalysisID: a.ID}, jobs.MaxAttempts(MaxAttempts))
		}
		return nil
	})
}

// interrupted gives back an analysis whose job context ended mid-run (the
// shutdown's drain timeout, or the job's own timeout) at once, instead of
// leaving it running until Recover finds its heartbeat stale: queued
// again with a progress event, its credits still held (the run that
// completes it settles them once). An interruption by the shutdown spends
// no attempt and the job is available again at once (jobs.Stopping); a
// timed-out last attempt fails like any other.
func (s *Service) interrupted(ctx context.Context, a *store.Analysis, cause error) error {
	shutdown := jobs.Stopping(ctx)
	// ctx is over: the bookkeeping gets a few seconds of its own.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	r := requeueing{message: "the analysis took too long on one worker; it was queued again", lastAttempt: lastAttemptFailed}
	if shutdown {
		r.message, r.refund = "the server restarted; the analysis was queued again", true
	}
	if requeued, err := s.requeue(dctx, a, r); !requeued || (err != nil && !errors.Is(err, errs.ErrConflict)) {
		return errors.Join(cause, err) // failed for good, or could not requeue
	}
	s.log.Info("analysis interrupted and queued again", "analysis_id", a.ID, "shutdown", shutdown)
	return fmt.Errorf("analysis interrupted: %w", cause)
}

// beat keeps updated_at fresh while the run lives (so Recover can tell a
// dead worker from a slow one) and cancels the run, which kills its scan
// worker, within cancelPoll of the analysis being canceled.
func (s *Service) beat(ctx context.Context, cancel context.CancelCauseFunc, id string, done <-chan struct{}) {
	poll := min(s.cancelPoll, s.heartbeat)
	if poll <= 0 {
		poll = s.heartbeat
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	lastBeat := time.Now()
	for {
		select {
		case <-done:
			return
		case <-ctx.Done():
			return
		case now := <-t.C:
			a, err := s.store.AnalysisByID(ctx, id)
			if err == nil && a.Status != store.StatusRunning {
				cancel(errCanceled)
				return
			}
			if err == nil && now.Sub(lastBeat) >= s.heartbeat {
				_ = s.store.Update(scopedTo(ctx, a.WorkspaceID, id), id, map[string]any{})
				lastBeat = now
			}
		}
	}
}

// errPipeline marks deterministic failures of the analysed source.
var errPipeline = errors.New("analysis failed")

type runResult struct {
	scan     *scanner.Result
	ai       *cortex.Report
	rows     []store.Finding
	counts   map[string]int
	aiStatus string
	notes    []string
	// aiOwn: the AI pass ran on the workspace's own keys (not charged).
	aiOwn bool
}

func (s *Service) phase(ctx context.Context, a *store.Analysis, p progress) error {
	if err := context.Cause(ctx); err != nil {
		return err
	}
	p.Status = string(store.StatusRunning)
	if p.FilesTotal == 0 {
		p.FilesTotal = a.FilesTotal
	}
	if err := s.store.Update(scopedTo(ctx, a.WorkspaceID, a.ID), a.ID, map[string]any{"phase": p.Phase}); err != nil {
		return err
	}
	if _, err := s.emit(ctx, a.ID, p); err != nil {
		return err
	}
	if s.phaseHook != nil {
		s.phaseHook(p.Phase)
	}
	return nil
}

func (s *Service) pipeline(ctx context.Context, a *store.Analysis) (*runResult, error) {
	var opts Options
	_ = json.Unmarshal([]byte(a.Options), &opts)
	if err := s.phase(ctx, a, progress{Phase: "unpacking"}); err != nil {
		return nil, err
	}
	bctx, bspan := startSpan(ctx, "analysis.fetch_source")
	bundle, err := s.d.Blobs.Get(bctx, a.SourceBlob)
	endSpan(bspan, err)
	if errors.Is(err, errs.ErrNotFound) {
		return nil, fmt.Errorf("%w: the uploaded source is no longer available", errPipeline)
	}
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "vigil-analysis-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	_, uspan := startSpan(ctx, "analysis.unpack")
	_, err = intake.Unpack(bundle, dir, s.limits)
	endSpan(uspan, err)
	if err != nil {
		return nil, fmt.Errorf("%w: the source could not be unpacked: %v", errPipeline, err)
	}
	if err := s.phase(ctx, a, progress{Phase: "scanning"}); err != nil {
		return nil, err
	}
	cfg := &scanner.Config{Exclude: opts.Exclude}
	// the analysis's own settings replace the repository's .vigil.yml,
	// but its model packs (models:, directories inside the upload) apply
	if cfg.Models, err = scanner.RepoModels(dir); err != nil {
		return nil, fmt.Errorf("%w: %v", errPipeline, err)
	}
	if !opts.IncludeTests {
		cfg.Exclude = append(cfg.Exclude, testGlobs...)
	}
	sp := s.startProgress(ctx, a)
	sctx, sspan := startSpan(ctx, "analysis.scan")
	res, err := s.d.Scanner.Scan(sctx, isolate.Request{Root: dir, Config: cfg}, sp.observe)
	if err == nil {
		sspan.SetAttributes(attribute.Int("scan.files", res.Stats.FilesScanned), attribute.Int("scan.lines", res.Stats.Lines),
			attribute.Int("scan.findings", len(res.Findings)))
	}
	endSpan(sspan, err)
	sp.halt()
	if err != nil {
		if cerr := context.Cause(ctx); cerr != nil {
			return nil, cerr
		}
		return nil, fmt.Errorf("%w: the scanner stopped: %v", errPipeline, err)
	}
	out := &runResult{scan: res}
	for _, n := range res.Notes {
		out.notes = append(out.notes, n.Pass+": "+n.Message)
	}
	named := parserSkips(res.Skipped)
	if note := skippedNote(res.Skipped, opts.IncludeTests); note != "" {
		out.notes = append(out.notes, note)
	}
	out.notes = append(out.notes, named...)
	verdicts := map[string]*store.AI{}
	var fixModels map[string]string
	if a.Tier != TierStatic {
		pass, err := s.aiFor(ctx, a.WorkspaceID)
		if err != nil {
			return nil, err
		}
		out.notes = append(out.notes, pass.notes...)
		if !pass.configured() {
			out.aiStatus = "not_configured"
			out.notes = append(out.notes, "AI review not configured: static rules only. An operator enables it with VIGIL_AI_PROVIDERS, or a workspace admin adds the workspace's own provider key in the workspace settings.")
		} else {
			out.aiOwn = pass.own
			if pass.own {
				out.notes = append(out.notes, ownKeysNote)
			}
			if err := s.phase(ctx, a, progress{Phase: "ai_review", FilesScanned: res.Stats.FilesScanned, Findings: len(res.Findings)}); err != nil {
				return nil, err
			}
			in := reviewInput(a.Tier, res.Stats.FilesScanned)
			in.Source, in.Findings, in.Budget = os.DirFS(dir), res.Findings, cortex.NewBudget(opts.AIBudgetUSD)
			in.Focus = opts.Focus
			// what the scanner masked in its findings is masked in the prompts too
			in.Secrets = scanner.SecretValues(in.Source, res.SecretLocations)
			actx, aspan := startSpan(ctx, "analysis.ai_review", attribute.Bool("ai.own_keys", pass.own))
			out.ai = pass.rev.Analyze(actx, in)
			aspan.SetAttributes(attribute.Float64("ai.cost_usd", out.ai.Usage.CostUSD))
			aspan.End()
			out.aiStatus = "completed"
			for _, t := range out.ai.Triage {
				verdicts[t.Fingerprint] = aiFromTriage(t)
			}
			fixModels = applyFixes(verdicts, out.ai.Fixes)
		}
	}
	if err := s.phase(ctx, a, progress{Phase: "storing", FilesScanned: res.Stats.FilesScanned, Findings: len(res.Findings)}); err != nil {
		return nil, err
	}
	all := res.Findings
	if out.ai != nil {
		all = append(all, out.ai.AIFindings...)
	}
	for _, f := range all {
		if m := fixModels[f.Fingerprint]; m != "" {
			f.Extra = withExtra(f.Extra, "ai_fix_model", m)
		}
		out.rows = append(out.rows, store.FromScanner(a.ID, a.WorkspaceID, f, verdicts[f.Fingerprint]))
	}
	return out, nil
}

// parserSkips names, one note each, the files the scanner refused or that
// crashed or stalled its worker: the user should know which files were not
// analysed and why.
func parserSkips(skipped []scanner.Skip) []string {
	var notes []string
	for _, sk := range skipped {
		for _, p := range []string{isolate.CrashedReason, isolate.StalledReason, "syntax tree too"} {
			if strings.HasPrefix(sk.Reason, p) {
				notes = append(notes, fmt.Sprintf("%s skipped: %s", sk.Path, sk.Reason))
				break
			}
		}
	}
	return notes
}

// skippedNote says which files and directories the scan left out and
// why, grouped by reason (the scan stats' skipped_by_reason keys), e.g.
// "2 files and 1 directory not analysed: logo.png, font.woff (binary file);
// node_modules/ (vendored dependencies)." Files named one note each by
// parserSkips are left to those notes. "" when nothing was skipped.
func skippedNote(skipped []scanner.Skip, includeTests bool) string {
	const shown = 3 // paths named per reason
	type group struct {
		reason string
		paths  []string
	}
	var groups []*group
	byReason := map[string]*group{}
	files, dirs := 0, 0
	for _, sk := range skipped {
		if len(parserSkips([]scanner.Skip{sk})) > 0 {
			continue
		}
		if strings.HasSuffix(sk.Path, "/") {
			dirs++
		} else {
			files++
		}
		reason, _, _ := strings.Cut(sk.Reason, ":")
		g := byReason[reason]
		if g == nil {
			g = &group{reason: reason}
			byReason[reason] = g
			groups = append(groups, g)
		}
		g.paths = append(g.paths, sk.Path)
	}
	if files+dirs == 0 {
		return ""
	}
	var what []string
	if files > 0 {
		what = append(what, scanner.Count(files, "file", "files"))
	}
	if dirs > 0 {
		what = append(what, scanner.Count(dirs, "directory", "directories"))
	}
	parts := make([]string, 0, len(groups))
	for _, g := range groups {
		names := g.paths[:min(len(g.paths), shown)]
		list := strings.Join(names, ", ")
		if more := len(g.paths) - len(names); more > 0 {
			list += fmt.Sprintf(" and %d more", more)
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", list, skipReasonText(g.reason, includeTests)))
	}
	return fmt.Sprintf("%s not analysed: %s.", strings.Join(what, " and "), strings.Join(parts, "; "))
}

// skipReasonText words a scanner skip reason for the report.
func skipReasonText(reason string, includeTests bool) string {
	switch {
	case reason == "excluded by config" && !includeTests:
		return "excluded by the analysis settings; test code is left out unless “Include test files” is on"
	case reason == "excluded by config":
		return "excluded by the analysis settings"
	}
	return reason
}

// testGlobs exclude test code unless the user asks for it.
var testGlobs = []string{"**/test/**", "**/tests/**", "**/__tests__/**", "**/*_test.go", "**/test_*.py", "**/*_test.py", "**/*.test.js", "**/*.test.ts", "**/*.spec.js", "**/*.spec.ts"}

// complete stores the findings, prices the run, finishes it and settles
// the hold in one transaction: a process killed at any point leaves either
// a running analysis (Recover takes it) or a completed, charged one, never
// a completed analysis whose hold is still open. The scan's work is done,
// so the bookkeeping runs on a context of its own: a shutdown's drain
// timeout must not strand a finished result.
func (s *Service) complete(ctx context.Context, a *store.Analysis, r *runResult) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	ctx, span := startSpan(ctx, "analysis.store", attribute.Int("analysis.findings", len(r.rows)))
	defer span.End()
	var aiUSD, chargedUSD float64
	if r.ai != nil {
		aiUSD = r.ai.Usage.CostUSD
	}
	if !r.aiOwn {
		// On the workspace's own keys the provider bills it directly.
		chargedUSD = aiUSD
	}
	_, cost, err := s.d.Credits.Quote(ctx, a.WorkspaceID, a.Tier, int64(r.scan.Stats.Lines), chargedUSD, chargedUSD)
	if err != nil {
		return fmt.Errorf("analysis: price: %w", err)
	}
	cost = min(cost, a.QuoteMax) // never above the quote's max
	err = s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.store.DeleteFindings(ctx, a.ID); err != nil {
			return err
		}
		if err := s.store.InsertFindings(ctx, r.rows); err != nil {
			return err
		}
		counts, err := s.store.Counts(ctx, a)
		if err != nil {
			return err
		}
		r.counts = counts
		sc, grade := score(counts)
		notes := append(a.NoteList(), r.notes...)
		nb, _ := json.Marshal(notes)
		set := map[string]any{
			"phase": "completed", "finished_at": time.Now().UTC(), "cost_credits": cost, "ai_cost_usd": aiUSD,
			"files_scanned": r.scan.Stats.FilesScanned, "lines_scanned": r.scan.Stats.Lines, "files_total": max(a.FilesTotal, r.scan.Stats.FilesSeen),
			"count_critical": counts["critical"], "count_high": counts["high"], "count_medium": counts["medium"],
			"count_low": counts["low"], "count_info": counts["info"], "score": sc, "grade": grade, "notes": string(nb),
		}
		if r.aiStatus != "" {
			set["ai_status"] = r.aiStatus
		}
		if r.ai != nil {
			set["ai_summary"] = encodeSummary(r.ai.Summary)
		}
		if err := s.store.Transition(ctx, a.ID, []store.Status{store.StatusRunning}, store.StatusCompleted, set); err != nil {
			return err
		}
		s.observeEndAfterCommit(ctx, a, store.StatusCompleted)
		settle, err := s.store.SetCreditsState(ctx, a.ID, store.CreditsHeld, store.CreditsSettled)
		if err != nil {
			return err
		}
		if settle {
			sctx, sspan := startSpan(ctx, "analysis.settle", attribute.Int64("credits.charged", cost))
			err := s.d.Credits.Settle(sctx, a.HoldID, cost)
			endSpan(sspan, err)
			if err != nil {
				return fmt.Errorf("settle credits: %w", err)
			}
		}
		_, err = s.emit(ctx, a.ID, progress{Phase: "completed", Status: string(store.StatusCompleted), FilesScanned: r.scan.Stats.FilesScanned,
			FilesTotal: max(a.FilesTotal, r.scan.Stats.FilesSeen), Findings: len(r.rows), CostCredits: cost})
		return err
	})
	if errors.Is(err, errs.ErrConflict) {
		return nil // canceled meanwhile: Cancel released the credits
	}
	if err != nil {
		endSpan(span, err)
		return err
	}
	s.afterFinish(ctx, a)
	s.finished(ctx, a, string(store.StatusCompleted), "", r.rows, r.counts, cost)
	return nil
}

// fail finishes a queued or running analysis as failed with a reason the
// user sees, and releases its credits in the same transaction, so no
// reader sees a failed analysis still holding credits and a crash cannot
// leave the hold open.
func (s *Service) fail(ctx context.Context, a *store.Analysis, reason string) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	ctx, span := startSpan(ctx, "analysis.fail")
	defer span.End()
	err := s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.store.Transition(ctx, a.ID, []store.Status{store.StatusQueued, store.StatusRunning}, store.StatusFailed,
			map[string]any{"failure_reason": reason, "finished_at": time.Now().UTC(), "phase": "failed"}); err != nil {
			return err
		}
		s.observeEndAfterCommit(ctx, a, store.StatusFailed)
		if err := s.releaseInTx(ctx, a); err != nil {
			return err
		}
		_, err := s.emit(ctx, a.ID, progress{Phase: "failed", Status: string(store.StatusFailed), FilesTotal: a.FilesTotal, Message: reason})
		return err
	})
	if errors.Is(err, errs.ErrConflict) {
		return nil
	}
	if err != nil {
		endSpan(span, err)
		return err
	}
	s.afterFinish(ctx, a)
	s.finished(ctx, a, string(store.StatusFailed), reason, nil, nil, 0)
	return nil
}

// finishTimeout bounds the bookkeeping that finishes an analysis (status,
// findings, the ledger): it runs detached from the job's context.
const finishTimeout = 30 * time.Second

// releaseCredits frees the hold once (cancel, delete): the credits_state
// flip and the ledger's release commit together.
func (s *Service) releaseCredits(ctx context.Context, a *store.Analysis) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	if err := s.writeTx(ctx, func(ctx context.Context) error { return s.releaseInTx(ctx, a) }); err != nil {
		s.log.Error("release credits", "analysis_id", a.ID, "hold_id", a.HoldID, "error", err)
	}
}

// releaseInTx flips credits_state from held to released and, when this
// caller won the flip, releases the hold in the ledger; call it inside a
// transaction so both commit or neither does.
func (s *Service) releaseInTx(ctx context.Context, a *store.Analysis) error {
	ok, err := s.store.SetCreditsState(ctx, a.ID, store.CreditsHeld, store.CreditsReleased)
	if err != nil || !ok {
		return err
	}
	rctx, span := startSpan(ctx, "analysis.release")
	err = s.d.Credits.Release(rctx, a.HoldID)
	endSpan(span, err)
	if err != nil {
		return fmt.Errorf("release credits: %w", err)
	}
	return nil
}

// afterFinish deletes the source right away when retention is 0 days.
func (s *Service) afterFinish(ctx context.Context, a *store.Analysis) {
	if s.d.Config.RetentionDays > 0 {
		return
	}
	s.deleteSource(context.WithoutCancel(ctx), a)
}

func (s *Service) deleteSource(ctx context.Context, a *store.Analysis) {
	if err := s.d.Blobs.Delete(ctx, a.SourceBlob); err != nil {
		s.log.Error("delete source", "analysis_id", a.ID, "error", err)
		return
	}
	_ = s.store.Update(ctx, a.ID, map[string]any{"source_deleted_at": time.Now().UTC()})
}

// Recover requeues running analyses whose worker stopped beating (killed,
// crashed, replica gone) — or fails them, releasing credits, after
// MaxAttempts. (Sources past their retention are PurgeExpiredSources'.)
func (s *Service) Recover(ctx context.Context) error {
	stale, err := s.store.Stale(ctx, time.Now().UTC().Add(-s.staleAfter), 100)
	if err != nil {
		return err
	}
	for i := range stale {
		a := &stale[i]
		_, err := s.requeue(ctx, a, requeueing{message: "the worker stopped; the analysis was queued again", lastAttempt: lastAttemptStranded,
			seen: &a.UpdatedAt, enqueue: true})
		if err != nil && !errors.Is(err, errs.ErrConflict) {
			return err
		}
	}
	return nil
}

// PurgeExpiredSources deletes uploaded sources past their retention
// (analysis.retention_days; 0 deletes each right after its analysis, so
// there is nothing to do) and returns how many went. Housekeeping runs it.
func (s *Service) PurgeExpiredSources(ctx context.Context) (int64, error) {
	days := s.d.Config.RetentionDays
	if days <= 0 {
		return 0, nil
	}
	// One bounded batch per run: a source whose delete keeps failing (it
	// is logged) must not keep a run busy; the next run takes the rest.
	expired, err := s.store.ExpiredSources(ctx, time.Now().UTC().AddDate(0, 0, -days), 500)
	if err != nil {
		return 0, err
	}
	for i := range expired {
		s.deleteSource(ctx, &expired[i])
	}
	return int64(len(expired)), nil
}
