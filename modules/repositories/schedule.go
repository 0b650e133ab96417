package repositories

import (
	"context"
	"time"

	"vigil/modules/repositories/internal/store"
)

// ScheduleArgs is the periodic job that scans repositories whose daily or
// weekly schedule is due.
type ScheduleArgs struct{}

// Kind implements jobs.Args.
func (ScheduleArgs) Kind() string { return "repositories_schedule" }

// scheduleEvery is how often due schedules are looked for.
const scheduleEvery = 15 * time.Minute

// periods of the schedules.
var periods = map[string]time.Duration{"daily": 24 * time.Hour, "weekly": 7 * 24 * time.Hour}

// RunSchedules scans, on its default branch and for its workspace, each
// repository whose schedule is due: never scanned on it, or last scanned
// on it a period ago (less the job's own interval, so a daily scan does
// not drift later every day). A scan that cannot start is recorded in the
// history and waits for the next period.
func (s *Service) RunSchedules(ctx context.Context) error {
	reps, last, err := s.store.Scheduled(ctx)
	if err != nil {
		return err
	}
	now := s.d.Now()
	for i := range reps {
		rep := &reps[i]
		period, ok := periods[rep.Schedule]
		if !ok {
			continue
		}
		if l, seen := last[rep.ID]; seen && now.Sub(l) < period-scheduleEvery {
			continue
		}
		st, err := s.scanCommit(ctx, rep, "", "", store.TriggerSchedule, 0, "schedule", func(src Source) (Started, error) {
			return s.d.Analyses.StartFor(ctx, rep.WorkspaceID, rep.CreatedBy, src)
		})
		if err != nil {
			s.log.WarnContext(ctx, "scheduled scan not started", "repository_id", rep.ID, "error", err.Error())
			continue
		}
		if err := s.enqueueSARIF(ctx, rep, st, ""); err != nil {
			s.log.ErrorContext(ctx, "schedule SARIF upload", "scan_id", st.ScanID, "error", err.Error())
		}
	}
	return nil
}
