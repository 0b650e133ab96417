// Package ratelimit limits how often a key (an IP, a user, an API key) may
// act, with state in the database so every replica shares one budget.
// The algorithm is GCRA (generic cell rate algorithm): each key keeps one
// "theoretical arrival time" and one SQL statement decides and updates it
// atomically, so concurrent requests on any number of replicas never let
// more through than the limit.
package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"vigil/platform/database"
)

// Rate is Events per Per, e.g. PerMinute(10).
type Rate struct {
	Events int
	Per    time.Duration
}

// PerSecond is n events per second.
func PerSecond(n int) Rate { return Rate{Events: n, Per: time.Second} }

// PerMinute is n events per minute.
func PerMinute(n int) Rate { return Rate{Events: n, Per: time.Minute} }

// PerHour is n events per hour.
func PerHour(n int) Rate { return Rate{Events: n, Per: time.Hour} }

// Result is the decision for one request.
type Result struct {
	Allowed bool
	// RetryAfter is how long until a request would be allowed (0 when allowed).
	RetryAfter time.Duration
	// Remaining is how many more requests would be allowed right now.
	Remaining int
	// Reset is how long until the whole burst is available again.
	Reset time.Duration
}

// Limiter decides requests against the shared rate_limits table.
type Limiter struct {
	db  *database.DB
	now func() time.Time
	// query decides inside a caller's transaction; asyncQuery (PostgreSQL)
	// outside one, without waiting for the commit to reach disk.
	query, asyncQuery string
}

// New returns a limiter on db.
func New(db *database.DB) (*Limiter, error) {
	if db == nil {
		return nil, errors.New("ratelimit: nil database")
	}
	insert := `INSERT INTO rate_limits (key, tat_us, allowed, expires_us) VALUES (@key, ` + fresh + `, 1, ` + fresh + `)`
	l := &Limiter{db: db, now: time.Now, query: insert + gcraUpdate}
	if db.Dialect() == database.Postgres {
		// Limiter state is disposable: the statement's own transaction need
		// not wait for the WAL flush (a crash forgets at most the last
		// fraction of a second of counts). set_config(..., true) lasts until
		// the transaction ends, so it is used only when the statement is its
		// own transaction.
		l.asyncQuery = `INSERT INTO rate_limits (key, tat_us, allowed, expires_us) SELECT @key, ` + fresh + `, 1, ` + fresh +
			` FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit` + gcraUpdate
	} else {
		l.query = strings.ReplaceAll(l.query, "GREATEST(", "max(")
	}
	return l, nil
}

// WithClock replaces the clock (tests).
func (l *Limiter) WithClock(now func() time.Time) *Limiter {
	c := *l
	c.now = now
	return &c
}

// A fresh key is inserted as allowed; an existing key is updated: the new
// arrival time is max(tat, now) + interval, accepted only when it lies at
// most burst intervals ahead of now. Every SET expression reads the old
// row, so "allowed" and the new tat agree. Parameters are cast because
// PostgreSQL cannot infer their types in arithmetic.
const (
	fresh      = `CAST(@now AS BIGINT) + CAST(@interval AS BIGINT)`
	gcraUpdate = `
ON CONFLICT (key) DO UPDATE SET
  allowed = CASE WHEN GREATEST(rate_limits.tat_us, CAST(@now AS BIGINT)) + CAST(@interval AS BIGINT) - CAST(@now AS BIGINT) <= CAST(@window AS BIGINT)
    THEN 1 ELSE 0 END,
  tat_us = CASE WHEN GREATEST(rate_limits.tat_us, CAST(@now AS BIGINT)) + CAST(@interval AS BIGINT) - CAST(@now AS BIGINT) <= CAST(@window AS BIGINT)
    THEN GREATEST(rate_limits.tat_us, CAST(@now AS BIGINT)) + CAST(@interval AS BIGINT) ELSE rate_limits.tat_us END,
  expires_us = CASE WHEN GREATEST(rate_limits.tat_us, CAST(@now AS BIGINT)) + CAST(@interval AS BIGINT) - CAST(@now AS BIGINT) <= CAST(@window AS BIGINT)
    THEN GREATEST(rate_limits.tat_us, CAST(@now AS BIGINT)) + CAST(@interval AS BIGINT) ELSE rate_limits.expires_us END
RETURNING tat_us, allowed`
)

// Allow spends one request of key's budget: rate is the sustained rate,
// burst how many requests may come at once (at least 1).
func (l *Limiter) Allow(ctx context.Context, key string, rate Rate, burst int) (Result, error) {
	return l.AllowN(ctx, key, rate, burst, 1)
}

// AllowN spends n requests of key's budget at once, or none when fewer
// than n are available (1 <= n <= burst).
func (l *Limiter) AllowN(ctx context.Context, key string, rate Rate, burst, n int) (Result, error) {
	if rate.Events <= 0 || rate.Per <= 0 || burst < 1 || n < 1 || n > burst {
		return Result{}, fmt.Errorf("ratelimit: invalid rate %d/%s burst %d n %d", rate.Events, rate.Per, burst, n)
	}
	interval := rate.Per.Microseconds() / int64(rate.Events)
	if interval < 1 {
		interval = 1
	}
	window := interval * int64(burst)
	cost := interval * int64(n)
	now := l.now().UnixMicro()
	var row struct {
		TatUs   int64
		Allowed int
	}
	q := l.query
	if l.asyncQuery != "" && !l.db.InTx(ctx) {
		q = l.asyncQuery
	}
	err := l.db.Conn(ctx).Raw(q, map[string]any{
		"key": key, "now": now, "interval": cost, "window": window,
	}).Scan(&row).Error
	if err != nil {
		return Result{}, fmt.Errorf("ratelimit: %w", err)
	}
	reset := time.Duration(max(row.TatUs-now, 0)) * time.Microsecond
	if row.Allowed == 1 {
		return Result{Allowed: true, Remaining: int((window - (row.TatUs - now)) / interval), Reset: reset}, nil
	}
	retry := time.Duration(row.TatUs+cost-window-now) * time.Microsecond
	return Result{RetryAfter: max(retry, time.Microsecond), Remaining: int(max(window-(row.TatUs-now), 0) / interval), Reset: reset}, nil
}

// Cleanup deletes keys whose state has expired (they behave exactly like
// absent keys) and reports how many.
func (l *Limiter) Cleanup(ctx context.Context) (int64, error) {
	res := l.db.Conn(ctx).Exec(l.db.Rebind("DELETE FROM rate_limits WHERE expires_us < ?"), l.now().UnixMicro())
	if res.Error != nil {
		return 0, fmt.Errorf("ratelimit: cleanup: %w", res.Error)
	}
	return res.RowsAffected, nil
}
