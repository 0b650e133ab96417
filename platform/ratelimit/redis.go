package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// gcraScript is one GCRA step in Redis, atomic because Redis runs a script
// alone. KEYS[1] holds the key's theoretical arrival time (Unix
// microseconds, as a decimal string); ARGV are now, cost and window. An
// absent key (or one that expired: its tat had passed) counts as tat =
// now, exactly as an expired row does in the database. The key lives
// until its tat, after which it would behave as absent anyway, so Redis
// never holds more keys than have been used within their window. Times
// stay below 2^53, so Lua's doubles hold them exactly; string.format
// writes them without an exponent.
var gcraScript = redis.NewScript(`
local now = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
local base = math.max(tat, now)
if base + cost - now <= window then
  local new = base + cost
  redis.call('SET', KEYS[1], string.format('%.0f', new), 'PX', math.ceil((new - now) / 1000) + 1)
  return {string.format('%.0f', new), 1}
end
return {string.format('%.0f', tat), 0}
`)

// redisBackend keeps buckets in Redis under prefix+key.
type redisBackend struct {
	rdb    redis.UniversalClient
	prefix string
}

// NewRedis returns a limiter whose buckets live in Redis, shared by every
// replica pointed at the same server, under keys prefix+key (e.g.
// "vigil:ratelimit:"). Decisions never join a database transaction.
// Redis may lose the buckets (a restart without persistence): limits then
// start afresh, which only ever lets clients through, never locks them
// out.
func NewRedis(rdb redis.UniversalClient, prefix string) (*Limiter, error) {
	if rdb == nil {
		return nil, errors.New("ratelimit: nil Redis client")
	}
	return &Limiter{st: &redisBackend{rdb: rdb, prefix: prefix}, now: time.Now}, nil
}

func (b *redisBackend) name() string { return "redis" }

func (b *redisBackend) step(ctx context.Context, key string, now, cost, window int64) (int64, bool, error) {
	v, err := gcraScript.Run(ctx, b.rdb, []string{b.prefix + key}, now, cost, window).Slice()
	if err != nil {
		return 0, false, err
	}
	if len(v) != 2 {
		return 0, false, fmt.Errorf("unexpected script reply %v", v)
	}
	s, ok := v[0].(string)
	if !ok {
		return 0, false, fmt.Errorf("unexpected script reply %v", v)
	}
	var tat int64
	if _, err := fmt.Sscan(s, &tat); err != nil {
		return 0, false, fmt.Errorf("unexpected arrival time %q: %w", s, err)
	}
	allowed, _ := v[1].(int64)
	return tat, allowed == 1, nil
}

// cleanup has nothing to do: every key carries its own expiry.
func (b *redisBackend) cleanup(context.Context, int64) (int64, error) { return 0, nil }

// fallback is the backend a limiter turns to while its own fails, and
// the log that hears of it (at most once per fallbackLogEvery).
type fallback struct {
	st     backend
	log    *slog.Logger
	logged atomic.Int64 // Unix nanoseconds of the last warning
}

const fallbackLogEvery = 10 * time.Second

func (f *fallback) warn(ctx context.Context, primary string, err error) {
	now := time.Now().UnixNano()
	last := f.logged.Load()
	if now-last < int64(fallbackLogEvery) || !f.logged.CompareAndSwap(last, now) {
		return
	}
	f.log.WarnContext(ctx, "rate limiter backend unavailable; deciding on the fallback until it answers",
		"backend", primary, "fallback", f.st.name(), "error", err.Error())
}

// WithFallback returns l deciding on f's backend whenever l's own fails
// (Redis unreachable or timing out): limits then still hold, counted in f
// (the database) for the outage, instead of failing every decision.
// Warnings go to log, at most one per 10 seconds.
func (l *Limiter) WithFallback(f *Limiter, log *slog.Logger) *Limiter {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := *l
	c.fallback = &fallback{st: f.st, log: log}
	return &c
}
