// Package openapi builds the OpenAPI 3.1 document served at
// /api/v1/openapi.json. Modules declare each route once, as a Route in a
// table that both registers it with echo (Register) and documents it
// (Build); TypeScript derives the web app's API types from the document.
package openapi

import "github.com/labstack/echo/v4"

// Operation describes one HTTP route for the API document.
//
// Path uses echo's syntax relative to the server root, for example
// "/api/v1/analyses/:id"; the document converts ":id" to "{id}".
type Operation struct {
	Method      string
	Path        string
	OperationID string
	Summary     string
	Description string
	Tags        []string
	// Action is the permission action the route's use case authorizes
	// (for example "analysis:read"); empty when signing in (or nothing) is
	// enough. Documented as the operation's x-vigil-action.
	Action string
	// Auth lists accepted credentials: "cookie", "apiKey"; empty = public.
	Auth []string
	// Request is an example request body (marshalled to derive a JSON
	// schema), or nil. RequestContentType defaults to application/json.
	Request            any
	RequestContentType string
	// Responses maps a status code to a description and an optional example
	// body value used to derive the schema.
	Responses map[int]Response
	// Query lists query parameters.
	Query []Param

	// Handler serves the route (see Route); the document ignores it.
	Handler echo.HandlerFunc `json:"-"`
	// Middleware runs before Handler (authentication, instance admin).
	Middleware []echo.MiddlewareFunc `json:"-"`
}

// Response documents one status code of an operation.
type Response struct {
	Description string
	// Body is an example value whose JSON schema is derived by reflection; nil for none.
	Body any
	// ContentType defaults to application/json (problem+json for >= 400).
	ContentType string
}

// Param documents one query parameter.
type Param struct {
	Name        string
	Description string
	Type        string // "string", "integer", "boolean"
	Required    bool
}
