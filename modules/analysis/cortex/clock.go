package cortex

import (
	"context"
	"time"

	"vigil/platform/clock"
)

// Clock is the time source of the breaker and of retry backoff. It is
// injectable so breaker transitions and Retry-After handling are tested
// without sleeping.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx is done (then it returns ctx.Err()).
	Sleep(ctx context.Context, d time.Duration) error
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now().UTC() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error { return clock.Sleep(ctx, d) }
