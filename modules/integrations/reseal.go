package integrations

import (
	"context"

	"vigil/modules/integrations/internal/store"
)

// open decrypts a sealed column of c and, when it was sealed with a
// retired key (VIGIL_SECRET_KEY_PREVIOUS), stores it re-sealed with the
// current one, so the old key can be dropped once every channel was used.
func (s *Service) open(ctx context.Context, c *store.Channel, column, sealed, bind string) ([]byte, error) {
	plain, fresh, err := s.d.Sealer.OpenRefresh(sealed, bind)
	if err != nil {
		return nil, err
	}
	if fresh != "" {
		if err := s.store.ResealChannel(ctx, c.ID, column, sealed, fresh); err != nil {
			s.log.WarnContext(ctx, "reseal notification channel", "channel_id", c.ID, "error", err)
		}
	}
	return plain, nil
}
