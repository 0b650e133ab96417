// Package housekeeping runs the periodic deletions that keep the database
// from growing without bound (expired sessions, old cached AI answers,
// sources past retention, ...) as one durable job, and shows each one on
// /metrics: when it last ran, when it last succeeded, how many rows it
// removed. The chores themselves come from the modules that own the
// tables; this package knows nothing of them.
package housekeeping

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"vigil/platform/jobs"
)

// Chore is one deletion: Run removes what is due and says how many rows
// (or objects) went.
type Chore struct {
	Name string
	Run  func(ctx context.Context) (int64, error)
}

// Args is the periodic job that runs every chore.
type Args struct{}

// Kind names the job type in the job table.
func (Args) Kind() string { return "housekeeping" }

// Housekeeper runs the chores and keeps their metrics.
type Housekeeper struct {
	chores      []Chore
	log         *slog.Logger
	now         func() time.Time
	lastRun     *prometheus.GaugeVec
	lastSuccess *prometheus.GaugeVec
	lastRemoved *prometheus.GaugeVec
	removed     *prometheus.CounterVec
	failures    *prometheus.CounterVec
}

// New returns a housekeeper for chores; names must be unique.
func New(log *slog.Logger, chores ...Chore) (*Housekeeper, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	seen := map[string]bool{}
	for _, c := range chores {
		if c.Name == "" || c.Run == nil || seen[c.Name] {
			return nil, fmt.Errorf("housekeeping: chore %q is unnamed, empty or named twice", c.Name)
		}
		seen[c.Name] = true
	}
	label := []string{"chore"}
	h := &Housekeeper{chores: chores, log: log, now: time.Now,
		lastRun: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "vigil_housekeeping_last_run_timestamp_seconds",
			Help: "When each housekeeping chore last ran on this process (unix seconds)."}, label),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "vigil_housekeeping_last_success_timestamp_seconds",
			Help: "When each housekeeping chore last succeeded on this process (unix seconds)."}, label),
		lastRemoved: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "vigil_housekeeping_last_removed",
			Help: "Rows removed by each housekeeping chore's last successful run."}, label),
		removed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_housekeeping_removed_total",
			Help: "Rows removed by each housekeeping chore."}, label),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_housekeeping_failures_total",
			Help: "Failed runs of each housekeeping chore."}, label),
	}
	for _, c := range chores { // every chore shows up before its first run
		h.removed.WithLabelValues(c.Name)
		h.failures.WithLabelValues(c.Name)
	}
	return h, nil
}

// Collectors are the housekeeper's metrics, to register on /metrics.
func (h *Housekeeper) Collectors() []prometheus.Collector {
	return []prometheus.Collector{h.lastRun, h.lastSuccess, h.lastRemoved, h.removed, h.failures}
}

// Register schedules the chores every interval (and once when the workers
// start) on r.
func (h *Housekeeper) Register(r *jobs.Runner, every time.Duration) error {
	if err := jobs.Register(r, func(ctx context.Context, _ jobs.Job[Args]) error { return h.RunOnce(ctx) }); err != nil {
		return err
	}
	return r.Periodic(every, Args{}, true)
}

// RunOnce runs every chore once; one failing does not stop the others,
// and the joined error makes the job retry.
func (h *Housekeeper) RunOnce(ctx context.Context) error {
	var errs []error
	for _, c := range h.chores {
		h.lastRun.WithLabelValues(c.Name).Set(float64(h.now().Unix()))
		n, err := c.Run(ctx)
		if err != nil {
			h.failures.WithLabelValues(c.Name).Inc()
			h.log.ErrorContext(ctx, "housekeeping chore failed", "chore", c.Name, "error", err)
			errs = append(errs, fmt.Errorf("housekeeping: %s: %w", c.Name, err))
			continue
		}
		h.lastSuccess.WithLabelValues(c.Name).Set(float64(h.now().Unix()))
		h.lastRemoved.WithLabelValues(c.Name).Set(float64(n))
		h.removed.WithLabelValues(c.Name).Add(float64(n))
		if n > 0 {
			h.log.InfoContext(ctx, "housekeeping", "chore", c.Name, "removed", n)
		}
	}
	return errors.Join(errs...)
}
