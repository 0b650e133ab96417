package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Installation is a GitHub App installation bound to a workspace.
type Installation struct {
	InstallationID int64     `gorm:"column:installation_id;primaryKey;autoIncrement:false"`
	WorkspaceID    string    `gorm:"column:workspace_id"`
	AccountLogin   string    `gorm:"column:account_login"`
	AccountType    string    `gorm:"column:account_type"`
	CreatedBy      string    `gorm:"column:created_by"`
	CreatedAt      time.Time `gorm:"column:created_at"`
}

// TableName implements gorm's Tabler.
func (Installation) TableName() string { return "github_installations" }

// BindInstallation binds in to its workspace. Binding the same
// installation to the same workspace again is a no-op; to another
// workspace it is ErrDuplicate (an installation belongs to one workspace).
func (s *Store) BindInstallation(ctx context.Context, in *Installation) error {
	var cur Installation
	err := s.db.Conn(ctx).Where("installation_id = ?", in.InstallationID).Take(&cur).Error
	switch {
	case err == nil && cur.WorkspaceID == in.WorkspaceID:
		return nil
	case err == nil:
		return ErrDuplicate
	case !errors.Is(err, gorm.ErrRecordNotFound):
		return fmt.Errorf("repositories store: installation: %w", err)
	}
	if err := s.db.Conn(ctx).Create(in).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			return ErrDuplicate
		}
		return fmt.Errorf("repositories store: bind installation: %w", err)
	}
	return nil
}

// Installations lists the workspace's installations.
func (s *Store) Installations(ctx context.Context, ws string) ([]Installation, error) {
	var out []Installation
	if err := s.db.Conn(ctx).Where("workspace_id = ?", ws).Order("installation_id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("repositories store: installations: %w", err)
	}
	return out, nil
}

// InstallationByID reads one installation.
func (s *Store) InstallationByID(ctx context.Context, id int64) (*Installation, error) {
	var in Installation
	err := s.db.Conn(ctx).Where("installation_id = ?", id).Take(&in).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("repositories store: installation: %w", err)
	}
	return &in, nil
}

// Delivery is one accepted GitHub webhook delivery.
type Delivery struct {
	DeliveryID string    `gorm:"column:delivery_id;primaryKey"`
	Event      string    `gorm:"column:event"`
	ReceivedAt time.Time `gorm:"column:received_at"`
}

// TableName implements gorm's Tabler.
func (Delivery) TableName() string { return "github_deliveries" }

// RecordDelivery records a delivery id; ErrDuplicate when it was seen.
func (s *Store) RecordDelivery(ctx context.Context, d *Delivery) error {
	res := s.db.Conn(ctx).Exec(`INSERT INTO github_deliveries (delivery_id, event, received_at) VALUES (?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING`,
		d.DeliveryID, d.Event, d.ReceivedAt)
	if res.Error != nil {
		return fmt.Errorf("repositories store: record delivery: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrDuplicate
	}
	return nil
}

// Watching returns the watched repositories of an installation and GitHub
// repository id.
func (s *Store) Watching(ctx context.Context, installationID, githubID int64) ([]Repository, error) {
	var out []Repository
	if err := s.db.Conn(ctx).Where("installation_id = ? AND github_id = ? AND watched = ?", installationID, githubID, true).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("repositories store: watching: %w", err)
	}
	return out, nil
}

// ConsumeInstallState records that the install state with nonce came back
// (kept until expires, when the state is void anyway); ErrDuplicate when
// it came back before, so each state binds at most once.
func (s *Store) ConsumeInstallState(ctx context.Context, nonce string, expires time.Time) error {
	res := s.db.Conn(ctx).Exec(`INSERT INTO github_install_states (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING`,
		nonce, expires.UTC())
	if res.Error != nil {
		return fmt.Errorf("repositories store: consume install state: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrDuplicate
	}
	return nil
}

// PruneDeliveries deletes the records of deliveries received before
// cutoff and says how many went.
func (s *Store) PruneDeliveries(ctx context.Context, cutoff time.Time) (int64, error) {
	res := s.db.Conn(ctx).Exec(`DELETE FROM github_deliveries WHERE received_at < ?`, cutoff.UTC())
	if res.Error != nil {
		return 0, fmt.Errorf("repositories store: prune deliveries: %w", res.Error)
	}
	return res.RowsAffected, nil
}

// PruneInstallStates deletes the used install states that expired before
// now (they could not bind anything any more) and says how many went.
func (s *Store) PruneInstallStates(ctx context.Context, now time.Time) (int64, error) {
	res := s.db.Conn(ctx).Exec(`DELETE FROM github_install_states WHERE expires_at < ?`, now.UTC())
	if res.Error != nil {
		return 0, fmt.Errorf("repositories store: prune install states: %w", res.Error)
	}
	return res.RowsAffected, nil
}
