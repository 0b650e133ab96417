package credits

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/webhook"

	"vigil/modules/credits/internal/store"
	"vigil/platform/errs"
)

// Ledger entry kinds posted from Stripe events.
const (
	KindRefund          = "refund"
	KindDispute         = "dispute"
	KindDisputeReversal = "dispute_reversal"
)

// maxWebhookBody bounds a Stripe event; real ones are a few kilobytes.
const maxWebhookBody = 512 << 10

// errUnknownSession refuses an event about a session we never created; the
// event is not recorded, so Stripe's retries are answered the same way.
var errUnknownSession = errors.New("credits: checkout session unknown to this instance")

// handleStripeWebhook is POST /api/v1/webhooks/stripe. Only the signature
// authenticates it (no cookie, no key): a wrong signature or a timestamp
// outside Stripe's tolerance is refused with 400 and logged.
func (s *Service) handleStripeWebhook(c echo.Context) error {
	secret := s.d.Config.Stripe.WebhookSecret
	if secret == "" {
		return errs.New(errs.KindNotFound, "Stripe webhooks are not configured on this instance (set VIGIL_STRIPE_WEBHOOK_SECRET)")
	}
	req := c.Request()
	body, err := io.ReadAll(io.LimitReader(req.Body, maxWebhookBody+1))
	if err != nil {
		return errs.Wrap(errs.KindBadRequest, err, "could not read the event")
	}
	if len(body) > maxWebhookBody {
		return errs.New(errs.KindTooLarge, "event larger than %d bytes", maxWebhookBody)
	}
	ev, err := webhook.ConstructEvent(body, req.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		s.log.Warn("refused a Stripe webhook", "reason", err.Error(), "ip", c.RealIP())
		return errs.New(errs.KindBadRequest, "the event's signature is missing, wrong or too old")
	}
	if err := s.HandleEvent(req.Context(), ev); err != nil {
		if errors.Is(err, errUnknownSession) {
			s.log.Warn("refused a Stripe event for an unknown checkout session", "event_id", ev.ID, "type", ev.Type)
			return errs.New(errs.KindBadRequest, "unknown checkout session")
		}
		return err
	}
	return c.JSON(http.StatusOK, map[string]bool{"received": true})
}

// HandleEvent applies one verified Stripe event. The event id is recorded
// in the same transaction as its effect, and every ledger entry it posts
// has its own idempotency key, so replays, concurrent deliveries and any
// delivery order credit a payment exactly once.
func (s *Service) HandleEvent(ctx context.Context, ev stripe.Event) error {
	return s.d.DB.WithTx(ctx, func(ctx context.Context) error {
		fresh, err := s.store.RecordEvent(ctx, ev.ID, string(ev.Type), s.now())
		if err != nil || !fresh {
			return err
		}
		raw := json.RawMessage(nil)
		if ev.Data != nil {
			raw = ev.Data.Raw
		}
		switch ev.Type {
		case stripe.EventTypeCheckoutSessionCompleted, stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded,
			stripe.EventTypeCheckoutSessionAsyncPaymentFailed, stripe.EventTypeCheckoutSessionExpired:
			var cs stripe.CheckoutSession
			if err := json.Unmarshal(raw, &cs); err != nil {
				return errs.Wrap(errs.KindBadRequest, err, "malformed checkout session")
			}
			return s.applySession(ctx, ev.Type, &cs)
		case stripe.EventTypeChargeSucceeded, stripe.EventTypeChargeRefunded:
			var ch stripe.Charge
			if err := json.Unmarshal(raw, &ch); err != nil {
				return errs.Wrap(errs.KindBadRequest, err, "malformed charge")
			}
			return s.applyCharge(ctx, &ch)
		case stripe.EventTypeChargeDisputeCreated, stripe.EventTypeChargeDisputeClosed:
			var d stripe.Dispute
			if err := json.Unmarshal(raw, &d); err != nil {
				return errs.Wrap(errs.KindBadRequest, err, "malformed dispute")
			}
			return s.applyDispute(ctx, &d)
		}
		return nil // other event types are acknowledged and ignored
	})
}

// findCheckout locates our record of a Stripe session: by session id, or,
// when we crashed before storing the id, by the checkout_id we put in its
// metadata (then the id is attached now).
func (s *Service) findCheckout(ctx context.Context, cs *stripe.CheckoutSession) (store.Checkout, error) {
	co, err := s.store.CheckoutBySession(ctx, cs.ID)
	if !errors.Is(err, store.ErrNotFound) {
		return co, err
	}
	id := cs.Metadata["checkout_id"]
	if id == "" {
		id = cs.ClientReferenceID
	}
	if id == "" {
		return co, errUnknownSession
	}
	co, err = s.store.CheckoutByID(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && co.SessionID() != "" && co.SessionID() != cs.ID) {
		return co, errUnknownSession
	}
	if err != nil {
		return co, err
	}
	sid := cs.ID
	co.StripeSessionID = &sid
	if co.Status == store.CheckoutCreated {
		co.Status = store.CheckoutOpen
	}
	return co, nil
}

