// Package store keeps the integrations module's tables: notification
// channels and their delivery log. Every method takes ctx first and runs
// in the transaction ctx carries, if any.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"vigil/platform/database"
	"vigil/platform/errs"
	"vigil/platform/ids"
)

// Store reads and writes notification channels and deliveries.
type Store struct {
	db *database.DB
}

// New returns a store on db.
func New(db *database.DB) (*Store, error) {
	if db == nil {
		return nil, errors.New("integrations store: nil database")
	}
	return &Store{db: db}, nil
}

// NewID returns a new time-ordered row id.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("integrations store: %s: %w", op, err)
}

// Channel is one row of notification_channels. TargetSealed (URL or email
// address) and SecretSealed (a webhook's signing secret) are
// secrets.Sealer ciphertexts bound to the row id; they never leave the
// module.
type Channel struct {
	ID           string `gorm:"primaryKey"`
	WorkspaceID  string
	Name         string
	Kind         string
	TargetSealed string
	TargetHint   string
	SecretSealed string
	Events       string // JSON array of event types
	Enabled      bool
	CreatedBy    string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// TableName implements gorm's Tabler.
func (Channel) TableName() string { return "notification_channels" }

// CreateChannel inserts c (its ID and times set by the caller); a second
// channel of the same name in the workspace is a conflict.
func (s *Store) CreateChannel(ctx context.Context, c *Channel) error {
	err := s.db.Conn(ctx).Create(c).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return errs.New(errs.KindConflict, "this workspace already has a notification channel named %q", c.Name)
	}
	return wrap("create channel", err)
}

// Channels lists a workspace's channels, oldest first.
func (s *Store) Channels(ctx context.Context, workspaceID string) ([]Channel, error) {
	out := []Channel{}
	if !ids.Valid(workspaceID) {
		return out, nil
	}
	err := s.db.Conn(ctx).Where("workspace_id = ?", workspaceID).Order("created_at, id").Find(&out).Error
	return out, wrap("list channels", err)
}

// Channel returns one channel of the workspace, or not found.
func (s *Store) Channel(ctx context.Context, workspaceID, id string) (*Channel, error) {
	if !ids.Valid(id) || !ids.Valid(workspaceID) {
		return nil, errs.NotFound("notification channel")
	}
	var c Channel
	err := s.db.Conn(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("notification channel")
	}
	return &c, wrap("channel", err)
}

// ChannelByID returns a channel whatever its workspace (delivery jobs).
func (s *Store) ChannelByID(ctx context.Context, id string) (*Channel, error) {
	var c Channel
	err := s.db.Conn(ctx).Where("id = ?", id).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("notification channel")
	}
	return &c, wrap("channel", err)
}

// UpdateChannel writes the changed columns of a channel of the workspace.
func (s *Store) UpdateChannel(ctx context.Context, workspaceID, id string, set map[string]any) error {
	err := s.db.Conn(ctx).Model(&Channel{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(set).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return errs.New(errs.KindConflict, "this workspace already has a notification channel of that name")
	}
	return wrap("update channel", err)
}

// DeleteChannel removes a channel of the workspace and its delivery log.
func (s *Store) DeleteChannel(ctx context.Context, workspaceID, id string) error {
	if !ids.Valid(id) || !ids.Valid(workspaceID) {
		return errs.NotFound("notification channel")
	}
	// Deliveries first: SQLite enforces the cascade only with foreign
	// keys on, and an explicit delete does not depend on it.
	if err := s.db.Conn(ctx).Where("workspace_id = ? AND channel_id = ?", workspaceID, id).Delete(&Delivery{}).Error; err != nil {
		return wrap("delete deliveries", err)
	}
	res := s.db.Conn(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Delete(&Channel{})
	if res.Error != nil {
		return wrap("delete channel", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("notification channel")
	}
	return nil
}

// Delivery statuses.
const (
	StatusPending   = "pending"
	StatusRetrying  = "retrying"
	StatusDelivered = "delivered"
	StatusFailed    = "failed"
)

// Delivery is one row of notification_deliveries: one event for one
// channel, with the outcome of its last attempt.
type Delivery struct {
	ID            string `gorm:"primaryKey"`
	WorkspaceID   string
	ChannelID     string
	Event         string
	EventID       string
	Payload       string
	Status        string
	Attempts      int
	ResponseCode  int
	Error         string
	NextAttemptAt *time.Time
	DeliveredAt   *time.Time
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// TableName implements gorm's Tabler.
func (Delivery) TableName() string { return "notification_deliveries" }

// AddDelivery inserts d unless the channel already has a delivery of the
// same event id; it reports whether d was inserted.
func (s *Store) AddDelivery(ctx context.Context, d *Delivery) (bool, error) {
	res := s.db.Conn(ctx).Clauses(clause.OnConflict{
		Columns: []clause.Column{{Name: "channel_id"}, {Name: "event_id"}}, DoNothing: true,
	}).Create(d)
	if res.Error != nil {
		return false, wrap("add delivery", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// DeliveryByID returns a delivery, or not found.
func (s *Store) DeliveryByID(ctx context.Context, id string) (*Delivery, error) {
	var d Delivery
	err := s.db.Conn(ctx).Where("id = ?", id).Take(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("delivery")
	}
	return &d, wrap("delivery", err)
}

// RecordAttempt stores the outcome of an attempt, only when the delivery
// is still at attempt count prev (a replayed job records nothing twice);
// it reports whether it did.
func (s *Store) RecordAttempt(ctx context.Context, id string, prev int, set map[string]any) (bool, error) {
	res := s.db.Conn(ctx).Model(&Delivery{}).Where("id = ? AND attempts = ?", id, prev).Updates(set)
	if res.Error != nil {
		return false, wrap("record attempt", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// Deliveries lists a channel's deliveries, newest first, at most limit,
// starting after the delivery id before ("" for the first page).
func (s *Store) Deliveries(ctx context.Context, workspaceID, channelID, before string, limit int) ([]Delivery, error) {
	out := []Delivery{}
	q := s.db.Conn(ctx).Where("workspace_id = ? AND channel_id = ?", workspaceID, channelID)
	if before != "" {
		if !ids.Valid(before) {
			return out, nil
		}
		q = q.Where("id < ?", before)
	}
	// Ids are UUIDv7: their order is their creation order.
	err := q.Order("id DESC").Limit(limit).Find(&out).Error
	return out, wrap("list deliveries", err)
}

// PruneDeliveries deletes finished deliveries (delivered or failed) last
// updated before cutoff and reports how many went.
func (s *Store) PruneDeliveries(ctx context.Context, cutoff time.Time) (int64, error) {
	res := s.db.Conn(ctx).Where("status IN ? AND updated_at < ?", []string{StatusDelivered, StatusFailed}, cutoff).Delete(&Delivery{})
	return res.RowsAffected, wrap("prune deliveries", res.Error)
}

// ResealChannel stores a channel column re-sealed with the current secret
// key (after a rotation), if the row still holds the old ciphertext.
// column is "target_sealed" or "secret_sealed".
func (s *Store) ResealChannel(ctx context.Context, id, column, oldSealed, newSealed string) error {
	if column != "target_sealed" && column != "secret_sealed" {
		return fmt.Errorf("integrations store: reseal: unknown column %q", column)
	}
	err := s.db.Conn(ctx).Model(&Channel{}).Where("id = ? AND "+column+" = ?", id, oldSealed).Update(column, newSealed).Error
	return wrap("reseal channel", err)
}
