package cortex

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"vigil/platform/config"
)

// spanTree indexes the spans of one trace for assertions.
type spanTree struct {
	spans []tracetest.SpanStub
}

func (st spanTree) named(prefix string) []tracetest.SpanStub {
	var out []tracetest.SpanStub
	for _, s := range st.spans {
		if strings.HasPrefix(s.Name, prefix) {
			out = append(out, s)
		}
	}
	return out
}

func (st spanTree) children(parent tracetest.SpanStub) []tracetest.SpanStub {
	var out []tracetest.SpanStub
	for _, s := range st.spans {
		if s.Parent.SpanID() == parent.SpanContext.SpanID() {
			out = append(out, s)
		}
	}
	return out
}

func attrs(s tracetest.SpanStub) map[attribute.Key]attribute.Value {
	m := map[attribute.Key]attribute.Value{}
	for _, kv := range s.Attributes {
		m[kv.Key] = kv.Value
	}
	return m
}

// traceOf runs fn under a fresh parent span with an in-memory exporter
// installed, and returns the spans of that trace only (other tests of the
// package may trace meanwhile).
func traceOf(t *testing.T, fn func(ctx context.Context)) spanTree {
	t.Helper()
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	prev, prevProp := otel.GetTracerProvider(), otel.GetTextMapPropagator()
	otel.SetTracerProvider(tp)
	// As tracing.Setup installs it: a client that propagated would send
	// traceparent.
	otel.SetTextMapPropagator(propagation.TraceContext{})
	t.Cleanup(func() { otel.SetTracerProvider(prev); otel.SetTextMapPropagator(prevProp) })
	ctx, parent := tp.Tracer("test").Start(context.Background(), "analysis")
	fn(ctx)
	parent.End()
	var st spanTree
	for _, s := range exp.GetSpans() {
		if s.SpanContext.TraceID() == parent.SpanContext().TraceID() {
			st.spans = append(st.spans, s)
		}
	}
	return st
}

// Every provider kind, driven over its real HTTP API: one task span under
// the caller's, one client span per call named after the model with the
// GenAI attributes, tokens and cost, and under it the HTTP request with
// its status; no trace context is sent to the provider and no code
// reaches a span.
func TestAICallSpans(t *testing.T) {
	for _, kind := range []string{KindOpenAI, KindAnthropic, KindOllama} {
		t.Run(kind, func(t *testing.T) {
			fake := newFake(t, kind, okTriage) // 500 tokens in, 50 out
			s := newTestService(t, nil, nil, config.AI{Providers: []config.AIProvider{provider(fake, "main", fast("m1", 2, 8, 100000))}})
			src := srcFS(map[string]string{"app/users.py": sqliPy})
			st := traceOf(t, func(ctx context.Context) {
				if r := s.Triage(ctx, NewBudget(1), src, sqliFinding()); r.Provider != "main" {
					t.Fatalf("triage answered by %q", r.Provider)
				}
			})
			tasks := st.named("ai.triage")
			if len(tasks) != 1 {
				t.Fatalf("task spans %d, want 1: %v", len(tasks), names(st))
			}
			ta := attrs(tasks[0])
			if ta["vigil.ai.task"].AsString() != "triage" || ta["vigil.ai.tier"].AsString() != "fast" ||
				ta["vigil.ai.outcome"].AsString() != "ok" || ta["vigil.ai.provider"].AsString() != "main" || ta["vigil.ai.cached"].AsBool() {
				t.Errorf("task span attributes: %v", ta)
			}
			calls := st.children(tasks[0])
			if len(calls) != 1 || calls[0].Name != "chat m1" || calls[0].SpanKind != trace.SpanKindClient {
				t.Fatalf("call spans under the task: %v", names(spanTree{calls}))
			}
			ca := attrs(calls[0])
			want := map[attribute.Key]any{
				"gen_ai.operation.name": "chat", "gen_ai.provider.name": kind, "gen_ai.request.model": "m1",
				"gen_ai.response.model": "m1", "gen_ai.usage.input_tokens": int64(500), "gen_ai.usage.output_tokens": int64(50),
				"vigil.ai.provider": "main", "vigil.ai.outcome": "ok",
			}
			for k, v := range want {
				if got := ca[k].AsInterface(); got != v {
					t.Errorf("%s = %v, want %v", k, got, v)
				}
			}
			if cost := ca["vigil.ai.cost_usd"].AsFloat64(); cost != (500*2+50*8)/1e6 {
				t.Errorf("cost %v", cost)
			}
			if calls[0].Status.Code == codes.Error {
				t.Errorf("a good call has status %v", calls[0].Status)
			}
			httpSpans := st.children(calls[0])
			if len(httpSpans) != 1 || httpSpans[0].Name != "HTTP POST" || attrs(httpSpans[0])["http.response.status_code"].AsInt64() != 200 {
				t.Fatalf("HTTP spans under the call: %v", names(spanTree{httpSpans}))
			}
			for _, c := range fake.Calls() {
				if c.Header.Get("traceparent") != "" {
					t.Errorf("trace context sent to the provider: %q", c.Header.Get("traceparent"))
				}
			}
			for _, sp := range st.spans {
				for _, kv := range sp.Attributes {
					if strings.Contains(kv.Value.Emit(), "SELECT * FROM") || strings.Contains(kv.Value.Emit(), "user_id") {
						t.Errorf("span %s carries code in %s", sp.Name, kv.Key)
					}
				}
			}
		})
	}
}

