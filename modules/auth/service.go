// Package auth is Vigil's identity module: accounts (password, GitHub,
// Google), browser sessions (short access JWT plus rotating refresh tokens
// in cookies), API keys, workspaces with roles, and the authorization check
// every other module relies on (Can and the Authenticate/Require
// middleware). All state lives in the database, so any number of replicas
// can serve any request.
package auth

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"gorm.io/gorm"

	"vigil/modules/auth/internal/password"
	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/notify"
	"vigil/platform/ratelimit"
	"vigil/platform/secrets"
)

// Database is what the module needs from platform/database.
type Database interface {
	Conn(ctx context.Context) *gorm.DB
	WithTx(ctx context.Context, fn func(ctx context.Context) error) error
	// UTCDate is the dialect's SQL for a timestamp column's UTC date.
	UTCDate(column string) string
}

// RateLimiter is the shared, database-backed GCRA limiter
// (*ratelimit.Limiter): every replica counts against the same budget.
type RateLimiter interface {
	Allow(ctx context.Context, key string, rate ratelimit.Rate, burst int) (ratelimit.Result, error)
}

// Auditor appends to the hash-chained audit log (*audit.Log).
type Auditor interface {
	Record(ctx context.Context, e audit.Entry) (audit.Record, error)
}

// auditEvent is one security-relevant event. It never carries passwords or tokens.
type auditEvent struct {
	Action      string // e.g. "auth.signin.success"
	ActorID     string // user id, empty when unknown
	WorkspaceID string
	TargetType  string
	TargetID    string
	Details     map[string]any
}

// Mailer sends one plain-text email.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Deps are the module's dependencies; DB, Limiter, Audit and Logger are required.
type Deps struct {
	Config config.Config
	// SecretKey is the resolved instance secret (secrets.Resolve: the
	// configured key, or the one generated under the data directory).
	// Empty means Config.SecretKey.
	SecretKey string
	DB        Database
	Limiter   RateLimiter
	Audit     Auditor
	Logger    *slog.Logger
	// Sealer encrypts the OAuth flow cookie (platform/secrets, with key
	// rotation: values sealed under a key listed in secret_key_previous
	// still open). Nil means one built from the secret key and
	// Config.SecretKeyPrevious.
	Sealer *secrets.Sealer
	// Mailer sends reset, invitation, email confirmation and sign-up
	// notice emails. Nil means net/smtp through
	// Config.SMTP when Config.SMTP.Host is set, and no email otherwise.
	Mailer Mailer
	// Jobs queues emails as durable jobs (*jobs.Runner; register the
	// worker with Service.Jobs). Required to send email; nil (admin
	// commands) means this process sends none.
	Jobs Enqueuer
	// HTTPClient is used to talk to OAuth providers; nil = a client with a 10s timeout.
	HTTPClient *http.Client
	// Now is the clock; nil = time.Now.
	Now func() time.Time
	// IdentityCacheTTL bounds how long this replica trusts what it looked
	// up about a credential (see identityCache): 0 = 5s, negative = never
	// cache (every request reads the database).
	IdentityCacheTTL time.Duration
	// Notify carries other replicas' announcements that cached
	// identities are stale (the process's one hub, started by the caller
	// on replicas that serve requests). Nil on PostgreSQL means this
	// replica never caches identities (it would not hear of revocations
	// made elsewhere); SQLite (one process) needs none.
	Notify *notify.Hub
}

// Service is the auth module.
type Service struct {
	cfg     config.Config
	store   *store.Store
	limiter RateLimiter
	audit   Auditor
	log     *slog.Logger
	mailer  Mailer
	jobs    Enqueuer
	// mailBackoff overrides emailBackoff (tests).
	mailBackoff func(attempt int) time.Duration
	httpClient  *http.Client
	now         func() time.Time
	hasher      *password.Hasher
	access      *token.Issuer
	flowSeal    *secrets.Sealer
	refreshKey  []byte   // derives refresh-token successors (see successor)
	csrfKeys    [][]byte // derive sessions' CSRF tokens, current key first (see csrf.go)
	secure      bool     // cookies get the Secure flag (BaseURL is https)
	baseURL     string
	accessTTL   time.Duration
	refreshTTL  time.Duration
	oauth       map[string]oauthProvider
	cache       *identityCache
	cross       bool // PostgreSQL: changes are announced to other replicas
}

// Lockout policy: after lockThreshold consecutive failures the account is
// locked for lockBase, doubling with every further lockout up to lockMax.
const (
	lockThreshold = 5
	lockBase      = time.Minute
	lockMax       = 24 * time.Hour
)

