package credits

import (
	"time"

	"context"
	"errors"
	"fmt"
	"math"

	"github.com/google/uuid"
	"go.opentelemetry.io/otel/attribute"
	"gorm.io/gorm"

	"vigil/modules/credits/internal/store"
	"vigil/platform/audit"
	"vigil/platform/errs"
	"vigil/platform/ids"
	"vigil/platform/principal"
)

// Ledger entry kinds.
const (
	KindSignupGrant  = "signup_grant"
	KindMonthlyGrant = "monthly_grant"
	KindAdminGrant   = "admin_grant"
	KindAdminRevoke  = "admin_revoke"
	KindCharge       = "charge"
)

// Balance is what GET /api/v1/credits returns.
type Balance struct {
	WorkspaceID    string `json:"workspace_id"`
	Balance        int64  `json:"balance"`
	Held           int64  `json:"held"`
	Available      int64  `json:"available"`
	BillingEnabled bool   `json:"billing_enabled"`
}

// Balance returns the workspace's balance, opening its account (with the
// sign-up grant) on first use.
func (s *Service) Balance(ctx context.Context, workspaceID string) (Balance, error) {
	if err := s.open(ctx, workspaceID); err != nil {
		return Balance{}, err
	}
	b, err := s.store.GetBalance(ctx, workspaceID)
	if err != nil {
		return Balance{}, fmt.Errorf("credits: balance: %w", err)
	}
	return Balance{WorkspaceID: workspaceID, Balance: b.Balance, Held: b.Held, Available: b.Balance - b.Held, BillingEnabled: s.billing}, nil
}

// open creates the workspace's balance row and posts the sign-up grant
// exactly once (its idempotency key is per workspace).
func (s *Service) open(ctx context.Context, workspaceID string) error {
	if workspaceID == "" {
		return errs.New(errs.KindInvalid, "no workspace")
	}
	return s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		created, err := s.store.EnsureBalance(ctx, workspaceID, s.now())
		if err != nil || !created || s.d.Config.Credits.SignupGrant <= 0 {
			return err
		}
		return s.store.Post(ctx, &store.Entry{
			WorkspaceID: workspaceID, Kind: KindSignupGrant, Amount: s.d.Config.Credits.SignupGrant,
			IdempotencyKey: "signup:" + workspaceID, Memo: "Welcome credits", CreatedAt: s.now(),
		}, 0)
	})
}

// AdminGrant is an administrator's grant (amount > 0) or revocation
// (amount < 0) for a workspace named by hand, over HTTP or the command
// line: a workspace that does not exist (or a malformed id) is a not-found
// error, and gets no account or welcome credits.
func (s *Service) AdminGrant(ctx context.Context, workspaceID string, amount int64, key, memo string) (bool, error) {
	if err := ids.Check("workspace", workspaceID); err != nil {
		return false, err
	}
	if s.d.Workspaces != nil {
		if err := s.d.Workspaces.WorkspaceExists(ctx, workspaceID); err != nil {
			return false, err
		}
	}
	kind := KindAdminGrant
	if amount < 0 {
		kind = KindAdminRevoke
	}
	// Credits are money: the grant and its audit entry commit together.
	return s.grant(ctx, workspaceID, amount, kind, key, memo, func(ctx context.Context) error {
		if s.d.Audit == nil {
			return nil
		}
		actor := "cli"
		if p, ok := principal.From(ctx); ok {
			actor = p.UserID
		}
		_, err := s.d.Audit.Record(ctx, audit.Entry{ActorID: actor, WorkspaceID: workspaceID, Action: "credits." + kind,
			Target: "workspace:" + workspaceID, Details: map[string]any{"amount": amount, "memo": memo}})
		return err
	})
}

// Grant adds (amount > 0) or removes (amount < 0) credits once per
// idempotency key. It returns false when the key was already used.
func (s *Service) Grant(ctx context.Context, workspaceID string, amount int64, kind, key, memo string) (bool, error) {
	return s.grant(ctx, workspaceID, amount, kind, key, memo, nil)
}

