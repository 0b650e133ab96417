package httpserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
)

// validate is shared: validator caches struct metadata and is safe for
// concurrent use.
var validate = newValidator()

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			return ""
		case "":
			return f.Name
		}
		return name
	})
	return v
}

// Bind decodes a JSON request body into dst (a pointer to a struct) and
// validates it with its `validate` tags. The errors are client-ready:
// 415 when the body is not JSON, 400 for malformed JSON (with the byte
// offset), 413 over the body limit, 422 with one entry per bad field (JSON
// field names, unknown fields included).
func Bind(c echo.Context, dst any) error {
	req := c.Request()
	mt, _, err := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
	if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return echo.NewHTTPError(http.StatusUnsupportedMediaType, "The request body must be JSON (Content-Type: application/json).")
	}
	if req.Body == nil || req.Body == http.NoBody {
		return errs.New(errs.KindBadRequest, "The request body is empty; a JSON object is expected.")
	}
	dec := json.NewDecoder(req.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return decodeError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return err
		}
		return errs.New(errs.KindBadRequest, "The request body must contain a single JSON value.")
	}
	// PostgreSQL refuses NUL in text (a 500); SQLite would store it.
	if field, ok := nulField(reflect.ValueOf(dst), ""); ok {
		return errs.Invalid("The request body has invalid fields.", errs.FieldError{Field: field, Message: "must not contain a NUL character"})
	}
	return Validate(dst)
}

// nulField finds a string holding a NUL byte in v and returns its JSON
// path ("name", "items[0].name", "labels.key").
func nulField(v reflect.Value, path string) (string, bool) {
	join := func(name string) string {
		if path == "" {
			return name
		}
		return path + "." + name
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return nulField(v.Elem(), path)
		}
	case reflect.String:
		if strings.IndexByte(v.String(), 0) >= 0 {
			return path, true
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if f.Anonymous && f.Tag.Get("json") == "" {
				name = ""
			}
			p := path
			if name != "" {
				p = join(name)
			}
			if field, ok := nulField(v.Field(i), p); ok {
				return field, true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if field, ok := nulField(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); ok {
				return field, true
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := fmt.Sprint(iter.Key().Interface())
			if strings.IndexByte(k, 0) >= 0 {
				return path, true
			}
			if field, ok := nulField(iter.Value(), join(k)); ok {
				return field, true
			}
		}
	}
	return "", false
}

func decodeError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb):
		return err
	case errors.Is(err, io.EOF):
		return errs.New(errs.KindBadRequest, "The request body is empty; a JSON object is expected.")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errs.New(errs.KindBadRequest, "Malformed JSON: the body ends unexpectedly.")
	case errors.As(err, &syn):
		return errs.New(errs.KindBadRequest, "Malformed JSON at byte offset %d: %s.", syn.Offset, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		if typ.Field == "" {
			return errs.New(errs.KindBadRequest, "The request body must be a JSON %s.", jsonType(typ.Type))
		}
		return errs.Invalid("The request body has invalid fields.", errs.FieldError{
			Field: typ.Field, Message: "must be " + article(jsonType(typ.Type)),
		})
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return errs.Invalid("The request body has invalid fields.", errs.FieldError{Field: field, Message: "is not a known field"})
	default:
		return errs.New(errs.KindBadRequest, "Malformed JSON.")
	}
}

// Validate checks v's `validate` tags and returns a 422 errs.Error naming
// each bad field by its JSON path (e.g. "items[0].name").
func Validate(v any) error {
	err := validate.Struct(v)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		var inv *validator.InvalidValidationError
		if errors.As(err, &inv) {
			return fmt.Errorf("httpserver: validate: %w", err) // programming error: 500
		}
		return err
	}
	fields := make([]errs.FieldError, 0, len(ves))
	for _, fe := range ves {
		ns := fe.Namespace()
		if _, rest, ok := strings.Cut(ns, "."); ok {
			ns = rest
		}
		fields = append(fields, errs.FieldError{Field: ns, Message: fieldMessage(fe)})
	}
	return errs.Invalid("The request body has invalid fields.", fields...)
}

// structValidator makes c.Validate(v) return the same 422 errors as Bind.
type structValidator struct{}

func (structValidator) Validate(i any) error { return Validate(i) }

func fieldMessage(fe validator.FieldError) string {
	p := fe.Param()
	kind := fe.Kind()
	unit := ""
	switch kind {
	case reflect.String:
		unit = " characters"
	case reflect.Slice, reflect.Array, reflect.Map:
		unit = " items"
	}
	switch fe.Tag() {
	case "required", "required_if", "required_unless", "required_with", "required_without":
		return "is required"
	case "email":
		return "must be a valid email address"
	case "url", "http_url":
		return "must be a valid URL"
	case "uuid", "uuid4", "uuid7":
		return "must be a valid UUID"
	case "oneof":
		return "must be one of: " + strings.Join(strings.Fields(p), ", ")
	case "min", "gte":
		if unit != "" {
			return "must have at least " + p + unit
		}
		return "must be at least " + p
	case "max", "lte":
		if unit != "" {
			return "must have at most " + p + unit
		}
		return "must be at most " + p
	case "gt":
		return "must be greater than " + p
	case "lt":
		return "must be less than " + p
	case "len":
		return "must have exactly " + p + unit
	case "alphanum":
		return "must contain only letters and digits"
	case "hexadecimal":
		return "must be hexadecimal"
	default:
		return "is invalid (" + fe.Tag() + ")"
	}
}

func jsonType(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	default:
		return "object"
	}
}

func article(s string) string {
	if strings.IndexByte("aeiou", s[0]) >= 0 {
		return "an " + s
	}
	return "a " + s
}
