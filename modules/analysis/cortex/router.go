package cortex

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"vigil/platform/config"
)

// ErrNoModel is returned when no configured model of the tier (or a
// stronger one) has a context window large enough for the request.
var ErrNoModel = errors.New("cortex: no configured model fits the request")

// errBreakerBusy: the breaker is open or all half-open probe slots are taken.
var errBreakerBusy = errors.New("circuit breaker open")

// ErrUnavailable is matched by the error returned when every candidate
// provider failed or had its breaker open.
var ErrUnavailable = errors.New("cortex: AI unavailable")

// Retry policy defaults.
const (
	defaultCallTimeout = 90 * time.Second
	defaultMaxRetries  = 2
	defaultConcurrency = 4
	backoffBase        = time.Second
	backoffCap         = 30 * time.Second
	// maxRetryAfter: a provider asking for a longer pause is skipped in
	// favour of the next one in the chain rather than waited for.
	maxRetryAfter = 2 * time.Minute
)

// providerState is one provider with its resilience machinery.
type providerState struct {
	p   Provider
	cfg config.AIProvider
	// cacheScope isolates this provider's cached answers: empty for the
	// instance's providers, set for a workspace's own (workspaceCacheScope).
	cacheScope string
	models     []ModelInfo
	br         *breaker
	sem        chan struct{}
	mu         sync.Mutex
	calls      int64
	fails      int64
	lastErr    string
	lastAt     time.Time
	// latencies of the most recent calls (ring of healthWindow) and the
	// most recent errors, newest last, for the admin health view.
	latencies []time.Duration
	latNext   int
	recent    []ErrorEvent
}

// healthWindow is how many recent calls the latency figures cover and how
// many recent errors Health keeps.
const (
	healthWindow = 50
	recentErrors = 5
)

func (ps *providerState) note(err error, at time.Time, latency time.Duration) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ps.calls++
	if len(ps.latencies) < healthWindow {
		ps.latencies = append(ps.latencies, latency)
	} else {
		ps.latencies[ps.latNext] = latency
	}
	ps.latNext = (ps.latNext + 1) % healthWindow
	if err != nil {
		ps.fails++
		ps.lastErr = err.Error()
		ps.lastAt = at
		ps.recent = append(ps.recent, ErrorEvent{At: at, Message: ps.lastErr})
		if len(ps.recent) > recentErrors {
			ps.recent = ps.recent[len(ps.recent)-recentErrors:]
		}
	}
}

