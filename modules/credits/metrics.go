package credits

import (
	"context"
	"sync"

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
			Help: "Credits charged by settled holds (analyses).",
		}),
	}
}

// Collectors are the module's metrics, for the server's /metrics registry.
func (s *Service) Collectors() []prometheus.Collector {
	return []prometheus.Collector{s.metrics.driftChecks, s.metrics.driftFound, s.metrics.driftCurrent, s.metrics.sold, s.metrics.spent}
}

// commitHooks collects effects outside the database (metric increments)
// that must happen only when the transaction that caused them commits: a
// rolled-back or replayed purchase is not a sale.
type commitHooks struct {
	mu  sync.Mutex
	fns []func()
}

type commitHooksKey struct{}

// withCommitHooks returns ctx carrying a fresh set of hooks; run them after
// the transaction started on that ctx has committed.
func withCommitHooks(ctx context.Context) (context.Context, *commitHooks) {
	h := &commitHooks{}
	return context.WithValue(ctx, commitHooksKey{}, h), h
}

// onCommit defers fn to the hooks in ctx, or runs it at once when ctx has
// none (the caller's transaction, if any, is then not ours to watch).
func onCommit(ctx context.Context, fn func()) {
	h, _ := ctx.Value(commitHooksKey{}).(*commitHooks)
	if h == nil {
		fn()
		return
	}
	h.mu.Lock()
	h.fns = append(h.fns, fn)
	h.mu.Unlock()
}

// run applies the collected effects once.
func (h *commitHooks) run() {
	h.mu.Lock()
	fns := h.fns
	h.fns = nil
	h.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}
