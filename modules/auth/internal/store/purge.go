package store

import (
	"context"
	"fmt"
	"time"
)

// PurgeExpired deletes what can no longer be used at now: expired refresh
// tokens, expired sessions (with their tokens), and expired password-reset
// and email-verification links. It returns how many rows went.
func (s *Store) PurgeExpired(ctx context.Context, now time.Time) (int64, error) {
	now = now.UTC()
	var total int64
	// Tokens first, so a session's tokens are counted even where the
	// session's delete would cascade to them.
	for _, table := range []string{"auth_refresh_tokens", "auth_sessions", "auth_password_resets", "auth_email_verifications"} {
		res := s.conn(ctx).Exec("DELETE FROM "+table+" WHERE expires_at < ?", now)
		if res.Error != nil {
			return total, fmt.Errorf("auth: purge %s: %w", table, res.Error)
		}
		total += res.RowsAffected
	}
	return total, nil
}