// applySession moves a purchase along and credits it once it is paid.
func (s *Service) applySession(ctx context.Context, typ stripe.EventType, cs *stripe.CheckoutSession) error {
	co, err := s.findCheckout(ctx, cs)
	if err != nil {
		return err
	}
	if cs.PaymentIntent != nil && cs.PaymentIntent.ID != "" {
		co.PaymentIntentID = cs.PaymentIntent.ID
	}
	if cs.AmountTotal != 0 && cs.AmountTotal != co.Amount {
		s.log.Error("stripe: a checkout session's total differs from its pack price; crediting the pack", "checkout_id", co.ID,
			"session_amount", cs.AmountTotal, "pack_amount", co.Amount)
	}
	paid := typ == stripe.EventTypeCheckoutSessionAsyncPaymentSucceeded ||
		(typ == stripe.EventTypeCheckoutSessionCompleted && cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid)
	switch {
	case paid:
		return s.creditCheckout(ctx, &co)
	case co.Status == store.CheckoutPaid:
		// Settled already; a late or reordered event changes nothing.
	case typ == stripe.EventTypeCheckoutSessionCompleted:
		co.Status = store.CheckoutPending
	case typ == stripe.EventTypeCheckoutSessionAsyncPaymentFailed:
		co.Status = store.CheckoutFailed
	case typ == stripe.EventTypeCheckoutSessionExpired:
		co.Status = store.CheckoutExpired
	}
	co.UpdatedAt = s.now()
	return s.store.UpdateCheckout(ctx, &co)
}

// creditCheckout posts the purchase's credits once (the ledger key is per
// purchase) and marks it paid.
func (s *Service) creditCheckout(ctx context.Context, co *store.Checkout) error {
	if co.Status != store.CheckoutPaid {
		if err := s.open(ctx, co.WorkspaceID); err != nil {
			return err
		}
		posted, err := s.postOnce(ctx, &store.Entry{WorkspaceID: co.WorkspaceID, Kind: KindPurchase, Amount: co.Credits,
			IdempotencyKey: "purchase:" + co.ID, ReferenceType: "checkout", ReferenceID: co.ID,
			Memo: fmt.Sprintf("Bought %d credits", co.Credits)})
		if err != nil {
			return err
		}
		if posted {
			credits := co.Credits
			// A rolled-back or replayed purchase is not a sale.
			s.d.DB.AfterCommit(ctx, func(context.Context) { s.metrics.sold.Add(float64(credits)) })
			s.log.Info("credited a paid checkout", "checkout_id", co.ID, "workspace_id", co.WorkspaceID, "credits", co.Credits)
		}
		now := s.now()
		co.Status, co.CreditedAt = store.CheckoutPaid, &now
	}
	co.UpdatedAt = s.now()
	return s.store.UpdateCheckout(ctx, co)
}

// applyCharge keeps the receipt link and turns refunds into negative
// entries. Stripe's amount_refunded is cumulative, so the entry key carries
// the refunded total: replays and reordered events never refund twice.
func (s *Service) applyCharge(ctx context.Context, ch *stripe.Charge) error {
	if ch.PaymentIntent == nil {
		return nil
	}
	co, err := s.store.CheckoutByPaymentIntent(ctx, ch.PaymentIntent.ID)
	if errors.Is(err, store.ErrNotFound) {
		s.log.Info("ignored a Stripe charge that is not a credit purchase", "charge_id", ch.ID)
		return nil
	}
	if err != nil {
		return err
	}
	if ch.ReceiptURL != "" {
		co.ReceiptURL = ch.ReceiptURL
	}
	if target := proportion(co.Credits, ch.AmountRefunded, co.Amount); target > co.RefundedCredits {
		if err := s.open(ctx, co.WorkspaceID); err != nil {
			return err
		}
		if _, err := s.postOnce(ctx, &store.Entry{WorkspaceID: co.WorkspaceID, Kind: KindRefund, Amount: -(target - co.RefundedCredits),
			IdempotencyKey: fmt.Sprintf("refund:%s:%d", co.ID, target), ReferenceType: "checkout", ReferenceID: co.ID,
			Memo: fmt.Sprintf("Refund of %d credits", target-co.RefundedCredits)}); err != nil {
			return err
		}
		co.RefundedCredits = target
	}
	co.UpdatedAt = s.now()
	return s.store.UpdateCheckout(ctx, &co)
}

// applyDispute takes a disputed payment's credits back, and gives them
// back if the dispute is won. A "won" that arrives before "created" posts
// both entries, so the order of delivery does not matter.
func (s *Service) applyDispute(ctx context.Context, d *stripe.Dispute) error {
	pi := ""
	if d.PaymentIntent != nil {
		pi = d.PaymentIntent.ID
	}
	co, err := s.store.CheckoutByPaymentIntent(ctx, pi)
	if errors.Is(err, store.ErrNotFound) {
		s.log.Info("ignored a Stripe dispute that is not about a credit purchase", "dispute_id", d.ID)
		return nil
	}
	if err != nil {
		return err
	}
	if err := s.open(ctx, co.WorkspaceID); err != nil {
		return err
	}
	credits := proportion(co.Credits, d.Amount, co.Amount)
	post := func(kind, key string, amount int64, memo string) (bool, error) {
		return s.postOnce(ctx, &store.Entry{WorkspaceID: co.WorkspaceID, Kind: kind, Amount: amount, IdempotencyKey: key,
			ReferenceType: "checkout", ReferenceID: co.ID, Memo: memo})
	}
	posted, err := post(KindDispute, "dispute:"+d.ID, -credits, fmt.Sprintf("Payment disputed: %d credits withheld", credits))
	if err != nil {
		return err
	}
	if posted {
		co.DisputedCredits += credits
	}
	if d.Status == stripe.DisputeStatusWon {
		reversed, err := post(KindDisputeReversal, "dispute-won:"+d.ID, credits, fmt.Sprintf("Dispute won: %d credits restored", credits))
		if err != nil {
			return err
		}
		if reversed {
			co.DisputedCredits -= credits
		}
	}
	co.UpdatedAt = s.now()
	return s.store.UpdateCheckout(ctx, &co)
}

// proportion is credits × part / whole, rounded up, at most credits.
func proportion(credits, part, whole int64) int64 {
	if part <= 0 || whole <= 0 {
		return 0
	}
	if part >= whole {
		return credits
	}
	return (credits*part + whole - 1) / whole
}
