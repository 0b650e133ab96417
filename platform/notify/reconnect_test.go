package notify

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// TestKeepListeningBackoff: a listener that keeps failing is restarted
// after pauses of 100ms doubling up to 10s, and a context that ends
// during a pause or a listen stops it.
func TestKeepListeningBackoff(t *testing.T) {
	ms := time.Millisecond
	cases := []struct {
		name      string
		failures  int // listen fails this many times, then holds until ctx ends
		cancelAt  int // the pause (1-based) during which ctx ends; 0 = never
		wantWaits []time.Duration
	}{
		{"connects at once", 0, 0, nil},
		{"three failures", 3, 0, []time.Duration{100 * ms, 200 * ms, 400 * ms}},
		{"capped at 10s", 9, 0, []time.Duration{100 * ms, 200 * ms, 400 * ms, 800 * ms, 1600 * ms, 3200 * ms, 6400 * ms, 10 * time.Second, 10 * time.Second}},
		{"context ends during a pause", 9, 2, []time.Duration{100 * ms, 200 * ms}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			listen := func(ctx context.Context) error {
				if calls++; calls <= tc.failures {
					return errors.New("connection refused")
				}
				cancel() // connected; the test ends it here
				<-ctx.Done()
				return ctx.Err()
			}
			var waits []time.Duration
			sleep := func(ctx context.Context, d time.Duration) error {
				waits = append(waits, d)
				if len(waits) == tc.cancelAt {
					cancel()
				}
				return ctx.Err()
			}
			New(nil, nil).keepListening(ctx, listen, sleep)
			if !slices.Equal(waits, tc.wantWaits) {
				t.Errorf("pauses %v, want %v", waits, tc.wantWaits)
			}
		})
	}
}
