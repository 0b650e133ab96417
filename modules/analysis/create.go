package analysis

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/jobs"
)

// Tiers.
const (
	TierStatic   = "static"
	TierStandard = "standard"
	TierDeep     = "deep"
)

// Tiers lists the accepted tiers.
var Tiers = []string{TierStatic, TierStandard, TierDeep}

// FocusAreas are the accepted Options.Focus values: OWASP Top 10 2021 ids.
var FocusAreas = []string{"A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10"}

// Options tune one analysis.
type Options struct {
	IncludeTests bool     `json:"include_tests"`
	Exclude      []string `json:"exclude,omitempty"`
	// Focus names OWASP Top 10 categories (A01 to A10) the AI review
	// should pay particular attention to; static rules always all run.
	Focus []string `json:"focus,omitempty"`
	// AIBudgetUSD is the AI spend cap fixed at quote time (set by the
	// service, ignored from clients).
	AIBudgetUSD float64 `json:"ai_budget_usd,omitempty"`
}

// Source is what to analyse: uploaded parts (field "files") or a paste
// (field "content").
type Source struct {
	Kind  string // "upload" or "paste"
	Parts []intake.Part
}

// Request starts or quotes an analysis.
type Request struct {
	Tier    string
	Name    string
	Project string
	Options Options
	Source  Source
}

// Quote is the credit estimate shown before confirming.
type Quote struct {
	Tier         string  `json:"tier"`
	MinCredits   int64   `json:"min_credits"`
	MaxCredits   int64   `json:"max_credits"`
	Files        int     `json:"files"`
	Lines        int64   `json:"lines"`
	Bytes        int64   `json:"bytes"`
	AIConfigured bool    `json:"ai_configured"`
	AIMinUSD     float64 `json:"ai_min_usd"`
	AIMaxUSD     float64 `json:"ai_max_usd"`
	// AIOwnKeys is true when the workspace's own provider keys will be
	// used: the AI estimate is then billed by the provider, not in credits.
	AIOwnKeys bool     `json:"ai_own_keys"`
	Notes     []string `json:"notes"`
}

func (r *Request) field() string {
	if r.Source.Kind == "paste" {
		return "content"
	}
	return "files"
}

func (r *Request) validate() error {
	var fe []errs.FieldError
	if !slices.Contains(Tiers, r.Tier) {
		fe = append(fe, errs.FieldError{Field: "tier", Message: "must be one of static, standard, deep"})
	}
	if len(r.Name) > 200 {
		fe = append(fe, errs.FieldError{Field: "name", Message: "must be at most 200 characters"})
	}
	// PostgreSQL refuses NUL and invalid UTF-8 in text (a 500); SQLite
	// would store them: both databases answer the same 422 instead.
	texts := []struct {
		field  string
		values []string
	}{{"name", []string{r.Name}}, {"project", []string{r.Project}}, {"options.exclude", r.Options.Exclude}}
	for _, t := range texts {
		dirty := slices.ContainsFunc(t.values, func(v string) bool { return !httpserver.CleanText(v) })
		if dirty {
			fe = append(fe, errs.FieldError{Field: t.field, Message: "must be valid UTF-8 text without NUL characters"})
		}
	}
	if len(r.Options.Exclude) > 100 || len(r.Options.Focus) > 20 {
		fe = append(fe, errs.FieldError{Field: "options", Message: "too many exclude globs (max 100) or focus areas (max 20)"})
	}
	for _, f := range r.Options.Focus {
		if !slices.Contains(FocusAreas, f) {
			fe = append(fe, errs.FieldError{Field: "options.focus", Message: fmt.Sprintf("%q is not a focus area; use OWASP Top 10 ids A01 to A10", f)})
			break
		}
	}
	if len(fe) > 0 {
		return errs.Invalid("invalid analysis request", fe...)
	}
	return nil
}

// prepared is a checked request: its bundle, spooled to a file, and its
// quote. It holds one of the service's intakes until close.
type prepared struct {
	spool   spooled
	bundle  *os.File
	size    int64
	man     *intake.Manifest
	quote   Quote
	release func()
}

// source reads the bundle from its start.
func (p *prepared) source() *io.SectionReader { return io.NewSectionReader(p.bundle, 0, p.size) }

// close removes the bundle and frees the intake.
func (p *prepared) close() {
	p.spool.close()
	if p.release != nil {
		p.release()
		p.release = nil
	}
}

