// Package errs holds the typed errors that business code returns.
//
// Modules never build HTTP errors themselves: they return an *Error with a
// Kind, and the HTTP layer maps the kind to a status code and an RFC 9457
// problem document. Anything that is not an *Error is an internal error and
// its text never reaches a client.
package errs

import (
	"errors"
	"fmt"
	"time"
)

// Kind classifies an error for clients. The HTTP layer maps each kind to one
// status code; see StatusCode.
type Kind string

// The kinds of error business code may return.
const (
	KindInvalid         Kind = "invalid"          // 422: input failed validation
	KindBadRequest      Kind = "bad_request"      // 400: malformed request (bad JSON, wrong content type)
	KindUnauthorized    Kind = "unauthorized"     // 401: no or bad credentials
	KindPaymentRequired Kind = "payment_required" // 402: not enough credits
	KindForbidden       Kind = "forbidden"        // 403: authenticated but not allowed
	KindNotFound        Kind = "not_found"        // 404: missing, or not visible to the actor
	KindConflict        Kind = "conflict"         // 409: state conflict (duplicate, wrong status)
	KindTooLarge        Kind = "too_large"        // 413: body or upload over a limit
	KindLocked          Kind = "locked"           // 423: account locked
	KindRateLimited     Kind = "rate_limited"     // 429: too many requests
	KindUnavailable     Kind = "unavailable"      // 503: a dependency is down
)

// FieldError describes one invalid input field. Field uses the JSON name.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is a typed, client-safe error. Message is shown to the user as the
// problem's detail; Err (if any) is kept for logs and errors.Is/As only.
type Error struct {
	Kind       Kind
	Message    string
	Fields     []FieldError
	RetryAfter time.Duration // for KindRateLimited and KindLocked
	Err        error
}

// Error implements error.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Kind, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Kind, e.Message)
}

// Unwrap returns the wrapped cause.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is an *Error of the same kind, so that
// errors.Is(err, errs.ErrNotFound) works for any not-found error.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Message == "" && t.Kind == e.Kind
}

// Sentinels for errors.Is comparisons by kind.
var (
	ErrInvalid         = &Error{Kind: KindInvalid}
	ErrBadRequest      = &Error{Kind: KindBadRequest}
	ErrUnauthorized    = &Error{Kind: KindUnauthorized}
	ErrPaymentRequired = &Error{Kind: KindPaymentRequired}
	ErrForbidden       = &Error{Kind: KindForbidden}
	ErrNotFound        = &Error{Kind: KindNotFound}
	ErrConflict        = &Error{Kind: KindConflict}
	ErrTooLarge        = &Error{Kind: KindTooLarge}
	ErrLocked          = &Error{Kind: KindLocked}
	ErrRateLimited     = &Error{Kind: KindRateLimited}
	ErrUnavailable     = &Error{Kind: KindUnavailable}
)

// New returns an error of the given kind with a user-facing message.
func New(kind Kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an error of the given kind that keeps cause for logs.
func Wrap(kind Kind, cause error, message string) *Error {
	return &Error{Kind: kind, Message: message, Err: cause}
}

// NotFound says that a named thing does not exist or is not visible.
func NotFound(what string) *Error { return New(KindNotFound, "%s not found", what) }

// Invalid returns a validation error carrying per-field messages.
func Invalid(message string, fields ...FieldError) *Error {
	return &Error{Kind: KindInvalid, Message: message, Fields: fields}
}

// KindOf returns the kind of err, or "" when err is not an *Error.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// StatusCode maps a kind to its HTTP status code; unknown kinds are 500.
func StatusCode(k Kind) int {
	switch k {
	case KindBadRequest:
		return 400
	case KindUnauthorized:
		return 401
	case KindPaymentRequired:
		return 402
	case KindForbidden:
		return 403
	case KindNotFound:
		return 404
	case KindConflict:
		return 409
	case KindTooLarge:
		return 413
	case KindInvalid:
		return 422
	case KindLocked:
		return 423
	case KindRateLimited:
		return 429
	case KindUnavailable:
		return 503
	default:
		return 500
	}
}
