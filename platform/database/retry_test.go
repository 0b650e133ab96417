package database

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"testing"
	"time"
)

// TestRetrySchedule: retry pauses 250ms, doubling up to 5s, between
// attempts, none after the last, and stops when the pause is cut short by
// the context.
func TestRetrySchedule(t *testing.T) {
	errDown := errors.New("down")
	cases := []struct {
		name      string
		attempts  int
		failures  int // how many calls of fn fail before it succeeds
		cancelAt  int // the pause (1-based) during which ctx ends; 0 = never
		wantCalls int
		wantWaits []time.Duration
		wantErr   error
	}{
		{"first try", 5, 0, 0, 1, nil, nil},
		{"third try", 5, 2, 0, 3, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, nil},
		{"gives up without a last pause", 3, 9, 0, 3, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, errDown},
		{"capped at 5s", 8, 9, 0, 8, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second,
			2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}, errDown},
		{"context ends during a pause", 5, 9, 2, 2, []time.Duration{250 * time.Millisecond, 500 * time.Millisecond}, context.Canceled},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var waits []time.Duration
			sleep := func(ctx context.Context, d time.Duration) error {
				waits = append(waits, d)
				if len(waits) == tc.cancelAt {
					cancel()
				}
				return ctx.Err()
			}
			calls := 0
			err := retryWith(ctx, sleep, tc.attempts, slog.New(slog.DiscardHandler), "test", func(context.Context) error {
				if calls++; calls <= tc.failures {
					return errDown
				}
				return nil
			})
			if calls != tc.wantCalls || !slices.Equal(waits, tc.wantWaits) {
				t.Errorf("calls %d, pauses %v; want %d, %v", calls, waits, tc.wantCalls, tc.wantWaits)
			}
			if (tc.wantErr == nil) != (err == nil) || (tc.wantErr != nil && !errors.Is(err, tc.wantErr)) {
				t.Errorf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}
