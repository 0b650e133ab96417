// Package openapi builds the OpenAPI 3.1 document served at
// /api/v1/openapi.json. Modules describe their routes as Operations; a test
// keeps the document and the registered routes in step.
package openapi

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
