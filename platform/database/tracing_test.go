package database_test

import (
	"context"
	"strings"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// recordSpans installs an in-memory tracer provider for the test.
func recordSpans(t *testing.T) *tracetest.SpanRecorder {
	t.Helper()
	rec := tracetest.NewSpanRecorder()
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec)))
	t.Cleanup(func() { otel.SetTracerProvider(prev) })
	return rec
}

func attrs(s sdktrace.ReadOnlySpan) map[attribute.Key]string {
	m := map[attribute.Key]string{}
	for _, kv := range s.Attributes() {
		m[kv.Key] = kv.Value.Emit()
	}
	return m
}

func TestQuerySpans(t *testing.T) {
	rec := recordSpans(t)
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		rec.Reset()
		const secret = "key-with-a-secret-value"
		// Untraced work records nothing.
		if err := insert(context.Background(), db, "untraced"); err != nil {
			t.Fatal(err)
		}
		if n := len(rec.Ended()); n != 0 {
			t.Fatalf("%d spans without a parent", n)
		}
		ctx, parent := otel.Tracer("test").Start(context.Background(), "parent")
		if err := insert(ctx, db, secret); err != nil {
			t.Fatal(err)
		}
		type row struct{ Key string }
		var rows []row
		if err := db.Conn(ctx).Table("rate_limits").Where("key = ?", secret).Find(&rows).Error; err != nil || len(rows) != 1 {
			t.Fatalf("select: %v %v", rows, err)
		}
		if err := db.Conn(ctx).Table("rate_limits").Where("key = ?", secret).Update("tat_us", 2).Error; err != nil {
			t.Fatal(err)
		}
		parent.End()
		tests := []struct{ name, op, table, verb string }{
			{"db raw", "raw", "", "INSERT"},
			{"db select rate_limits", "select", "rate_limits", "SELECT"},
			{"db update rate_limits", "update", "rate_limits", "UPDATE"},
		}
		spans := rec.Ended()
		if len(spans) != len(tests)+1 {
			t.Fatalf("%d spans, want %d", len(spans), len(tests)+1)
		}
		for i, tc := range tests {
			s := spans[i]
			a := attrs(s)
			if s.Name() != tc.name || a["db.operation"] != tc.op || a["db.sql.table"] != tc.table || a["db.statement.verb"] != tc.verb ||
				a["db.system"] != db.Dialect() || s.Parent().SpanID() != parent.SpanContext().SpanID() {
				t.Errorf("span %d: %s %v (parent %s)", i, s.Name(), a, s.Parent().SpanID())
			}
			for k, v := range a {
				if strings.Contains(v, secret) {
					t.Errorf("span %s attribute %s carries a value", s.Name(), k)
				}
			}
		}
	})
}
