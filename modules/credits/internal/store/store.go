// Package store is the credits module's data access: balances, the
// append-only ledger and holds. Every method runs on the transaction in ctx
// when there is one (database.WithTx).
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"vigil/platform/database"
)

// Hold statuses.
const (
	HoldHeld     = "held"
	HoldSettled  = "settled"
	HoldReleased = "released"
)

// Entry is one ledger line. Amount is signed; BalanceAfter is the
// workspace balance right after it.
type Entry struct {
	ID             string    `gorm:"column:id;primaryKey" json:"id"`
	WorkspaceID    string    `gorm:"column:workspace_id" json:"workspace_id"`
	Kind           string    `gorm:"column:kind" json:"kind"`
	Amount         int64     `gorm:"column:amount" json:"amount"`
	BalanceAfter   int64     `gorm:"column:balance_after" json:"balance_after"`
	IdempotencyKey string    `gorm:"column:idempotency_key" json:"-"`
	ReferenceType  string    `gorm:"column:reference_type" json:"reference_type,omitempty"`
	ReferenceID    string    `gorm:"column:reference_id" json:"reference_id,omitempty"`
	Memo           string    `gorm:"column:memo" json:"memo,omitempty"`
	CreatedAt      time.Time `gorm:"column:created_at" json:"created_at"`
}

// TableName implements gorm's Tabler.
func (Entry) TableName() string { return "credit_ledger" }

// Hold reserves credits for one piece of work until it is settled or released.
type Hold struct {
	ID          string     `gorm:"column:id;primaryKey"`
	WorkspaceID string     `gorm:"column:workspace_id"`
	Reference   string     `gorm:"column:reference"`
	Amount      int64      `gorm:"column:amount"`
	Charged     int64      `gorm:"column:charged"`
	Status      string     `gorm:"column:status"`
	CreatedAt   time.Time  `gorm:"column:created_at"`
	ExpiresAt   time.Time  `gorm:"column:expires_at"`
	ClosedAt    *time.Time `gorm:"column:closed_at"`
}

// TableName implements gorm's Tabler.
func (Hold) TableName() string { return "credit_holds" }

// Balance is a workspace's balance and the part of it held by running work.
type Balance struct {
	WorkspaceID string    `gorm:"column:workspace_id;primaryKey"`
	Balance     int64     `gorm:"column:balance"`
	Held        int64     `gorm:"column:held"`
	UpdatedAt   time.Time `gorm:"column:updated_at"`
}

// TableName implements gorm's Tabler.
func (Balance) TableName() string { return "credit_balances" }

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("credits store: not found")

// Store reads and writes the credits tables.
type Store struct{ db *database.DB }

// New returns a store on db.
func New(db *database.DB) *Store { return &Store{db: db} }

