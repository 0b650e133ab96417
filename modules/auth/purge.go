package auth

import "context"

// PurgeExpired deletes expired sessions, refresh tokens, password-reset and
// email-verification links (housekeeping). An expired one is refused
// anyway; deleting it only keeps the tables small.
func (s *Service) PurgeExpired(ctx context.Context) (int64, error) {
	return s.store.PurgeExpired(ctx, s.now())
}
