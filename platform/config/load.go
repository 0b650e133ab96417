package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"
)

// DefaultFile is read when no explicit file is given and it exists.
const DefaultFile = "configs/vigil.yaml"

// EnvPrefix prefixes every environment variable: key "http.addr" is VIGIL_HTTP_ADDR.
const EnvPrefix = "VIGIL"

// LoadOptions tunes Load. The zero value reads configs/vigil.yaml when it
// exists and the process environment.
type LoadOptions struct {
	// File is an explicit config file (--config); it must exist.
	File string
	// SkipDefaultFile ignores configs/vigil.yaml (tests).
	SkipDefaultFile bool
	// Overrides set keys above every other source (command-line flags
	// such as serve --addr), and are validated like the rest.
	Overrides map[string]any
	// Validators check the modules' sections (each module validates its
	// own); their problems are reported with the platform's.
	Validators []Validator
}

// Load builds the configuration from defaults, then the config file, then
// VIGIL_* environment variables, and validates it. The returned error (a
// *Problems) lists every bad key at once.
func Load(opts LoadOptions) (*Config, error) {
	v := viper.New()
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	def := Default()
	leaves := leafFields(reflect.ValueOf(&def).Elem(), "")
	known := make(map[string]bool, len(leaves))
	for _, l := range leaves {
		v.SetDefault(l.key, l.value.Interface())
		known[l.key] = true
	}

	file := opts.File
	if file == "" && !opts.SkipDefaultFile {
		if _, err := os.Stat(DefaultFile); err == nil {
			file = DefaultFile
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("config: read %s: %w", file, err)
		}
	}

	for k, val := range opts.Overrides {
		v.Set(k, val)
	}

	var probs Problems
	// Keys in the file that Vigil does not know are mistakes (a typo would
	// otherwise silently keep the default).
	var unknown []string
	for _, k := range v.AllKeys() {
		if !known[k] && !underSliceKey(k, known) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		probs.add(k, v.Get(k), "is not a known configuration key")
	}

	cfg := Default()
	for _, l := range leavesOf(&cfg) {
		raw := v.Get(l.key)
		// Decode into a fresh value so a bad one keeps the default and is
		// reported once, not again by Validate.
		fresh := reflect.New(l.value.Type())
		if err := decodeValue(raw, fresh.Interface()); err != nil {
			probs.add(l.key, raw, "is not a valid "+typeName(l.value.Type()))
			continue
		}
		l.value.Set(fresh.Elem())
	}
	probs = append(probs, cfg.problems()...)
	for _, validate := range opts.Validators {
		probs = append(probs, validate(cfg)...)
	}
	if len(probs) > 0 {
		return &cfg, probs
	}
	return &cfg, nil
}

func underSliceKey(k string, known map[string]bool) bool {
	for i := strings.LastIndex(k, "."); i > 0; i = strings.LastIndex(k[:i], ".") {
		if known[k[:i]] {
			return true
		}
	}
	return false
}

type leaf struct {
	key   string
	value reflect.Value
}

func leavesOf(c *Config) []leaf { return leafFields(reflect.ValueOf(c).Elem(), "") }

// leafFields walks the struct by mapstructure tags; nested structs recurse,
// everything else (scalars, durations, slices) is a leaf key.
func leafFields(v reflect.Value, prefix string) []leaf {
	var out []leaf
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("mapstructure"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct && fv.Type() != reflect.TypeOf(time.Duration(0)) {
			out = append(out, leafFields(fv, key)...)
			continue
		}
		out = append(out, leaf{key: key, value: fv})
	}
	return out
}

var (
	packsType     = reflect.TypeOf([]CreditPack{})
	providersType = reflect.TypeOf([]AIProvider{})
)

