package openapi

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestPathToOpenAPI(t *testing.T) {
	tests := map[string]string{
		"/api/v1/analyses":                 "/api/v1/analyses",
		"/api/v1/analyses/:id":             "/api/v1/analyses/{id}",
		"/api/v1/w/:workspace_id/keys/:id": "/api/v1/w/{workspace_id}/keys/{id}",
		"/api/v1/files/*":                  "/api/v1/files/{path}",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := PathToOpenAPI(in); got != want {
				t.Fatalf("PathToOpenAPI(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

type inner struct {
	Line int `json:"line"`
}

type Embedded struct {
	CreatedAt time.Time `json:"created_at"`
}

type example struct {
	Embedded
	ID       string            `json:"id"`
	Note     *string           `json:"note"`
	Tags     []string          `json:"tags,omitempty"`
	Score    float64           `json:"score"`
	Count    int64             `json:"count,string"`
	Inner    inner             `json:"inner"`
	Items    []inner           `json:"items"`
	Labels   map[string]string `json:"labels,omitempty"`
	Extra    map[string]string `json:"extra" openapi:"nonnull"`
	Counts   map[string]int    `json:"counts"`
	Parent   *inner            `json:"parent" openapi:"nonnull"`
	Raw      []byte            `json:"raw,omitempty"`
	Hidden   string            `json:"-"`
	internal string
	Self     *example `json:"self,omitempty"`
}

func TestSchemaOf(t *testing.T) {
	s := SchemaOf(example{})
	b, _ := json.Marshal(s)
	var got map[string]any
	_ = json.Unmarshal(b, &got)
	props := got["properties"].(map[string]any)
	tests := []struct {
		field string
		want  string
	}{
		{"id", `{"type":"string"}`},
		{"created_at", `{"format":"date-time","type":"string"}`},
		{"note", `{"type":["string","null"]}`},
		{"tags", `{"items":{"type":"string"},"type":"array"}`},
		{"score", `{"type":"number"}`},
		{"count", `{"type":"string"}`},
		{"inner", `{"additionalProperties":false,"properties":{"line":{"type":"integer"}},"required":["line"],"title":"inner","type":"object"}`},
		{"items", `{"items":{"additionalProperties":false,"properties":{"line":{"type":"integer"}},"required":["line"],"title":"inner","type":"object"},"type":"array"}`},
		{"labels", `{"additionalProperties":{"type":"string"},"type":"object"}`},
		{"extra", `{"additionalProperties":{"type":"string"},"type":"object"}`},
		{"counts", `{"additionalProperties":{"type":"integer"},"type":["object","null"]}`},
		{"parent", `{"additionalProperties":false,"properties":{"line":{"type":"integer"}},"required":["line"],"title":"inner","type":"object"}`},
		{"raw", `{"contentEncoding":"base64","type":"string"}`},
		{"self", `{"description":"recursive: a example","title":"example","type":"object"}`},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			b, _ := json.Marshal(props[tt.field])
			if string(b) != tt.want {
				t.Fatalf("%s = %s, want %s", tt.field, b, tt.want)
			}
		})
	}
	for _, absent := range []string{"Hidden", "internal", "-"} {
		if _, ok := props[absent]; ok {
			t.Errorf("property %q should not be documented", absent)
		}
	}
	req := got["required"].([]any)
	want := []any{"created_at", "id", "note", "score", "count", "inner", "items", "extra", "counts", "parent"}
	if !reflect.DeepEqual(req, want) {
		t.Fatalf("required = %v, want %v", req, want)
	}
	if m := SchemaOf(map[string]any{"n": 1, "s": "x"}); !strings.Contains(mustJSON(m), `"n":{"type":"integer"}`) {
		t.Fatalf("map example schema %s", mustJSON(m))
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestBuild(t *testing.T) {
	ops := []Operation{
		{Method: "POST", Path: "/api/v1/things", Summary: "Create", Tags: []string{"things"}, Auth: []string{AuthCookie, AuthAPIKey},
			Request:   map[string]any{"name": "x"},
			Responses: map[int]Response{201: {Description: "Created", Body: map[string]any{"id": "1"}}}},
		{Method: "GET", Path: "/api/v1/things/:id", Query: []Param{{Name: "expand", Type: "boolean"}},
			Responses: map[int]Response{200: {Body: map[string]any{"id": "1"}}, 404: {Description: "No such thing"}}},
		{Method: "POST", Path: "/api/v1/uploads", RequestContentType: "application/zip", Responses: map[int]Response{202: {}}},
	}
	doc, err := Build(Options{Version: "9.9.9", ServerURL: "https://vigil.example.com/"}, ops)
	if err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" || doc.Info.Version != "9.9.9" || doc.Servers[0].URL != "https://vigil.example.com" {
		t.Fatalf("header %+v %+v", doc.Info, doc.Servers)
	}
	post := doc.Paths["/api/v1/things"]["post"]
	for _, code := range []string{"201", "400", "401", "413", "415", "422", "default"} {
		if post.Responses[code] == nil {
			t.Errorf("POST /things lacks response %s", code)
		}
	}
	if ct := post.Responses["422"].Content["application/problem+json"]; ct.Schema["$ref"] != "#/components/schemas/Problem" {
		t.Errorf("422 is not a problem document: %+v", post.Responses["422"])
	}
	if len(post.Security) != 2 {
		t.Errorf("security = %v", post.Security)
	}
	get := doc.Paths["/api/v1/things/{id}"]["get"]
	if len(get.Parameters) != 2 || get.Parameters[0].In != "path" || get.Parameters[1].In != "query" || get.Parameters[1].Schema["type"] != "boolean" {
		t.Errorf("parameters = %+v", get.Parameters)
	}
	if get.Responses["401"] != nil || get.Responses["422"] != nil {
		t.Errorf("public GET without body documents auth/validation errors: %v", get.Responses)
	}
	if get.OperationID == "" {
		t.Error("no generated operationId")
	}
	up := doc.Paths["/api/v1/uploads"]["post"].RequestBody.Content["application/zip"]
	if up.Schema["format"] != "binary" {
		t.Errorf("upload schema %v", up.Schema)
	}
	if _, err := json.Marshal(doc); err != nil {
		t.Fatal(err)
	}

	bad := []struct {
		name string
		ops  []Operation
		msg  string
	}{
		{"duplicate", []Operation{{Method: "GET", Path: "/api/v1/a"}, {Method: "get", Path: "/api/v1/a"}}, "documented twice"},
		{"unknown auth", []Operation{{Method: "GET", Path: "/api/v1/a", Auth: []string{"basic"}}}, "unknown auth scheme"},
		{"no path", []Operation{{Method: "GET"}}, "no method or path"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Build(Options{}, tt.ops); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %q", err, tt.msg)
			}
		})
	}
}