// prepare takes an intake (waiting for one if as many as allowed are
// running), checks the parts and writes them as a bundle to a spool file,
// then quotes it. The caller closes the result.
func (s *Service) prepare(ctx context.Context, workspaceID string, r *Request) (_ *prepared, err error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	release, err := s.intakes.enter(ctx)
	if err != nil {
		if errs.KindOf(err) == errs.KindUnavailable {
			s.log.WarnContext(ctx, "upload turned away: every intake stayed busy", "max_concurrent_intakes", cap(s.intakes.slots), "intake_wait", s.intakes.wait.String())
		}
		return nil, err
	}
	pr := &prepared{release: release}
	defer func() {
		if err != nil {
			pr.close()
		}
	}()
	if pr.bundle, err = pr.spool.create("vigil-bundle-*"); err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(pr.bundle, 64<<10)
	man, err := intake.BundleTo(w, r.Source.Parts, s.limits, r.field())
	if err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("analysis: spool bundle: %w", err)
	}
	if pr.size, err = pr.bundle.Seek(0, io.SeekCurrent); err != nil {
		return nil, fmt.Errorf("analysis: spool bundle: %w", err)
	}
	pr.man = man
	pass, err := s.aiFor(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	q := Quote{Tier: r.Tier, Files: len(man.Files), Lines: int64(man.TotalLines), Bytes: man.TotalBytes, AIConfigured: pass.configured(), Notes: []string{}}
	if man.Nested > 0 {
		q.Notes = append(q.Notes, plural(man.Nested, "nested archive is", "nested archives are")+" kept but not expanded or scanned")
	}
	if r.Tier != TierStatic {
		q.Notes = append(q.Notes, pass.notes...)
		if q.AIConfigured {
			q.AIMinUSD, q.AIMaxUSD, err = s.quoteAI(ctx, pass.rev, pr.source(), pr.size, r.Tier, len(man.Files))
			if err != nil {
				return nil, err
			}
			if pass.own {
				q.AIOwnKeys = true
				q.Notes = append(q.Notes, ownKeysNote)
			}
		} else {
			q.Notes = append(q.Notes, "AI review not configured: this analysis runs static rules only and is priced as static. An operator enables it with VIGIL_AI_PROVIDERS, or a workspace admin adds the workspace's own provider key in the workspace settings.")
		}
	}
	// On the workspace's own keys the provider bills the workspace: the AI
	// estimate is shown (and caps the spend) but not charged in credits.
	chargedMin, chargedMax := q.AIMinUSD, q.AIMaxUSD
	if q.AIOwnKeys {
		chargedMin, chargedMax = 0, 0
	}
	q.MinCredits, q.MaxCredits, err = s.d.Credits.Quote(ctx, workspaceID, r.Tier, q.Lines, chargedMin, chargedMax)
	if err != nil {
		return nil, fmt.Errorf("analysis: quote: %w", err)
	}
	pr.quote = q
	return pr, nil
}

// reviewInput sizes cortex's work by tier: Standard reviews the 5
// riskiest files, Deep every file with more fixes.
func reviewInput(tier string, files int) cortex.Input {
	in := cortex.Input{MaxReviewFiles: 5, MaxFixes: 10}
	if tier == TierDeep {
		in.MaxReviewFiles, in.MaxFixes = max(files, 1), 50
	}
	return in
}

// quoteAI estimates the AI spend before the scan. Triage cost depends on
// findings not known yet, so the maximum doubles cortex's no-findings
// estimate; the budget then caps the real spend at that maximum.
func (s *Service) quoteAI(ctx context.Context, rev Reviewer, bundle io.ReaderAt, size int64, tier string, files int) (float64, float64, error) {
	dir, err := os.MkdirTemp("", "vigil-quote-*")
	if err != nil {
		return 0, 0, fmt.Errorf("analysis: quote: %w", err)
	}
	defer os.RemoveAll(dir)
	if _, err := intake.UnpackFrom(bundle, size, dir, s.limits); err != nil {
		return 0, 0, err
	}
	in := reviewInput(tier, files)
	in.Source = os.DirFS(dir)
	lo, hi := rev.QuoteAnalysis(in)
	return lo, 2 * hi, ctx.Err()
}

// QuoteAnalysis checks an upload and prices it without storing anything.
func (s *Service) QuoteAnalysis(ctx context.Context, r *Request) (*Quote, error) {
	p, err := s.authorize(ctx, ActionCreate)
	if err != nil {
		return nil, err
	}
	pr, err := s.prepare(ctx, p.WorkspaceID, r)
	if err != nil {
		return nil, err
	}
	pr.close()
	return &pr.quote, nil
}

// Created is the answer to a started analysis.
type Created struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Quote  Quote  `json:"quote"`
}

