package analysis

import (
	"context"
)

// maxTallies bounds one Tallies call.
const maxTallies = 200

// Tally is an analysis' status and, once completed, its open findings by
// severity, as a history chart needs them.
type Tally struct {
	Status string
	Counts Counts
}

// Tallies returns the tallies of the workspace's analyses among ids (at
// most 200; unknown ids are left out) on behalf of no signed-in user: the
// caller (the repositories module) has authorized reading the workspace's
// repository history that names them.
func (s *Service) Tallies(ctx context.Context, workspaceID string, ids []string) (map[string]Tally, error) {
	if len(ids) > maxTallies {
		ids = ids[:maxTallies]
	}
	rows, err := s.store.AnalysesByIDs(ctx, workspaceID, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Tally, len(rows))
	for i := range rows {
		a := &rows[i]
		out[a.ID] = Tally{Status: string(a.Status),
			Counts: Counts{Critical: a.CountCritical, High: a.CountHigh, Medium: a.CountMedium, Low: a.CountLow, Info: a.CountInfo}}
	}
	return out, nil
}
