package openapi

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Version is the OpenAPI version of the generated document.
const Version = "3.1.0"

// Names of the security schemes in the document; Operation.Auth uses them.
const (
	AuthCookie = "cookie"
	AuthAPIKey = "apiKey"
)

// Info describes the API as a whole.
type Info struct {
	Title       string `json:"title"`
	Version     string `json:"version"`
	Description string `json:"description,omitempty"`
}

// Server is one base URL the API is served from.
type Server struct {
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
}

// Schema is a JSON Schema (2020-12, as OpenAPI 3.1 uses) kept as a map so
// that any keyword can be expressed.
type Schema = map[string]any

// Document is an OpenAPI 3.1 document. It marshals to the JSON served at
// /api/v1/openapi.json; Paths are in OpenAPI syntax ("/analyses/{id}").
type Document struct {
	OpenAPI    string                               `json:"openapi"`
	Info       Info                                 `json:"info"`
	Servers    []Server                             `json:"servers,omitempty"`
	Tags       []Tag                                `json:"tags,omitempty"`
	Paths      map[string]map[string]*PathOperation `json:"paths"`
	Components Components                           `json:"components"`
}

// Tag groups operations on the reference page.
type Tag struct {
	Name string `json:"name"`
}

// Components holds the shared schemas and security schemes.
type Components struct {
	Schemas         map[string]Schema         `json:"schemas,omitempty"`
	SecuritySchemes map[string]SecurityScheme `json:"securitySchemes,omitempty"`
}

// SecurityScheme is an OpenAPI security scheme object.
type SecurityScheme struct {
	Type         string `json:"type"`
	Description  string `json:"description,omitempty"`
	Name         string `json:"name,omitempty"`
	In           string `json:"in,omitempty"`
	Scheme       string `json:"scheme,omitempty"`
	BearerFormat string `json:"bearerFormat,omitempty"`
}

// PathOperation is one operation object of the document.
type PathOperation struct {
	OperationID string                     `json:"operationId"`
	Summary     string                     `json:"summary,omitempty"`
	Description string                     `json:"description,omitempty"`
	Tags        []string                   `json:"tags,omitempty"`
	Parameters  []Parameter                `json:"parameters,omitempty"`
	RequestBody *RequestBody               `json:"requestBody,omitempty"`
	Responses   map[string]*ResponseObject `json:"responses"`
	Security    []map[string][]string      `json:"security,omitempty"`
	// Action is the permission action the operation needs (Operation.Action).
	Action string `json:"x-vigil-action,omitempty"`
}

// Parameter is a path or query parameter.
type Parameter struct {
	Name        string `json:"name"`
	In          string `json:"in"`
	Description string `json:"description,omitempty"`
	Required    bool   `json:"required"`
	Schema      Schema `json:"schema"`
}

// RequestBody documents an operation's body.
type RequestBody struct {
	Required bool                 `json:"required"`
	Content  map[string]MediaType `json:"content"`
}

// ResponseObject documents one status code.
type ResponseObject struct {
	Description string               `json:"description"`
	Content     map[string]MediaType `json:"content,omitempty"`
}

// MediaType carries the schema (and an example) of one content type.
type MediaType struct {
	Schema  Schema `json:"schema"`
	Example any    `json:"example,omitempty"`
}

// Options configures Build.
type Options struct {
	Title       string
	Version     string
	Description string
	// ServerURL is the public base URL; empty documents a relative server "/".
	ServerURL string
	// CookieName is the session cookie accepted by the "cookie" scheme.
	CookieName string
}

var paramRe = regexp.MustCompile(`:([A-Za-z0-9_]+)|\*$`)

// PathToOpenAPI converts echo's "/a/:id/*" to OpenAPI's "/a/{id}/{path}".
func PathToOpenAPI(p string) string {
	return paramRe.ReplaceAllStringFunc(p, func(m string) string {
		if m == "*" {
			return "{path}"
		}
		return "{" + m[1:] + "}"
	})
}

func pathParams(p string) []string {
	var out []string
	for _, m := range paramRe.FindAllStringSubmatch(p, -1) {
		if m[0] == "*" {
			out = append(out, "path")
		} else {
			out = append(out, m[1])
		}
	}
	return out
}

// Build turns operations into a document. Duplicate method+path pairs and
// unknown auth scheme names are programming errors and are reported.
func Build(opts Options, ops []Operation) (*Document, error) {
	if opts.Title == "" {
		opts.Title = "Vigil API"
	}
	if opts.CookieName == "" {
		opts.CookieName = "vigil_access"
	}
	server := strings.TrimRight(opts.ServerURL, "/")
	if server == "" {
		server = "/"
	}
	doc := &Document{
		OpenAPI: Version,
		Info:    Info{Title: opts.Title, Version: opts.Version, Description: opts.Description},
		Servers: []Server{{URL: server}},
		Paths:   map[string]map[string]*PathOperation{},
		Components: Components{
			Schemas: map[string]Schema{"Problem": problemSchema()},
			SecuritySchemes: map[string]SecurityScheme{
				AuthCookie: {Type: "apiKey", In: "cookie", Name: opts.CookieName,
					Description: "Browser session. Unsafe methods also need the X-CSRF-Token header echoing the vigil_csrf cookie."},
				AuthAPIKey: {Type: "http", Scheme: "bearer", BearerFormat: "vigil_…",
					Description: "API key sent as 'Authorization: Bearer vigil_…'."},
			},
		},
	}
	var problems []string
	tags := map[string]bool{}
	for _, op := range ops {
		method := strings.ToLower(op.Method)
		if method == "" || op.Path == "" {
			problems = append(problems, fmt.Sprintf("operation %q has no method or path", op.OperationID))
			continue
		}
		p := PathToOpenAPI(op.Path)
		if doc.Paths[p] == nil {
			doc.Paths[p] = map[string]*PathOperation{}
		}
		if doc.Paths[p][method] != nil {
			problems = append(problems, fmt.Sprintf("%s %s documented twice", op.Method, op.Path))
			continue
		}
		po, err := convert(op)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		doc.Paths[p][method] = po
		for _, t := range op.Tags {
			tags[t] = true
		}
	}
	names := make([]string, 0, len(tags))
	for t := range tags {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		doc.Tags = append(doc.Tags, Tag{Name: t})
	}
	if len(problems) > 0 {
		return doc, fmt.Errorf("openapi: %s", strings.Join(problems, "; "))
	}
	return doc, nil
}

