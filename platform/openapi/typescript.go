package openapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// TypeScriptHeader starts the file TypeScript writes.
const TypeScriptHeader = "// Code generated from the OpenAPI document (/api/v1/openapi.json) by `make api-types`. DO NOT EDIT.\n" +
	"// Every route is declared once in its module's route table (openapi.Route); TestAPITypesUpToDate fails when this file is stale.\n"

// TypeScript renders the document's types for the web app: one interface
// per named Go struct (its schema's title), and for every operation a
// <OperationId>Response type (the JSON body of its lowest 2xx answer,
// void without one), a <OperationId>Request type when it takes a JSON
// body, and an entry of the Operations map with its method, path, action,
// path parameters and query parameters. The output is deterministic.
//
// A title that two different schemas carry names no interface: those
// schemas are written inline.
func TypeScript(doc *Document) ([]byte, error) {
	g := &tsGen{named: map[string]Schema{}, conflict: map[string]bool{}}
	type op struct {
		method, path string
		po           *PathOperation
	}
	var ops []op
	for path, byMethod := range doc.Paths {
		for method, po := range byMethod {
			ops = append(ops, op{strings.ToUpper(method), path, po})
		}
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].po.OperationID < ops[j].po.OperationID })
	seen := map[string]bool{}
	for _, o := range ops {
		if seen[o.po.OperationID] {
			return nil, fmt.Errorf("openapi: operation id %q used twice", o.po.OperationID)
		}
		seen[o.po.OperationID] = true
		if s := requestSchema(o.po); s != nil {
			g.collect(s)
		}
		if s, _ := responseSchema(o.po); s != nil {
			g.collect(s)
		}
	}
	for name, s := range doc.Components.Schemas {
		g.named[name] = s
	}

	var b bytes.Buffer
	b.WriteString(TypeScriptHeader)
	names := make([]string, 0, len(g.named))
	for n := range g.named {
		if !g.conflict[n] {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { return tsName(names[i]) < tsName(names[j]) })
	for _, n := range names {
		s := g.named[n]
		body := g.object(s, "")
		if strings.HasPrefix(body, "{") {
			fmt.Fprintf(&b, "\n%sexport interface %s %s\n", doc1(s["description"], ""), tsName(n), body)
		} else {
			fmt.Fprintf(&b, "\n%sexport type %s = %s;\n", doc1(s["description"], ""), tsName(n), body)
		}
	}

	b.WriteString("\n// Bodies of each operation.\n")
	for _, o := range ops {
		id := exported(o.po.OperationID)
		if s := requestSchema(o.po); s != nil {
			fmt.Fprintf(&b, "export type %sRequest = %s;\n", id, g.ts(s, ""))
		}
		s, ct := responseSchema(o.po)
		switch {
		case s != nil:
			fmt.Fprintf(&b, "export type %sResponse = %s;\n", id, g.ts(s, ""))
		case ct != "":
			fmt.Fprintf(&b, "/** %s */\nexport type %sResponse = string;\n", ct, id)
		default:
			fmt.Fprintf(&b, "export type %sResponse = void;\n", id)
		}
	}

	b.WriteString("\n/** Every operation of the API by operationId. */\nexport interface Operations {\n")
	for _, o := range ops {
		po := o.po
		id := exported(po.OperationID)
		b.WriteString(doc1(strings.TrimSpace(po.Summary), "  "))
		fmt.Fprintf(&b, "  %s: {\n    method: %s;\n    path: %s;\n", propName(po.OperationID), strconv.Quote(o.method), strconv.Quote(o.path))
		if po.Action != "" {
			fmt.Fprintf(&b, "    action: %s;\n", strconv.Quote(po.Action))
		}
		var path, query []string
		for _, p := range po.Parameters {
			t := g.ts(p.Schema, "")
			switch p.In {
			case "path":
				path = append(path, fmt.Sprintf("%s: %s", propName(p.Name), t))
			case "query":
				opt := "?"
				if p.Required {
					opt = ""
				}
				query = append(query, fmt.Sprintf("%s%s: %s", propName(p.Name), opt, t))
			}
		}
		if len(path) > 0 {
			fmt.Fprintf(&b, "    params: { %s };\n", strings.Join(path, "; "))
		}
		if len(query) > 0 {
			fmt.Fprintf(&b, "    query: { %s };\n", strings.Join(query, "; "))
		}
		if requestSchema(po) != nil {
			fmt.Fprintf(&b, "    request: %sRequest;\n", id)
		}
		fmt.Fprintf(&b, "    response: %sResponse;\n  };\n", id)
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// requestSchema is the JSON request body's schema, or nil.
func requestSchema(po *PathOperation) Schema {
	if po.RequestBody == nil {
		return nil
	}
	if mt, ok := po.RequestBody.Content["application/json"]; ok {
		return mt.Schema
	}
	return nil
}

// responseSchema is the JSON schema of the lowest 2xx response with a
// body; without a JSON one, ct is the content type it answers with, if any.
func responseSchema(po *PathOperation) (s Schema, ct string) {
	codes := make([]string, 0, len(po.Responses))
	for c := range po.Responses {
		if strings.HasPrefix(c, "2") {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	for _, c := range codes {
		r := po.Responses[c]
		if mt, ok := r.Content["application/json"]; ok {
			return mt.Schema, ""
		}
		for t := range r.Content {
			return nil, t
		}
	}
	return nil, ""
}

type tsGen struct {
	named    map[string]Schema
	conflict map[string]bool
}

// collect records the titled object schemas under s.
func (g *tsGen) collect(s Schema) {
	if s == nil {
		return
	}
	_, described := s["properties"]
	if title, ok := s["title"].(string); ok && isObject(s) && described {
		norm := withoutNull(s)
		if prev, ok := g.named[title]; ok && !sameSchema(prev, norm) {
			g.conflict[title] = true
		} else if !ok {
			g.named[title] = norm
		}
	}
	for _, k := range []string{"items", "additionalProperties"} {
		if sub, ok := s[k].(Schema); ok {
			g.collect(sub)
		}
	}
	if props, ok := s["properties"].(map[string]any); ok {
		for _, p := range props {
			if sub, ok := p.(Schema); ok {
				g.collect(sub)
			}
		}
	}
}

func isObject(s Schema) bool {
	for _, t := range types(s) {
		if t == "object" {
			return true
		}
	}
	return false
}

// types lists a schema's type keyword, a string or a list of strings.
func types(s Schema) []string {
	switch t := s["type"].(type) {
	case string:
		return []string{t}
	case []string:
		return t
	case []any:
		out := make([]string, 0, len(t))
		for _, x := range t {
			if str, ok := x.(string); ok {
				out = append(out, str)
			}
		}
		return out
	}
	return nil
}

// withoutNull is s as a non-nullable schema (a pointer's schema is its
// target's with "null" added to the type).
func withoutNull(s Schema) Schema {
	ts := types(s)
	if len(ts) < 2 {
		return s
	}
	out := Schema{}
	for k, v := range s {
		out[k] = v
	}
	var keep []string
	for _, t := range ts {
		if t != "null" {
			keep = append(keep, t)
		}
	}
	if len(keep) == 1 {
		out["type"] = keep[0]
	} else {
		out["type"] = keep
	}
	return out
}

func sameSchema(a, b Schema) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

// ts renders a schema as a TypeScript type; indent is the indentation of
// the line it starts on.
func (g *tsGen) ts(s Schema, indent string) string {
	if s == nil {
		return "unknown"
	}
	if ref, ok := s["$ref"].(string); ok {
		return tsName(ref[strings.LastIndex(ref, "/")+1:])
	}
	if enum, ok := s["enum"].([]any); ok && len(enum) > 0 {
		parts := make([]string, len(enum))
		for i, v := range enum {
			j, _ := json.Marshal(v)
			parts[i] = string(j)
		}
		return strings.Join(parts, " | ")
	}
	ts := types(s)
	if len(ts) == 0 {
		return "unknown"
	}
	var parts []string
	for _, t := range ts {
		switch t {
		case "string":
			parts = append(parts, "string")
		case "integer", "number":
			parts = append(parts, "number")
		case "boolean":
			parts = append(parts, "boolean")
		case "null":
			parts = append(parts, "null")
		case "array":
			item := g.ts(schemaAt(s, "items"), indent)
			if strings.ContainsAny(item, " |&") && !strings.HasPrefix(item, "{") {
				item = "(" + item + ")"
			}
			parts = append(parts, item+"[]")
		case "object":
			if title, ok := s["title"].(string); ok && !g.conflict[title] {
				if _, named := g.named[title]; named {
					parts = append(parts, tsName(title))
					continue
				}
			}
			parts = append(parts, g.object(s, indent))
		default:
			parts = append(parts, "unknown")
		}
	}
	return strings.Join(parts, " | ")
}

func schemaAt(s Schema, key string) Schema {
	sub, _ := s[key].(Schema)
	return sub
}

// object renders an object schema's body: its properties (required ones
// without "?"), or a Record for a map.
func (g *tsGen) object(s Schema, indent string) string {
	props, _ := s["properties"].(map[string]any)
	if len(props) == 0 {
		switch ap := s["additionalProperties"].(type) {
		case Schema:
			return "Record<string, " + g.ts(ap, indent) + ">"
		case bool:
			if !ap {
				return "Record<string, never>"
			}
		}
		return "Record<string, unknown>"
	}
	required := map[string]bool{}
	switch r := s["required"].(type) {
	case []string:
		for _, n := range r {
			required[n] = true
		}
	case []any:
		for _, n := range r {
			if str, ok := n.(string); ok {
				required[str] = true
			}
		}
	}
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	inner := indent + "  "
	var b strings.Builder
	b.WriteString("{\n")
	for _, k := range keys {
		sub, _ := props[k].(Schema)
		opt := "?"
		if required[k] {
			opt = ""
		}
		b.WriteString(doc1(sub["description"], inner))
		fmt.Fprintf(&b, "%s%s%s: %s;\n", inner, propName(k), opt, g.ts(sub, inner))
	}
	b.WriteString(indent + "}")
	return b.String()
}

// doc1 is a one-line JSDoc comment for a description, or nothing.
func doc1(desc any, indent string) string {
	d, _ := desc.(string)
	d = strings.Join(strings.Fields(d), " ")
	if d == "" {
		return ""
	}
	return indent + "/** " + strings.ReplaceAll(d, "*/", "* /") + " */\n"
}

var identRe = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// propName quotes a property name that is no identifier.
func propName(n string) string {
	if identRe.MatchString(n) {
		return n
	}
	return strconv.Quote(n)
}

// tsName turns a title ("Page[AnalysisView]") into a type name
// ("PageAnalysisView"): identifier characters, each part capitalised.
func tsName(title string) string {
	var b strings.Builder
	upper := true
	for _, r := range title {
		if r == '_' || r == '$' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			if upper && 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b.WriteRune(r)
			upper = false
		} else {
			upper = true
		}
	}
	return b.String()
}

// exported upper-cases the first letter ("createAnalysis" -> "CreateAnalysis").
func exported(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
