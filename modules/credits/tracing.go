package credits

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// startSpan opens a span for a ledger call under ctx's span (a no-op
// unless tracing is configured); the provider is looked up per call.
func startSpan(ctx context.Context, name string, attrs ...attribute.KeyValue) (context.Context, trace.Span) {
	return otel.Tracer("vigil/credits").Start(ctx, name, trace.WithAttributes(attrs...))
}

// endSpan records *err (if any) on span and ends it; defer it with the
// address of the function's named error.
func endSpan(span trace.Span, err *error) {
	if err != nil && *err != nil {
		span.RecordError(*err)
		span.SetStatus(codes.Error, (*err).Error())
	}
	span.End()
}
