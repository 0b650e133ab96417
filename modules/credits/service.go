// Package credits is the workspace credit ledger: balances that equal the
// sum of an append-only ledger, holds that reserve credits while an
// analysis runs, quotes, grants and the HTTP API around them.
//
// Money moves only inside one database transaction per operation, each
// guarded by an idempotency key, so a retried call, a replayed job or a
// crash between two steps never charges or grants twice. With billing off
// (no Stripe key, or VIGIL_BILLING=off) holds always succeed and charge
// nothing.
package credits

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v81/client"

	"vigil/modules/credits/internal/store"
	"vigil/platform/audit"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// Actions checked through the Authorizer (auth's permission table names them).
const (
	ActionRead     = "credits:read"
	ActionPurchase = "credits:purchase"
	ActionAdmin    = "credits:admin"
)

// Authorizer decides whether p may perform action in workspaceID.
type Authorizer interface {
	Can(ctx context.Context, p *principal.Principal, workspaceID, action string) error
}

// Workspaces tells whether a workspace exists (auth's WorkspaceExists):
// nil when it does, a not-found error when it does not.
type Workspaces interface {
	WorkspaceExists(ctx context.Context, id string) error
}

// Auditor appends to the hash-chained audit log (*audit.Log satisfies it).
type Auditor interface {
	Record(ctx context.Context, e audit.Entry) (audit.Record, error)
}

// Deps are the service's collaborators. Authorizer may be nil only for
// command-line use (no HTTP routes).
type Deps struct {
	DB         *database.DB
	Config     config.Config
	Authorizer Authorizer
	// InstanceAdmin is the middleware in front of instance administration
	// routes (auth's RequireInstanceAdmin: an instance administrator, and
	// an API key with the admin scope). Nil refuses those routes.
	InstanceAdmin echo.MiddlewareFunc
	// Workspaces is asked before an administrator's grant opens an
	// account, so no balance exists for a workspace that does not; nil
	// checks only the id's form.
	Workspaces Workspaces
	Logger     *slog.Logger
	// Audit records administrators' grants and revocations in the same
	// transaction as the ledger entry; nil records nothing.
	Audit Auditor
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// StripeHTTP is the HTTP client for Stripe's API; nil means a default
	// with a 30 s timeout.
	StripeHTTP *http.Client
	// LowBalance is told when a charge takes a workspace's balance under
	// its low-water mark (notifications); nil tells no one.
	LowBalance LowBalanceObserver
}

// Service is the credits module.
type Service struct {
	d       Deps
	store   *store.Store
	log     *slog.Logger
	billing bool
	stripe  *client.API // nil without a Stripe key
	metrics metrics
}

// New builds the service; it starts nothing.
func New(d Deps) (*Service, error) {
	if d.DB == nil {
		return nil, errors.New("credits: nil DB")
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &Service{d: d, store: store.New(d.DB), log: d.Logger, billing: d.Config.BillingEnabled(), metrics: newMetrics()}
	if d.Config.Stripe.SecretKey != "" {
		s.stripe = newStripe(d.Config.Stripe, d.StripeHTTP, d.Logger)
	}
	return s, nil
}

// BillingEnabled reports whether credits are enforced on this instance.
func (s *Service) BillingEnabled() bool { return s.billing }

// instanceAdmin returns the middleware guarding instance administration
// routes; without one wired they refuse everyone (fail closed).
func (s *Service) instanceAdmin() echo.MiddlewareFunc {
	if s.d.InstanceAdmin != nil {
		return s.d.InstanceAdmin
	}
	return func(echo.HandlerFunc) echo.HandlerFunc {
		return func(echo.Context) error {
			return errs.New(errs.KindForbidden, "only instance administrators can grant or revoke credits")
		}
	}
}

func (s *Service) now() time.Time { return s.d.Now().UTC() }
