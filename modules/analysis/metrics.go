package analysis

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"vigil/modules/analysis/internal/store"
)

// runMetrics are the module's Prometheus collectors for analyses that end.
type runMetrics struct {
	finished *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics() *runMetrics {
	return &runMetrics{
		finished: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vigil_analyses_finished_total",
			Help: "Analyses that ended, by tier and outcome (completed, failed, canceled).",
		}, []string{"tier", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "vigil_analysis_duration_seconds",
			Help:    "Time from an analysis starting to run to its end, by tier (analyses canceled before they ran are not observed).",
			Buckets: []float64{1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 3600},
		}, []string{"tier"}),
	}
}

// Collectors are the module's metrics (analyses finished and their
// durations), for the server's /metrics registry.
func (s *Service) Collectors() []prometheus.Collector {
	return []prometheus.Collector{s.metrics.finished, s.metrics.duration}
}

// observeEndAfterCommit counts a's end (outcome) once the transaction in
// ctx that ended it has committed; a rolled-back transition counts nothing.
// Call it right after the transition that won, inside that transaction.
func (s *Service) observeEndAfterCommit(ctx context.Context, a *store.Analysis, outcome store.Status) {
	s.d.DB.AfterCommit(ctx, func(context.Context) { s.metrics.observeEnd(a, outcome, time.Now()) })
}

// observeEnd counts an analysis that ended with outcome (a terminal
// status) and, when it had started running, its duration. Reach it
// through observeEndAfterCommit, once per analysis: callers reach it only
// when their own transition won and its transaction committed.
func (m *runMetrics) observeEnd(a *store.Analysis, outcome store.Status, now time.Time) {
	m.finished.WithLabelValues(a.Tier, string(outcome)).Inc()
	if a.StartedAt != nil && !a.StartedAt.IsZero() {
		m.duration.WithLabelValues(a.Tier).Observe(max(0, now.Sub(*a.StartedAt).Seconds()))
	}
}
