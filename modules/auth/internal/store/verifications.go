package store

import (
	"context"
	"fmt"
	"time"
)

// CreateEmailVerification stores a verification token.
func (s *Store) CreateEmailVerification(ctx context.Context, v *EmailVerification) error {
	if err := s.conn(ctx).Create(v).Error; err != nil {
		return fmt.Errorf("auth store: create email verification: %w", err)
	}
	return nil
}

// EmailVerificationByHash loads a verification token by hash.
func (s *Store) EmailVerificationByHash(ctx context.Context, hash string) (*EmailVerification, error) {
	var v EmailVerification
	if err := s.conn(ctx).Where("token_hash = ?", hash).Take(&v).Error; err != nil {
		return nil, notFound(err, "verification token")
	}
	return &v, nil
}

// UseEmailVerification marks a token used once; false when already used.
func (s *Store) UseEmailVerification(ctx context.Context, id string, now time.Time) (bool, error) {
	res := s.conn(ctx).Model(&EmailVerification{}).Where("id = ? AND used_at IS NULL", id).Update("used_at", now)
	if res.Error != nil {
		return false, fmt.Errorf("auth store: use email verification: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// MarkEmailVerified records that userID owns email, if that is still the
// account's email and it was not verified before; false otherwise.
func (s *Store) MarkEmailVerified(ctx context.Context, userID, email string, now time.Time) (bool, error) {
	res := s.conn(ctx).Model(&User{}).Where("id = ? AND email = ? AND email_verified_at IS NULL", userID, email).
		Updates(map[string]any{"email_verified_at": now, "updated_at": now})
	if res.Error != nil {
		return false, fmt.Errorf("auth store: mark email verified: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}
