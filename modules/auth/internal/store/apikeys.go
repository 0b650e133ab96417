package store

import (
	"context"
	"fmt"
	"time"

	"vigil/platform/errs"
)

// CreateAPIKey stores a key (only its hash).
func (s *Store) CreateAPIKey(ctx context.Context, k *APIKey) error {
	if err := s.conn(ctx).Create(k).Error; err != nil {
		return fmt.Errorf("auth store: create api key: %w", err)
	}
	return nil
}

// APIKeyByHash loads a key by the hash of its secret.
func (s *Store) APIKeyByHash(ctx context.Context, hash string) (*APIKey, error) {
	var k APIKey
	if err := s.conn(ctx).Where("key_hash = ?", hash).Take(&k).Error; err != nil {
		return nil, notFound(err, "api key")
	}
	return &k, nil
}

// APIKeys lists a user's keys in a workspace, newest first.
func (s *Store) APIKeys(ctx context.Context, userID, workspaceID string) ([]APIKey, error) {
	var out []APIKey
	if err := s.conn(ctx).Where("user_id = ? AND workspace_id = ?", userID, workspaceID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: api keys: %w", err)
	}
	return out, nil
}

// RevokeAPIKey revokes a key of userID in workspaceID.
func (s *Store) RevokeAPIKey(ctx context.Context, userID, workspaceID, id string) error {
	res := s.conn(ctx).Model(&APIKey{}).
		Where("id = ? AND user_id = ? AND workspace_id = ? AND revoked_at IS NULL", id, userID, workspaceID).
		Update("revoked_at", time.Now().UTC())
	if res.Error != nil {
		return fmt.Errorf("auth store: revoke api key: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("api key")
	}
	return nil
}

// TouchAPIKey records a use of a key.
func (s *Store) TouchAPIKey(ctx context.Context, id string, now time.Time) error {
	if err := s.conn(ctx).Model(&APIKey{}).Where("id = ?", id).Update("last_used_at", now).Error; err != nil {
		return fmt.Errorf("auth store: touch api key: %w", err)
	}
	return nil
}
