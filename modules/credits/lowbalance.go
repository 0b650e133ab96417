package credits

import (
	"context"
)

// LowBalanceFraction sets a workspace's low-water mark: a fifth of its
// last top-up (the latest grant or purchase), at least 1 credit. Below it
// the workspace's credits are "nearly spent".
const LowBalanceFraction = 5

// LowBalanceObserver is told, after the charge has committed, when a
// charge takes a workspace's balance from at or above its low-water mark
// to below it; reference names the charge (one notice per crossing).
type LowBalanceObserver interface {
	CreditsLow(ctx context.Context, workspaceID string, balance, threshold int64, reference string)
}

// checkLowBalance tells the observer when the charge of charged credits
// that just committed crossed the workspace's low-water mark. Errors are
// logged: the charge stands whatever happens here.
func (s *Service) checkLowBalance(ctx context.Context, workspaceID string, charged int64, reference string) {
	if s.d.LowBalance == nil {
		return
	}
	ctx = context.WithoutCancel(ctx)
	b, err := s.store.GetBalance(ctx, workspaceID)
	if err != nil {
		s.log.Warn("low balance check", "workspace_id", workspaceID, "error", err)
		return
	}
	last, err := s.store.LastCredit(ctx, workspaceID)
	if err != nil {
		s.log.Warn("low balance check", "workspace_id", workspaceID, "error", err)
		return
	}
	threshold := max(last/LowBalanceFraction, 1)
	if before := b.Balance + charged; before >= threshold && b.Balance < threshold {
		s.d.LowBalance.CreditsLow(ctx, workspaceID, b.Balance, threshold, reference)
	}
}
