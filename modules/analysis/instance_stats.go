package analysis

import (
	"context"
	"sort"
	"time"

	"vigil/modules/analysis/internal/store"
)

// Outcomes of an analysis in the instance KPIs: its final status, or
// in_progress while it is queued or running.
const (
	OutcomeCompleted  = "completed"
	OutcomeFailed     = "failed"
	OutcomeCanceled   = "canceled"
	OutcomeInProgress = "in_progress"
)

// AnalysisDayStats counts the analyses created on one UTC day with one
// tier and outcome, and what their AI calls cost.
type AnalysisDayStats struct {
	Day       string // YYYY-MM-DD
	Tier      string
	Outcome   string
	Count     int
	AICostUSD float64
}

// InstanceAnalysisStats is the analyses' part of the instance KPIs: the
// read model this module offers the admin overview, so no other module
// reads its tables. Rows are sorted by day, tier and outcome. Callers
// check that the caller is an instance administrator.
func (s *Service) InstanceAnalysisStats(ctx context.Context, from time.Time) ([]AnalysisDayStats, error) {
	groups, err := s.store.DayStatsSince(ctx, from)
	if err != nil {
		return nil, err
	}
	// Statuses that share an outcome (queued and running) are summed.
	type key struct{ day, tier, outcome string }
	sums := map[key]*AnalysisDayStats{}
	for _, g := range groups {
		k := key{g.Day, g.Tier, outcomeOf(g.Status)}
		st := sums[k]
		if st == nil {
			st = &AnalysisDayStats{Day: k.day, Tier: k.tier, Outcome: k.outcome}
			sums[k] = st
		}
		st.Count += g.N
		st.AICostUSD += g.AICostUSD
	}
	out := make([]AnalysisDayStats, 0, len(sums))
	for _, st := range sums {
		out = append(out, *st)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		if a.Tier != b.Tier {
			return a.Tier < b.Tier
		}
		return a.Outcome < b.Outcome
	})
	return out, nil
}

func outcomeOf(st store.Status) string {
	switch st {
	case store.StatusCompleted:
		return OutcomeCompleted
	case store.StatusFailed:
		return OutcomeFailed
	case store.StatusCanceled:
		return OutcomeCanceled
	}
	return OutcomeInProgress
}
