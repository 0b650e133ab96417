package budget

import (
	"context"
	"errors"
	"testing"
)

func TestMeter(t *testing.T) {
	cases := []struct {
		name      string
		limit     int64
		spend     []int
		wantLeft  []bool
		exhausted bool
	}{
		{"within", 10, []int{3, 7}, []bool{true, true}, false},
		{"one past", 10, []int{3, 8}, []bool{true, false}, true},
		{"stays exhausted", 10, []int{11, 0}, []bool{false, false}, true},
		{"unlimited", 0, []int{1 << 30, 1 << 30}, []bool{true, true}, false},
		{"negative is unlimited", -1, []int{1 << 30}, []bool{true}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := New(tc.limit)
			for i, n := range tc.spend {
				if got := m.Spend(n); got != tc.wantLeft[i] {
					t.Errorf("Spend #%d (%d) = %v, want %v", i, n, got, tc.wantLeft[i])
				}
			}
			if m.Exhausted() != tc.exhausted {
				t.Errorf("Exhausted = %v, want %v", m.Exhausted(), tc.exhausted)
			}
		})
	}
}

func TestNilMeterNeverRunsOut(t *testing.T) {
	var m *Meter
	if !m.Spend(1<<40) || m.Exhausted() || m.Used() != 0 || m.Limit() != 0 {
		t.Error("a nil meter must be unlimited and empty")
	}
}

func TestCheck(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		ctx  context.Context
		n    int
		want error
	}{
		{"no meter", context.Background(), 1 << 30, nil},
		{"within", With(context.Background(), New(100)), 100, nil},
		{"exhausted", With(context.Background(), New(100)), 101, ErrExhausted},
		// exhaustion is the deterministic answer: it wins over a done ctx
		{"exhausted and cancelled", With(cancelled, New(100)), 101, ErrExhausted},
		{"cancelled", With(cancelled, New(100)), 1, context.Canceled},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := Check(tc.ctx, tc.n); !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Errorf("Check = %v, want %v", err, tc.want)
			}
		})
	}
}
