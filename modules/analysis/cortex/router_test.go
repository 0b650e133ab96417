package cortex

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"vigil/modules/analysis/scanner"
	"vigil/platform/config"
)

func okTriage(n int, c fakeCall) fakeReply {
	return fakeReply{Answer: obedientTriage(c), InTok: 500, OutTok: 50}
}

func TestRoutingByTierAndSize(t *testing.T) {
	fake := newFake(t, KindOpenAI, okTriage)
	big := strings.Repeat("# padding line to make the prompt large\n", 300) + sqliPy // ~12 KB
	src := srcFS(map[string]string{"app/users.py": sqliPy, "app/big.py": big})
	s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o",
		fast("fast-dear", 1, 4, 200000),
		fast("fast-cheap-small", 0.1, 0.4, 3000), // cheapest, but a 3k-token window
		strong("strong-dear", 10, 40, 200000),
		strong("strong-cheap", 3, 15, 200000),
	)}})
	bigFinding := sqliFinding()
	bigFinding.Location.Path = "app/big.py"
	bigFinding.Location.StartLine, bigFinding.Location.EndLine = 306, 306
	bigFinding.Fingerprint = "fp-big"
	// Put the whole file in the finding's trace so the prompt outgrows 3k tokens.
	bigFinding.Snippet = big

	tests := []struct {
		name string
		run  func() Attribution
		want string
	}{
		{"small triage uses the cheapest fast model", func() Attribution {
			return s.Triage(context.Background(), NewBudget(1), src, sqliFinding()).Attribution
		}, "fast-cheap-small"},
		{"large triage skips models whose context is too small", func() Attribution {
			return s.Triage(context.Background(), NewBudget(1), src, bigFinding).Attribution
		}, "fast-dear"},
		{"strong task uses the cheapest strong model", func() Attribution {
			return s.Recheck(context.Background(), NewBudget(1), src, sqliFinding()).Attribution
		}, "strong-cheap"},
	}
	fake.script = func(n int, c fakeCall) fakeReply {
		if taskOf(c) == "recheck" {
			return fakeReply{Answer: `{"verdict":"confirmed","confidence":0.7,"reason":"concatenation"}`, InTok: 10, OutTok: 10}
		}
		return okTriage(n, c)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(fake.Calls())
			a := tt.run()
			if a.Status != StatusOK || a.Model != tt.want {
				t.Fatalf("attribution = %+v, want model %s", a, tt.want)
			}
			calls := fake.Calls()
			if len(calls) != before+1 || calls[len(calls)-1].Model != tt.want {
				t.Fatalf("wire model = %v", calls[len(calls)-1].Model)
			}
		})
	}

	t.Run("nothing fits", func(t *testing.T) {
		s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "o", fast("tiny", 0.1, 0.4, 500))}})
		a := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
		if a.Status != StatusSkipped {
			t.Fatalf("status = %+v", a)
		}
	})
}

func TestFallbackAcrossProviders(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	down := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply { return fakeReply{Status: http.StatusInternalServerError} })
	auth := newFake(t, KindOllama, func(n int, c fakeCall) fakeReply { return fakeReply{Status: http.StatusUnauthorized} })
	up := newFake(t, KindAnthropic, okTriage)
	clock := newFakeClock()
	s := newTestService(t, nil, clock, config.AI{MaxRetries: 2, Providers: []config.AIProvider{
		provider(down, "openai-down", fast("a", 0.1, 0.1, 100000)),
		provider(auth, "ollama-401", fast("b", 0.2, 0.2, 100000)),
		provider(up, "anthropic-up", fast("c", 0.3, 0.3, 100000)),
	}})
	b := NewBudget(1)
	res := s.Triage(context.Background(), b, src, sqliFinding())
	if res.Status != StatusOK || res.Provider != "anthropic-up" || res.Model != "c" {
		t.Fatalf("triage = %+v", res)
	}
	if n := len(down.Calls()); n != 3 {
		t.Errorf("500s retried %d times in all, want 1 + 2 retries", n)
	}
	if n := len(auth.Calls()); n != 1 {
		t.Errorf("401 tried %d times, want 1 (not retryable)", n)
	}
	if n := len(clock.Sleeps()); n != 2 {
		t.Errorf("slept %d times, want 2 backoffs", n)
	}
	for i, d := range clock.Sleeps() {
		base := time.Second << i
		if d < base/2 || d > base {
			t.Errorf("backoff %d = %v, want in [%v, %v]", i, d, base/2, base)
		}
	}
	u := b.Usage()
	if u.Calls != 1 || u.Failures != 4 {
		t.Errorf("usage = %+v, want 1 call and 4 failures recorded", u)
	}

	t.Run("all down is AI unavailable, never a crash", func(t *testing.T) {
		s := newTestService(t, nil, newFakeClock(), config.AI{Providers: []config.AIProvider{provider(down, "openai-down", fast("a", 0.1, 0.1, 100000))}})
		res := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
		if res.Status != StatusUnavailable || res.Verdict != "" || !strings.Contains(res.Note, "AI unavailable") {
			t.Fatalf("triage = %+v", res)
		}
	})
}

