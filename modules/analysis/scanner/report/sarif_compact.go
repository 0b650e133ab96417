package report

import (
	"encoding/json"
	"regexp"
	"strings"
)

// semver matches a semantic version (with an optional leading v).
var semver = regexp.MustCompile(`^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$`)

// semanticVersion is version as SARIF's tool.driver.semanticVersion: the
// version itself when it is one, else a pre-release of 0.0.0 naming the
// build ("dev", a commit), so the field is always a valid semantic version.
func semanticVersion(version string) string {
	if m := semver.FindStringSubmatch(version); m != nil {
		return m[1]
	}
	clean := strings.Trim(regexp.MustCompile(`[^0-9A-Za-z.-]+`).ReplaceAllString(version, "-"), ".-")
	if clean == "" {
		clean = "unknown"
	}
	return "0.0.0-" + clean
}

// compactSARIF drops the placeholders go-sarif writes for absent values:
// an artifact index of -1 ("no artifact", the schema's default) and empty
// arrays (message arguments, notification locations, ...), which readers
// take for real, empty data. A run's results stay, even empty: an empty
// list says the tool ran and found nothing. It works on the JSON so it cannot miss a
// field; what remains is the same report.
func compactSARIF(doc []byte) ([]byte, error) {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return nil, err
	}
	v = compactValue(v)
	return json.MarshalIndent(v, "", "  ")
}

func compactValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if a, ok := e.([]any); ok && len(a) == 0 && k != "results" && k != "runs" {
				delete(x, k)
				continue
			}
			// -1 is the schema's "not set" default of every field that
			// takes it (index, id, rank, byteOffset, charOffset)
			if n, ok := e.(float64); ok && n == -1 {
				delete(x, k)
				continue
			}
			x[k] = compactValue(e)
		}
		return x
	case []any:
		for i := range x {
			x[i] = compactValue(x[i])
		}
		return x
	}
	return v
}