// grant is Grant with then, when not nil, run in the grant's transaction
// after the entry is posted (and not at all for a replayed key).
func (s *Service) grant(ctx context.Context, workspaceID string, amount int64, kind, key, memo string, then func(context.Context) error) (_ bool, err error) {
	ctx, span := startSpan(ctx, "credits.grant", attribute.String("credits.kind", kind), attribute.Int64("credits.amount", amount))
	defer endSpan(span, &err)
	if amount == 0 {
		return false, errs.Invalid("amount must not be zero", errs.FieldError{Field: "amount", Message: "must not be zero"})
	}
	if key == "" {
		key = "grant:" + uuid.Must(uuid.NewV7()).String()
	}
	if err := s.open(ctx, workspaceID); err != nil {
		return false, err
	}
	err = s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		if seen, err := s.store.EntryExists(ctx, key); err != nil || seen {
			if seen {
				return errDuplicate
			}
			return err
		}
		// Only refunds and disputes may take a balance below zero: a revoke
		// takes at most what is available (not what running work holds).
		if amount < 0 {
			ok, err := s.store.LockAvailable(ctx, workspaceID, -amount, s.now())
			if err != nil {
				return err
			}
			if !ok {
				b, _ := s.store.GetBalance(ctx, workspaceID)
				return errs.Invalid("cannot revoke more than is available",
					errs.FieldError{Field: "amount", Message: fmt.Sprintf("at most %d credits are available to revoke", b.Balance-b.Held)})
			}
		}
		if err := s.store.Post(ctx, &store.Entry{WorkspaceID: workspaceID, Kind: kind, Amount: amount, IdempotencyKey: key, Memo: memo, CreatedAt: s.now()}, 0); err != nil || then == nil {
			return err
		}
		return then(ctx)
	})
	if errors.Is(err, errDuplicate) || errors.Is(err, gorm.ErrDuplicatedKey) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("credits: grant: %w", err)
	}
	return true, nil
}

var errDuplicate = errors.New("credits: duplicate idempotency key")

// postOnce appends e in the caller's transaction unless an entry with its
// idempotency key exists, and reports whether it posted. Purchases, refunds
// and disputes go through it, so a replay of any of them changes nothing.
// (Grant checks its key itself before the available-credits check: a
// replayed revoke must be a no-op, not refused for lack of credits.)
func (s *Service) postOnce(ctx context.Context, e *store.Entry) (bool, error) {
	if seen, err := s.store.EntryExists(ctx, e.IdempotencyKey); err != nil || seen {
		return false, err
	}
	if e.CreatedAt.IsZero() {
		e.CreatedAt = s.now()
	}
	return true, s.store.Post(ctx, e, 0)
}

// Quote prices a tier: the Static tier costs StaticPer10kLines credits per
// started 10,000 lines (at least 1); Standard and Deep add the estimated AI
// spend converted at CreditsPerDollar. The same function prices the actual
// usage at the end of an analysis.
func (s *Service) Quote(_ context.Context, workspaceID, tier string, lines int64, aiMinUSD, aiMaxUSD float64) (int64, int64, error) {
	q, err := s.quote(tier, lines, aiMinUSD, aiMaxUSD)
	return q.Min, q.Max, err
}

// QuoteLine is one part of a quote's breakdown.
type QuoteLine struct {
	Label string `json:"label"`
	Min   int64  `json:"min"`
	Max   int64  `json:"max"`
}

// QuoteResult is a price range with what drives it.
type QuoteResult struct {
	Tier      string      `json:"tier"`
	Lines     int64       `json:"lines"`
	Min       int64       `json:"min"`
	Max       int64       `json:"max"`
	Breakdown []QuoteLine `json:"breakdown"`
}

func (s *Service) quote(tier string, lines int64, aiMinUSD, aiMaxUSD float64) (QuoteResult, error) {
	switch tier {
	case "static", "standard", "deep":
	default:
		return QuoteResult{}, errs.Invalid("unknown tier", errs.FieldError{Field: "tier", Message: "must be static, standard or deep"})
	}
	if lines < 0 || aiMinUSD < 0 || aiMaxUSD < aiMinUSD {
		return QuoteResult{}, errs.Invalid("invalid quote input", errs.FieldError{Field: "lines", Message: "must not be negative"})
	}
	per := s.d.Config.Credits.StaticPer10kLines
	static := ((lines + 9999) / 10000) * per
	if static < 1 {
		static = 1
	}
	q := QuoteResult{Tier: tier, Lines: lines, Min: static, Max: static, Breakdown: []QuoteLine{
		{Label: staticLabel(per), Min: static, Max: static},
	}}
	if tier != "static" {
		rate := s.d.Config.Credits.CreditsPerDollar
		lo, hi := int64(math.Ceil(aiMinUSD*rate)), int64(math.Ceil(aiMaxUSD*rate))
		q.Min += lo
		q.Max += hi
		q.Breakdown = append(q.Breakdown, QuoteLine{Label: fmt.Sprintf("AI review: estimated $%.4f–$%.4f at %g credits per dollar", aiMinUSD, aiMaxUSD, rate), Min: lo, Max: hi})
	}
	return q, nil
}

