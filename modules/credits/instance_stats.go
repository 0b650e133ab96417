package credits

import (
	"context"
	"time"
)

// CreditStats is the ledger's part of the instance KPIs: the read model
// credits offers the admin overview, so no other module reads its tables.
// Each map holds credits per UTC day (YYYY-MM-DD), all positive. Callers
// check that the caller is an instance administrator.
type CreditStats struct {
	// Sold: credits bought through Stripe Checkout.
	Sold map[string]int64
	// Spent: credits charged for analyses.
	Spent map[string]int64
	// Granted: sign-up, monthly and administrators' grants.
	Granted map[string]int64
	// Refunded: credits taken back by Stripe refunds and disputes
	// (less disputes won back), and administrators' revocations.
	Refunded map[string]int64
}

// InstanceCreditStats sums every workspace's ledger per day since from.
func (s *Service) InstanceCreditStats(ctx context.Context, from time.Time) (CreditStats, error) {
	st := CreditStats{Sold: map[string]int64{}, Spent: map[string]int64{}, Granted: map[string]int64{}, Refunded: map[string]int64{}}
	sums, err := s.store.SumsSince(ctx, from)
	if err != nil {
		return st, err
	}
	for _, e := range sums {
		switch e.Kind {
		case KindPurchase:
			st.Sold[e.Day] += e.Sum
		case KindCharge:
			st.Spent[e.Day] -= e.Sum
		case KindSignupGrant, KindMonthlyGrant, KindAdminGrant:
			st.Granted[e.Day] += e.Sum
		case KindRefund, KindDispute, KindDisputeReversal, KindAdminRevoke:
			st.Refunded[e.Day] -= e.Sum
		}
	}
	return st, nil
}
