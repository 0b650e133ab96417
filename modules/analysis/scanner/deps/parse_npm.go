package deps

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// jsonKeyOccurrences maps each key whose value is an object (`"key": {`)
// to the lines where it occurs, in document order. It is a small scanner
// rather than a regular expression: lockfiles run to tens of megabytes.
func jsonKeyOccurrences(data []byte) map[string][]int {
	out := map[string][]int{}
	line := 1
	skipSpace := func(k int) int {
		for k < len(data) && (data[k] == ' ' || data[k] == '\t' || data[k] == '\r' || data[k] == '\n') {
			if data[k] == '\n' {
				line++
			}
			k++
		}
		return k
	}
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			line++
			continue
		case '"':
		default:
			continue
		}
		j := i + 1
		for j < len(data) && data[j] != '"' && data[j] != '\n' {
			if data[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(data) {
			break
		}
		if data[j] == '\n' { // not valid JSON: resume on the next line
			i = j - 1
			continue
		}
		keyLine, raw := line, data[i+1:j]
		k := skipSpace(j + 1)
		if k < len(data) && data[k] == ':' {
			if k = skipSpace(k + 1); k < len(data) && data[k] == '{' {
				key := string(raw)
				if bytes.IndexByte(raw, '\\') >= 0 {
					if uq, err := strconv.Unquote(`"` + key + `"`); err == nil {
						key = uq
					}
				}
				out[key] = append(out[key], keyLine)
			}
		}
		i = k - 1
	}
	return out
}

// jsonKeyLines maps each object-opening key to the line of its first
// occurrence.
func jsonKeyLines(data []byte) map[string]int {
	out := map[string]int{}
	for k, l := range jsonKeyOccurrences(data) {
		out[k] = l[0]
	}
	return out
}

type npmLock struct {
	LockfileVersion int                   `json:"lockfileVersion"`
	Packages        map[string]npmPackage `json:"packages"`
	Dependencies    map[string]npmDepV1   `json:"dependencies"`
}

type npmPackage struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Link    bool   `json:"link"`
}

type npmDepV1 struct {
	Version      string              `json:"version"`
	Dependencies map[string]npmDepV1 `json:"dependencies"`
}

// parseNPMLock reads package-lock.json / npm-shrinkwrap.json: the
// "packages" map of lockfile v2 and v3, or the nested "dependencies" of v1.
func parseNPMLock(file string, data []byte) ([]Package, error) {
	var lock npmLock
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("not a valid package-lock: %w", err)
	}
	lines := jsonKeyLines(data)
	var out []Package
	if len(lock.Packages) > 0 {
		keys := make([]string, 0, len(lock.Packages))
		for k := range lock.Packages {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := lock.Packages[k]
			i := strings.LastIndex(k, "node_modules/")
			if i < 0 || p.Link || p.Version == "" {
				continue // the root project, a workspace folder or a symlink to one
			}
			name := k[i+len("node_modules/"):]
			if p.Name != "" {
				name = p.Name // an aliased install: "node_modules/alias": {"name": "real"}
			}
			if name == "" || !isPlainVersion(p.Version) {
				continue
			}
			out = append(out, Package{Ecosystem: EcosystemNPM, Name: name, Version: p.Version, Path: file, Line: lines[k]})
		}
		return out, nil
	}
	// v1 nests the same name under several parents: take the key
	// occurrences in document order, which is the walk's order (npm writes
	// names sorted, depth first)
	occ := jsonKeyOccurrences(data)
	var walk func(deps map[string]npmDepV1)
	walk = func(deps map[string]npmDepV1) {
		names := make([]string, 0, len(deps))
		for n := range deps {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			d := deps[n]
			line := 0
			if q := occ[n]; len(q) > 0 {
				line, occ[n] = q[0], q[1:]
			}
			v := d.Version
			// v1 aliases record "npm:real@1.2.3" as the version
			if rest, ok := strings.CutPrefix(v, "npm:"); ok {
				if at := strings.LastIndex(rest, "@"); at > 0 {
					n, v = rest[:at], rest[at+1:]
				}
			}
			if n != "" && isPlainVersion(v) {
				out = append(out, Package{Ecosystem: EcosystemNPM, Name: n, Version: v, Path: file, Line: line})
			}
			walk(d.Dependencies)
		}
	}
	walk(lock.Dependencies)
	return out, nil
}

// isPlainVersion rejects versions that are URLs, paths or git references
// (file:../x, github:user/repo#sha, https://...): they name no registry
// release an advisory could list.
func isPlainVersion(v string) bool {
	return v != "" && !strings.ContainsAny(v, ":/#") && v[0] >= '0' && v[0] <= '9'
}

// parseYarnLock reads yarn.lock, classic (v1) and berry (v2+) formats:
// entry headers list the requested specs ("name@range, name@range:"), and
// an indented version field gives the resolved version.
func parseYarnLock(file string, data []byte) ([]Package, error) {
	var out []Package
	var cur []string // names of the current entry
	curLine := 0
	for n, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, "\r")
		if line == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if line[0] != ' ' {
			cur, curLine = nil, n+1
			head := strings.TrimSuffix(line, ":")
			for _, spec := range strings.Split(head, ",") {
				spec = strings.Trim(strings.TrimSpace(spec), `"`)
				if name := yarnSpecName(spec); name != "" {
					cur = append(cur, name)
				}
			}
			continue
		}
		t := strings.TrimSpace(line)
		if len(cur) == 0 || !strings.HasPrefix(t, "version") {
			continue
		}
		v := strings.TrimSpace(strings.TrimPrefix(t, "version"))
		v = strings.Trim(strings.TrimSpace(strings.TrimPrefix(v, ":")), `"`)
		if !isPlainVersion(v) {
			cur = nil
			continue
		}
		seen := map[string]bool{}
		for _, name := range cur {
			if !seen[name] {
				seen[name] = true
				out = append(out, Package{Ecosystem: EcosystemNPM, Name: name, Version: v, Path: file, Line: curLine})
			}
		}
		cur = nil
	}
	return out, nil
}

// yarnSpecName extracts the package name of "name@range", "@scope/name@range"
// or berry's "name@npm:range"; workspace, patch, link and file protocols
// name no registry package.
func yarnSpecName(spec string) string {
	if spec == "" || spec == "__metadata" {
		return ""
	}
	at := strings.Index(spec[1:], "@")
	if at < 0 {
		return ""
	}
	name, rng := spec[:at+1], spec[at+2:]
	if alias, ok := strings.CutPrefix(rng, "npm:"); ok {
		// "alias@npm:real@^1.0.0" installs real
		if i := strings.LastIndex(alias, "@"); i > 0 {
			name = alias[:i]
		}
		return name
	}
	for _, proto := range []string{"workspace:", "patch:", "link:", "portal:", "file:", "exec:"} {
		if strings.HasPrefix(rng, proto) {
			return ""
		}
	}
	return name
}
