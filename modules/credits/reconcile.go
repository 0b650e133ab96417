package credits

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/stripe/stripe-go/v81"

	"vigil/modules/credits/internal/store"
)

// reconcileWindow is how far back Reconcile asks Stripe for sessions;
// Stripe retries a webhook for three days, so this covers every gap a
// lost delivery can leave.
const reconcileWindow = 72 * time.Hour

// Reconcile lists recent Checkout Sessions from Stripe and credits every
// paid one we have not credited (a webhook lost, or a crash between
// Stripe's answer and our database). It goes through the same idempotent
// path as the webhook, so running it at any time never credits twice.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	if s.stripe == nil {
		return 0, nil
	}
	params := &stripe.CheckoutSessionListParams{}
	params.Context = ctx
	params.Filters.AddFilter("limit", "", "100")
	params.Filters.AddFilter("created", "gte", strconv.FormatInt(s.now().Add(-reconcileWindow).Unix(), 10))
	it := s.stripe.CheckoutSessions.List(params)
	fixed := 0
	for it.Next() {
		cs := it.CheckoutSession()
		if cs.Status != stripe.CheckoutSessionStatusComplete || cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			continue
		}
		credited := false
		err := s.d.DB.WithTx(ctx, func(ctx context.Context) error {
			co, err := s.findCheckout(ctx, cs)
			if err != nil {
				return err
			}
			if cs.PaymentIntent != nil && cs.PaymentIntent.ID != "" {
				co.PaymentIntentID = cs.PaymentIntent.ID
			}
			if co.Status == store.CheckoutPaid {
				return nil // the webhook did its job; nothing to write
			}
			credited = true
			return s.creditCheckout(ctx, &co)
		})
		switch {
		case errors.Is(err, errUnknownSession):
			continue // another instance's or a hand-made session
		case err != nil:
			return fixed, err
		case credited:
			fixed++
			s.log.Warn("reconciliation credited a paid checkout the webhook had not", "session_id", cs.ID)
		}
	}
	if err := it.Err(); err != nil {
		return fixed, err
	}
	return fixed, nil
}

// GrantMonthly gives every workspace with a credit account the monthly
// free grant once per calendar month (UTC); the idempotency key names the
// month, so running it often is safe.
func (s *Service) GrantMonthly(ctx context.Context) (int, error) {
	amount := s.d.Config.Credits.MonthlyGrant
	if amount <= 0 {
		return 0, nil
	}
	month := s.now().Format("2006-01")
	granted, after := 0, ""
	for {
		ids, err := s.store.Workspaces(ctx, after, 200)
		if err != nil || len(ids) == 0 {
			return granted, err
		}
		for _, ws := range ids {
			ok, err := s.Grant(ctx, ws, amount, KindMonthlyGrant, "monthly:"+ws+":"+month, "Monthly free credits for "+month)
			if err != nil {
				return granted, err
			}
			if ok {
				granted++
			}
		}
		after = ids[len(ids)-1]
	}
}
