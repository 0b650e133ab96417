package httpserver

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/ids"
)

// checkInput is the API group's first middleware: it runs in front of
// every /api/v1 route (after routing, so the path parameters are known),
// and of no other path, and refuses, before any
// handler or query sees them, path and query values a database cannot
// take the same way on SQLite and PostgreSQL:
//
//   - a path parameter named "id" or ending in "_id" is a Vigil id (a
//     UUID, see package ids): anything else names nothing, 404;
//   - any other path parameter, and every query parameter name and value,
//     must be valid UTF-8 without NUL bytes (PostgreSQL rejects both in
//     text), else 400.
//
// A route whose parameter is not a Vigil id must therefore not call it
// "id" (the Stripe reference of a checkout is ":ref").
func checkInput(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		values := c.ParamValues()
		for i, name := range c.ParamNames() {
			if i >= len(values) {
				break
			}
			v := values[i]
			if IsIDParam(name) {
				if !ids.Valid(v) {
					return errs.New(errs.KindNotFound, "not found: the %s in the path is not a valid id", name)
				}
				continue
			}
			if dec, err := url.PathUnescape(v); err == nil {
				v = dec
			}
			if !cleanText(v) {
				return badText("path parameter " + name)
			}
		}
		for name, vs := range c.QueryParams() {
			if !cleanText(name) {
				return badText("query parameter name")
			}
			for _, v := range vs {
				if !cleanText(v) {
					return badText("query parameter " + name)
				}
			}
		}
		return next(c)
	}
}

// IsIDParam reports whether a path parameter name holds a Vigil id.
func IsIDParam(name string) bool { return name == "id" || strings.HasSuffix(name, "_id") }

// CleanText reports whether s can be stored and compared as text by both
// databases: valid UTF-8 without NUL. Handlers that decode bodies
// themselves (multipart forms, streamed uploads) check their text fields
// with it; Bind does so for JSON bodies.
func CleanText(s string) bool { return cleanText(s) }

// cleanText is CleanText.
func cleanText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

func badText(what string) error {
	return errs.New(errs.KindBadRequest, "%s is not valid UTF-8 text or contains a NUL byte", what)
}

// QueryID returns the query parameter name when it is absent ("") or a
// Vigil id, and a 400 naming the parameter otherwise: for filters and
// cursors that are ids, checked before they reach a query.
func QueryID(c echo.Context, name string) (string, error) {
	v := c.QueryParam(name)
	if v == "" || ids.Valid(v) {
		return v, nil
	}
	e := errs.New(errs.KindBadRequest, "invalid %s", name)
	e.Fields = []errs.FieldError{{Field: name, Message: "must be an id returned by this API"}}
	return "", e
}
