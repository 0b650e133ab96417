package store

import (
	"context"
	"fmt"
	"time"

	"vigil/platform/errs"
)

// CreateSession inserts a session and its first refresh token.
func (s *Store) CreateSession(ctx context.Context, sess *Session, rt *RefreshToken) error {
	return s.WithTx(ctx, func(ctx context.Context) error {
		if err := s.conn(ctx).Create(sess).Error; err != nil {
			return fmt.Errorf("auth store: create session: %w", err)
		}
		if err := s.conn(ctx).Create(rt).Error; err != nil {
			return fmt.Errorf("auth store: create refresh token: %w", err)
		}
		return nil
	})
}

// SessionByID loads a session.
func (s *Store) SessionByID(ctx context.Context, id string) (*Session, error) {
	var sess Session
	if err := s.conn(ctx).Where("id = ?", id).Take(&sess).Error; err != nil {
		return nil, notFound(err, "session")
	}
	return &sess, nil
}

// SessionAndUser loads a session with its user in one query: the hot path
// of every cookie-authenticated request.
func (s *Store) SessionAndUser(ctx context.Context, sessionID string) (*Session, *User, error) {
	type row struct {
		SessRevokedAt *time.Time
		SessExpiresAt time.Time
		SessUserID    string
		SessUserAgent string
		User
	}
	var r row
	err := s.conn(ctx).Table("auth_sessions AS s").
		Select("s.revoked_at AS sess_revoked_at, s.expires_at AS sess_expires_at, s.user_id AS sess_user_id, s.user_agent AS sess_user_agent, u.*").
		Joins("JOIN auth_users u ON u.id = s.user_id").
		Where("s.id = ?", sessionID).Take(&r).Error
	if err != nil {
		return nil, nil, notFound(err, "session")
	}
	sess := &Session{ID: sessionID, UserID: r.SessUserID, UserAgent: r.SessUserAgent, RevokedAt: r.SessRevokedAt, ExpiresAt: r.SessExpiresAt}
	u := r.User
	return sess, &u, nil
}

// Sessions lists a user's sessions, newest first.
func (s *Store) Sessions(ctx context.Context, userID string) ([]Session, error) {
	var out []Session
	if err := s.conn(ctx).Where("user_id = ? AND revoked_at IS NULL", userID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: sessions: %w", err)
	}
	return out, nil
}

// RevokeSession ends a session of userID (a missing or foreign one is not found).
func (s *Store) RevokeSession(ctx context.Context, userID, id string) error {
	res := s.conn(ctx).Model(&Session{}).Where("id = ? AND user_id = ? AND revoked_at IS NULL", id, userID).
		Update("revoked_at", time.Now().UTC())
	if res.Error != nil {
		return fmt.Errorf("auth store: revoke session: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("session")
	}
	return nil
}

// RevokeAllSessions ends every session of userID except keep (may be empty).
func (s *Store) RevokeAllSessions(ctx context.Context, userID, keep string) error {
	q := s.conn(ctx).Model(&Session{}).Where("user_id = ? AND revoked_at IS NULL", userID)
	if keep != "" {
		q = q.Where("id <> ?", keep)
	}
	if err := q.Update("revoked_at", time.Now().UTC()).Error; err != nil {
		return fmt.Errorf("auth store: revoke sessions: %w", err)
	}
	return nil
}

// RefreshTokenByHash loads a refresh token by its hash.
func (s *Store) RefreshTokenByHash(ctx context.Context, hash string) (*RefreshToken, error) {
	var rt RefreshToken
	if err := s.conn(ctx).Where("token_hash = ?", hash).Take(&rt).Error; err != nil {
		return nil, notFound(err, "refresh token")
	}
	return &rt, nil
}

// UseRefreshToken marks a token used if it was unused; false means it had
// already been used (a replay, or a race lost to another replica).
func (s *Store) UseRefreshToken(ctx context.Context, id string, now time.Time) (bool, error) {
	res := s.conn(ctx).Model(&RefreshToken{}).Where("id = ? AND used_at IS NULL", id).Update("used_at", now)
	if res.Error != nil {
		return false, fmt.Errorf("auth store: use refresh token: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

// AddRefreshToken stores the next token of a family and touches the session.
func (s *Store) AddRefreshToken(ctx context.Context, rt *RefreshToken, ip, userAgent string) error {
	if err := s.conn(ctx).Create(rt).Error; err != nil {
		return fmt.Errorf("auth store: add refresh token: %w", err)
	}
	if err := s.conn(ctx).Model(&Session{}).Where("id = ?", rt.SessionID).
		Updates(map[string]any{"last_used_at": rt.CreatedAt, "ip": ip, "user_agent": userAgent}).Error; err != nil {
		return fmt.Errorf("auth store: touch session: %w", err)
	}
	return nil
}

// RevokeSessionByID ends a session whatever its owner (family revocation on reuse).
func (s *Store) RevokeSessionByID(ctx context.Context, id string) error {
	if err := s.conn(ctx).Model(&Session{}).Where("id = ? AND revoked_at IS NULL", id).
		Update("revoked_at", time.Now().UTC()).Error; err != nil {
		return fmt.Errorf("auth store: revoke session: %w", err)
	}
	return nil
}

// CreatePasswordReset stores a reset token.
func (s *Store) CreatePasswordReset(ctx context.Context, pr *PasswordReset) error {
	if err := s.conn(ctx).Create(pr).Error; err != nil {
		return fmt.Errorf("auth store: create password reset: %w", err)
	}
	return nil
}

// PasswordResetByHash loads a reset token by hash.
func (s *Store) PasswordResetByHash(ctx context.Context, hash string) (*PasswordReset, error) {
	var pr PasswordReset
	if err := s.conn(ctx).Where("token_hash = ?", hash).Take(&pr).Error; err != nil {
		return nil, notFound(err, "reset token")
	}
	return &pr, nil
}

// RevokePasswordResets spends every unused reset token of userID: once the
// password has changed (by a link or in a session), no older link may
// change it again.
func (s *Store) RevokePasswordResets(ctx context.Context, userID string, now time.Time) error {
	if err := s.conn(ctx).Model(&PasswordReset{}).Where("user_id = ? AND used_at IS NULL", userID).
		Update("used_at", now).Error; err != nil {
		return fmt.Errorf("auth store: revoke password resets: %w", err)
	}
	return nil
}

// UsePasswordReset marks a reset token used once; false when already used.
func (s *Store) UsePasswordReset(ctx context.Context, id string) (bool, error) {
	res := s.conn(ctx).Model(&PasswordReset{}).Where("id = ? AND used_at IS NULL", id).Update("used_at", time.Now().UTC())
	if res.Error != nil {
		return false, fmt.Errorf("auth store: use password reset: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}
