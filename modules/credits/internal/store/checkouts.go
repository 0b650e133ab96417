package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Checkout statuses. They only move forward: created → open → paid, or to
// expired/failed; a paid checkout never leaves paid.
const (
	CheckoutCreated = "created" // our row exists, Stripe not answered yet
	CheckoutOpen    = "open"    // Stripe session created, waiting for payment
	CheckoutPending = "pending" // completed, asynchronous payment not settled
	CheckoutPaid    = "paid"    // paid and credited
	CheckoutExpired = "expired"
	CheckoutFailed  = "failed"
)

// Checkout is one credit-pack purchase through Stripe Checkout. Credits and
// Amount are copied from the pack when the purchase starts and are what
// gets credited: never anything a client or an event says.
type Checkout struct {
	ID              string     `gorm:"column:id;primaryKey"`
	WorkspaceID     string     `gorm:"column:workspace_id"`
	UserID          string     `gorm:"column:user_id"`
	PackID          string     `gorm:"column:pack_id"`
	Credits         int64      `gorm:"column:credits"`
	Amount          int64      `gorm:"column:amount"`
	Currency        string     `gorm:"column:currency"`
	StripeSessionID *string    `gorm:"column:stripe_session_id"`
	PaymentIntentID string     `gorm:"column:payment_intent_id"`
	Status          string     `gorm:"column:status"`
	RefundedCredits int64      `gorm:"column:refunded_credits"`
	DisputedCredits int64      `gorm:"column:disputed_credits"`
	ReceiptURL      string     `gorm:"column:receipt_url"`
	CreatedAt       time.Time  `gorm:"column:created_at"`
	UpdatedAt       time.Time  `gorm:"column:updated_at"`
	CreditedAt      *time.Time `gorm:"column:credited_at"`
}

// TableName implements gorm's Tabler.
func (Checkout) TableName() string { return "credit_checkouts" }

// SessionID is the Stripe session id, or "" before Stripe answered.
func (c Checkout) SessionID() string {
	if c.StripeSessionID == nil {
		return ""
	}
	return *c.StripeSessionID
}

// CreateCheckout inserts a purchase.
func (s *Store) CreateCheckout(ctx context.Context, c *Checkout) error {
	if err := s.db.Conn(ctx).Create(c).Error; err != nil {
		return fmt.Errorf("credits store: create checkout: %w", err)
	}
	return nil
}

// AttachSession records the Stripe session of a purchase still in created.
func (s *Store) AttachSession(ctx context.Context, id, sessionID string, now time.Time) error {
	err := s.db.Conn(ctx).Exec(`UPDATE credit_checkouts SET stripe_session_id = ?, status = ?, updated_at = ? WHERE id = ? AND status = ?`,
		sessionID, CheckoutOpen, now, id, CheckoutCreated).Error
	if err != nil {
		return fmt.Errorf("credits store: attach session: %w", err)
	}
	return nil
}

// CheckoutByID finds a purchase by our id.
func (s *Store) CheckoutByID(ctx context.Context, id string) (Checkout, error) {
	return s.checkout(ctx, "id = ?", id)
}

// CheckoutBySession finds a purchase by its Stripe session id.
func (s *Store) CheckoutBySession(ctx context.Context, sessionID string) (Checkout, error) {
	return s.checkout(ctx, "stripe_session_id = ?", sessionID)
}

// CheckoutByPaymentIntent finds a purchase by its Stripe payment intent.
func (s *Store) CheckoutByPaymentIntent(ctx context.Context, pi string) (Checkout, error) {
	if pi == "" {
		return Checkout{}, ErrNotFound
	}
	return s.checkout(ctx, "payment_intent_id = ?", pi)
}

// checkout reads one purchase. Inside a transaction the row stays locked
// until it ends (SELECT ... FOR UPDATE on PostgreSQL; SQLite transactions
// are immediate, so writers are serialised already): the webhook and
// reconciliation read a purchase, post ledger entries from its refunded and
// disputed totals and write it back, and two Stripe events for the same
// purchase must not both act on the totals they read before the other.
func (s *Store) checkout(ctx context.Context, where string, args ...any) (Checkout, error) {
	var c Checkout
	q := s.db.Conn(ctx)
	if s.db.InTx(ctx) && s.db.Dialect() == "postgres" {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	err := q.Where(where, args...).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return c, ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("credits store: checkout: %w", err)
	}
	return c, nil
}

// UpdateCheckout writes the mutable fields of a purchase.
func (s *Store) UpdateCheckout(ctx context.Context, c *Checkout) error {
	err := s.db.Conn(ctx).Model(&Checkout{}).Where("id = ?", c.ID).Updates(map[string]any{
		"stripe_session_id": c.StripeSessionID,
		"payment_intent_id": c.PaymentIntentID,
		"status":            c.Status,
		"refunded_credits":  c.RefundedCredits,
		"disputed_credits":  c.DisputedCredits,
		"receipt_url":       c.ReceiptURL,
		"updated_at":        c.UpdatedAt,
		"credited_at":       c.CreditedAt,
	}).Error
	if err != nil {
		return fmt.Errorf("credits store: update checkout: %w", err)
	}
	return nil
}

// Checkouts pages a workspace's purchases, newest first.
func (s *Store) Checkouts(ctx context.Context, workspaceID string, limit int) ([]Checkout, error) {
	var cs []Checkout
	err := s.db.Conn(ctx).Where("workspace_id = ? AND status <> ?", workspaceID, CheckoutCreated).
		Order("created_at DESC").Limit(limit).Find(&cs).Error
	if err != nil {
		return nil, fmt.Errorf("credits store: checkouts: %w", err)
	}
	return cs, nil
}

// RecordEvent notes a Stripe event id in the caller's transaction and
// reports false when it was already recorded (a replay).
func (s *Store) RecordEvent(ctx context.Context, id, typ string, now time.Time) (bool, error) {
	res := s.db.Conn(ctx).Exec(`INSERT INTO stripe_events (id, type, received_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`, id, typ, now)
	if res.Error != nil {
		return false, fmt.Errorf("credits store: record event: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// Workspaces lists every workspace with a credit account, after the given
// id (keyset pages for the monthly grant).
func (s *Store) Workspaces(ctx context.Context, after string, limit int) ([]string, error) {
	var ids []string
	q := s.db.Conn(ctx).Model(&Balance{})
	if after != "" {
		q = q.Where("workspace_id > ?", after)
	}
	err := q.Order("workspace_id").Limit(limit).Pluck("workspace_id", &ids).Error
	if err != nil {
		return nil, fmt.Errorf("credits store: workspaces: %w", err)
	}
	return ids, nil
}
