package openapi

import (
	"fmt"
	"strings"

	"github.com/labstack/echo/v4"
)

// Route declares one HTTP route once: a module lists its routes in one
// table, Register adds them to echo and Build documents the same table in
// the OpenAPI document (from which the web app's TypeScript types are
// generated), so the registration, the document and the client types
// cannot drift apart. It is an Operation whose Handler (and Middleware)
// are set: method, full path ("/api/v1/analyses/:id"), permission action,
// the example request and response bodies whose Go types are the route's
// types, and the summary.
type Route = Operation

// Register adds routes to g, the echo group serving base ("/api/v1"):
// each route's Path must start with base and is registered relative to it.
// A route without a handler or outside base is a programming error and
// panics at wiring time.
func Register(g *echo.Group, base string, routes []Route) {
	for _, r := range routes {
		rel, ok := strings.CutPrefix(r.Path, base)
		if !ok || (rel != "" && !strings.HasPrefix(rel, "/")) {
			panic(fmt.Sprintf("openapi: route %s %s is outside %s", r.Method, r.Path, base))
		}
		if r.Handler == nil {
			panic(fmt.Sprintf("openapi: route %s %s has no handler", r.Method, r.Path))
		}
		g.Add(r.Method, rel, r.Handler, r.Middleware...)
	}
}
