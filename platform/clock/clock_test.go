package clock

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSleep(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name    string
		ctx     context.Context
		d       time.Duration
		want    error
		atLeast time.Duration
		atMost  time.Duration
	}{
		{"waits d", context.Background(), 30 * time.Millisecond, nil, 30 * time.Millisecond, 5 * time.Second},
		{"zero returns at once", context.Background(), 0, nil, 0, time.Second},
		{"negative returns at once", context.Background(), -time.Hour, nil, 0, time.Second},
		{"done context ends a long wait", canceled, time.Hour, context.Canceled, 0, 5 * time.Second},
		{"done context with zero", canceled, 0, context.Canceled, 0, time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			err := Sleep(tc.ctx, tc.d)
			took := time.Since(start)
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if took < tc.atLeast || took > tc.atMost {
				t.Errorf("took %v, want between %v and %v", took, tc.atLeast, tc.atMost)
			}
		})
	}
}

// A context canceled while Sleep waits ends the wait.
func TestSleepCanceledMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	start := time.Now()
	if err := Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("took %v", took)
	}
}
