package deps

import (
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// npmLockfiles pin what `npm install` (or yarn, pnpm) resolved; a
// package.json in a directory they cover is not read.
var npmLockfiles = []string{"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"}

type packageJSON struct {
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
}

// parsePackageJSON reads the declared dependencies of a package.json
// that no lockfile covers. Each range is checked at the lowest version it
// allows (what an install could get at worst); Package.Range keeps the
// declaration so the finding says it was not an installed version.
// Ranges without a lower bound (`*`, `latest`, `<2`), URLs, paths, git
// references and workspace links name no version and are left out.
func parsePackageJSON(file string, data []byte) ([]Package, error) {
	var pj packageJSON
	if err := json.Unmarshal(data, &pj); err != nil {
		return nil, fmt.Errorf("not a valid package.json: %w", err)
	}
	lines := declarationLines(data)
	var out []Package
	for _, deps := range []map[string]string{pj.Dependencies, pj.OptionalDependencies, pj.DevDependencies} {
		names := make([]string, 0, len(deps))
		for n := range deps {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			spec := strings.TrimSpace(deps[n])
			name := n
			// an alias: "lodash4": "npm:lodash@^4.17.0"
			if rest, ok := strings.CutPrefix(spec, "npm:"); ok {
				at := strings.LastIndex(rest, "@")
				if at <= 0 {
					continue
				}
				name, spec = rest[:at], rest[at+1:]
			}
			floor, ok := rangeFloor(spec)
			if !ok {
				continue
			}
			out = append(out, Package{Ecosystem: EcosystemNPM, Name: name, Version: floor, Path: file, Line: lines[n], Range: spec})
		}
	}
	return out, nil
}

// declarationLines maps `"name": "..."` string members to their first line.
func declarationLines(data []byte) map[string]int {
	out := map[string]int{}
	for i, l := range strings.Split(string(data), "\n") {
		for _, m := range memberRe.FindAllStringSubmatch(l, -1) {
			if _, ok := out[m[1]]; !ok {
				out[m[1]] = i + 1
			}
		}
	}
	return out
}

var memberRe = regexp.MustCompile(`"((?:[^"\\]|\\.)+)"\s*:\s*"`)

// npmPartialRe is one comparator's version: 1, 1.2, 1.2.3, 1.x, 1.2.*,
// with an optional pre-release.
var npmPartialRe = regexp.MustCompile(`^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(-[0-9A-Za-z.-]+)?$`)

// rangeFloor is the lowest version an npm range allows, for the forms
// people write: exact, ^, ~, >=, =, x-ranges, hyphen ranges, and unions
// (the lowest floor of the alternatives). ok is false when the range has
// no lower bound or is not a registry range.
func rangeFloor(spec string) (string, bool) {
	if spec == "" || strings.ContainsAny(spec, ":/#") {
		return "", false
	}
	best := ""
	for _, alt := range strings.Split(spec, "||") {
		f, ok := setFloor(strings.TrimSpace(alt))
		if !ok {
			return "", false // one alternative is unbounded below: so is the union
		}
		if best == "" {
			best = f
		} else if c, ok := compareSemver(f, best); ok && c < 0 {
			best = f
		}
	}
	return best, best != ""
}

// setFloor handles one comparator set ("^1.2.3", ">=1.2.0 <2", "1.2.3 - 1.4").
func setFloor(set string) (string, bool) {
	if lo, _, ok := strings.Cut(set, " - "); ok {
		return partialFloor(strings.TrimSpace(lo))
	}
	for _, c := range strings.Fields(set) {
		switch {
		case strings.HasPrefix(c, ">="):
			return partialFloor(strings.TrimSpace(c[2:]))
		case strings.HasPrefix(c, "<"), strings.HasPrefix(c, ">"):
			continue // an upper bound, or ">x" whose floor is unknown
		case strings.HasPrefix(c, "^"), strings.HasPrefix(c, "~"):
			return partialFloor(strings.TrimLeft(c, "^~>"))
		case strings.HasPrefix(c, "="):
			return partialFloor(c[1:])
		default:
			return partialFloor(c)
		}
	}
	return "", false
}

func partialFloor(v string) (string, bool) {
	m := npmPartialRe.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	parts := []string{m[1], m[2], m[3]}
	for i, p := range parts {
		if p == "" || p == "x" || p == "X" || p == "*" {
			parts[i] = "0"
		}
	}
	return strings.Join(parts, ".") + m[4], true
}

// rangeAllows reports whether an npm range, as written, admits version v
// (only for the forms rangeFloor understands; false when unsure). It tells
// a user whether a fresh install within the declared range already gets a
// fixed release.
func rangeAllows(spec, v string) bool {
	for _, alt := range strings.Split(spec, "||") {
		lo, hi, ok := setBounds(strings.TrimSpace(alt))
		if !ok {
			continue
		}
		if c, ok := compareSemver(v, lo); !ok || c < 0 {
			continue
		}
		if hi == "" {
			return true
		}
		if c, ok := compareSemver(v, hi); ok && c < 0 {
			return true
		}
	}
	return false
}

// setBounds gives [lo, hi) for a caret, tilde, exact, x-range or >= set;
// hi "" means unbounded.
func setBounds(set string) (lo, hi string, ok bool) {
	lo, ok = setFloor(set)
	if !ok {
		return "", "", false
	}
	fields := strings.Fields(set)
	if len(fields) != 1 {
		return lo, "", false // ranges with several comparators are not judged
	}
	c := fields[0]
	m := npmPartialRe.FindStringSubmatch(strings.TrimLeft(c, "^~>=v"))
	if m == nil {
		return "", "", false
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	patch, _ := strconv.Atoi(m[3])
	wild := func(s string) bool { return s == "" || s == "x" || s == "X" || s == "*" }
	next := func(a, b, c int) string { return fmt.Sprintf("%d.%d.%d", a, b, c) }
	switch {
	case strings.HasPrefix(c, ">="):
		return lo, "", true
	case strings.HasPrefix(c, "^"):
		switch {
		case major > 0 || wild(m[2]):
			return lo, next(major+1, 0, 0), true
		case minor > 0 || wild(m[3]):
			return lo, next(0, minor+1, 0), true
		default:
			return lo, next(0, 0, patch+1), true
		}
	case strings.HasPrefix(c, "~"):
		if wild(m[2]) {
			return lo, next(major+1, 0, 0), true
		}
		return lo, next(major, minor+1, 0), true
	case wild(m[2]):
		return lo, next(major+1, 0, 0), true
	case wild(m[3]):
		return lo, next(major, minor+1, 0), true
	default:
		return lo, next(major, minor, patch+1), true
	}
}

// coveredByLockfile reports whether a package.json lies in a directory
// that holds an npm, yarn or pnpm lockfile, or below one (workspaces are
// locked at their root).
func coveredByLockfile(p string, lockDirs map[string]bool) bool {
	for d := path.Dir(p); ; d = path.Dir(d) {
		if lockDirs[d] {
			return true
		}
		if d == "." || d == "/" || d == "" {
			return false
		}
	}
}
