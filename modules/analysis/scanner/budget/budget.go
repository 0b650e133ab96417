// Package budget counts the work spent on one file in units that do not
// depend on the machine: matches of the structural queries, instruction
// visits of the data-flow fixpoints, node visits of the tree walker. A
// file that runs out of units gives the same partial result on a quiet
// laptop and on a loaded build server, unlike a wall-clock budget, whose
// outcome depends on the load.
//
// The meter travels in the context of the file's analysis: the analysers
// already take one, and a nil meter (a context without one) never runs
// out, so code called outside a scan needs no meter.
package budget

import (
	"context"
	"errors"
)

// ErrExhausted is returned by Check once the file's meter has run out.
var ErrExhausted = errors.New("work budget exhausted")

// Meter is the work budget of one file. It is not safe for concurrent use:
// one file is analysed by one goroutine.
type Meter struct {
	limit, used int64
}

// New returns a meter allowing limit units (limit <= 0: unlimited).
func New(limit int64) *Meter { return &Meter{limit: limit} }

// Spend charges n units and reports whether the meter still has units
// left. A nil meter never runs out.
func (m *Meter) Spend(n int) bool {
	if m == nil {
		return true
	}
	m.used += int64(n)
	return m.limit <= 0 || m.used <= m.limit
}

// Exhausted reports whether more units were spent than the meter allows.
func (m *Meter) Exhausted() bool {
	return m != nil && m.limit > 0 && m.used > m.limit
}

// Used is the number of units spent so far.
func (m *Meter) Used() int64 {
	if m == nil {
		return 0
	}
	return m.used
}

// Limit is the number of units the meter allows (0: unlimited).
func (m *Meter) Limit() int64 {
	if m == nil || m.limit < 0 {
		return 0
	}
	return m.limit
}

type ctxKey struct{}

// With returns a context carrying m.
func With(ctx context.Context, m *Meter) context.Context {
	return context.WithValue(ctx, ctxKey{}, m)
}

// From returns the meter carried by ctx, nil when there is none.
func From(ctx context.Context) *Meter {
	m, _ := ctx.Value(ctxKey{}).(*Meter)
	return m
}

// Check charges n units to ctx's meter. It returns ErrExhausted once the
// meter has run out and ctx.Err() when ctx is done (the wall-clock safety
// net or a cancelled scan); nil otherwise. Analysers call it every few
// thousand units of work, so the cost of the context lookup is noise.
func Check(ctx context.Context, n int) error {
	if !From(ctx).Spend(n) {
		return ErrExhausted
	}
	return ctx.Err()
}
