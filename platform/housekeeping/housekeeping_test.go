package housekeeping

import (
	"context"
	"errors"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// value reads a gauge or counter.
func value(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var d dto.Metric
	if err := m.Write(&d); err != nil {
		t.Fatal(err)
	}
	if d.Gauge != nil {
		return d.Gauge.GetValue()
	}
	return d.Counter.GetValue()
}

// TestRunOnceRecordsEachChore: a failing chore is counted and reported but
// does not stop the others; removed rows add up across runs.
func TestRunOnceRecordsEachChore(t *testing.T) {
	boom := errors.New("boom")
	h, err := New(nil,
		Chore{Name: "a", Run: func(context.Context) (int64, error) { return 3, nil }},
		Chore{Name: "b", Run: func(context.Context) (int64, error) { return 0, boom }},
		Chore{Name: "c", Run: func(context.Context) (int64, error) { return 1, nil }},
	)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := h.RunOnce(context.Background()); !errors.Is(err, boom) {
			t.Fatalf("RunOnce = %v, want the failing chore's error", err)
		}
	}
	tests := []struct {
		chore                       string
		removed, lastRemoved, fails float64
		succeeded                   bool
	}{
		{"a", 6, 3, 0, true},
		{"b", 0, 0, 2, false},
		{"c", 2, 1, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.chore, func(t *testing.T) {
			if got := value(t, h.removed.WithLabelValues(tt.chore)); got != tt.removed {
				t.Errorf("removed_total %v, want %v", got, tt.removed)
			}
			if got := value(t, h.failures.WithLabelValues(tt.chore)); got != tt.fails {
				t.Errorf("failures_total %v, want %v", got, tt.fails)
			}
			if got := value(t, h.lastRun.WithLabelValues(tt.chore)); got == 0 {
				t.Error("last run not recorded")
			}
			if got := value(t, h.lastSuccess.WithLabelValues(tt.chore)) > 0; got != tt.succeeded {
				t.Errorf("last success recorded = %v, want %v", got, tt.succeeded)
			}
			if tt.succeeded {
				if got := value(t, h.lastRemoved.WithLabelValues(tt.chore)); got != tt.lastRemoved {
					t.Errorf("last_removed %v, want %v", got, tt.lastRemoved)
				}
			}
		})
	}
}

func TestNewRejectsBadChores(t *testing.T) {
	run := func(context.Context) (int64, error) { return 0, nil }
	tests := []struct {
		name   string
		chores []Chore
	}{
		{"unnamed", []Chore{{Run: run}}},
		{"no function", []Chore{{Name: "x"}}},
		{"named twice", []Chore{{Name: "x", Run: run}, {Name: "x", Run: run}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(nil, tt.chores...); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