// Hold reserves amount for reference (an analysis id). Calling it again
// for the same reference returns the same hold. It fails with a 402
// problem when the available balance does not cover amount, or when the
// balance is negative (after a refund or dispute). With billing off it
// always succeeds and reserves nothing.
func (s *Service) Hold(ctx context.Context, workspaceID string, amount int64, reference string) (_ string, err error) {
	ctx, span := startSpan(ctx, "credits.hold", attribute.Int64("credits.amount", amount))
	defer endSpan(span, &err)
	if amount < 0 || reference == "" {
		return "", errs.New(errs.KindInvalid, "credits: a hold needs a reference and a non-negative amount")
	}
	if !s.billing {
		amount = 0
	}
	if err := s.open(ctx, workspaceID); err != nil {
		return "", err
	}
	var id string
	err = s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		if h, err := s.store.HoldByReference(ctx, workspaceID, reference); err == nil {
			id = h.ID
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if s.billing {
			ok, err := s.store.Reserve(ctx, workspaceID, amount, s.now())
			if err != nil {
				return err
			}
			if !ok {
				b, _ := s.store.GetBalance(ctx, workspaceID)
				return errs.New(errs.KindPaymentRequired,
					"This analysis may cost up to %d credits but the workspace has %d available. Buy credits on the Billing page or choose a smaller scope.",
					amount, b.Balance-b.Held)
			}
		}
		h := &store.Hold{ID: uuid.Must(uuid.NewV7()).String(), WorkspaceID: workspaceID, Reference: reference, Amount: amount,
			Status: store.HoldHeld, CreatedAt: s.now(), ExpiresAt: s.now().Add(s.holdTimeout())}
		id = h.ID
		return s.store.CreateHold(ctx, h)
	})
	if err != nil {
		return "", fmt.Errorf("credits: hold: %w", err)
	}
	return id, nil
}

// Settle charges amount (capped at the hold) and releases the rest. A
// second call for the same hold changes nothing.
func (s *Service) Settle(ctx context.Context, holdID string, amount int64) (err error) {
	ctx, span := startSpan(ctx, "credits.settle", attribute.Int64("credits.amount", amount))
	defer endSpan(span, &err)
	if amount < 0 {
		return errs.New(errs.KindInvalid, "credits: cannot settle a negative amount")
	}
	var workspaceID string
	var charged int64
	err = s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		h, err := s.store.HoldByID(ctx, holdID)
		if err != nil {
			return err
		}
		charge := min(amount, h.Amount)
		closed, err := s.store.CloseHold(ctx, h.ID, store.HoldSettled, charge, s.now())
		if err != nil || !closed {
			return err
		}
		if charge == 0 {
			return s.store.Unreserve(ctx, h.WorkspaceID, h.Amount, s.now())
		}
		workspaceID, charged = h.WorkspaceID, charge
		return s.store.Post(ctx, &store.Entry{
			WorkspaceID: h.WorkspaceID, Kind: KindCharge, Amount: -charge, IdempotencyKey: "settle:" + h.ID,
			ReferenceType: "analysis", ReferenceID: h.Reference, Memo: "Analysis", CreatedAt: s.now(),
		}, -h.Amount)
	})
	if errors.Is(err, store.ErrNotFound) {
		return errs.NotFound("hold")
	}
	if err != nil {
		return fmt.Errorf("credits: settle: %w", err)
	}
	if charged > 0 {
		// Counted when the charge commits: Settle's own transaction, or the
		// caller's when Settle joined it (an analysis finishing), so a
		// rolled-back finish charges nothing and counts nothing.
		s.d.DB.AfterCommit(ctx, func(context.Context) { s.metrics.spent.Add(float64(charged)) })
		span.SetAttributes(attribute.Int64("credits.charged", charged))
		s.checkLowBalance(ctx, workspaceID, charged, "settle:"+holdID)
	}
	return nil
}

// Release frees a whole hold (failure or cancellation). Releasing a closed
// hold changes nothing.
func (s *Service) Release(ctx context.Context, holdID string) (err error) {
	ctx, span := startSpan(ctx, "credits.release")
	defer endSpan(span, &err)
	err = s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		h, err := s.store.HoldByID(ctx, holdID)
		if err != nil {
			return err
		}
		closed, err := s.store.CloseHold(ctx, h.ID, store.HoldReleased, 0, s.now())
		if err != nil || !closed {
			return err
		}
		return s.store.Unreserve(ctx, h.WorkspaceID, h.Amount, s.now())
	})
	if errors.Is(err, store.ErrNotFound) {
		return errs.NotFound("hold")
	}
	if err != nil {
		return fmt.Errorf("credits: release: %w", err)
	}
	return nil
}

func (s *Service) holdTimeout() time.Duration {
	if t := s.d.Config.Credits.HoldTimeout; t > 0 {
		return t
	}
	return 2 * time.Hour
}

// Ledger pages the workspace's entries, newest first.
func (s *Service) Ledger(ctx context.Context, workspaceID, cursor string, limit int) ([]store.Entry, string, error) {
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	es, err := s.store.Entries(ctx, workspaceID, cursor, limit+1)
	if err != nil {
		return nil, "", fmt.Errorf("credits: ledger: %w", err)
	}
	next := ""
	if len(es) > limit {
		es = es[:limit]
		next = es[limit-1].ID
	}
	return es, next, nil
}

// staticLabel names the static-analysis line of a quote: "1 credit per
// 10,000 lines" or "2 credits per 10,000 lines".
func staticLabel(per int64) string {
	unit := "credits"
	if per == 1 {
		unit = "credit"
	}
	return fmt.Sprintf("Static analysis: %d %s per 10,000 lines, at least 1", per, unit)
}
