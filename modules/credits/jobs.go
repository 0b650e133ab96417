package credits

import (
	"context"
	"time"

	"vigil/platform/jobs"
)

// releaseExpiredArgs is the periodic job that releases holds whose
// analysis never settled them (a crashed worker).
type releaseExpiredArgs struct{}

// Kind implements jobs.Args.
func (releaseExpiredArgs) Kind() string { return "credits.release_expired_holds" }

// checkLedgerArgs is the periodic job that compares every balance with the
// sum of its ledger entries.
type checkLedgerArgs struct{}

// Kind implements jobs.Args.
func (checkLedgerArgs) Kind() string { return "credits.check_ledger" }

// reconcileArgs is the periodic job that credits paid Stripe sessions a
// webhook never delivered.
type reconcileArgs struct{}

// Kind implements jobs.Args.
func (reconcileArgs) Kind() string { return "credits.reconcile_stripe" }

// monthlyGrantArgs is the periodic job that posts the monthly free grant.
type monthlyGrantArgs struct{}

// Kind implements jobs.Args.
func (monthlyGrantArgs) Kind() string { return "credits.monthly_grant" }

// Jobs registers the module's periodic jobs.
func (s *Service) Jobs(r *jobs.Runner) error {
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[releaseExpiredArgs]) error {
		_, err := s.ReleaseExpired(ctx)
		return err
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[checkLedgerArgs]) error {
		_, err := s.CheckLedger(ctx)
		return err
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[reconcileArgs]) error {
		_, err := s.Reconcile(ctx)
		return err
	}); err != nil {
		return err
	}
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[monthlyGrantArgs]) error {
		_, err := s.GrantMonthly(ctx)
		return err
	}); err != nil {
		return err
	}
	if err := r.Periodic(5*time.Minute, releaseExpiredArgs{}, true); err != nil {
		return err
	}
	if s.stripe != nil {
		if err := r.Periodic(15*time.Minute, reconcileArgs{}, true); err != nil {
			return err
		}
	}
	if s.d.Config.Credits.MonthlyGrant > 0 {
		if err := r.Periodic(6*time.Hour, monthlyGrantArgs{}, true); err != nil {
			return err
		}
	}
	return r.Periodic(time.Hour, checkLedgerArgs{}, true)
}

// ReleaseExpired releases every hold past its expiry and returns how many.
func (s *Service) ReleaseExpired(ctx context.Context) (int, error) {
	n := 0
	for {
		hs, err := s.store.ExpiredHolds(ctx, s.now(), 100)
		if err != nil || len(hs) == 0 {
			return n, err
		}
		for _, h := range hs {
			if err := s.Release(ctx, h.ID); err != nil {
				return n, err
			}
			s.log.Warn("released an expired credit hold", "hold_id", h.ID, "workspace_id", h.WorkspaceID, "reference", h.Reference, "amount", h.Amount)
			n++
		}
	}
}

// CheckLedger logs an error for every workspace whose balance differs
// from the sum of its ledger entries and returns how many drifted.
func (s *Service) CheckLedger(ctx context.Context) (int, error) {
	drift, err := s.store.CheckLedger(ctx)
	if err != nil {
		return 0, err
	}
	s.metrics.driftChecks.Inc()
	s.metrics.driftFound.Add(float64(len(drift)))
	s.metrics.driftCurrent.Set(float64(len(drift)))
	for _, d := range drift {
		s.log.Error("credit balance differs from its ledger", "workspace_id", d.WorkspaceID, "balance", d.Balance, "ledger_sum", d.Sum)
	}
	return len(drift), nil
}
