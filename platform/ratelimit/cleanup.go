package ratelimit

import (
	"context"
	"log/slog"
	"time"

	"vigil/platform/jobs"
)

// CleanupInterval is how often expired rate-limit rows are deleted.
const CleanupInterval = 10 * time.Minute

// CleanupArgs is the periodic job that deletes expired rate-limit rows.
type CleanupArgs struct{}

// Kind names the job type in the job table.
func (CleanupArgs) Kind() string { return "ratelimit_cleanup" }

// RegisterJobs registers the cleanup worker and schedules it every
// CleanupInterval (and once when the workers start).
func (l *Limiter) RegisterJobs(r *jobs.Runner, logger *slog.Logger) error {
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[CleanupArgs]) error {
		n, err := l.Cleanup(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			logger.Info("ratelimit: expired keys deleted", "count", n)
		}
		return nil
	}); err != nil {
		return err
	}
	return r.Periodic(CleanupInterval, CleanupArgs{}, true)
}