// New builds the Service. It starts no goroutines: on PostgreSQL, replicas
// that serve requests pass a started Deps.Notify to hear of each other's
// revocations.
func New(d Deps) (*Service, error) {
	switch {
	case d.DB == nil:
		return nil, errors.New("auth: nil DB")
	case d.Limiter == nil:
		return nil, errors.New("auth: nil Limiter")
	case d.Audit == nil:
		return nil, errors.New("auth: nil Audit")
	case d.Logger == nil:
		return nil, errors.New("auth: nil Logger")
	}
	secret := d.SecretKey
	if secret == "" {
		secret = d.Config.SecretKey
	}
	if secret == "" {
		return nil, errors.New("auth: empty secret key")
	}
	now := d.Now
	if now == nil {
		now = time.Now
	}
	a := d.Config.Auth
	accessTTL, refreshTTL := a.AccessTTL, a.RefreshTTL
	if accessTTL <= 0 {
		accessTTL = 15 * time.Minute
	}
	if refreshTTL <= 0 {
		refreshTTL = 14 * 24 * time.Hour
	}
	hasher, err := password.NewHasher(password.Params{
		MemoryKiB: a.Argon2.MemoryKiB, Iterations: a.Argon2.Iterations, Parallelism: a.Argon2.Parallelism,
	}, a.Argon2.MaxConcurrent)
	if err != nil {
		return nil, err
	}
	baseURL := strings.TrimRight(d.Config.BaseURL, "/")
	if baseURL == "" {
		baseURL = "http://localhost:8080"
	}
	access, err := token.NewIssuer([]byte(secret), baseURL, accessTTL, now)
	if err != nil {
		return nil, err
	}
	flowSeal := d.Sealer
	if flowSeal == nil {
		if flowSeal, err = secrets.NewSealer(secret, d.Config.SecretKeyPrevious...); err != nil {
			return nil, err
		}
	}
	refreshKey, err := secrets.Derive(secret, "auth/refresh-successor", 32)
	if err != nil {
		return nil, err
	}
	csrf, err := csrfKeys(secret, d.Config.SecretKeyPrevious)
	if err != nil {
		return nil, err
	}
	hc := d.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 10 * time.Second}
	}
	mailer := d.Mailer
	if mailer == nil && d.Config.SMTP.Host != "" {
		mailer = &smtpMailer{cfg: d.Config.SMTP}
	}
	s := &Service{
		cfg: d.Config, store: store.New(d.DB), limiter: d.Limiter, audit: d.Audit, log: d.Logger,
		mailer: mailer, jobs: d.Jobs, httpClient: hc, now: func() time.Time { return now().UTC() },
		hasher: hasher, access: access, flowSeal: flowSeal, refreshKey: refreshKey, csrfKeys: csrf,
		secure:  strings.HasPrefix(baseURL, "https://"),
		baseURL: baseURL, accessTTL: accessTTL, refreshTTL: refreshTTL,
		cross: crossProcess(d.DB),
	}
	var session func() (uint64, bool)
	switch {
	case d.Notify != nil:
		session = d.Notify.Session
	case s.cross:
		session = func() (uint64, bool) { return 0, false }
	}
	s.cache = newIdentityCache(d.IdentityCacheTTL, session)
	if d.Notify != nil {
		s.listen(d.Notify)
	}

	s.oauth = s.configuredProviders()
	return s, nil
}

// Meta is what the module records about the request that caused an event.
type Meta struct {
	IP        string
	UserAgent string
}

// record writes an audit event with the request's IP and user agent (the
// log adds the time); a failure is logged, never shown to the user, and
// never undoes the security decision already taken.
func (s *Service) record(ctx context.Context, m Meta, e auditEvent) {
	switch {
	case broadcastAction(e.Action):
		s.invalidate(ctx)
	case invalidatingAction(e.Action):
		s.cache.invalidate()
	}
	target := ""
	if e.TargetType != "" {
		target = e.TargetType + ":" + e.TargetID
	}
	if _, err := s.audit.Record(ctx, audit.Entry{ActorID: e.ActorID, WorkspaceID: e.WorkspaceID, Action: e.Action,
		Target: target, IP: m.IP, UserAgent: truncate(m.UserAgent, 400), Details: e.Details}); err != nil {
		s.log.ErrorContext(ctx, "auth: audit record failed", "action", e.Action, "err", err)
	}
}

func normalizeEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }

func errsAs(err error, target **errs.Error) bool { return errors.As(err, target) }
