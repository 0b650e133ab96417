// Package analysis turns uploads into durable analysis jobs, runs the
// scanner (and cortex for the AI tiers), stores findings with their
// fingerprints, and serves the report, triage and exports.
//
// It depends on other modules only through the small interfaces below
// (Authorizer, Credits), which main.go satisfies with the auth and credits
// services. The scanner and cortex are libraries inside this module.
package analysis

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/isolate"
	"vigil/platform/audit"
	"vigil/platform/blob"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/jobs"
	"vigil/platform/notify"
	"vigil/platform/principal"
	"vigil/platform/secrets"
)

// Actions checked through the Authorizer.
const (
	ActionRead   = "analysis:read"
	ActionCreate = "analysis:create"
	ActionTriage = "analysis:triage"
	ActionDelete = "analysis:delete"
)

// Authorizer decides whether p may perform action in workspaceID. It
// returns an unauthorized, not-found (not a member) or forbidden error.
type Authorizer interface {
	Can(ctx context.Context, p *principal.Principal, workspaceID, action string) error
}

// WorkspaceNames names a workspace p may read (auth's workspaces), for
// report covers.
type WorkspaceNames interface {
	WorkspaceName(ctx context.Context, p *principal.Principal, workspaceID string) (string, error)
}

// Credits is what analyses need from the credits ledger. Amounts are in
// credits. Quote prices a tier for a number of lines plus an estimated AI
// spend range in USD; the same function prices the actual usage at the
// end, so the charge is computed the way the quote was. Hold reserves
// amount (a 402 error when the balance is short); Settle charges amount
// from the hold and releases the rest; Release frees the whole hold.
// Hold joins the database transaction in ctx (database.WithTx), so an
// analysis and its hold commit or roll back together.
type Credits interface {
	Quote(ctx context.Context, workspaceID, tier string, lines int64, aiMinUSD, aiMaxUSD float64) (minCredits, maxCredits int64, err error)
	Hold(ctx context.Context, workspaceID string, amount int64, reference string) (holdID string, err error)
	Settle(ctx context.Context, holdID string, amount int64) error
	Release(ctx context.Context, holdID string) error
}

// Reviewer is the AI pass (cortex.Service satisfies it).
type Reviewer interface {
	Configured() bool
	QuoteAnalysis(in cortex.Input) (minUSD, maxUSD float64)
	Analyze(ctx context.Context, in cortex.Input) *cortex.Report
}

// Enqueuer stores a durable job (jobs.Runner satisfies it).
type Enqueuer interface {
	Enqueue(ctx context.Context, args jobs.Args, opts ...jobs.Option) error
}

// Scanner scans an unpacked source. In production it is an
// isolate.Runner: each scan runs in a confined child process of the same
// binary, so hostile source parsed by tree-sitter's C code can crash,
// stall or exhaust only that process, never the server. The scan's passes
// (secrets, dependencies) are the worker's to build.
type Scanner interface {
	Scan(ctx context.Context, req isolate.Request, progress func(scanner.Progress)) (*scanner.Result, error)
}

// Deps are the service's collaborators. All are required except AI (nil:
// analyses run static-only and say "AI review not configured") and
// Authenticate (nil when the /api/v1 group already authenticates every
// request, as main.go does with api.Use(auth.Authenticate): running it
// twice would look the API key up twice).
type Deps struct {
	DB         *database.DB
	Blobs      blob.Store
	Jobs       Enqueuer
	Authorizer Authorizer
	// Workspaces names workspaces on report covers; nil leaves the
	// workspace off the cover.
	Workspaces   WorkspaceNames
	Credits      Credits
	Authenticate echo.MiddlewareFunc
	Config       config.Analysis
	Logger       *slog.Logger
	AI           Reviewer
	Scanner      Scanner
	// Events wakes progress streams when an event is stored (LISTEN/NOTIFY
	// on PostgreSQL, in memory on SQLite); nil means they only poll.
	Events *notify.Hub
	// Version is the server's version, named as the tool's version in
	// SARIF exports ("" leaves it out).
	Version string
	// Chromium is the browser used to print PDF reports; "" means
	// /usr/bin/chromium when it exists.
	Chromium string
	// Sealer encrypts workspaces' own AI provider keys at rest, and
	// Outbound is the SSRF-guarded client their (user-supplied) URLs are
	// called through. Both are needed, with an AI that can run on a
	// workspace's keys (cortex.Service), for bring-your-own keys; without
	// them the ai-providers routes answer 503 and runs use the instance's
	// providers only.
	Sealer   *secrets.Sealer
	Outbound *http.Client
	// Audit records who added or removed a workspace's AI keys in the
	// hash-chained audit log (*audit.Log); nil records nothing.
	Audit Auditor
	// InstanceAdmin guards the instance administration routes (auth's
	// RequireInstanceAdmin, the one check for all of them); nil leaves
	// them to the service's own check.
	InstanceAdmin echo.MiddlewareFunc
	// Setup is the rest of the dashboard's setup checklist (vulnerability
	// database, email, GitHub App, billing), from the configuration that
	// main.go reads; the AI provider item comes from AI.
	Setup []SetupCheck
	// Finished is told when an analysis completes or fails, after the
	// finishing transaction commits (notifications); nil tells no one.
	Finished AnalysisEvents
}

