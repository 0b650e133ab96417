package credits

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the module's Prometheus collectors.
type metrics struct {
	driftChecks  prometheus.Counter
	driftFound   prometheus.Counter
	driftCurrent prometheus.Gauge
	sold         prometheus.Counter
	spent        prometheus.Counter
}

func newMetrics() metrics {
	return metrics{
		driftChecks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vigil_credits_ledger_checks_total",
			Help: "Ledger checks run (balance compared with the sum of entries).",
		}),
		driftFound: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vigil_credits_ledger_drift_total",
			Help: "Workspaces found whose balance differs from the sum of their ledger entries; alert when it rises.",
		}),
		driftCurrent: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "vigil_credits_ledger_drift_workspaces",
			Help: "Workspaces whose balance differed from their ledger at the last check.",
		}),
		sold: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vigil_credits_sold_total",
			Help: "Credits bought through completed checkouts (each purchase counted once, when it is credited).",
		}),
		spent: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vigil_credits_spent_total",
			Help: "Credits charged by settled holds (analyses), counted when the charge commits.",
		}),
	}
}

// Collectors are the module's metrics, for the server's /metrics registry.
func (s *Service) Collectors() []prometheus.Collector {
	return []prometheus.Collector{s.metrics.driftChecks, s.metrics.driftFound, s.metrics.driftCurrent, s.metrics.sold, s.metrics.spent}
}