// Create checks the upload, holds the quote's maximum, stores the source
// and the analysis, and enqueues the job — the last three in one
// transaction. A rejected upload stores nothing; a failed store releases
// the hold.
func (s *Service) Create(ctx context.Context, r *Request) (*Created, error) {
	p, err := s.authorize(ctx, ActionCreate)
	if err != nil {
		return nil, err
	}
	return s.create(ctx, p.WorkspaceID, p.UserID, r)
}

// create runs Create for a caller already authorized in workspaceID.
func (s *Service) create(ctx context.Context, workspaceID, userID string, r *Request) (*Created, error) {
	pr, err := s.prepare(ctx, workspaceID, r)
	if err != nil {
		return nil, err
	}
	defer pr.close()
	p := struct{ WorkspaceID, UserID string }{workspaceID, userID}
	a := &store.Analysis{
		ID: store.NewID(), WorkspaceID: p.WorkspaceID, CreatedBy: p.UserID, Tier: r.Tier, SourceKind: r.Source.Kind,
		Name: r.Name, ProjectKey: r.Project, Status: store.StatusQueued,
		QuoteMin: pr.quote.MinCredits, QuoteMax: pr.quote.MaxCredits,
		FilesTotal: len(pr.man.Files), LinesTotal: int64(pr.man.TotalLines),
	}
	if a.Name == "" {
		a.Name = defaultName(r.Source.Parts)
	}
	if a.ProjectKey == "" {
		a.ProjectKey = a.Name
	}
	if !pr.quote.AIConfigured && r.Tier != TierStatic {
		a.AIStatus = "not_configured"
	}
	opts := r.Options
	opts.AIBudgetUSD = pr.quote.AIMaxUSD
	ob, _ := json.Marshal(opts)
	a.Options = string(ob)
	notes, _ := json.Marshal(pr.quote.Notes)
	a.Notes = string(notes)
	a.SourceBlob = "analysis/" + a.ID + "/source.tar.gz"

	// The hold joins the transaction that stores the analysis and its
	// job: a process that dies in between leaves neither, never a hold
	// without an analysis (which would keep credits reserved until the
	// hold expires). The source is stored first, so the workspace's
	// balance row stays locked only for the short tail of the
	// transaction.
	var holdID string
	err = s.writeTx(ctx, func(ctx context.Context) error {
		if err := s.d.Blobs.Put(ctx, a.SourceBlob, pr.source(), pr.size); err != nil {
			return err
		}
		id, err := s.d.Credits.Hold(ctx, p.WorkspaceID, pr.quote.MaxCredits, "analysis:"+a.ID)
		if err != nil {
			return fmt.Errorf("hold credits: %w", err)
		}
		holdID = id
		a.HoldID, a.CreditsState = holdID, store.CreditsHeld
		if err := s.store.CreateAnalysis(ctx, a); err != nil {
			return err
		}
		if _, err := s.emit(ctx, a.ID, progress{Phase: "queued", Status: string(store.StatusQueued), FilesTotal: a.FilesTotal}); err != nil {
			return err
		}
		return s.d.Jobs.Enqueue(ctx, RunArgs{AnalysisID: a.ID}, jobs.MaxAttempts(MaxAttempts))
	})
	if err != nil {
		// A store outside the database (S3) did not roll back with it.
		if derr := s.d.Blobs.Delete(context.WithoutCancel(ctx), a.SourceBlob); derr != nil {
			s.log.Error("delete source after failed create", "blob", a.SourceBlob, "error", derr)
		}
		// The hold rolled back with the transaction; a Credits that does
		// not share the database (tests) is released here. Not found is
		// the usual answer.
		if holdID != "" {
			if rerr := s.d.Credits.Release(context.WithoutCancel(ctx), holdID); rerr != nil && !errors.Is(rerr, errs.ErrNotFound) {
				s.log.Error("release hold after failed create", "hold_id", holdID, "error", rerr)
			}
		}
		return nil, fmt.Errorf("analysis: create: %w", err)
	}
	return &Created{ID: a.ID, Status: string(a.Status), Quote: pr.quote}, nil
}

func defaultName(parts []intake.Part) string {
	if len(parts) == 0 {
		return "analysis"
	}
	n := path.Base(strings.ReplaceAll(parts[0].Name, "\\", "/"))
	for _, ext := range []string{".tar.gz", ".tgz", ".zip"} {
		n = strings.TrimSuffix(n, ext)
	}
	if n == "" || n == "." || n == "/" {
		return "analysis"
	}
	return n
}
