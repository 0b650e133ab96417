package httpserver

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// ProblemContentType is the media type of RFC 9457 problem documents.
const ProblemContentType = "application/problem+json"

// Problem is an RFC 9457 problem document with Vigil's extensions:
// request_id (quote it in a bug report) and errors (per-field, on 422).
type Problem struct {
	Type      string            `json:"type"`
	Title     string            `json:"title"`
	Status    int               `json:"status"`
	Detail    string            `json:"detail,omitempty"`
	Instance  string            `json:"instance,omitempty"`
	RequestID string            `json:"request_id,omitempty"`
	Errors    []errs.FieldError `json:"errors,omitempty"`
}

// problemKinds names each status's problem type slug (the fragment of the
// type URI, documented on the API reference page) and its title.
var problemKinds = map[int]struct{ slug, title string }{
	400: {"bad_request", "Bad request"},
	401: {"unauthorized", "Unauthorized"},
	402: {"payment_required", "Payment required"},
	403: {"forbidden", "Forbidden"},
	404: {"not_found", "Not found"},
	405: {"method_not_allowed", "Method not allowed"},
	409: {"conflict", "Conflict"},
	413: {"too_large", "Request body too large"},
	415: {"unsupported_media_type", "Unsupported media type"},
	422: {"invalid", "Validation failed"},
	423: {"locked", "Locked"},
	429: {"rate_limited", "Too many requests"},
	500: {"internal", "Internal server error"},
	503: {"unavailable", "Service unavailable"},
}

// genericDetail is shown for server errors: their causes stay in the logs.
var genericDetail = map[int]string{
	500: "Something went wrong on our side. Quote the request id if you report it.",
	503: "The service is temporarily unavailable. Try again shortly.",
}

// ProblemTypes lists the problem type slugs and titles, for the API reference.
func ProblemTypes() map[string]string {
	out := map[string]string{}
	for _, k := range problemKinds {
		out[k.slug] = k.title
	}
	return out
}

// statusOf maps any error to the HTTP status the client will see.
func statusOf(err error) int {
	var e *errs.Error
	var he *echo.HTTPError
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return errs.StatusCode(e.Kind)
	case errors.As(err, &mb):
		return http.StatusRequestEntityTooLarge
	case errors.As(err, &he):
		return he.Code
	default:
		return http.StatusInternalServerError
	}
}

// problemFor builds the client-safe problem for err.
func (s *Server) problemFor(c echo.Context, err error) (_ Problem, retryAfter string) {
	status := statusOf(err)
	if status == http.StatusMethodNotAllowed && c.Path() == "/*" {
		// Only the SPA's GET catch-all matched: for any other method the
		// path does not exist at all (e.g. POST /api/v1/typo).
		status, err = http.StatusNotFound, echo.ErrNotFound
		c.Response().Header().Del(echo.HeaderAllow)
	}
	p := Problem{Status: status, Instance: c.Request().URL.Path, RequestID: RequestIDFrom(c)}
	var e *errs.Error
	var he *echo.HTTPError
	switch {
	case errors.As(err, &e):
		p.Detail = e.Message
		p.Errors = e.Fields
		if e.RetryAfter > 0 {
			secs := int(e.RetryAfter.Seconds() + 0.999)
			retryAfter = strconv.Itoa(secs)
		}
	case errors.As(err, &he):
		if msg, ok := he.Message.(string); ok && status < 500 {
			p.Detail = msg
		}
	}
	switch status {
	case 404:
		if p.Detail == "" || p.Detail == http.StatusText(404) {
			p.Detail = "The requested resource does not exist."
		}
	case 405:
		p.Detail = "The " + c.Request().Method + " method is not supported on this path."
	case 413:
		if p.Detail == "" || p.Detail == http.StatusText(413) {
			p.Detail = "The request body is larger than this endpoint accepts."
		}
	}
	if status >= 500 {
		p.Detail = genericDetail[status]
		if p.Detail == "" {
			p.Detail = genericDetail[500]
		}
		p.Errors = nil
	}
	k, ok := problemKinds[status]
	if !ok {
		k.slug, k.title = strconv.Itoa(status), http.StatusText(status)
	}
	p.Type = s.problemBase + k.slug
	p.Title = k.title
	return p, retryAfter
}

// handleError is echo's single error handler: every error a handler or
// middleware returns becomes an RFC 9457 problem document. Causes of 5xx
// errors are logged once by the access log, never sent to the client.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	if errors.Is(err, context.Canceled) && c.Request().Context().Err() != nil {
		// The client went away; nobody is listening for a body.
		c.Response().WriteHeader(499)
		return
	}
	if errors.Is(err, echo.ErrNotFound) {
		if allow := s.otherMethods(c); allow != "" {
			c.Response().Header().Set("Allow", allow)
			err = echo.ErrMethodNotAllowed
		}
	}
	p, retryAfter := s.problemFor(c, err)
	h := c.Response().Header()
	if retryAfter != "" {
		h.Set("Retry-After", retryAfter)
	}
	if c.Request().Method == http.MethodHead {
		_ = c.NoContent(p.Status)
		return
	}
	writeProblem(c, p)
}

// otherMethods lists, for a request that only the API group's catch-all
// route matched, the methods that do have a route at its path ("" when
// none). echo's Group.Use registers that catch-all (so group middleware
// runs for unknown paths), and the router then prefers it to its own
// 405: this puts the 405 back.
func (s *Server) otherMethods(c echo.Context) string {
	catchAll := c.Path()
	if !strings.HasSuffix(catchAll, "/*") && catchAll != "/api/v1" {
		return ""
	}
	path := c.Request().URL.RawPath
	if path == "" {
		path = c.Request().URL.Path
	}
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		if m == c.Request().Method {
			continue
		}
		probe := s.e.NewContext(nil, nil)
		s.e.Router().Find(m, path, probe)
		if p := probe.Path(); p != "" && p != catchAll && !strings.HasSuffix(p, "/*") {
			allow = append(allow, m)
		}
	}
	return strings.Join(allow, ", ")
}

func writeProblem(c echo.Context, p Problem) {
	b, err := json.Marshal(p)
	if err != nil {
		b = []byte(`{"type":"about:blank","title":"Internal server error","status":500}`)
	}
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, ProblemContentType)
	h.Set(echo.HeaderCacheControl, "no-store")
	h.Del("Content-Encoding")
	_ = c.Blob(p.Status, ProblemContentType, b)
}