// Auditor appends to the audit log (*audit.Log satisfies it).
type Auditor interface {
	Record(ctx context.Context, e audit.Entry) (audit.Record, error)
}

// Service is the analysis module.
type Service struct {
	d     Deps
	store *store.Store
	log   *slog.Logger
	// limits are the intake limits from config.
	limits intake.Limits
	// staleAfter is how long a running analysis may go without a
	// heartbeat before recovery treats its worker as dead.
	staleAfter time.Duration
	heartbeat  time.Duration
	// cancelPoll is how often a running analysis checks whether it was
	// canceled (on any replica): a cancel kills the scan worker within it.
	cancelPoll time.Duration
	// eventsPoll, when set (tests only), replaces the progress streams'
	// safety-net poll interval.
	eventsPoll time.Duration
	// phaseHook, when set (tests only), runs before each pipeline phase.
	phaseHook func(phase string)
	// byo caches the reviewers on workspaces' own AI keys.
	byo byoCache
	// progressEvery is how often a running scan emits its file count
	// (DefaultProgressEvery; tests shorten it).
	progressEvery time.Duration
	// progressTicks, when set (tests only), replaces the progress
	// reporter's ticker, and progressTicked runs after each tick is
	// handled: a test drives the reporter tick by tick.
	progressTicks  <-chan time.Time
	progressTicked func()
	// pages caches pages of findings of completed analyses (see pageCache).
	pages *pageCache
	// versions caches what the cached pages are keyed on (see versionCache).
	versions *versionCache
	// intakes bounds the uploads taken in at once (see intakeGate).
	intakes *intakeGate
	// metrics count analyses that end (Collectors).
	metrics *runMetrics
}

// PageCacheBytes bounds the memory the findings page cache may use.
const PageCacheBytes = 32 << 20

// MaxAttempts is how many workers may try one analysis before it fails.
const MaxAttempts = 3

// New builds the service; it starts nothing.
func New(d Deps) (*Service, error) {
	switch {
	case d.DB == nil:
		return nil, errors.New("analysis: nil DB")
	case d.Blobs == nil:
		return nil, errors.New("analysis: nil Blobs")
	case d.Scanner == nil:
		return nil, errors.New("analysis: nil Scanner")
	case d.Jobs == nil:
		return nil, errors.New("analysis: nil Jobs")
	case d.Authorizer == nil:
		return nil, errors.New("analysis: nil Authorizer")
	case d.Credits == nil:
		return nil, errors.New("analysis: nil Credits")
	case d.Logger == nil:
		return nil, errors.New("analysis: nil Logger")
	}
	st, err := store.New(d.DB)
	if err != nil {
		return nil, err
	}
	// The report endpoints' cache keys are kept in memory while
	// notifications of writes reach this process: always on SQLite (one
	// process), on PostgreSQL through the events hub's listener.
	var session func() (uint64, bool)
	switch {
	case d.Events != nil:
		session = d.Events.Session
	case d.DB.Pool() == nil:
		session = func() (uint64, bool) { return 0, true }
	}
	versions := newVersionCache(session)
	if session != nil {
		if err := watchWrites(d.DB.Gorm(), d.DB.Pool() != nil, versions); err != nil {
			return nil, fmt.Errorf("analysis: watch writes: %w", err)
		}
		if d.Events != nil {
			versions.listen(d.Events)
		}
	}
	c := d.Config
	return &Service{
		versions: versions,
		d:        d, store: st, log: d.Logger.With("module", "analysis"),
		limits: intake.Limits{
			MaxUploadBytes: c.MaxUploadBytes, MaxUncompressedBytes: c.MaxUncompressedBytes,
			MaxFiles: c.MaxFiles, MaxFileBytes: c.MaxFileBytes,
		},
		staleAfter:    2 * time.Minute,
		heartbeat:     10 * time.Second,
		cancelPoll:    time.Second,
		progressEvery: DefaultProgressEvery,
		pages:         newPageCache(PageCacheBytes),
		intakes:       newIntakeGate(c.MaxConcurrentIntakes, c.IntakeWait),
		metrics:       newMetrics(),
	}, nil
}

// authorize checks the caller of ctx for action in its acting workspace
// and returns the principal.
func (s *Service) authorize(ctx context.Context, action string) (*principal.Principal, error) {
	p, _ := principal.From(ctx)
	ws := ""
	if p != nil {
		ws = p.WorkspaceID
	}
	if err := s.d.Authorizer.Can(ctx, p, ws, action); err != nil {
		return nil, err
	}
	return p, nil
}