func TestRetryHonoursRetryAfter(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	httpDate := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	tests := []struct {
		name       string
		kind       string
		retryAfter string
		min, max   time.Duration
	}{
		{"seconds openai", KindOpenAI, "7", 7 * time.Second, 7 * time.Second},
		{"seconds anthropic", KindAnthropic, "3", 3 * time.Second, 3 * time.Second},
		{"seconds ollama", KindOllama, "5", 5 * time.Second, 5 * time.Second},
		{"http date", KindOpenAI, httpDate, 80 * time.Second, 90 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFake(t, tt.kind, func(n int, c fakeCall) fakeReply {
				if n == 0 {
					return fakeReply{Status: http.StatusTooManyRequests, Header: map[string]string{"Retry-After": tt.retryAfter}}
				}
				return okTriage(n, c)
			})
			clock := newFakeClock()
			s := newTestService(t, nil, clock, config.AI{Providers: []config.AIProvider{provider(fake, "p", fast("m", 1, 1, 100000))}})
			res := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
			if res.Status != StatusOK {
				t.Fatalf("triage = %+v", res)
			}
			sl := clock.Sleeps()
			if len(sl) != 1 || sl[0] < tt.min || sl[0] > tt.max {
				t.Fatalf("sleeps = %v, want one in [%v, %v]", sl, tt.min, tt.max)
			}
			if len(fake.Calls()) != 2 {
				t.Fatalf("calls = %d", len(fake.Calls()))
			}
		})
	}

	t.Run("too long a Retry-After falls back instead of waiting", func(t *testing.T) {
		slow := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
			return fakeReply{Status: http.StatusTooManyRequests, Header: map[string]string{"Retry-After": "3600"}}
		})
		ok := newFake(t, KindOpenAI, okTriage)
		clock := newFakeClock()
		s := newTestService(t, nil, clock, config.AI{Providers: []config.AIProvider{
			provider(slow, "busy", fast("m1", 0.1, 0.1, 100000)), provider(ok, "free", fast("m2", 1, 1, 100000))}})
		res := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
		if res.Status != StatusOK || res.Provider != "free" || len(clock.Sleeps()) != 0 {
			t.Fatalf("triage = %+v sleeps %v", res, clock.Sleeps())
		}
	})
}

