package jobs_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/jobs"
)

type traceArgs struct{}

func (traceArgs) Kind() string { return "test_trace" }

// TestJobRunsInASpan checks that each job runs inside a "job <kind>" span
// that the job's own work nests under, marked as an error when it fails.
func TestJobRunsInASpan(t *testing.T) {
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	defer otel.SetTracerProvider(prev)

	db := dbtest.Open(t, database.SQLite)
	ctx := context.Background()
	r, err := jobs.New(db, fastConfig(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	_ = jobs.Register(r, func(ctx context.Context, j jobs.Job[traceArgs]) error {
		_, child := otel.Tracer("test").Start(ctx, "inner work")
		child.End()
		return errors.New("boom")
	})
	if err := r.Start(ctx, true); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.Stop(ctx) }()
	if err := r.Enqueue(ctx, traceArgs{}, jobs.MaxAttempts(1)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		var job, inner sdktrace.ReadOnlySpan
		for _, s := range rec.Ended() {
			switch s.Name() {
			case "job test_trace":
				job = s
			case "inner work":
				inner = s
			}
		}
		if job != nil && inner != nil {
			if inner.Parent().SpanID() != job.SpanContext().SpanID() {
				t.Error("the job's work is not a child of the job span")
			}
			if job.Status().Code != codes.Error {
				t.Errorf("failed job span status = %v, want Error", job.Status())
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no job span recorded")
}
