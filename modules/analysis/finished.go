package analysis

import (
	"context"
	"errors"

	"vigil/modules/analysis/internal/store"
	"vigil/platform/errs"
)

// AnalysisEvents is told when an analysis ends, after the transaction that
// finished it has committed (so whatever it does sees the final state and
// never acts on a rollback). main.go wires the integrations module's
// notifications to it; the call must be quick (enqueue, not deliver).
type AnalysisEvents interface {
	AnalysisFinished(ctx context.Context, s FinishedSummary)
}

// FinishedSummary is what an observer learns about an analysis that ended.
type FinishedSummary struct {
	AnalysisID  string `json:"analysis_id"`
	WorkspaceID string `json:"workspace_id"`
	Name        string `json:"name"`
	Tier        string `json:"tier"`
	// Status is "completed" or "failed".
	Status string `json:"status"`
	// FailureReason is what the user is told when Status is "failed".
	FailureReason string `json:"failure_reason,omitempty"`
	// Counts are the findings by severity (completed analyses).
	Counts map[string]int `json:"counts,omitempty"`
	// NewCritical and NewHigh count critical and high findings whose
	// fingerprint the previous completed analysis of the same project did
	// not have (all of them on a project's first analysis).
	NewCritical int   `json:"new_critical"`
	NewHigh     int   `json:"new_high"`
	CostCredits int64 `json:"cost_credits"`
}

// finished tells the observer (if any) that a ended; rows are the findings
// a completed run stored (nil for a failure). Failing to work out which
// findings are new is logged, and the event goes out without them.
func (s *Service) finished(ctx context.Context, a *store.Analysis, status, reason string, rows []store.Finding, counts map[string]int, cost int64) {
	if s.d.Finished == nil {
		return
	}
	ctx = context.WithoutCancel(ctx)
	sum := FinishedSummary{AnalysisID: a.ID, WorkspaceID: a.WorkspaceID, Name: a.Name, Tier: a.Tier,
		Status: status, FailureReason: reason, Counts: counts, CostCredits: cost}
	if status == string(store.StatusCompleted) {
		crit, high, err := s.newSevere(ctx, a, rows)
		if err != nil {
			s.log.Warn("new findings for notifications", "analysis_id", a.ID, "error", err)
		}
		sum.NewCritical, sum.NewHigh = crit, high
	}
	s.d.Finished.AnalysisFinished(ctx, sum)
}

// newSevere counts the critical and high findings of rows that the
// previous completed analysis of a's project did not have.
func (s *Service) newSevere(ctx context.Context, a *store.Analysis, rows []store.Finding) (critical, high int, err error) {
	seen := map[string]bool{}
	prev, err := s.store.Previous(ctx, a)
	switch {
	case err == nil:
		old, err := s.store.AllFindings(ctx, prev)
		if err != nil {
			return 0, 0, err
		}
		for _, f := range old {
			seen[f.Fingerprint] = true
		}
	case !errors.Is(err, errs.ErrNotFound):
		return 0, 0, err
	}
	for _, f := range rows {
		if seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true // one finding per fingerprint
		switch f.Severity {
		case "critical":
			critical++
		case "high":
			high++
		}
	}
	return critical, high, nil
}