// jsonSliceHook decodes a string holding a JSON array (VIGIL_AI_PROVIDERS,
// VIGIL_CREDITS_PACKS) into the struct slice; an empty string is empty.
func jsonSliceHook(from, to reflect.Type, data any) (any, error) {
	if from.Kind() != reflect.String || (to != packsType && to != providersType) {
		return data, nil
	}
	s := strings.TrimSpace(data.(string))
	out := reflect.New(to)
	if s == "" {
		return out.Elem().Interface(), nil
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out.Interface()); err != nil {
		return nil, err
	}
	return out.Elem().Interface(), nil
}

func decodeValue(raw any, target any) error {
	dec, err := mapstructure.NewDecoder(&mapstructure.DecoderConfig{
		DecodeHook: mapstructure.ComposeDecodeHookFunc(
			jsonSliceHook,
			mapstructure.StringToTimeDurationHookFunc(),
			mapstructure.StringToSliceHookFunc(","),
		),
		WeaklyTypedInput: true,
		ErrorUnused:      true,
		Result:           target,
	})
	if err != nil {
		return err
	}
	return dec.Decode(raw)
}

func typeName(t reflect.Type) string {
	switch {
	case t == reflect.TypeOf(time.Duration(0)):
		return `duration (e.g. "30s", "15m", "720h")`
	case t == packsType:
		return "list of credit packs (YAML list or JSON array of {id, name, credits, price, currency})"
	case t == providersType:
		return "list of AI providers (YAML list or JSON array of {name, kind, base_url, api_key, models, concurrency})"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "boolean (true or false)"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "integer"
	case reflect.Uint8, reflect.Uint32, reflect.Uint64, reflect.Uint:
		return fmt.Sprintf("non-negative integer (at most %d)", uint64(1)<<(t.Bits())-1)
	case reflect.Float64, reflect.Float32:
		return "number"
	case reflect.Slice:
		return "list of " + typeName(t.Elem()) + "s (comma-separated in the environment)"
	case reflect.String:
		return "string"
	}
	return t.String()
}

// Problem is one invalid configuration value.
type Problem struct {
	Key     string // dotted key, e.g. "log.level"
	Value   any    // the offending value
	Allowed string // what is allowed, as a phrase ("is not one of debug, info")
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s %s", p.Key, showValue(p.Key, p.Value), p.Allowed)
}

// Problems is every configuration problem found; it is the error Load and
// callers of Validate report, one line per problem.
type Problems []Problem

func (ps *Problems) add(key string, value any, allowed string) {
	*ps = append(*ps, Problem{Key: key, Value: value, Allowed: allowed})
}

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	var b strings.Builder
	if len(ps) == 1 {
		b.WriteString("invalid configuration (1 problem):")
	} else {
		fmt.Fprintf(&b, "invalid configuration (%d problems):", len(ps))
	}
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// AsProblems extracts the problem list from an error returned by Load.
func AsProblems(err error) (Problems, bool) {
	var ps Problems
	ok := errors.As(err, &ps)
	return ps, ok
}

// secretWords mark keys whose values are never printed in problems; the
// whole ai.providers value is hidden because it carries API keys.
var secretWords = []string{"secret", "password", "api_key", "private_key", "dsn"}

func showValue(key string, v any) string {
	last := key[strings.LastIndex(key, ".")+1:]
	for _, w := range secretWords {
		if strings.Contains(last, w) || key == "ai.providers" {
			if s, ok := v.(string); ok && s == "" {
				return `""`
			}
			return "(value hidden)"
		}
	}
	if key == "database.url" || key == "redis.url" {
		if s, ok := v.(string); ok {
			return fmt.Sprintf("%q", redactURL(s))
		}
	}
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case time.Duration:
		return fmt.Sprintf("%q", x.String())
	case nil:
		return "(empty)"
	}
	return fmt.Sprintf("%v", v)
}

func cutPrefix(s, p string) (string, bool) { return strings.CutPrefix(s, p) }

func joinPath(a, b string) string { return filepath.Join(a, b) }