// latencyStats returns the mean and 95th percentile of the recent
// latencies in milliseconds (callers hold mu).
func (ps *providerState) latencyStats() (avg, p95 float64) {
	n := len(ps.latencies)
	if n == 0 {
		return 0, 0
	}
	sorted := append([]time.Duration(nil), ps.latencies...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var sum time.Duration
	for _, d := range sorted {
		sum += d
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	idx := (95*n+99)/100 - 1 // nearest rank
	return ms(sum / time.Duration(n)), ms(sorted[idx])
}

// router picks models and carries calls through retries and fallbacks.
type router struct {
	providers   []*providerState
	clock       Clock
	callTimeout time.Duration
	maxRetries  int
	metrics     *metrics
	jitter      func(n int64) int64
}

// route is one candidate (provider, model).
type route struct {
	ps    *providerState
	model ModelInfo
}

// candidates lists the models able to serve a request of the tier, cheapest
// first for this request's size; for the fast tier the strong models follow
// as the last fallbacks (a fast task may be upgraded, a strong one is never
// downgraded). needTokens is input (upper bound) plus the output allowance.
func (r *router) candidates(tier Tier, typicalIn, maxOut, needTokens int) []route {
	var primary, upgrade []route
	for _, ps := range r.providers {
		for _, m := range ps.models {
			if m.Context > 0 && m.Context < needTokens {
				continue
			}
			switch {
			case m.Tier == tier:
				primary = append(primary, route{ps: ps, model: m})
			case tier == TierFast && m.Tier == TierStrong:
				upgrade = append(upgrade, route{ps: ps, model: m})
			}
		}
	}
	byCost := func(rs []route) {
		sort.SliceStable(rs, func(i, j int) bool {
			return rs[i].model.Cost(typicalIn, maxOut) < rs[j].model.Cost(typicalIn, maxOut)
		})
	}
	byCost(primary)
	byCost(upgrade)
	return append(primary, upgrade...)
}

// attemptResult is a successful call.
type attemptResult struct {
	resp    Response
	route   route
	latency time.Duration
	cost    float64
}

// do runs req on the candidates in order: per candidate, the breaker is
// consulted, the budget reserves the worst case, the concurrency slot is
// taken, and retryable failures are retried with backoff (Retry-After wins)
// before falling back to the next candidate. Every attempt is recorded on the
// budget. A budget refusal stops the chain: later candidates cost more.
func (r *router) do(ctx context.Context, task string, cands []route, req Request, budget *Budget) (attemptResult, error) {
	upper := upperTokens(req.Messages)
	var lastErr error
	for _, c := range cands {
		if !c.ps.br.allow() {
			lastErr = fmt.Errorf("cortex: provider %s: circuit breaker open", c.ps.p.Name())
			continue
		}
		for attempt := 0; ; attempt++ {
			reserve := c.model.Cost(upper, req.MaxOutputTokens)
			if err := budget.reserve(reserve); err != nil {
				return attemptResult{}, err
			}
			res, err := r.once(ctx, c, req)
			if errors.Is(err, errBreakerBusy) {
				// Opened, or its half-open probe slots are taken: next candidate.
				budget.settle(reserve, 0)
				lastErr = fmt.Errorf("cortex: provider %s: %w", c.ps.p.Name(), err)
				break
			}
			if err == nil {
				res.cost = c.model.Cost(res.resp.InputTokens, res.resp.OutputTokens)
				budget.settle(reserve, res.cost)
				budget.record(CallRecord{Task: task, Provider: c.ps.p.Name(), Model: c.model.Name,
					InputTokens: res.resp.InputTokens, OutputTokens: res.resp.OutputTokens,
					Latency: res.latency, CostUSD: res.cost, At: r.clock.Now()})
				return res, nil
			}
			budget.settle(reserve, 0)
			budget.record(CallRecord{Task: task, Provider: c.ps.p.Name(), Model: c.model.Name,
				Latency: res.latency, Error: err.Error(), At: r.clock.Now()})
			lastErr = err
			if ctx.Err() != nil {
				return attemptResult{}, ctx.Err()
			}
			var ce *CallError
			if !errors.As(err, &ce) || !ce.Retryable || attempt >= r.maxRetries || !c.ps.br.allow() {
				break
			}
			wait := r.backoff(attempt, ce.RetryAfter)
			if wait > maxRetryAfter {
				break
			}
			if err := r.clock.Sleep(ctx, wait); err != nil {
				return attemptResult{}, err
			}
		}
	}
	if lastErr == nil {
		return attemptResult{}, ErrNoModel
	}
	return attemptResult{}, fmt.Errorf("%w: %w", ErrUnavailable, lastErr)
}

// once makes one attempt under the per-call timeout and concurrency limit.
func (r *router) once(ctx context.Context, c route, req Request) (attemptResult, error) {
	select {
	case c.ps.sem <- struct{}{}:
	case <-ctx.Done():
		return attemptResult{}, ctx.Err()
	}
	defer func() { <-c.ps.sem }()
	ctx, span := startCallSpan(ctx, c, req)
	probe, ok := c.ps.br.acquire()
	if !ok {
		endCallSpan(ctx, span, attemptResult{}, 0, errBreakerBusy, false)
		return attemptResult{}, errBreakerBusy
	}
	callCtx, cancel := context.WithTimeout(ctx, r.callTimeout)
	defer cancel()
	req.Model = c.model.Name
	start := time.Now()
	resp, err := c.ps.p.Generate(callCtx, req)
	latency := time.Since(start)
	timedOut := err != nil && callCtx.Err() != nil && ctx.Err() == nil
	if timedOut {
		var ce *CallError
		if !errors.As(err, &ce) {
			ce = &CallError{Provider: c.ps.p.Name(), Err: err}
		}
		ce.Retryable = true
		ce.Err = fmt.Errorf("timed out after %s: %w", r.callTimeout, ce.Err)
		err = ce
	}
	c.ps.br.done(probe, err == nil)
	c.ps.note(err, r.clock.Now(), latency)
	cost := c.model.Cost(resp.InputTokens, resp.OutputTokens)
	r.metrics.observeCall(c.ps.p.Name(), c.model.Name, err, latency, resp.InputTokens, resp.OutputTokens, cost)
	res := attemptResult{resp: resp, route: c, latency: latency}
	endCallSpan(ctx, span, res, cost, err, timedOut)
	return res, err
}

// backoff is exponential with full jitter in [d/2, d]; a server's
// Retry-After is honoured exactly.
func (r *router) backoff(attempt int, retryAfter time.Duration) time.Duration {
	if retryAfter > 0 {
		return retryAfter
	}
	d := backoffBase << attempt
	if d > backoffCap || d <= 0 {
		d = backoffCap
	}
	half := int64(d / 2)
	return time.Duration(half + r.jitter(half+1))
}

func defaultJitter(n int64) int64 { return rand.Int64N(n) }

// ProviderHealth is what instance admins see about one provider.
type ProviderHealth struct {
	Name                string    `json:"name"`
	Kind                string    `json:"kind"`
	Breaker             string    `json:"breaker"` // closed | half_open | open
	ConsecutiveFailures int       `json:"consecutive_failures"`
	OpenUntil           time.Time `json:"open_until,omitzero"`
	Calls               int64     `json:"calls"`
	Failures            int64     `json:"failures"`
	LastError           string    `json:"last_error,omitempty"`
	LastErrorAt         time.Time `json:"last_error_at,omitzero"`
	// RecentErrors are the last few failures, oldest first.
	RecentErrors []ErrorEvent `json:"recent_errors"`
	// AvgLatencyMS and P95LatencyMS cover the most recent calls (up to
	// 50, failures included); 0 before the first call.
	AvgLatencyMS float64  `json:"avg_latency_ms"`
	P95LatencyMS float64  `json:"p95_latency_ms"`
	Models       []string `json:"models"`
}

// ErrorEvent is one failed provider call.
type ErrorEvent struct {
	At      time.Time `json:"at"`
	Message string    `json:"message"`
}

func (r *router) health() []ProviderHealth {
	out := make([]ProviderHealth, 0, len(r.providers))
	for _, ps := range r.providers {
		st, cf, until := ps.br.snapshot()
		ps.mu.Lock()
		h := ProviderHealth{Name: ps.p.Name(), Kind: ps.p.Kind(), Breaker: st.String(), ConsecutiveFailures: cf,
			OpenUntil: until, Calls: ps.calls, Failures: ps.fails, LastError: ps.lastErr, LastErrorAt: ps.lastAt,
			RecentErrors: append([]ErrorEvent{}, ps.recent...), Models: []string{}}
		h.AvgLatencyMS, h.P95LatencyMS = ps.latencyStats()
		ps.mu.Unlock()
		if st != BreakerOpen {
			h.OpenUntil = time.Time{}
		}
		for _, m := range ps.models {
			h.Models = append(h.Models, m.Name)
		}
		out = append(out, h)
	}
	return out
}
