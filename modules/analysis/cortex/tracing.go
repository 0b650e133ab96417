package cortex

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
)

// tracerName names cortex's spans' instrumentation scope.
const tracerName = "vigil/analysis/cortex"

// Span attributes of Vigil's own (the gen_ai.* ones follow OpenTelemetry's
// GenAI semantic conventions). Spans never carry prompts, answers or code:
// only what an operator needs to see where time and money went.
const (
	attrTask     = attribute.Key("vigil.ai.task")     // triage, verify, ... (+ "_repair")
	attrTier     = attribute.Key("vigil.ai.tier")     // fast | strong
	attrProvider = attribute.Key("vigil.ai.provider") // the operator's name for the provider
	attrOutcome  = attribute.Key("vigil.ai.outcome")  // see the outcome constants
	attrCostUSD  = attribute.Key("vigil.ai.cost_usd")
	attrRetry    = attribute.Key("vigil.ai.retryable")
)

// Outcomes of a call span (vigil.ai.outcome). A task span has these too,
// plus "cached" (answered from the cache), "invalid" (answers failed
// validation twice), "budget" (the analysis's AI budget refused),
// "no_model" and "unavailable" (every candidate failed).
const (
	outcomeOK       = "ok"
	outcomeError    = "error"
	outcomeTimeout  = "timeout"
	outcomeBreaker  = "breaker_open"
	outcomeCanceled = "canceled"
)

// startCallSpan opens the span of one provider call ("chat <model>", a
// client span) under ctx's span.
func startCallSpan(ctx context.Context, c route, req Request) (context.Context, trace.Span) {
	return otel.Tracer(tracerName).Start(ctx, "chat "+c.model.Name,
		trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(
			semconv.GenAIOperationNameChat,
			semconv.GenAIProviderNameKey.String(c.ps.p.Kind()),
			semconv.GenAIRequestModel(c.model.Name),
			semconv.GenAIRequestMaxTokens(req.MaxOutputTokens),
			attrProvider.String(c.ps.p.Name()),
			attrTier.String(string(c.model.Tier)),
		))
}

// endCallSpan records how a call ended: tokens and cost on success; the
// outcome, HTTP status and error class on failure. timedOut is our
// per-call timeout firing (the caller's own cancellation is "canceled").
func endCallSpan(ctx context.Context, span trace.Span, res attemptResult, cost float64, err error, timedOut bool) {
	if err == nil {
		span.SetAttributes(
			semconv.GenAIResponseModel(res.route.model.Name),
			semconv.GenAIUsageInputTokens(res.resp.InputTokens),
			semconv.GenAIUsageOutputTokens(res.resp.OutputTokens),
			attrCostUSD.Float64(cost),
			attrOutcome.String(outcomeOK),
		)
		span.End()
		return
	}
	outcome, etype := outcomeError, errorType(err)
	switch {
	case errors.Is(err, errBreakerBusy):
		outcome = outcomeBreaker
	case ctx.Err() != nil:
		outcome, etype = outcomeCanceled, "canceled"
	case timedOut:
		outcome, etype = outcomeTimeout, "timeout"
	}
	attrs := []attribute.KeyValue{attrOutcome.String(outcome), semconv.ErrorTypeKey.String(etype)}
	var ce *CallError
	if errors.As(err, &ce) {
		if ce.Status != 0 {
			attrs = append(attrs, semconv.HTTPResponseStatusCode(ce.Status))
		}
		attrs = append(attrs, attrRetry.Bool(ce.Retryable))
	}
	span.SetAttributes(attrs...)
	span.RecordError(err)
	span.SetStatus(codes.Error, err.Error())
	span.End()
}

// startTaskSpan opens the span of one task item ("ai.<task>"): the cache
// lookup, the calls with their retries and fallbacks, a repair.
func startTaskSpan(ctx context.Context, spec taskSpec, candidates int) (context.Context, trace.Span) {
	return otel.Tracer(tracerName).Start(ctx, "ai."+spec.name, trace.WithAttributes(
		attrTask.String(spec.name),
		attrTier.String(string(spec.tier)),
		attribute.Int("vigil.ai.candidates", candidates),
	))
}

// endTaskSpan records what answered (provider, model, from the cache or
// not, repaired or not) or why nothing did.
func endTaskSpan(span trace.Span, c completion, repaired bool, err error) {
	span.SetAttributes(attrOutcome.String(taskOutcome(err)))
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		span.End()
		return
	}
	if c.cached {
		span.SetAttributes(attrOutcome.String("cached"))
	}
	span.SetAttributes(attrProvider.String(c.provider), semconv.GenAIResponseModel(c.model),
		attribute.Bool("vigil.ai.cached", c.cached), attribute.Bool("vigil.ai.repaired", repaired))
	span.End()
}

// errorType is error.type: the HTTP status class or what kind of failure
// it was, low-cardinality.
func errorType(err error) string {
	var ce *CallError
	switch {
	case errors.Is(err, errBreakerBusy):
		return "breaker_open"
	case errors.Is(err, errEmptyAnswer):
		return "empty_answer"
	case errors.As(err, &ce) && ce.Status != 0:
		return httpClass(ce.Status)
	case errors.As(err, &ce):
		return "network"
	}
	return "_OTHER"
}

func httpClass(status int) string {
	switch {
	case status == 429:
		return "429"
	case status >= 500:
		return "5xx"
	case status >= 400:
		return "4xx"
	}
	return "_OTHER"
}

// taskOutcome is a task span's vigil.ai.outcome for the error that ended
// it (nil: ok).
func taskOutcome(err error) string {
	switch {
	case err == nil:
		return outcomeOK
	case errors.Is(err, ErrBudgetExceeded):
		return "budget"
	case errors.Is(err, ErrNoModel):
		return "no_model"
	case errors.Is(err, errInvalidAnswer):
		return "invalid"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return outcomeCanceled
	case errors.Is(err, ErrUnavailable):
		return "unavailable"
	}
	return outcomeError
}
