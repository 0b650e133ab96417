package cortex

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are cortex's Prometheus collectors. A nil *metrics records
// nothing: services derived for a workspace's own keys are not exported
// (per-workspace labels would explode cardinality).
type metrics struct {
	calls     *prometheus.CounterVec
	tokens    *prometheus.CounterVec
	cost      *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	cacheHits *prometheus.CounterVec
	dropped   *prometheus.CounterVec
	state     *stateCollector
}

func newMetrics(r *router) *metrics {
	return &metrics{
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_ai_calls_total",
			Help: "LLM calls by provider, model and outcome (ok, error)."}, []string{"provider", "model", "outcome"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_ai_tokens_total",
			Help: "Tokens billed by provider, model and direction (input, output)."}, []string{"provider", "model", "direction"}),
		cost: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_ai_cost_usd_total",
			Help: "Estimated LLM spend in USD from configured prices."}, []string{"provider", "model"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "vigil_ai_call_duration_seconds",
			Help: "Latency of LLM calls.", Buckets: []float64{0.25, 0.5, 1, 2, 5, 10, 20, 40, 80}}, []string{"provider", "model"}),
		cacheHits: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_ai_cache_hits_total",
			Help: "Answers served from the shared ai_cache table instead of a model."}, []string{"task"}),
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "vigil_ai_findings_dropped_total",
			Help: "AI findings dropped because the cited file, lines or quote did not match the code."}, []string{"reason"}),
		state: &stateCollector{r: r,
			breaker: prometheus.NewDesc("vigil_ai_breaker_state",
				"Circuit breaker state per provider: 0 closed, 1 half-open, 2 open.", []string{"provider"}, nil),
			healthy: prometheus.NewDesc("vigil_ai_provider_up",
				"1 when the provider's breaker lets calls through.", []string{"provider"}, nil),
		},
	}
}

func (m *metrics) collectors() []prometheus.Collector {
	if m == nil {
		return nil
	}
	return []prometheus.Collector{m.calls, m.tokens, m.cost, m.latency, m.cacheHits, m.dropped, m.state}
}

func (m *metrics) observeCall(provider, model string, err error, latency time.Duration, in, out int, cost float64) {
	if m == nil {
		return
	}
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.calls.WithLabelValues(provider, model, outcome).Inc()
	m.latency.WithLabelValues(provider, model).Observe(latency.Seconds())
	if err == nil {
		m.tokens.WithLabelValues(provider, model, "input").Add(float64(in))
		m.tokens.WithLabelValues(provider, model, "output").Add(float64(out))
		m.cost.WithLabelValues(provider, model).Add(cost)
	}
}

func (m *metrics) cacheHit(task string) {
	if m != nil {
		m.cacheHits.WithLabelValues(task).Inc()
	}
}

func (m *metrics) drop(reason string) {
	if m != nil {
		m.dropped.WithLabelValues(reason).Inc()
	}
}

// stateCollector reads breaker states at scrape time, so /metrics shows the
// state as it is, including an open breaker whose cool-down has passed.
type stateCollector struct {
	r       *router
	breaker *prometheus.Desc
	healthy *prometheus.Desc
}

func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.breaker
	ch <- c.healthy
}

func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	for _, ps := range c.r.providers {
		st, _, _ := ps.br.snapshot()
		up := 1.0
		if st == BreakerOpen {
			up = 0
		}
		ch <- prometheus.MustNewConstMetric(c.breaker, prometheus.GaugeValue, float64(st), ps.p.Name())
		ch <- prometheus.MustNewConstMetric(c.healthy, prometheus.GaugeValue, up, ps.p.Name())
	}
}