func TestSlowResponseTimesOut(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	slow := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		return fakeReply{Answer: obedientTriage(c), Delay: 5 * time.Second}
	})
	fast2 := newFake(t, KindOllama, okTriage)
	s := newTestService(t, nil, newFakeClock(), config.AI{CallTimeout: 150 * time.Millisecond, MaxRetries: 1, Providers: []config.AIProvider{
		provider(slow, "slow", fast("s", 0.1, 0.1, 100000)), provider(fast2, "quick", fast("q", 1, 1, 100000))}})
	start := time.Now()
	res := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
	if res.Status != StatusOK || res.Provider != "quick" {
		t.Fatalf("triage = %+v", res)
	}
	if len(slow.Calls()) != 2 {
		t.Errorf("slow provider tried %d times, want 2 (timeouts are retried)", len(slow.Calls()))
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("took %v: per-call timeout not applied", el)
	}
	h := s.Health()
	if h[0].Failures != 2 || !strings.Contains(h[0].LastError, "timed out") {
		t.Errorf("health = %+v", h[0])
	}
	// Recent errors and latency figures for the admin view: two timed-out
	// calls of ~150ms, then one quick success on the other provider.
	if len(h[0].RecentErrors) != 2 || !strings.Contains(h[0].RecentErrors[1].Message, "timed out") {
		t.Errorf("recent errors = %+v", h[0].RecentErrors)
	}
	if h[0].AvgLatencyMS < 140 || h[0].P95LatencyMS < h[0].AvgLatencyMS || h[0].AvgLatencyMS > 3000 {
		t.Errorf("slow latency avg %.1fms p95 %.1fms, want about 150ms", h[0].AvgLatencyMS, h[0].P95LatencyMS)
	}
	if h[1].Calls != 1 || len(h[1].RecentErrors) != 0 || h[1].AvgLatencyMS <= 0 || h[1].AvgLatencyMS >= h[0].AvgLatencyMS {
		t.Errorf("quick provider health = %+v", h[1])
	}
}

func TestMalformedProviderBodyIsRetried(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	for _, kind := range []string{KindOpenAI, KindAnthropic, KindOllama} {
		t.Run(kind, func(t *testing.T) {
			fake := newFake(t, kind, func(n int, c fakeCall) fakeReply {
				if n == 0 {
					return fakeReply{RawBody: `{"choices": [ {"message": `}
				}
				return okTriage(n, c)
			})
			clock := newFakeClock()
			s := newTestService(t, nil, clock, config.AI{Providers: []config.AIProvider{provider(fake, "p", fast("m", 1, 1, 100000))}})
			res := s.Triage(context.Background(), NewBudget(1), src, sqliFinding())
			if res.Status != StatusOK || len(fake.Calls()) != 2 {
				t.Fatalf("triage = %+v after %d calls", res, len(fake.Calls()))
			}
		})
	}
}

func TestBreakerTransitions(t *testing.T) {
	clock := newFakeClock()
	b := newBreaker(clock, 5, 3, 60*time.Second)
	step := func(name string, fn func(), want BreakerState, allow bool) {
		t.Helper()
		fn()
		if got := b.allow(); got != allow {
			t.Fatalf("%s: allow = %v, want %v", name, got, allow)
		}
		if st, _, _ := b.snapshot(); st != want {
			t.Fatalf("%s: state = %v, want %v", name, st, want)
		}
	}
	step("starts closed", func() {}, BreakerClosed, true)
	step("4 failures keep it closed", func() {
		for range 4 {
			b.failure()
		}
	}, BreakerClosed, true)
	step("a success resets the count", func() { b.success(); b.failure(); b.failure(); b.failure(); b.failure() }, BreakerClosed, true)
	step("5th consecutive failure opens", func() { b.failure() }, BreakerOpen, false)
	step("still open before the cool-down", func() { clock.Advance(59 * time.Second) }, BreakerOpen, false)
	step("half-open after the cool-down", func() { clock.Advance(time.Second) }, BreakerHalfOpen, true)
	step("a half-open failure reopens", func() { b.failure() }, BreakerOpen, false)
	step("half-open again", func() { clock.Advance(60 * time.Second) }, BreakerHalfOpen, true)
	step("two successes are not enough", func() { b.success(); b.success() }, BreakerHalfOpen, true)
	step("third success closes", func() { b.success() }, BreakerClosed, true)

	t.Run("defaults from config are 5/3/60s", func(t *testing.T) {
		d := newBreaker(clock, 0, 0, 0)
		if d.failures != 5 || d.successes != 3 || d.cooldown != 60*time.Second {
			t.Fatalf("defaults = %d/%d/%v", d.failures, d.successes, d.cooldown)
		}
	})
}

