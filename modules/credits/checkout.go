package credits

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v81"

	"vigil/modules/credits/internal/store"
	"vigil/platform/config"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
	"vigil/platform/principal"
)

// KindPurchase is the ledger entry of a paid credit pack.
const KindPurchase = "purchase"

// CheckoutRequest is the body of POST /api/v1/credits/checkout.
type CheckoutRequest struct {
	Pack string `json:"pack" validate:"required,max=64"`
}

// CheckoutResponse is where the browser goes to pay.
type CheckoutResponse struct {
	URL        string `json:"url"`
	SessionID  string `json:"session_id"`
	CheckoutID string `json:"checkout_id"`
}

// CheckoutView is one purchase as the Billing and success pages show it.
type CheckoutView struct {
	ID              string     `json:"id"`
	SessionID       string     `json:"session_id"`
	PackID          string     `json:"pack_id"`
	Credits         int64      `json:"credits"`
	Amount          int64      `json:"amount"`
	Currency        string     `json:"currency"`
	Status          string     `json:"status"`
	RefundedCredits int64      `json:"refunded_credits"`
	DisputedCredits int64      `json:"disputed_credits"`
	ReceiptURL      string     `json:"receipt_url,omitempty"`
	CreatedAt       time.Time  `json:"created_at"`
	CreditedAt      *time.Time `json:"credited_at,omitempty"`
}

// CheckoutStatus is GET /api/v1/credits/checkout/{ref}: the purchase and
// the balance, so the success page can show both.
type CheckoutStatus struct {
	Checkout CheckoutView `json:"checkout"`
	Balance  Balance      `json:"balance"`
}

// CheckoutsPage lists a workspace's purchases.
type CheckoutsPage struct {
	Checkouts []CheckoutView `json:"checkouts"`
}

func viewCheckout(c store.Checkout) CheckoutView {
	return CheckoutView{ID: c.ID, SessionID: c.SessionID(), PackID: c.PackID, Credits: c.Credits, Amount: c.Amount,
		Currency: c.Currency, Status: c.Status, RefundedCredits: c.RefundedCredits, DisputedCredits: c.DisputedCredits,
		ReceiptURL: c.ReceiptURL, CreatedAt: c.CreatedAt, CreditedAt: c.CreditedAt}
}

func (s *Service) pack(id string) (config.CreditPack, bool) {
	for _, p := range s.d.Config.Credits.Packs {
		if p.ID == id {
			return p, true
		}
	}
	return config.CreditPack{}, false
}

// StartCheckout opens a Stripe Checkout Session for one pack. Our record is
// written before Stripe is called and carries the credits and price from
// config, so what is credited never depends on the client or on Stripe's
// answer; a crash after Stripe answers is repaired by Reconcile, which
// finds the record through the session's checkout_id metadata.
func (s *Service) StartCheckout(ctx context.Context, p *principal.Principal, packID string) (CheckoutResponse, error) {
	if !s.billing || s.stripe == nil {
		return CheckoutResponse{}, errs.New(errs.KindConflict, "billing is turned off on this instance; credits are not needed")
	}
	pack, ok := s.pack(packID)
	if !ok {
		return CheckoutResponse{}, errs.Invalid("unknown credit pack", errs.FieldError{Field: "pack", Message: "must be the id of a pack from GET /api/v1/credits/packs"})
	}
	if err := s.open(ctx, p.WorkspaceID); err != nil {
		return CheckoutResponse{}, err
	}
	now := s.now()
	co := &store.Checkout{ID: uuid.Must(uuid.NewV7()).String(), WorkspaceID: p.WorkspaceID, UserID: p.UserID, PackID: pack.ID,
		Credits: pack.Credits, Amount: pack.Price, Currency: strings.ToLower(pack.Currency), Status: store.CheckoutCreated,
		CreatedAt: now, UpdatedAt: now}
	if err := s.store.CreateCheckout(ctx, co); err != nil {
		return CheckoutResponse{}, err
	}
	meta := map[string]string{"checkout_id": co.ID, "workspace_id": co.WorkspaceID, "pack_id": co.PackID}
	base := strings.TrimRight(s.d.Config.BaseURL, "/")
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(co.ID),
		SuccessURL:        stripe.String(base + "/billing/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(base + "/billing?checkout=cancelled"),
		LineItems: []*stripe.CheckoutSessionLineItemParams{{
			Quantity: stripe.Int64(1),
			PriceData: &stripe.CheckoutSessionLineItemPriceDataParams{
				Currency:    stripe.String(co.Currency),
				UnitAmount:  stripe.Int64(co.Amount),
				ProductData: &stripe.CheckoutSessionLineItemPriceDataProductDataParams{Name: stripe.String(fmt.Sprintf("Vigil: %d credits (%s)", pack.Credits, pack.Name))},
			},
		}},
		PaymentIntentData: &stripe.CheckoutSessionPaymentIntentDataParams{Metadata: meta},
	}
	if p.Email != "" {
		params.CustomerEmail = stripe.String(p.Email)
	}
	params.Metadata = meta
	params.SetIdempotencyKey("vigil-checkout-" + co.ID)
	params.Context = ctx
	sess, err := s.stripe.CheckoutSessions.New(params)
	if err != nil {
		s.log.Error("stripe: creating a checkout session failed", "checkout_id", co.ID, "error", err)
		co.Status, co.UpdatedAt = store.CheckoutFailed, s.now()
		_ = s.store.UpdateCheckout(context.WithoutCancel(ctx), co)
		return CheckoutResponse{}, errs.New(errs.KindUnavailable, "the payment provider did not answer; nothing was charged, please try again")
	}
	if err := s.store.AttachSession(ctx, co.ID, sess.ID, s.now()); err != nil {
		return CheckoutResponse{}, err
	}
	return CheckoutResponse{URL: sess.URL, SessionID: sess.ID, CheckoutID: co.ID}, nil
}

// CheckoutStatus returns a workspace's purchase by our id or Stripe's
// session id, with the current balance.
func (s *Service) CheckoutStatus(ctx context.Context, workspaceID, id string) (CheckoutStatus, error) {
	co, err := s.store.CheckoutBySession(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		if _, perr := uuid.Parse(id); perr == nil {
			co, err = s.store.CheckoutByID(ctx, id)
		}
	}
	if errors.Is(err, store.ErrNotFound) || (err == nil && co.WorkspaceID != workspaceID) {
		return CheckoutStatus{}, errs.NotFound("checkout")
	}
	if err != nil {
		return CheckoutStatus{}, err
	}
	b, err := s.Balance(ctx, workspaceID)
	if err != nil {
		return CheckoutStatus{}, err
	}
	return CheckoutStatus{Checkout: viewCheckout(co), Balance: b}, nil
}

func (s *Service) handleCheckout(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionPurchase)
	if err != nil {
		return err
	}
	var req CheckoutRequest
	if err := httpserver.Bind(c, &req); err != nil {
		return err
	}
	res, err := s.StartCheckout(ctx, p, req.Pack)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, res)
}

func (s *Service) handleCheckoutStatus(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return err
	}
	st, err := s.CheckoutStatus(ctx, p.WorkspaceID, c.Param("ref"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, st)
}

func (s *Service) handleCheckouts(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return err
	}
	cs, err := s.store.Checkouts(ctx, p.WorkspaceID, 100)
	if err != nil {
		return err
	}
	out := CheckoutsPage{Checkouts: make([]CheckoutView, 0, len(cs))}
	for _, co := range cs {
		out.Checkouts = append(out.Checkouts, viewCheckout(co))
	}
	return c.JSON(http.StatusOK, out)
}
