package cortex

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/propagation"

	"vigil/platform/netguard"
)

// Message is one chat message sent to a model. Role is "system" or "user".
type Message struct {
	Role    string
	Content string
}

// Request is one model call. Schema is the JSON schema the answer must
// follow: providers with a JSON mode switch it on, Anthropic receives it as
// the input schema of a tool the model is asked to call. Whatever comes back
// is validated again by cortex: the provider's structured-output support is
// a help, never a guarantee.
type Request struct {
	Model           string
	Messages        []Message
	MaxOutputTokens int
	SchemaName      string
	Schema          json.RawMessage
	// Stream asks for a streamed answer (SSE on OpenAI and Anthropic; Ollama
	// always streams NDJSON). Long answers are streamed so idle-connection
	// limits of providers and proxies do not cut them off; the answer is
	// still validated only once complete.
	Stream bool
}

// Response is a model's answer with the token counts the provider reported.
type Response struct {
	// Text is the JSON answer (message content or tool-call arguments).
	Text         string
	InputTokens  int
	OutputTokens int
}

// Provider is one LLM endpoint. Implementations speak the provider's HTTP API
// and translate failures into *CallError so the router can decide whether to
// retry, back off, or fall back to another provider.
type Provider interface {
	// Name is the operator-chosen name from the configuration.
	Name() string
	// Kind is "openai", "anthropic" or "ollama".
	Kind() string
	Generate(ctx context.Context, req Request) (Response, error)
}

// CallError is a failed provider call, classified for the router.
type CallError struct {
	Provider string
	// Status is the HTTP status, 0 when no response arrived (network error,
	// timeout) or the body of a 200 could not be decoded.
	Status int
	// RetryAfter is the server's Retry-After, 0 when absent.
	RetryAfter time.Duration
	// Retryable is true for 429, 5xx, timeouts, network errors and
	// malformed bodies; false for other 4xx (bad key, bad request).
	Retryable bool
	Err       error
}

func (e *CallError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("cortex: provider %s: status %d: %v", e.Provider, e.Status, e.Err)
	}
	return fmt.Sprintf("cortex: provider %s: %v", e.Provider, e.Err)
}

func (e *CallError) Unwrap() error { return e.Err }

// classify turns an error from a provider client plus the HTTP status and
// headers seen on the wire into a *CallError.
func classify(provider string, err error, rec *wireRecord, callCtx context.Context) *CallError {
	ce := &CallError{Provider: provider, Err: err}
	if rec != nil && rec.status != 0 {
		ce.Status = rec.status
		ce.RetryAfter = parseRetryAfter(rec.header.Get("Retry-After"), time.Now())
	}
	if rec != nil && rec.err != nil && !errors.Is(err, rec.err) {
		ce.Err = fmt.Errorf("%w: %w", err, rec.err)
	}
	switch {
	case errors.Is(ce.Err, netguard.ErrBlocked):
		// The SSRF guard refused the address: retrying cannot help.
		ce.Retryable = false
	case callCtx.Err() != nil:
		// Our per-call timeout fired (the caller's own cancellation is
		// checked by the router before retrying).
		ce.Retryable = true
		ce.Status = 0
	case ce.Status == http.StatusTooManyRequests || ce.Status >= 500:
		ce.Retryable = true
	case ce.Status >= 400:
		ce.Retryable = false
	default:
		// No status or a 200 whose body was malformed: transient.
		ce.Retryable = true
	}
	return ce
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs < 0 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// wireRecord captures the status and headers of the last HTTP response of
// one call. langchaingo turns non-200 answers into plain error strings, so
// the transport records what it saw and classify reads it back.
type wireRecord struct {
	status int
	header http.Header
	// err is the transport's own error (refused by the SSRF guard,
	// connection refused, TLS): langchaingo replaces it with a generic
	// "failed to reach API server".
	err error
}

type wireRecordKey struct{}

// recordingTransport stores each response's status and headers in the
// *wireRecord carried by the request's context.
type recordingTransport struct {
	base http.RoundTripper
}

func (t recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if rec, ok := req.Context().Value(wireRecordKey{}).(*wireRecord); ok {
		if resp != nil {
			rec.status = resp.StatusCode
			rec.header = resp.Header.Clone()
		}
		rec.err = err
	}
	return resp, err
}

// recordingClient returns a copy of c whose transport records responses
// and traces each HTTP request as a child of the call's span. c may be a
// caller-supplied client with an SSRF-guarded dialer: its transport is
// kept underneath. No trace context is sent to the provider (a third
// party has no use for our trace ids).
func recordingClient(c *http.Client) *http.Client {
	if c == nil {
		c = &http.Client{}
	}
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cp := *c
	cp.Transport = recordingTransport{base: otelhttp.NewTransport(base,
		otelhttp.WithPropagators(propagation.NewCompositeTextMapPropagator()),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string { return "HTTP " + r.Method }),
	)}
	return &cp
}

// errEmptyAnswer is returned when a provider answers 200 with no content.
var errEmptyAnswer = errors.New("empty answer")
