package openapi

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

type tsThing struct {
	ID     string         `json:"id"`
	Count  int            `json:"count"`
	Note   *string        `json:"note"`
	Tags   []string       `json:"tags,omitempty"`
	Parent *tsThing       `json:"parent,omitempty"`
	Seen   time.Time      `json:"seen"`
	Labels map[string]int `json:"labels"`
	Kids   []tsChild      `json:"kids"`
	Weird  string         `json:"weird-name"`
}

type tsChild struct {
	Line int `json:"line"`
}

type tsPage[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next_cursor"`
}

type tsTriage struct {
	State string `json:"state"`
}

func buildTS(t *testing.T, ops []Operation) string {
	t.Helper()
	doc, err := Build(Options{}, ops)
	if err != nil {
		t.Fatal(err)
	}
	out, err := TypeScript(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestTypeScript(t *testing.T) {
	ops := []Operation{
		{Method: http.MethodGet, Path: "/api/v1/things", OperationID: "listThings", Summary: "List things", Action: "things:read",
			Auth:      []string{AuthCookie},
			Query:     []Param{{Name: "cursor", Type: "string"}, {Name: "limit", Type: "integer", Required: true}},
			Responses: map[int]Response{200: {Body: tsPage[tsThing]{}}}},
		{Method: http.MethodPatch, Path: "/api/v1/things/:id", OperationID: "triageThing",
			Request: tsTriage{State: "open"}, Responses: map[int]Response{200: {Body: &tsThing{}}, 409: {Description: "conflict"}}},
		{Method: http.MethodDelete, Path: "/api/v1/things/:id", OperationID: "deleteThing", Responses: map[int]Response{204: {}}},
		{Method: http.MethodGet, Path: "/api/v1/things/:id/report.csv", OperationID: "reportcsv", Responses: map[int]Response{200: {ContentType: "text/csv"}}},
		{Method: http.MethodPost, Path: "/api/v1/upload", OperationID: "upload", RequestContentType: "multipart/form-data",
			Responses: map[int]Response{201: {Body: map[string]any{"items": []any{tsChild{}}}}}},
	}
	got := buildTS(t, ops)
	wants := []string{
		TypeScriptHeader,
		"export interface TsThing {\n  count: number;\n  id: string;\n  kids: TsChild[];\n  labels: Record<string, number> | null;\n  note: string | null;\n  /** recursive: a tsThing */\n  parent?: TsThing;\n  seen: string;\n  tags?: string[];\n  \"weird-name\": string;\n}\n",
		"export interface TsChild {\n  line: number;\n}\n",
		"export interface TsPageTsThing {\n  items: TsThing[];\n  next_cursor: string;\n}\n",
		"export interface Problem {\n",
		"export type ListThingsResponse = TsPageTsThing;\n",
		"export type TriageThingRequest = TsTriage;\n",
		"export type TriageThingResponse = TsThing | null;\n",
		"export type DeleteThingResponse = void;\n",
		"/** text/csv */\nexport type ReportcsvResponse = string;\n",
		"export type UploadResponse = {\n  items?: TsChild[];\n};\n",
		"  /** List things */\n  listThings: {\n    method: \"GET\";\n    path: \"/api/v1/things\";\n    action: \"things:read\";\n    query: { cursor?: string; limit: number };\n    response: ListThingsResponse;\n  };\n",
		"  triageThing: {\n    method: \"PATCH\";\n    path: \"/api/v1/things/{id}\";\n    params: { id: string };\n    request: TriageThingRequest;\n    response: TriageThingResponse;\n  };\n",
	}
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("output lacks\n%s\n--- output:\n%s", w, got)
		}
	}
	if strings.Contains(got, "UploadRequest") {
		t.Error("a multipart body got a JSON request type")
	}
	if again := buildTS(t, ops); again != got {
		t.Error("output is not deterministic")
	}
}

// Two different schemas under one title name no interface: both inline.
func TestTypeScriptTitleConflictInlines(t *testing.T) {
	type Same struct {
		A string `json:"a"`
	}
	a := Same{}
	b := SchemaOf(struct {
		B int `json:"b"`
	}{})
	b["title"] = "Same"
	doc, err := Build(Options{}, []Operation{
		{Method: http.MethodGet, Path: "/a", OperationID: "getA", Responses: map[int]Response{200: {Body: a}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	doc.Paths["/b"] = map[string]*PathOperation{"get": {OperationID: "getB", Responses: map[string]*ResponseObject{
		"200": {Content: map[string]MediaType{"application/json": {Schema: b}}}}}}
	out, err := TypeScript(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, w := range []string{"export type GetAResponse = {\n  a: string;\n};", "export type GetBResponse = {\n  b: number;\n};"} {
		if !strings.Contains(got, w) {
			t.Errorf("output lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "interface Same") {
		t.Errorf("conflicting title named an interface:\n%s", got)
	}
}
