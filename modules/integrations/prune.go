package integrations

import (
	"context"
	"time"

	"vigil/platform/jobs"
)

// DeliveryRetention is how long finished deliveries stay in the log.
const DeliveryRetention = 30 * 24 * time.Hour

// PruneArgs is the daily job that trims the delivery logs.
type PruneArgs struct{}

// Kind implements jobs.Args.
func (PruneArgs) Kind() string { return "notification_prune" }

// PruneDeliveries deletes finished deliveries older than DeliveryRetention;
// pending and retrying ones stay whatever their age.
func (s *Service) PruneDeliveries(ctx context.Context) (int64, error) {
	n, err := s.store.PruneDeliveries(ctx, s.now().Add(-DeliveryRetention))
	if err == nil && n > 0 {
		s.log.InfoContext(ctx, "notification deliveries pruned", "count", n)
	}
	return n, err
}

func (s *Service) workPrune(ctx context.Context, _ jobs.Job[PruneArgs]) error {
	_, err := s.PruneDeliveries(ctx)
	return err
}