// EnsureBalance creates the workspace's balance row when missing and
// reports whether it did.
func (s *Store) EnsureBalance(ctx context.Context, workspaceID string, now time.Time) (bool, error) {
	res := s.db.Conn(ctx).Exec(
		`INSERT INTO credit_balances (workspace_id, balance, held, updated_at) VALUES (?, 0, 0, ?) ON CONFLICT (workspace_id) DO NOTHING`,
		workspaceID, now)
	if res.Error != nil {
		return false, fmt.Errorf("credits store: ensure balance: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// GetBalance reads a workspace's balance row.
func (s *Store) GetBalance(ctx context.Context, workspaceID string) (Balance, error) {
	var b Balance
	err := s.db.Conn(ctx).Where("workspace_id = ?", workspaceID).Take(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Balance{WorkspaceID: workspaceID}, ErrNotFound
	}
	if err != nil {
		return b, fmt.Errorf("credits store: balance: %w", err)
	}
	return b, nil
}

// EntryExists reports whether an entry with the idempotency key exists.
func (s *Store) EntryExists(ctx context.Context, key string) (bool, error) {
	var n int64
	if err := s.db.Conn(ctx).Model(&Entry{}).Where("idempotency_key = ?", key).Count(&n).Error; err != nil {
		return false, fmt.Errorf("credits store: entry exists: %w", err)
	}
	return n > 0, nil
}

// Post adds amount to the balance and appends the matching ledger entry in
// the caller's transaction. A duplicate idempotency key returns
// gorm.ErrDuplicatedKey and changes nothing once the transaction rolls back.
func (s *Store) Post(ctx context.Context, e *Entry, heldDelta int64) error {
	conn := s.db.Conn(ctx)
	if err := conn.Exec(`UPDATE credit_balances SET balance = balance + ?, held = held + ?, updated_at = ? WHERE workspace_id = ?`,
		e.Amount, heldDelta, e.CreatedAt, e.WorkspaceID).Error; err != nil {
		return fmt.Errorf("credits store: post: %w", err)
	}
	var after int64
	if err := conn.Raw(`SELECT balance FROM credit_balances WHERE workspace_id = ?`, e.WorkspaceID).Scan(&after).Error; err != nil {
		return fmt.Errorf("credits store: post: read balance: %w", err)
	}
	e.BalanceAfter = after
	if e.ID == "" {
		e.ID = uuid.Must(uuid.NewV7()).String()
	}
	if err := conn.Create(e).Error; err != nil {
		return fmt.Errorf("credits store: post: %w", err)
	}
	return nil
}

// Reserve raises the held amount if what is available covers amount. It
// is one guarded UPDATE, so concurrent reservations from any number of
// replicas can never hold more than the balance.
func (s *Store) Reserve(ctx context.Context, workspaceID string, amount int64, now time.Time) (bool, error) {
	res := s.db.Conn(ctx).Exec(
		`UPDATE credit_balances SET held = held + ?, updated_at = ? WHERE workspace_id = ? AND balance - held >= ?`,
		amount, now, workspaceID, amount)
	if res.Error != nil {
		return false, fmt.Errorf("credits store: reserve: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// LockAvailable locks the workspace's balance row for the rest of the
// transaction if what is available covers amount, and reports whether it
// does. Concurrent holds wait for the lock, so a revoke checked this way
// can never push the balance below zero.
func (s *Store) LockAvailable(ctx context.Context, workspaceID string, amount int64, now time.Time) (bool, error) {
	res := s.db.Conn(ctx).Exec(`UPDATE credit_balances SET updated_at = ? WHERE workspace_id = ? AND balance - held >= ?`,
		now, workspaceID, amount)
	if res.Error != nil {
		return false, fmt.Errorf("credits store: lock available: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// Unreserve lowers the held amount.
func (s *Store) Unreserve(ctx context.Context, workspaceID string, amount int64, now time.Time) error {
	if err := s.db.Conn(ctx).Exec(`UPDATE credit_balances SET held = held - ?, updated_at = ? WHERE workspace_id = ?`,
		amount, now, workspaceID).Error; err != nil {
		return fmt.Errorf("credits store: unreserve: %w", err)
	}
	return nil
}

// HoldByReference finds the hold a workspace made for reference.
func (s *Store) HoldByReference(ctx context.Context, workspaceID, reference string) (Hold, error) {
	return s.hold(ctx, "workspace_id = ? AND reference = ?", workspaceID, reference)
}

// HoldByID finds a hold.
func (s *Store) HoldByID(ctx context.Context, id string) (Hold, error) {
	return s.hold(ctx, "id = ?", id)
}

func (s *Store) hold(ctx context.Context, where string, args ...any) (Hold, error) {
	var h Hold
	err := s.db.Conn(ctx).Where(where, args...).Take(&h).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return h, ErrNotFound
	}
	if err != nil {
		return h, fmt.Errorf("credits store: hold: %w", err)
	}
	return h, nil
}

// CreateHold inserts a hold.
func (s *Store) CreateHold(ctx context.Context, h *Hold) error {
	if err := s.db.Conn(ctx).Create(h).Error; err != nil {
		return fmt.Errorf("credits store: create hold: %w", err)
	}
	return nil
}

// CloseHold moves a held hold to status; it reports false when another
// caller closed it first.
func (s *Store) CloseHold(ctx context.Context, id, status string, charged int64, now time.Time) (bool, error) {
	res := s.db.Conn(ctx).Exec(`UPDATE credit_holds SET status = ?, charged = ?, closed_at = ? WHERE id = ? AND status = ?`,
		status, charged, now, id, HoldHeld)
	if res.Error != nil {
		return false, fmt.Errorf("credits store: close hold: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// ExpiredHolds lists holds still held after their expiry.
func (s *Store) ExpiredHolds(ctx context.Context, now time.Time, limit int) ([]Hold, error) {
	var hs []Hold
	err := s.db.Conn(ctx).Where("status = ? AND expires_at < ?", HoldHeld, now).Order("expires_at").Limit(limit).Find(&hs).Error
	if err != nil {
		return nil, fmt.Errorf("credits store: expired holds: %w", err)
	}
	return hs, nil
}

// Entries pages a workspace's ledger newest first. The cursor is the id of
// the last entry of the previous page (ids are time-ordered UUIDv7).
func (s *Store) Entries(ctx context.Context, workspaceID, cursor string, limit int) ([]Entry, error) {
	q := s.db.Conn(ctx).Where("workspace_id = ?", workspaceID)
	if cursor != "" {
		q = q.Where("id < ?", cursor)
	}
	var es []Entry
	if err := q.Order("id DESC").Limit(limit).Find(&es).Error; err != nil {
		return nil, fmt.Errorf("credits store: entries: %w", err)
	}
	return es, nil
}

// Drift lists workspaces whose balance differs from the sum of their
// ledger entries, with both numbers.
type Drift struct {
	WorkspaceID string
	Balance     int64
	Sum         int64
}

// CheckLedger finds every workspace whose balance is not the sum of its entries.
func (s *Store) CheckLedger(ctx context.Context) ([]Drift, error) {
	var out []Drift
	err := s.db.Conn(ctx).Raw(`
SELECT b.workspace_id AS workspace_id, b.balance AS balance, COALESCE(SUM(l.amount), 0) AS sum
FROM credit_balances b LEFT JOIN credit_ledger l ON l.workspace_id = b.workspace_id
GROUP BY b.workspace_id, b.balance
HAVING b.balance <> COALESCE(SUM(l.amount), 0)`).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("credits store: check ledger: %w", err)
	}
	return out, nil
}

// LastCredit returns the amount of the workspace's latest positive ledger
// entry (grant or purchase), 0 when it has none.
func (s *Store) LastCredit(ctx context.Context, workspaceID string) (int64, error) {
	var amounts []int64
	err := s.db.Conn(ctx).Model(&Entry{}).Where("workspace_id = ? AND amount > 0", workspaceID).
		Order("created_at DESC, id DESC").Limit(1).Pluck("amount", &amounts).Error
	if err != nil {
		return 0, fmt.Errorf("credits store: last credit: %w", err)
	}
	if len(amounts) == 0 {
		return 0, nil
	}
	return amounts[0], nil
}

// DayKindSum is the sum of one UTC day's ledger entries of one kind.
type DayKindSum struct {
	Day  string
	Kind string
	Sum  int64
}

// SumsSince groups every workspace's ledger entries posted at or after
// from by UTC day and kind, for the instance KPIs.
func (s *Store) SumsSince(ctx context.Context, from time.Time) ([]DayKindSum, error) {
	var out []DayKindSum
	day := s.db.UTCDate("created_at")
	err := s.db.Conn(ctx).Model(&Entry{}).Select(day+" AS day, kind, coalesce(sum(amount), 0) AS sum").
		Where("created_at >= ?", from.UTC()).Group(day + ", kind").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("credits store: sums since: %w", err)
	}
	return out, nil
}
