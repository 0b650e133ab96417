// Package ratelimit limits how often a key (an IP, a user, an API key) may
// act, with state every replica shares: in the database, or in Redis when
// one is configured (NewRedis), which takes the limiter's writes off the
// database. The algorithm is GCRA (generic cell rate algorithm): each key
// keeps one "theoretical arrival time" and one SQL statement (or one Lua
// script in Redis) decides and updates it atomically, so concurrent
// requests on any number of replicas never let more through than the
// limit.
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

// Limiter decides requests against shared state: the rate_limits table
// (New) or Redis (NewRedis).
type Limiter struct {
	st  backend
	now func() time.Time
	// fallback decides when st fails (Redis unreachable: the database).
	fallback *fallback
}

// backend is where the buckets live. step applies one GCRA step to key
// atomically: with tat the key's theoretical arrival time (now when the
// key is absent or expired), a step is allowed when max(tat, now) + cost
// lies at most window ahead of now, and then moves tat there. It returns
// the resulting tat and whether the step was allowed. All times are Unix
// microseconds.
type backend interface {
	step(ctx context.Context, key string, now, cost, window int64) (tat int64, allowed bool, err error)
	// cleanup deletes state that expired before now (a store whose keys
	// expire by themselves has nothing to do).
	cleanup(ctx context.Context, now int64) (int64, error)
	// name is the backend for logs and errors: "database" or "redis".
	name() string
}

// sqlBackend keeps buckets in the rate_limits table.
type sqlBackend struct {
	db *database.DB
	// query decides inside a caller's transaction; asyncQuery (PostgreSQL)
	// outside one, without waiting for the commit to reach disk.
	query, asyncQuery string
}

// New returns a limiter on db's rate_limits table. A decision made inside
// a transaction of db (database.WithTx) joins it.
func New(db *database.DB) (*Limiter, error) {
	if db == nil {
		return nil, errors.New("ratelimit: nil database")
	}
	insert := `INSERT INTO rate_limits (key, tat_us, allowed, expires_us) VALUES (@key, ` + fresh + `, 1, ` + fresh + `)`
	l := &sqlBackend{db: db, query: insert + gcraUpdate}
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
	return &Limiter{st: l, now: time.Now}, nil
}

// Backend names where the buckets live: "database" or "redis".
func (l *Limiter) Backend() string { return l.st.name() }

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
	tat, allowed, err := l.st.step(ctx, key, now, cost, window)
	if err != nil && l.fallback != nil {
		l.fallback.warn(ctx, l.st.name(), err)
		tat, allowed, err = l.fallback.st.step(ctx, key, now, cost, window)
		if err != nil {
			return Result{}, fmt.Errorf("ratelimit (%s fallback): %w", l.fallback.st.name(), err)
		}
	}
	if err != nil {
		return Result{}, fmt.Errorf("ratelimit (%s): %w", l.st.name(), err)
	}
	reset := time.Duration(max(tat-now, 0)) * time.Microsecond
	if allowed {
		return Result{Allowed: true, Remaining: int((window - (tat - now)) / interval), Reset: reset}, nil
	}
	retry := time.Duration(tat+cost-window-now) * time.Microsecond
	return Result{RetryAfter: max(retry, time.Microsecond), Remaining: int(max(window-(tat-now), 0) / interval), Reset: reset}, nil
}

// Cleanup deletes keys whose state has expired (they behave exactly like
// absent keys) and reports how many. In Redis keys expire by themselves:
// nothing to delete.
func (l *Limiter) Cleanup(ctx context.Context) (int64, error) {
	now := l.now().UnixMicro()
	n, err := l.st.cleanup(ctx, now)
	if err != nil {
		return 0, fmt.Errorf("ratelimit: cleanup: %w", err)
	}
	if l.fallback != nil {
		m, err := l.fallback.st.cleanup(ctx, now)
		if err != nil {
			return n, fmt.Errorf("ratelimit: cleanup: %w", err)
		}
		n += m
	}
	return n, nil
}

func (b *sqlBackend) name() string { return "database" }

func (b *sqlBackend) step(ctx context.Context, key string, now, cost, window int64) (int64, bool, error) {
	var row struct {
		TatUs   int64
		Allowed int
	}
	q := b.query
	if b.asyncQuery != "" && !b.db.InTx(ctx) {
		q = b.asyncQuery
	}
	err := b.db.Conn(ctx).Raw(q, map[string]any{
		"key": key, "now": now, "interval": cost, "window": window,
	}).Scan(&row).Error
	return row.TatUs, row.Allowed == 1, err
}

func (b *sqlBackend) cleanup(ctx context.Context, now int64) (int64, error) {
	res := b.db.Conn(ctx).Exec(b.db.Rebind("DELETE FROM rate_limits WHERE expires_us < ?"), now)
	return res.RowsAffected, res.Error
}
