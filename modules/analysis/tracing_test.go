package analysis

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/intake"
	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// quietReviewer is a configured AI pass that finds nothing and costs a cent.
type quietReviewer struct{}

func (quietReviewer) Configured() bool                              { return true }
func (quietReviewer) QuoteAnalysis(cortex.Input) (float64, float64) { return 0.01, 0.02 }
func (quietReviewer) Analyze(context.Context, cortex.Input) *cortex.Report {
	r := &cortex.Report{}
	r.Usage.CostUSD = 0.01
	return r
}

// TestAnalysisSpanTree runs one standard-tier analysis through the job
// runner with an in-memory exporter and checks the trace it leaves: the
// job's span holds the run, the run holds its phases, the store phase
// holds the settlement, and queries nest under the phase that made them.
func TestAnalysisSpanTree(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	prev := otel.GetTracerProvider()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		exp.Reset()
		e := newEnvWith(t, db, true, func(d *Deps) { d.AI = quietReviewer{} })
		e.svc.cancelPoll = 2 * time.Millisecond // the heartbeat polls often: none of it is traced
		e.svc.phaseHook = func(string) { time.Sleep(10 * time.Millisecond) }
		c, err := e.svc.Create(e.as("member"), &Request{Tier: TierStandard, Source: Source{Kind: "paste", Parts: []intake.Part{{Name: "a.py", Data: []byte(vulnPy)}}}})
		if err != nil {
			t.Fatal(err)
		}
		if v := waitStatus(t, e, c.ID, "completed", "failed"); v.Status != "completed" {
			t.Fatalf("analysis %s: %s", v.Status, v.FailureReason)
		}
		// The status is visible once the finishing transaction commits;
		// the run's and the job's spans end a moment later, when Run and
		// the job return: wait until both are exported.
		var spans tracetest.SpanStubs
		var run *tracetest.SpanStub
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			if err := tp.ForceFlush(context.Background()); err != nil {
				t.Fatal(err)
			}
			spans, run = exp.GetSpans(), nil
			job := false
			for i := range spans {
				switch spans[i].Name {
				case "analysis.run":
					run = &spans[i]
				case "job analysis_run":
					job = true
				}
			}
			if run != nil && job || time.Now().After(deadline) {
				break
			}
		}
		if run == nil {
			t.Fatalf("no analysis.run span among %d", len(spans))
		}
		byID := map[trace.SpanID]tracetest.SpanStub{}
		children := map[trace.SpanID][]string{}
		for _, s := range spans {
			if s.SpanContext.TraceID() != run.SpanContext.TraceID() {
				continue
			}
			byID[s.SpanContext.SpanID()] = s
			children[s.Parent.SpanID()] = append(children[s.Parent.SpanID()], s.Name)
		}
		if p, ok := byID[run.Parent.SpanID()]; !ok || p.Name != "job analysis_run" {
			t.Fatalf("analysis.run's parent is %q, want the job's span", p.Name)
		}
		phases := func(id trace.SpanID) []string {
			var out []string
			for _, n := range children[id] {
				if !strings.HasPrefix(n, "db ") {
					out = append(out, n)
				}
			}
			slices.Sort(out)
			return out
		}
		find := func(name string) tracetest.SpanStub {
			t.Helper()
			for _, s := range byID {
				if s.Name == name {
					return s
				}
			}
			t.Fatalf("no %s span in the trace", name)
			return tracetest.SpanStub{}
		}
		tests := []struct {
			parent  string
			want    []string
			queries bool
		}{
			{"analysis.run", []string{"analysis.ai_review", "analysis.fetch_source", "analysis.scan", "analysis.store", "analysis.unpack"}, true},
			{"analysis.store", []string{"analysis.settle"}, true},
			{"analysis.scan", nil, false},
		}
		for _, tc := range tests {
			s := find(tc.parent)
			if got := phases(s.SpanContext.SpanID()); !slices.Equal(got, tc.want) {
				t.Errorf("%s children %v, want %v", tc.parent, got, tc.want)
			}
			hasQuery := slices.ContainsFunc(children[s.SpanContext.SpanID()], func(n string) bool { return strings.HasPrefix(n, "db ") })
			if hasQuery != tc.queries {
				t.Errorf("%s has query spans: %v, want %v (%v)", tc.parent, hasQuery, tc.queries, children[s.SpanContext.SpanID()])
			}
		}
		if n := slices.Index(children[run.SpanContext.SpanID()], "db select analyses"); n >= 0 {
			t.Errorf("the heartbeat's polls are traced: %v", children[run.SpanContext.SpanID()])
		}
		for _, s := range byID {
			for _, kv := range s.Attributes {
				if strings.Contains(kv.Value.Emit(), "os.system") {
					t.Errorf("span %s attribute %s carries source code", s.Name, kv.Key)
				}
			}
		}
	})
}