func convert(op Operation) (*PathOperation, error) {
	id := op.OperationID
	if id == "" {
		id = strings.ToLower(op.Method) + strings.NewReplacer("/", "_", ":", "", "*", "path", "{", "", "}", "", ".", "_", "-", "_").Replace(op.Path)
	}
	po := &PathOperation{
		OperationID: id,
		Summary:     op.Summary,
		Description: op.Description,
		Tags:        op.Tags,
		Action:      op.Action,
		Responses:   map[string]*ResponseObject{},
	}
	for _, name := range pathParams(op.Path) {
		po.Parameters = append(po.Parameters, Parameter{Name: name, In: "path", Required: true, Schema: Schema{"type": "string"}})
	}
	for _, q := range op.Query {
		t := q.Type
		if t == "" {
			t = "string"
		}
		po.Parameters = append(po.Parameters, Parameter{Name: q.Name, In: "query", Description: q.Description, Required: q.Required, Schema: Schema{"type": t}})
	}
	for _, a := range op.Auth {
		if a != AuthCookie && a != AuthAPIKey {
			return nil, fmt.Errorf("%s %s: unknown auth scheme %q (want %q or %q)", op.Method, op.Path, a, AuthCookie, AuthAPIKey)
		}
		po.Security = append(po.Security, map[string][]string{a: {}})
	}
	jsonBody := false
	if op.Request != nil || op.RequestContentType != "" {
		ct := op.RequestContentType
		if ct == "" {
			ct = "application/json"
		}
		jsonBody = strings.Contains(ct, "json")
		mt := MediaType{Schema: SchemaOf(op.Request)}
		if jsonBody && op.Request != nil {
			mt.Example = op.Request
		}
		if !jsonBody {
			mt.Schema = Schema{"type": "string", "format": "binary"}
			if strings.HasPrefix(ct, "multipart/") && op.Request != nil {
				mt.Schema = SchemaOf(op.Request)
			}
		}
		po.RequestBody = &RequestBody{Required: true, Content: map[string]MediaType{ct: mt}}
	}
	for code, r := range op.Responses {
		po.Responses[strconv.Itoa(code)] = response(code, r)
	}
	// Errors every operation of this shape can produce, unless documented.
	implied := map[int]string{}
	if po.RequestBody != nil {
		implied[400] = "Malformed request body."
		implied[413] = "Request body too large."
		implied[415] = "Unsupported content type."
		if jsonBody {
			implied[422] = "Validation failed; errors lists each field."
		}
	}
	if len(op.Auth) > 0 {
		implied[401] = "Authentication required."
	}
	for code, desc := range implied {
		if _, ok := op.Responses[code]; !ok {
			po.Responses[strconv.Itoa(code)] = response(code, Response{Description: desc})
		}
	}
	po.Responses["default"] = response(500, Response{Description: "Unexpected error."})
	return po, nil
}

func response(code int, r Response) *ResponseObject {
	desc := r.Description
	if desc == "" {
		desc = http.StatusText(code)
	}
	ro := &ResponseObject{Description: desc}
	ct := r.ContentType
	switch {
	case code >= 400:
		if ct == "" {
			ct = "application/problem+json"
		}
		ro.Content = map[string]MediaType{ct: {Schema: Schema{"$ref": "#/components/schemas/Problem"}}}
	case r.Body != nil:
		if ct == "" {
			ct = "application/json"
		}
		ro.Content = map[string]MediaType{ct: {Schema: SchemaOf(r.Body), Example: r.Body}}
	case ct != "":
		ro.Content = map[string]MediaType{ct: {Schema: Schema{"type": "string"}}}
	}
	return ro
}

func problemSchema() Schema {
	return Schema{
		"type":        "object",
		"description": "RFC 9457 problem details. 'type' links to the problem's description on the API reference page.",
		"required":    []string{"type", "title", "status"},
		"properties": map[string]any{
			"type":       Schema{"type": "string", "format": "uri-reference"},
			"title":      Schema{"type": "string"},
			"status":     Schema{"type": "integer"},
			"detail":     Schema{"type": "string"},
			"instance":   Schema{"type": "string"},
			"request_id": Schema{"type": "string", "description": "Quote it when reporting a problem."},
			"errors": Schema{
				"type": "array",
				"items": Schema{
					"type":       "object",
					"required":   []string{"field", "message"},
					"properties": map[string]any{"field": Schema{"type": "string"}, "message": Schema{"type": "string"}},
				},
			},
		},
	}
}
