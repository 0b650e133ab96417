package jobs

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector reports the jobs stored in the database by state and kind as
// the gauge vigil_jobs, counted at each scrape. The table is shared, so
// every replica reports the same numbers: aggregate with max, not sum.
// Queued work shows as "available", failed attempts waiting for a retry as
// "retryable" and jobs given up on as "discarded".
func (r *Runner) Collector() prometheus.Collector {
	return &collector{r: r, desc: prometheus.NewDesc("vigil_jobs",
		"Jobs in the database by state (available, running, retryable, scheduled, completed, discarded, cancelled) and kind.",
		[]string{"state", "kind"}, nil)}
}

type collector struct {
	r    *Runner
	desc *prometheus.Desc
}

// Describe implements prometheus.Collector.
func (c *collector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

// Collect implements prometheus.Collector. A failed query reports an
// invalid metric, so the scrape shows the error instead of stale zeros.
func (c *collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	rows, err := c.r.db.SQL().QueryContext(ctx, "SELECT state, kind, count(*) FROM river_job GROUP BY state, kind")
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var state, kind string
		var n int64
		if err := rows.Scan(&state, &kind, &n); err != nil {
			ch <- prometheus.NewInvalidMetric(c.desc, err)
			return
		}
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), state, kind)
	}
	if err := rows.Err(); err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
	}
}
