package openapi

import (
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"
)

var (
	timeType      = reflect.TypeOf(time.Time{})
	rawJSONType   = reflect.TypeOf(json.RawMessage{})
	marshalerType = reflect.TypeOf((*json.Marshaler)(nil)).Elem()
)

// SchemaOf derives a JSON schema from an example value by reflection over
// its type, following encoding/json's rules (json tags, omitempty means
// optional, embedded structs are flattened). Untyped values (map[string]any,
// any) are described from the example's contents.
//
// Null: a pointer or a map may be null (a nil one marshals as null) unless
// its field is omitempty (then it is left out instead) or is tagged
// `openapi:"nonnull"`, the server's promise that it never sends null
// there (a map it always makes, {} when empty). Slices are never null:
// the server sends [] for none.
func SchemaOf(v any) Schema {
	if v == nil {
		return Schema{}
	}
	return schemaOf(reflect.ValueOf(v), map[reflect.Type]bool{})
}

func schemaOf(v reflect.Value, seen map[reflect.Type]bool) Schema {
	if !v.IsValid() {
		return Schema{}
	}
	t := v.Type()
	switch t {
	case timeType:
		return Schema{"type": "string", "format": "date-time"}
	case rawJSONType:
		return Schema{}
	}
	if t.Kind() != reflect.Interface && t.Kind() != reflect.Pointer && t.Implements(marshalerType) {
		// Custom JSON: describe what it produces.
		if b, err := json.Marshal(v.Interface()); err == nil {
			var x any
			if json.Unmarshal(b, &x) == nil {
				return schemaOf(reflect.ValueOf(x), seen)
			}
		}
		return Schema{}
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return Schema{}
		}
		return schemaOf(v.Elem(), seen)
	case reflect.Pointer:
		var inner Schema
		if v.IsNil() {
			inner = schemaOf(reflect.Zero(t.Elem()), seen)
		} else {
			inner = schemaOf(v.Elem(), seen)
		}
		if typ, ok := inner["type"].(string); ok {
			inner["type"] = []string{typ, "null"}
		}
		return inner
	case reflect.String:
		return Schema{"type": "string"}
	case reflect.Bool:
		return Schema{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Schema{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return Schema{"type": "number"}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return Schema{"type": "string", "contentEncoding": "base64"}
		}
		var item reflect.Value
		if v.Len() > 0 {
			item = v.Index(0)
		} else {
			item = reflect.Zero(t.Elem())
		}
		return Schema{"type": "array", "items": schemaOf(item, seen)}
	case reflect.Map:
		if v.Len() > 0 && t.Key().Kind() == reflect.String && t.Elem().Kind() == reflect.Interface {
			props := map[string]any{}
			iter := v.MapRange()
			for iter.Next() {
				props[iter.Key().String()] = schemaOf(iter.Value(), seen)
			}
			return Schema{"type": "object", "properties": props}
		}
		// A nil map marshals as null.
		return Schema{"type": []string{"object", "null"}, "additionalProperties": schemaOf(reflect.Zero(t.Elem()), seen)}
	case reflect.Struct:
		if seen[t] {
			// A reference back to a type being described: its title names it.
			return Schema{"type": "object", "title": typeName(t), "description": "recursive: a " + typeName(t)}
		}
		seen[t] = true
		defer delete(seen, t)
		props := map[string]any{}
		var required []string
		structFields(v, props, &required, seen)
		s := Schema{"type": "object", "properties": props, "additionalProperties": false}
		if name := typeName(t); name != "" {
			s["title"] = name
		}
		if len(required) > 0 {
			s["required"] = required
		}
		return s
	default:
		return Schema{}
	}
}

func structFields(v reflect.Value, props map[string]any, required *[]string, seen map[reflect.Type]bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				if fv.IsNil() {
					fv = reflect.Zero(ft.Elem())
				} else {
					fv = fv.Elem()
				}
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				structFields(fv, props, required, seen)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		s := schemaOf(fv, seen)
		if strings.Contains(opts, "string") {
			s = Schema{"type": "string"}
		}
		omitted := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		if kind := f.Type.Kind(); omitted && (kind == reflect.Pointer || kind == reflect.Map) {
			// A nil pointer or map is left out, never null.
			s = withoutNull(s)
		}
		if slices.Contains(strings.Split(f.Tag.Get("openapi"), ","), "nonnull") {
			s = withoutNull(s)
		}
		props[name] = s
		if !omitted {
			*required = append(*required, name)
		}
	}
}

// pkgPath matches the package qualifiers in a generic type's name
// ("vigil/modules/analysis.").
var pkgPath = regexp.MustCompile(`(?:[A-Za-z0-9_.\-]+/)*[A-Za-z0-9_\-]+\.`)

// typeName is the title of a named struct type's schema, which names its
// generated TypeScript interface: the Go type's name, with a generic
// type's arguments reduced to their own names ("Page[AnalysisView]").
// Anonymous structs have none.
func typeName(t reflect.Type) string {
	return pkgPath.ReplaceAllString(t.Name(), "")
}
