package analysis

import (
	"context"
	"time"

	"vigil/platform/errs"
)

// Intake bounds used when the configuration leaves them at zero (tests
// that build config.Analysis by hand); config.Default sets the same.
const (
	DefaultMaxConcurrentIntakes = 4
	DefaultIntakeWait           = 30 * time.Second
)

// intakeRetryAfter is what a turned-away upload is told to wait.
const intakeRetryAfter = 5 * time.Second

// intakeGate bounds how many uploads one replica checks, bundles and
// stores at once: each intake holds a file being checked, compression
// state and a chunk being stored, so memory and CPU grow with the number
// running, not with the number received. An upload beyond the bound
// waits, because a burst (a CI matrix pushing a dozen uploads) is normal
// and neither the web app nor `vigil scan --server` retries a refused
// upload; a wait longer than the configured one is answered 503 with
// Retry-After, so a real overload gets a clear answer well before the
// HTTP write timeout cuts the connection.
type intakeGate struct {
	slots chan struct{}
	wait  time.Duration
}

func newIntakeGate(n int, wait time.Duration) *intakeGate {
	if n <= 0 {
		n = DefaultMaxConcurrentIntakes
	}
	if wait <= 0 {
		wait = DefaultIntakeWait
	}
	return &intakeGate{slots: make(chan struct{}, n), wait: wait}
}

// enter waits for a free intake and returns the function that frees it.
// It fails with a 503 (errs.KindUnavailable with RetryAfter) when none
// frees up within the gate's wait, and with ctx's error when the caller
// gives up first.
func (g *intakeGate) enter(ctx context.Context) (release func(), err error) {
	select {
	case g.slots <- struct{}{}:
		return g.leave, nil
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return g.leave, nil
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	case <-t.C:
		e := errs.New(errs.KindUnavailable, "%d uploads are being taken in already and none finished within %s; retry in a few seconds", cap(g.slots), g.wait)
		e.RetryAfter = intakeRetryAfter
		return nil, e
	}
}

func (g *intakeGate) leave() { <-g.slots }
