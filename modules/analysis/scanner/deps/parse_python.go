package deps

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// requirementRe matches a pinned requirement: name[extras]==version, with
// optional environment markers and options after it.
var requirementRe = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)\s*(?:$|[;\s\\])`)

// parseRequirements reads pip requirement files. Only exact pins (== or
// ===) name a version; ranges, URLs, editable installs and options are
// passed over because no single installed version can be known from them.
func parseRequirements(file string, data []byte) ([]Package, error) {
	var out []Package
	for n, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(strings.TrimRight(raw, "\r"))
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || line[0] == '#' || line[0] == '-' {
			continue
		}
		m := requirementRe.FindStringSubmatch(line)
		if m == nil || strings.Contains(m[2], "*") {
			continue
		}
		out = append(out, Package{Ecosystem: EcosystemPyPI, Name: m[1], Version: m[2], Path: file, Line: n + 1})
	}
	return out, nil
}

type tomlLock struct {
	Package []struct {
		Name    string `toml:"name"`
		Version string `toml:"version"`
		Source  any    `toml:"source"`
	} `toml:"package"`
}

// tomlPackageLines finds, for each [[package]] table of a TOML lockfile,
// the line of its name, keyed by "name@version" in file order.
func tomlPackageLines(data []byte) map[string]int {
	out := map[string]int{}
	lines := strings.Split(string(data), "\n")
	name, nameLine := "", 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "[[package]]" {
			name, nameLine = "", 0
			continue
		}
		if v, ok := tomlString(t, "name"); ok && name == "" {
			name, nameLine = v, i+1
		} else if v, ok := tomlString(t, "version"); ok && name != "" {
			if _, dup := out[name+"@"+v]; !dup {
				out[name+"@"+v] = nameLine
			}
			name = "\x00" // only the first name/version pair of a table
		}
	}
	return out
}

// tomlString reads `key = "value"` lines.
func tomlString(line, key string) (string, bool) {
	rest, ok := strings.CutPrefix(line, key)
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	rest, ok = strings.CutPrefix(rest, "=")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if len(rest) < 2 || rest[0] != '"' || rest[len(rest)-1] != '"' {
		return "", false
	}
	return rest[1 : len(rest)-1], true
}

// parsePoetryLock reads poetry.lock's [[package]] tables. Packages from a
// local directory or a git/url source are passed over.
func parsePoetryLock(file string, data []byte) ([]Package, error) {
	var lock tomlLock
	if err := toml.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("not a valid poetry.lock: %w", err)
	}
	lines := tomlPackageLines(data)
	var out []Package
	for _, p := range lock.Package {
		if src, ok := p.Source.(map[string]any); ok {
			if t, _ := src["type"].(string); t != "" && t != "legacy" {
				continue // directory, file, git or url: not a PyPI release
			}
		}
		if p.Name == "" || p.Version == "" {
			continue
		}
		out = append(out, Package{Ecosystem: EcosystemPyPI, Name: p.Name, Version: p.Version, Path: file, Line: lines[p.Name+"@"+p.Version]})
	}
	return out, nil
}

// parsePipfileLock reads the "default" and "develop" sections of a
// Pipfile.lock, whose versions are written "==1.2.3".
func parsePipfileLock(file string, data []byte) ([]Package, error) {
	var lock map[string]json.RawMessage
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("not a valid Pipfile.lock: %w", err)
	}
	lines := jsonKeyLines(data)
	var out []Package
	for _, section := range []string{"default", "develop"} {
		var deps map[string]struct {
			Version string `json:"version"`
		}
		if raw, ok := lock[section]; ok {
			if err := json.Unmarshal(raw, &deps); err != nil {
				return nil, fmt.Errorf("Pipfile.lock %s: %w", section, err)
			}
		}
		names := make([]string, 0, len(deps))
		for n := range deps {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			v, ok := strings.CutPrefix(deps[n].Version, "==")
			if !ok || v == "" || n == "" {
				continue
			}
			out = append(out, Package{Ecosystem: EcosystemPyPI, Name: n, Version: v, Path: file, Line: lines[n]})
		}
	}
	return out, nil
}
