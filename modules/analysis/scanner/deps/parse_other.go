package deps

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// gemSpecRe matches a resolved gem under "specs:" (four spaces of
// indentation; six-space lines are that gem's own requirements).
var gemSpecRe = regexp.MustCompile(`^    ([A-Za-z0-9][A-Za-z0-9._-]*) \(([^)\s]+)\)\s*$`)

// gemPlatformRe strips a platform suffix such as -x86_64-linux or -java.
var gemPlatformRe = regexp.MustCompile(`^([0-9][0-9A-Za-z.]*)(?:-[A-Za-z].*)?$`)

// parseGemfileLock reads the GEM section of a Gemfile.lock (GIT and PATH
// sections hold no registry release).
func parseGemfileLock(file string, data []byte) ([]Package, error) {
	var out []Package
	section := ""
	for n, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, "\r")
		if line != "" && line[0] != ' ' {
			section = strings.TrimSpace(line)
			continue
		}
		if section != "GEM" {
			continue
		}
		m := gemSpecRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v := m[2]
		if pm := gemPlatformRe.FindStringSubmatch(v); pm != nil {
			v = pm[1]
		}
		out = append(out, Package{Ecosystem: EcosystemRubyGems, Name: m[1], Version: v, Path: file, Line: n + 1})
	}
	return out, nil
}

// parseComposerLock reads "packages" and "packages-dev" of a composer.lock.
func parseComposerLock(file string, data []byte) ([]Package, error) {
	var lock struct {
		Packages    []composerPkg `json:"packages"`
		PackagesDev []composerPkg `json:"packages-dev"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("not a valid composer.lock: %w", err)
	}
	li := newLineIndex(data)
	var out []Package
	for _, p := range append(lock.Packages, lock.PackagesDev...) {
		v := strings.TrimPrefix(p.Version, "v")
		if p.Name == "" || v == "" || strings.HasPrefix(v, "dev-") || strings.HasSuffix(v, "-dev") {
			continue // a branch, not a release
		}
		line := 0
		if i := bytes.Index(data, []byte(`"name": "`+strings.ReplaceAll(p.Name, "/", `\/`)+`"`)); i >= 0 {
			line = li.line(i)
		} else if i := bytes.Index(data, []byte(`"name": "`+p.Name+`"`)); i >= 0 {
			line = li.line(i)
		}
		out = append(out, Package{Ecosystem: EcosystemPackagist, Name: p.Name, Version: v, Path: file, Line: line})
	}
	return out, nil
}

type composerPkg struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// parseCargoLock reads Cargo.lock's [[package]] tables; crates without a
// registry source are the workspace's own or come from git or a path.
func parseCargoLock(file string, data []byte) ([]Package, error) {
	var lock struct {
		Package []struct {
			Name    string `toml:"name"`
			Version string `toml:"version"`
			Source  string `toml:"source"`
		} `toml:"package"`
	}
	if err := toml.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("not a valid Cargo.lock: %w", err)
	}
	lines := tomlPackageLines(data)
	var out []Package
	for _, p := range lock.Package {
		if p.Name == "" || p.Version == "" || (!strings.HasPrefix(p.Source, "registry+") && !strings.HasPrefix(p.Source, "sparse+")) {
			continue
		}
		out = append(out, Package{Ecosystem: EcosystemCrates, Name: p.Name, Version: p.Version, Path: file, Line: lines[p.Name+"@"+p.Version]})
	}
	return out, nil
}

// parsePOM reads the direct dependencies of a Maven pom.xml (those under
// <project><dependencies>, not <dependencyManagement> or plugins),
// resolving ${property} versions from <properties> and the project's own
// coordinates. Versions that stay unresolved (a parent's property, a
// range) are passed over.
func parsePOM(file string, data []byte) ([]Package, error) {
	type dep struct {
		group, artifact, version, scope string
		line                            int
	}
	li := newLineIndex(data)
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []string
	props := map[string]string{}
	var deps []dep
	var cur *dep
	var text strings.Builder
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not a valid pom.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			text.Reset()
			if pathIs(stack, "project", "dependencies", "dependency") {
				cur = &dep{line: li.line(off)}
			} else if cur != nil && pathIs(stack, "project", "dependencies", "dependency", "artifactId") {
				cur.line = li.line(off) // point at the artifact's name
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			v := strings.TrimSpace(text.String())
			switch {
			case len(stack) == 3 && stack[0] == "project" && stack[1] == "properties":
				props[stack[2]] = v
			case pathIs(stack, "project", "version"):
				props["project.version"] = v
			case pathIs(stack, "project", "groupId"):
				props["project.groupId"] = v
			case pathIs(stack, "project", "parent", "version"):
				if _, ok := props["project.version"]; !ok {
					props["project.version"] = v
				}
				props["project.parent.version"] = v
			case cur != nil && len(stack) == 4 && pathIs(stack[:3], "project", "dependencies", "dependency"):
				switch stack[3] {
				case "groupId":
					cur.group = v
				case "artifactId":
					cur.artifact = v
				case "version":
					cur.version = v
				case "scope":
					cur.scope = v
				}
			case cur != nil && pathIs(stack, "project", "dependencies", "dependency"):
				deps = append(deps, *cur)
				cur = nil
			}
			text.Reset()
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	var out []Package
	for _, d := range deps {
		g, a, v := resolveProps(d.group, props), resolveProps(d.artifact, props), resolveProps(d.version, props)
		if g == "" || a == "" || v == "" || strings.Contains(g+a+v, "${") || strings.ContainsAny(v, "[]()") {
			continue
		}
		out = append(out, Package{Ecosystem: EcosystemMaven, Name: g + ":" + a, Version: v, Path: file, Line: d.line})
	}
	return out, nil
}

func pathIs(stack []string, want ...string) bool {
	if len(stack) != len(want) {
		return false
	}
	for i := range want {
		if stack[i] != want[i] {
			return false
		}
	}
	return true
}

var propRe = regexp.MustCompile(`\$\{([^}]+)\}`)

// resolveProps substitutes ${name} references (a few levels deep).
func resolveProps(s string, props map[string]string) string {
	for i := 0; i < 5 && strings.Contains(s, "${"); i++ {
		s = propRe.ReplaceAllStringFunc(s, func(m string) string {
			if v, ok := props[m[2:len(m)-1]]; ok {
				return v
			}
			return m
		})
	}
	return s
}
