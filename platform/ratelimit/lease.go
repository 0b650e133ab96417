package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Policy is a limit: a sustained rate and a burst. A zero Rate is no limit.
type Policy struct {
	Rate  Rate
	Burst int
}

// On reports whether the policy limits anything.
func (p Policy) On() bool { return p.Rate.Events > 0 && p.Rate.Per > 0 && p.Burst > 0 }

// leaseTTL bounds how long a replica keeps tokens it took ahead of use, so
// an idle replica never sits on another's budget for long.
const leaseTTL = time.Second

// Leases spends shared budgets with few database round trips: a replica
// takes several tokens from the shared bucket in one statement and hands
// them out from memory. A lease is at most an eighth of the burst and at
// most what the sustained rate refills during the lease's life (leaseTTL),
// so the tokens an expiring lease leaves unused are never more than the
// bucket gains back meanwhile: a slow budget (analyses: 120 an hour) takes
// one token per statement and keeps its whole burst however many replicas
// share it, while a busy one (API keys) still costs one write per several
// requests. Every token is paid for in the shared bucket, so all replicas
// together never pass more than the limit. A refusal is remembered until
// its Retry-After (the bucket cannot refill sooner), so a client hammering
// past its budget costs no database writes either. Hot paths (every API
// request) then cost a map lookup, not a database write.
type Leases struct {
	l  *Limiter
	mu sync.Mutex
	m  map[string]*lease
}

type lease struct {
	tokens  int
	until   time.Time
	remain  int // shared remaining after the lease was taken
	resetAt time.Time
	denied  bool // refused until until
}

// NewLeases returns leases on l.
func NewLeases(l *Limiter) *Leases { return &Leases{l: l, m: map[string]*lease{}} }

// Take spends one request of key's budget under p.
func (s *Leases) Take(ctx context.Context, key string, p Policy) (Result, error) {
	now := s.l.now()
	s.mu.Lock()
	if ls := s.m[key]; ls != nil && now.Before(ls.until) {
		if ls.denied {
			res := Result{RetryAfter: ls.until.Sub(now), Reset: max(ls.resetAt.Sub(now), 0)}
			s.mu.Unlock()
			return res, nil
		}
		if ls.tokens > 0 {
			ls.tokens--
			res := Result{Allowed: true, Remaining: ls.remain + ls.tokens, Reset: max(ls.resetAt.Sub(now), 0)}
			s.mu.Unlock()
			return res, nil
		}
	}
	if len(s.m) > 100_000 { // bound memory under many distinct keys
		for k, ls := range s.m {
			if !now.Before(ls.until) {
				delete(s.m, k)
			}
		}
	}
	s.mu.Unlock()

	n := leaseSize(p)
	res, err := s.l.AllowN(ctx, key, p.Rate, p.Burst, n)
	if err == nil && !res.Allowed && n > 1 {
		n = 1
		res, err = s.l.AllowN(ctx, key, p.Rate, p.Burst, 1)
	}
	if err != nil {
		return res, err
	}
	if !res.Allowed {
		s.mu.Lock()
		s.m[key] = &lease{denied: true, until: now.Add(res.RetryAfter), resetAt: now.Add(res.Reset)}
		s.mu.Unlock()
		return res, nil
	}
	s.mu.Lock()
	s.m[key] = &lease{tokens: n - 1, until: now.Add(leaseTTL), remain: res.Remaining, resetAt: now.Add(res.Reset)}
	s.mu.Unlock()
	res.Remaining += n - 1
	return res, nil
}

// leaseSize is how many tokens one database statement takes: an eighth of
// the burst, at most the tokens the sustained rate refills in leaseTTL,
// at most 1024, at least 1.
func leaseSize(p Policy) int {
	perTTL := int(float64(p.Rate.Events) * leaseTTL.Seconds() / p.Rate.Per.Seconds())
	return max(min(p.Burst/8, perTTL, 1024), 1)
}
