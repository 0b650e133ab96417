// Package repositories connects a workspace's code where it lives: any git
// host by HTTPS clone URL (with an optional access token, sealed at rest)
// and, through the GitHub App, GitHub repositories. A scan fetches one ref
// (a shallow clone with hooks, helpers, submodules and LFS disabled, the
// host checked by the SSRF guard) and hands the tree to the analysis
// module, which checks it like an upload; each scan is recorded with what
// triggered it.
//
// It depends on other modules only through the interfaces below
// (Authorizer, Analyses), which main.go satisfies.
package repositories

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"vigil/modules/repositories/internal/gitfetch"
	"vigil/modules/repositories/internal/store"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/netguard"
	"vigil/platform/principal"
	"vigil/platform/secrets"
)

// Actions checked through the Authorizer (auth's permission table names them).
const (
	ActionRead   = "repositories:read"
	ActionManage = "repositories:manage"
	// actionStartAnalysis is the analysis module's action a scan needs.
	actionStartAnalysis = "analysis:create"
)

// Authorizer decides whether p may perform action in workspaceID.
type Authorizer interface {
	Can(ctx context.Context, p *principal.Principal, workspaceID, action string) error
}

// Source is a fetched tree for the analysis module: a gzipped tar of
// Size bytes, readable until the call that receives it returns.
type Source struct {
	Name    string // shown as the analysis name ("host/owner/repo@ref")
	Project string // groups the repository's analyses
	Tier    string
	Archive io.ReaderAt
	Size    int64
}

// Started is the analysis a scan started.
type Started struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	// Credits is the most the analysis may charge (its quote's maximum,
	// held while it runs); the repository's monthly budget counts it.
	Credits int64 `json:"credits"`
}

// Analyses starts analyses of fetched trees (the analysis service, through
// a small adapter in main.go). Start authorizes the caller in ctx as an
// upload would; StartFor runs for a workspace with no caller (a push, a
// schedule), recording createdBy as the analysis's creator.
type Analyses interface {
	Start(ctx context.Context, src Source) (Started, error)
	StartFor(ctx context.Context, workspaceID, createdBy string, src Source) (Started, error)
}

// Limits bound a fetch.
type Limits struct {
	// MaxArchiveBytes bounds the fetched tree as a .tar.gz (the analysis
	// module's upload limit is the natural value).
	MaxArchiveBytes int64
	// MaxCloneBytes bounds the clone on disk; 0 is 4 × MaxArchiveBytes.
	MaxCloneBytes int64
	// FetchTimeout bounds one clone; 0 is 45 s (within an HTTP request).
	FetchTimeout time.Duration
}

// Deps are the service's collaborators; all are required except Logger,
// Now, Git and Resolver.
type Deps struct {
	DB         *database.DB
	Sealer     *secrets.Sealer
	Authorizer Authorizer
	Analyses   Analyses
	// Guard checks every clone URL and the addresses its host resolves to
	// (netguard with the operator's outbound.allow).
	Guard  *netguard.Guard
	Limits Limits
	Logger *slog.Logger
	// Git is the git binary; "" looks it up on PATH.
	Git string
	// Resolver resolves clone hosts; nil is the system's.
	Resolver *net.Resolver
	Now      func() time.Time
	// GitHub turns on the GitHub App side; nil (or an App id of 0) leaves
	// it off and its routes answer 404.
	GitHub *GitHubDeps
	// Jobs enqueues the work of GitHub deliveries and Results reads the
	// analyses a pull request review needs; both required with GitHub.
	Jobs    Enqueuer
	Results Results
	// Triage records decisions made from a pull request ("@vigil ignore
	// …"); nil answers such commands that triage from GitHub is off.
	Triage Triager
	// Reports writes SARIF for code-scanning uploads; nil leaves uploads
	// off whatever a repository asks.
	Reports Reporter
	// Tallies reads the scans' analyses for the history and its chart;
	// nil leaves their status and counts out of the detail.
	Tallies Tallier
}

// Tally is a scan's analysis as the history shows it: its status
// (queued, running, completed, failed, canceled) and, once completed, its
// open findings by severity.
type Tally struct {
	Status string
	Counts SeverityCounts
}

// Tallier reads analyses' tallies of a workspace (the analysis service,
// through main.go's adapter); unknown ids are left out of the answer.
type Tallier interface {
	Tallies(ctx context.Context, workspaceID string, analysisIDs []string) (map[string]Tally, error)
}

// Service is the repositories module.
type Service struct {
	d     Deps
	store *store.Store
	fetch *gitfetch.Fetcher
	log   *slog.Logger
	gh    *gh
}

// New builds the service; it starts nothing.
func New(d Deps) (*Service, error) {
	switch {
	case d.DB == nil:
		return nil, errors.New("repositories: nil DB")
	case d.Sealer == nil:
		return nil, errors.New("repositories: nil Sealer")
	case d.Authorizer == nil:
		return nil, errors.New("repositories: nil Authorizer")
	case d.Analyses == nil:
		return nil, errors.New("repositories: nil Analyses")
	case d.Guard == nil:
		return nil, errors.New("repositories: nil Guard")
	case d.Limits.MaxArchiveBytes <= 0:
		return nil, errors.New("repositories: Limits.MaxArchiveBytes must be positive")
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Limits.MaxCloneBytes <= 0 {
		d.Limits.MaxCloneBytes = 4 * d.Limits.MaxArchiveBytes
	}
	if d.Limits.FetchTimeout <= 0 {
		d.Limits.FetchTimeout = 45 * time.Second
	}
	g, err := newGitHub(d.GitHub)
	if err != nil {
		return nil, fmt.Errorf("repositories: github: %w", err)
	}
	if g != nil && (d.Jobs == nil || d.Results == nil) {
		return nil, errors.New("repositories: GitHub needs Jobs and Results")
	}
	return &Service{
		d: d, store: store.New(d.DB), log: d.Logger, gh: g,
		fetch: &gitfetch.Fetcher{Git: d.Git, Guard: d.Guard, Resolver: d.Resolver, Limits: gitfetch.Limits{
			MaxCloneBytes: d.Limits.MaxCloneBytes, MaxArchiveBytes: d.Limits.MaxArchiveBytes, Timeout: d.Limits.FetchTimeout,
		}},
	}, nil
}

// authorize checks action in the caller's acting workspace and returns the caller.
func (s *Service) authorize(ctx context.Context, action string) (*principal.Principal, error) {
	p, _ := principal.From(ctx)
	if p == nil {
		return nil, errs.New(errs.KindUnauthorized, "sign in or send an API key")
	}
	if err := s.d.Authorizer.Can(ctx, p, p.WorkspaceID, action); err != nil {
		return nil, err
	}
	return p, nil
}
