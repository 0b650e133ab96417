package cortex

import (
	"sync"
	"time"
)

// BreakerState is the state of a provider's circuit breaker.
type BreakerState int

// Breaker states. The numeric values are what the Prometheus gauge reports.
const (
	BreakerClosed   BreakerState = 0 // calls flow
	BreakerHalfOpen BreakerState = 1 // probing after the cool-down
	BreakerOpen     BreakerState = 2 // calls refused until the cool-down ends
)

func (s BreakerState) String() string {
	switch s {
	case BreakerClosed:
		return "closed"
	case BreakerHalfOpen:
		return "half_open"
	case BreakerOpen:
		return "open"
	}
	return "unknown"
}

// breaker stops calling a provider that keeps failing: it opens after
// `failures` consecutive failures, lets probe calls through once `cooldown`
// has passed (half-open) and closes again after `successes` consecutive
// successful probes; any failure while half-open reopens it.
type breaker struct {
	mu        sync.Mutex
	clock     Clock
	failures  int
	successes int
	cooldown  time.Duration

	state       BreakerState
	consecFail  int
	consecOK    int
	openedAt    time.Time
	transitions int
	// probes counts calls in flight while half-open; at most `successes`
	// may run at once, so a provider that is still down sees a trickle of
	// probes, not the whole backlog.
	probes int
}

func newBreaker(clock Clock, failures, successes int, cooldown time.Duration) *breaker {
	if failures <= 0 {
		failures = 5
	}
	if successes <= 0 {
		successes = 3
	}
	if cooldown <= 0 {
		cooldown = 60 * time.Second
	}
	return &breaker{clock: clock, failures: failures, successes: successes, cooldown: cooldown}
}

// allow reports whether a call may be made now, moving open → half-open
// when the cool-down has passed.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == BreakerOpen && !b.clock.Now().Before(b.openedAt.Add(b.cooldown)) {
		b.setState(BreakerHalfOpen)
		b.consecOK = 0
	}
	return b.state != BreakerOpen
}

// acquire admits one call. probe is true when the call is a half-open
// probe and must be reported back with done(probe, ...).
func (b *breaker) acquire() (probe, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == BreakerOpen && !b.clock.Now().Before(b.openedAt.Add(b.cooldown)) {
		b.setState(BreakerHalfOpen)
		b.consecOK = 0
		b.probes = 0
	}
	switch b.state {
	case BreakerClosed:
		return false, true
	case BreakerHalfOpen:
		if b.probes >= b.successes {
			return false, false
		}
		b.probes++
		return true, true
	}
	return false, false
}

// done reports the outcome of a call admitted by acquire.
func (b *breaker) done(probe, ok bool) {
	if probe {
		b.mu.Lock()
		if b.probes > 0 {
			b.probes--
		}
		b.mu.Unlock()
	}
	if ok {
		b.success()
	} else {
		b.failure()
	}
}

// success records a successful call.
func (b *breaker) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.consecFail = 0
	if b.state == BreakerHalfOpen {
		b.consecOK++
		if b.consecOK >= b.successes {
			b.setState(BreakerClosed)
			b.consecOK = 0
		}
	}
}

// failure records a failed call.
func (b *breaker) failure() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.consecOK = 0
	switch b.state {
	case BreakerHalfOpen:
		b.open()
	case BreakerClosed:
		b.consecFail++
		if b.consecFail >= b.failures {
			b.open()
		}
	case BreakerOpen:
		// A call that started before the breaker opened: keep the cool-down running.
	}
}

func (b *breaker) open() {
	b.setState(BreakerOpen)
	b.openedAt = b.clock.Now()
	b.consecFail = 0
}

func (b *breaker) setState(s BreakerState) {
	if b.state != s {
		b.transitions++
	}
	b.state = s
}

// snapshot returns the state without changing it (an open breaker whose
// cool-down has passed is reported as half-open, which is what the next
// call would see).
func (b *breaker) snapshot() (state BreakerState, consecFail int, openUntil time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	state = b.state
	if state == BreakerOpen {
		openUntil = b.openedAt.Add(b.cooldown)
		if !b.clock.Now().Before(openUntil) {
			state = BreakerHalfOpen
		}
	}
	return state, b.consecFail, openUntil
}
