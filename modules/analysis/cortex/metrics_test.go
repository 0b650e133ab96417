package cortex

import (
	"context"
	"math"
	"net/http"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"vigil/platform/config"
)

// TestAICostCountedByProvider drives triage calls over HTTP and reads the
// spend from the registry: priced by the model's prices per million
// tokens, by provider, never for a failed call, equal to what the
// analysis's budget recorded.
func TestAICostCountedByProvider(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	failing := false
	primary := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		if failing {
			return fakeReply{Status: http.StatusServiceUnavailable}
		}
		return okTriage(n, c) // 500 tokens in, 50 out
	})
	backup := newFake(t, KindOllama, okTriage)
	s := newTestService(t, nil, nil, config.AI{MaxRetries: 1, Breaker: config.Breaker{Failures: 5, Successes: 1, Cooldown: 60e9},
		Providers: []config.AIProvider{provider(primary, "primary", fast("p", 2, 8, 100000)), provider(backup, "backup", fast("b", 4, 16, 100000))}})
	reg := prometheus.NewPedanticRegistry()
	for _, c := range s.Collectors() {
		reg.MustRegister(c)
	}
	budget := NewBudget(1)
	f := sqliFinding()
	f.Fingerprint = "fp-primary"
	if r := s.Triage(context.Background(), budget, src, f); r.Provider != "primary" {
		t.Fatalf("first triage on %q", r.Provider)
	}
	failing = true
	f.Fingerprint, f.Message = "fp-backup", f.Message+" (again)" // a distinct prompt: no cache hit
	if r := s.Triage(context.Background(), budget, src, f); r.Provider != "backup" {
		t.Fatalf("second triage on %q", r.Provider)
	}
	tests := []struct {
		provider, model string
		want            float64
	}{
		{"primary", "p", (500*2 + 50*8) / 1e6},
		{"backup", "b", (500*4 + 50*16) / 1e6},
	}
	total := 0.0
	for _, tc := range tests {
		got := testutil.ToFloat64(s.metrics.cost.WithLabelValues(tc.provider, tc.model))
		if math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("vigil_ai_cost_usd_total{provider=%s} = %v, want %v", tc.provider, got, tc.want)
		}
		total += got
	}
	if u := budget.Usage(); math.Abs(u.CostUSD-total) > 1e-12 {
		t.Errorf("metric total %v differs from the budget's %v", total, u.CostUSD)
	}
	if n := testutil.ToFloat64(s.metrics.calls.WithLabelValues("primary", "p", "error")); n == 0 {
		t.Error("the failed call was not counted as an error")
	}
}