// The breaker over real HTTP: a failing provider is cut off, shows as open
// in Health and /metrics, is probed after the cool-down and closes again.
func TestBreakerOverTheWireWithMetrics(t *testing.T) {
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	failing := true
	fake := newFake(t, KindOpenAI, func(n int, c fakeCall) fakeReply {
		if failing {
			return fakeReply{Status: http.StatusServiceUnavailable}
		}
		return okTriage(n, c)
	})
	backup := newFake(t, KindOllama, okTriage)
	clock := newFakeClock()
	s := newTestService(t, nil, clock, config.AI{MaxRetries: 1, Breaker: config.Breaker{Failures: 2, Successes: 2, Cooldown: 30 * time.Second},
		Providers: []config.AIProvider{provider(fake, "primary", fast("p", 0.1, 0.1, 100000)), provider(backup, "backup", fast("b", 1, 1, 100000))}})
	reg := prometheus.NewRegistry()
	for _, c := range s.Collectors() {
		reg.MustRegister(c)
	}
	gauge := func() float64 {
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			if mf.GetName() != "vigil_ai_breaker_state" {
				continue
			}
			for _, m := range mf.GetMetric() {
				if m.GetLabel()[0].GetValue() == "primary" {
					return m.GetGauge().GetValue()
				}
			}
		}
		t.Fatal("vigil_ai_breaker_state{provider=primary} missing")
		return -1
	}
	triage := func(i int) TriageResult {
		f := sqliFinding()
		f.Fingerprint = "fp" + string(rune('a'+i))
		f.Message += strings.Repeat(" ", i) // distinct prompts: no cache hits
		return s.Triage(context.Background(), NewBudget(1), src, f)
	}

	if r := triage(0); r.Provider != "backup" {
		t.Fatalf("first = %+v", r)
	}
	if h := s.Health()[0]; h.Breaker != "open" || h.OpenUntil.IsZero() || gauge() != 2 {
		t.Fatalf("after 2 failures: health %+v gauge %v", h, gauge())
	}
	before := len(fake.Calls())
	if r := triage(1); r.Provider != "backup" || len(fake.Calls()) != before {
		t.Fatalf("open breaker still called the provider: %+v", r)
	}
	clock.Advance(30 * time.Second)
	if h := s.Health()[0]; h.Breaker != "half_open" || gauge() != 1 {
		t.Fatalf("after cool-down: %+v gauge %v", h, gauge())
	}
	failing = false
	if r := triage(2); r.Provider != "primary" {
		t.Fatalf("probe = %+v", r)
	}
	if h := s.Health()[0]; h.Breaker != "half_open" {
		t.Fatalf("after one probe: %+v", h)
	}
	triage(3)
	if h := s.Health()[0]; h.Breaker != "closed" || gauge() != 0 {
		t.Fatalf("after two probes: %+v gauge %v", h, gauge())
	}
	var m dto.Metric
	if err := s.metrics.calls.WithLabelValues("primary", "p", "error").Write(&m); err != nil {
		t.Fatal(err)
	}
	if got := m.GetCounter().GetValue(); got != 2 {
		t.Errorf("error calls metric = %v", got)
	}
	if st := s.Status(); !st.Configured || !strings.Contains(st.Message, "2 of 2") {
		t.Errorf("status = %+v", st)
	}
	_ = scanner.SeverityHigh
}

func TestHalfOpenLimitsProbes(t *testing.T) {
	clock := newFakeClock()
	b := newBreaker(clock, 1, 2, time.Minute)
	b.failure()
	if _, ok := b.acquire(); ok {
		t.Fatal("open breaker admitted a call")
	}
	clock.Advance(time.Minute)
	p1, ok1 := b.acquire()
	p2, ok2 := b.acquire()
	if _, ok3 := b.acquire(); !ok1 || !ok2 || !p1 || !p2 || ok3 {
		t.Fatalf("half-open admitted %v %v %v, want exactly 2 probes", ok1, ok2, ok3)
	}
	b.done(p1, true)
	p3, ok3 := b.acquire()
	if !ok3 || !p3 {
		t.Fatal("a finished probe did not free its slot")
	}
	b.done(p2, true)
	if st, _, _ := b.snapshot(); st != BreakerClosed {
		t.Fatalf("state = %v after 2 successes", st)
	}
	b.done(p3, true)
	if probe, ok := b.acquire(); !ok || probe {
		t.Fatal("closed breaker must admit non-probe calls")
	}
}
