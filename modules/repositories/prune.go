package repositories

import (
	"context"
	"time"
)

// DeliveryRetention is how long an accepted X-GitHub-Delivery id is kept
// to recognise a redelivery. GitHub lets an App redeliver deliveries of
// the past three days (and retries failed ones within minutes), so a week
// leaves room and keeps github_deliveries bounded.
const DeliveryRetention = 7 * 24 * time.Hour

// PruneDeliveries deletes delivery ids older than DeliveryRetention (a
// housekeeping chore) and says how many went.
func (s *Service) PruneDeliveries(ctx context.Context) (int64, error) {
	return s.store.PruneDeliveries(ctx, s.d.Now().Add(-DeliveryRetention))
}

// PruneInstallStates deletes the records of used install states past
// their expiry (a housekeeping chore) and says how many went.
func (s *Service) PruneInstallStates(ctx context.Context) (int64, error) {
	return s.store.PruneInstallStates(ctx, s.d.Now())
}
