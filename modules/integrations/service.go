// Package integrations tells a workspace's team what happened, where they
// already look: Slack (incoming webhooks), email, and generic HTTPS
// webhooks signed with HMAC-SHA256. Each channel chooses its events
// (analysis completed or failed, new critical or high findings, credits
// nearly spent). Every delivery is a durable job, retried with exponential
// backoff on server errors and recorded in a delivery log the web app
// shows.
//
// It depends on other modules only through the small interfaces below,
// which main.go satisfies (auth's Authorizer and mailer); the analysis and
// credits modules call Publish through adapters in main.go. Every outbound
// request goes through the SSRF-guarded client (platform/netguard), and
// URLs, addresses and signing secrets are sealed at rest.
package integrations

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"vigil/modules/integrations/internal/store"
	"vigil/platform/audit"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/jobs"
	"vigil/platform/principal"
	"vigil/platform/secrets"
)

// ActionManage lets workspace owners and admins list, add, change, test
// and remove notification channels and read their delivery logs (auth's
// permission table names it).
const ActionManage = "notifications:manage"

// Authorizer decides whether p may perform action in workspaceID.
type Authorizer interface {
	Can(ctx context.Context, p *principal.Principal, workspaceID, action string) error
}

// Mailer sends one plain-text email (auth's SMTP mailer satisfies it).
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Enqueuer stores a durable job (jobs.Runner satisfies it).
type Enqueuer interface {
	Enqueue(ctx context.Context, args jobs.Args, opts ...jobs.Option) error
}

// URLGuard checks a user-supplied URL before it is stored
// (netguard.Guard satisfies it); the client checks again on each connect.
type URLGuard interface {
	CheckURL(raw string) error
}

// Auditor appends to the audit log (*audit.Log satisfies it).
type Auditor interface {
	Record(ctx context.Context, e audit.Entry) (audit.Record, error)
}

// Defaults of the retry schedule.
const (
	DefaultRetryBase   = 30 * time.Second
	DefaultMaxAttempts = 8
	maxRetryDelay      = time.Hour
)

// Deps are the service's collaborators. DB, Jobs, Authorizer, Sealer,
// Outbound and Guard are required. Mailer nil refuses email channels;
// Audit nil records nothing.
type Deps struct {
	DB         *database.DB
	Jobs       Enqueuer
	Authorizer Authorizer
	Sealer     *secrets.Sealer
	// Outbound is the SSRF-guarded HTTP client every Slack and webhook
	// request goes through (netguard); Guard checks URLs when stored.
	Outbound *http.Client
	Guard    URLGuard
	Mailer   Mailer
	Audit    Auditor
	// BaseURL is the instance's public URL, for links in messages.
	BaseURL string
	Logger  *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// RetryBase is the delay before the second attempt, doubled for
	// each further one (capped at an hour); 0 means DefaultRetryBase.
	RetryBase time.Duration
	// MaxAttempts bounds the attempts of one delivery; 0 means
	// DefaultMaxAttempts.
	MaxAttempts int
}

// Service is the integrations module.
type Service struct {
	d     Deps
	store *store.Store
	log   *slog.Logger
}

// New builds the service; it starts nothing.
func New(d Deps) (*Service, error) {
	switch {
	case d.DB == nil:
		return nil, errors.New("integrations: nil DB")
	case d.Jobs == nil:
		return nil, errors.New("integrations: nil Jobs")
	case d.Authorizer == nil:
		return nil, errors.New("integrations: nil Authorizer")
	case d.Sealer == nil:
		return nil, errors.New("integrations: nil Sealer")
	case d.Outbound == nil:
		return nil, errors.New("integrations: nil Outbound client")
	case d.Guard == nil:
		return nil, errors.New("integrations: nil Guard")
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.RetryBase <= 0 {
		d.RetryBase = DefaultRetryBase
	}
	if d.MaxAttempts <= 0 {
		d.MaxAttempts = DefaultMaxAttempts
	}
	st, err := store.New(d.DB)
	if err != nil {
		return nil, err
	}
	return &Service{d: d, store: st, log: d.Logger}, nil
}

// Jobs registers the delivery job and the daily trim of the delivery logs.
func (s *Service) Jobs(r *jobs.Runner) error {
	if err := jobs.Register(r, s.workDelivery, jobs.Timeout(2*time.Minute),
		jobs.Backoff(func(attempt int) time.Duration { return Backoff(s.d.RetryBase, attempt) })); err != nil {
		return err
	}
	if err := jobs.Register(r, s.workPrune, jobs.Timeout(5*time.Minute)); err != nil {
		return err
	}
	return r.Periodic(24*time.Hour, PruneArgs{}, false)
}

func (s *Service) now() time.Time { return s.d.Now().UTC() }

// authorize checks the caller of ctx may manage channels of its acting
// workspace and returns the principal.
func (s *Service) authorize(ctx context.Context) (*principal.Principal, error) {
	p, _ := principal.From(ctx)
	ws := ""
	if p != nil {
		ws = p.WorkspaceID
	}
	if err := s.d.Authorizer.Can(ctx, p, ws, ActionManage); err != nil {
		return nil, err
	}
	return p, nil
}

// audit records e, logging (not failing) when the log cannot be written.
func (s *Service) audit(ctx context.Context, e audit.Entry) {
	if s.d.Audit == nil {
		return
	}
	if _, err := s.d.Audit.Record(context.WithoutCancel(ctx), e); err != nil {
		s.log.ErrorContext(ctx, "audit record failed", "action", e.Action, "error", err)
	}
}

// errNoMailer refuses email channels on an instance without SMTP.
var errNoMailer = errs.New(errs.KindUnavailable, "email is not configured on this instance (VIGIL_SMTP_HOST)")