// Failures are visible call by call: a primary answering 503 shows two
// failed client spans (the retry) with the status and error class, then
// the fallback's good call; the task span names who answered. A repeat
// is answered from the cache without any call span.
func TestAICallSpansOnFailureAndCache(t *testing.T) {
	primary := newFake(t, KindOpenAI, func(int, fakeCall) fakeReply {
		return fakeReply{Status: http.StatusServiceUnavailable}
	})
	backup := newFake(t, KindOllama, okTriage)
	s := newTestService(t, nil, newFakeClock(), config.AI{MaxRetries: 1, Breaker: config.Breaker{Failures: 5, Successes: 1, Cooldown: 60e9},
		Providers: []config.AIProvider{provider(primary, "primary", fast("p", 1, 1, 100000)), provider(backup, "backup", fast("b", 2, 2, 100000))}})
	src := srcFS(map[string]string{"app/users.py": sqliPy})
	st := traceOf(t, func(ctx context.Context) {
		for range 2 {
			if r := s.Triage(ctx, NewBudget(1), src, sqliFinding()); r.Provider != "backup" {
				t.Fatalf("triage answered by %q", r.Provider)
			}
		}
	})
	tasks := st.named("ai.triage")
	if len(tasks) != 2 {
		t.Fatalf("task spans: %v", names(st))
	}
	tests := []struct {
		name    string
		outcome string
		status  int64
		errType string
		isError bool
	}{
		{"chat p", "error", 503, "5xx", true},
		{"chat p", "error", 503, "5xx", true},
		{"chat b", "ok", 0, "", false},
	}
	calls := st.children(tasks[0])
	if len(calls) != len(tests) {
		t.Fatalf("call spans: %v", names(spanTree{calls}))
	}
	for i, tt := range tests {
		c, a := calls[i], attrs(calls[i])
		if c.Name != tt.name || a["vigil.ai.outcome"].AsString() != tt.outcome || a["http.response.status_code"].AsInt64() != tt.status ||
			a["error.type"].AsString() != tt.errType || (c.Status.Code == codes.Error) != tt.isError {
			t.Errorf("call %d: %s %v status %v", i, c.Name, a, c.Status)
		}
		if tt.isError && !a["vigil.ai.retryable"].AsBool() {
			t.Errorf("call %d: a 503 is retryable", i)
		}
	}
	if a := attrs(tasks[0]); a["vigil.ai.provider"].AsString() != "backup" || a["vigil.ai.outcome"].AsString() != "ok" {
		t.Errorf("first task: %v", a)
	}
	if a := attrs(tasks[1]); a["vigil.ai.outcome"].AsString() != "cached" || !a["vigil.ai.cached"].AsBool() || len(st.children(tasks[1])) != 0 {
		t.Errorf("second task (cached): %v with %d children", a, len(st.children(tasks[1])))
	}
}

// With no provider able to answer the task span says why.
func TestAITaskSpanOutcomeUnavailable(t *testing.T) {
	down := newFake(t, KindOpenAI, func(int, fakeCall) fakeReply { return fakeReply{Status: http.StatusUnauthorized} })
	s := newTestService(t, nil, newFakeClock(), config.AI{MaxRetries: 1, Providers: []config.AIProvider{provider(down, "down", fast("d", 1, 1, 100000))}})
	st := traceOf(t, func(ctx context.Context) {
		s.Triage(ctx, NewBudget(1), srcFS(map[string]string{"app/users.py": sqliPy}), sqliFinding())
	})
	tasks := st.named("ai.triage")
	if len(tasks) != 1 || tasks[0].Status.Code != codes.Error || attrs(tasks[0])["vigil.ai.outcome"].AsString() != "unavailable" {
		t.Fatalf("task spans: %v", names(st))
	}
	calls := st.children(tasks[0])
	if len(calls) != 1 || attrs(calls[0])["error.type"].AsString() != "4xx" || attrs(calls[0])["vigil.ai.retryable"].AsBool() {
		t.Fatalf("a 401 is tried once, not retried: %v", names(spanTree{calls}))
	}
}

func names(st spanTree) []string {
	var out []string
	for _, s := range st.spans {
		out = append(out, s.Name)
	}
	return out
}
