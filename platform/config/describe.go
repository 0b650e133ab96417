package config

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"
)

// Setting is one configuration key as an operator sees it.
type Setting struct {
	Key   string // dotted key in configs/vigil.yaml
	Env   string // environment variable
	Value string // effective value; secrets are shown as "(set)" or ""
}

// Describe lists every key of c with its environment variable and value,
// hiding secrets, so `vigil config` can show what a process would run with.
func Describe(c Config) []Setting {
	var out []Setting
	for _, l := range leavesOf(&c) {
		out = append(out, Setting{
			Key:   l.key,
			Env:   EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(l.key, ".", "_")),
			Value: describeValue(l.key, l.value),
		})
	}
	return out
}

func describeValue(key string, v reflect.Value) string {
	if isSecretKey(key) {
		if v.IsZero() || (v.Kind() == reflect.Slice && v.Len() == 0) {
			return ""
		}
		return "(set)"
	}
	if key == "ai.providers" {
		// Show the shape without API keys.
		provs := v.Interface().([]AIProvider)
		masked := make([]AIProvider, len(provs))
		for i, p := range provs {
			if p.APIKey != "" {
				p.APIKey = "(set)"
			}
			masked[i] = p
		}
		b, _ := json.Marshal(masked)
		return string(b)
	}
	switch x := v.Interface().(type) {
	case string:
		if key == "database.url" || key == "redis.url" {
			return redactURL(x)
		}
		return x
	case time.Duration:
		return x.String()
	case []string:
		return strings.Join(x, ",")
	case []CreditPack:
		b, _ := json.Marshal(x)
		return string(b)
	}
	return fmt.Sprint(v.Interface())
}

func isSecretKey(key string) bool {
	last := key[strings.LastIndex(key, ".")+1:]
	for _, w := range secretWords {
		if strings.Contains(last, w) {
			return true
		}
	}
	return false
}
