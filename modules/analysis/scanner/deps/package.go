// Package deps is the scanner pass that finds vulnerable third-party
// packages. It reads dependency manifests and lockfiles (Go, npm, yarn, pnpm, pip,
// Poetry, Pipenv, Bundler, Composer, Maven, Cargo), then matches the exact
// versions found against OSV advisories, either through an OSV API server
// (POST /v1/querybatch, GET /v1/vulns/{id}) or an offline OSV database
// export. Version ranges are evaluated with each ecosystem's own ordering.
package deps

import (
	"path"
	"regexp"
	"strings"
)

// OSV ecosystem names.
const (
	EcosystemGo        = "Go"
	EcosystemNPM       = "npm"
	EcosystemPyPI      = "PyPI"
	EcosystemRubyGems  = "RubyGems"
	EcosystemPackagist = "Packagist"
	EcosystemMaven     = "Maven"
	EcosystemCrates    = "crates.io"
)

// Package is one dependency at an exact version, found in a manifest.
type Package struct {
	Ecosystem string
	Name      string
	Version   string
	// Path is the manifest's slash-separated path relative to the scan
	// root; Line is the 1-based line that declares the package (0 when
	// unknown).
	Path string
	Line int
	// Range is the declared range when no lockfile pins the version
	// (package.json alone): Version is then the lowest one it allows.
	Range string
}

// key identifies a package version across manifests.
func (p Package) key() pkgKey {
	return pkgKey{Ecosystem: p.Ecosystem, Name: normalizeName(p.Ecosystem, p.Name), Version: p.Version}
}

type pkgKey struct{ Ecosystem, Name, Version string }

var pypiNameRe = regexp.MustCompile(`[-_.]+`)

// normalizeName puts a package name in the form OSV records use for
// comparison: PyPI names per PEP 503, others unchanged except case for
// ecosystems whose registries are case-insensitive.
func normalizeName(eco, name string) string {
	switch eco {
	case EcosystemPyPI:
		return pypiNameRe.ReplaceAllString(strings.ToLower(name), "-")
	case EcosystemPackagist:
		return strings.ToLower(name)
	}
	return name
}

// parser reads one kind of manifest.
type parser func(file string, data []byte) ([]Package, error)

// parserFor picks the parser for a manifest path, or nil.
func parserFor(p string) parser {
	switch path.Base(p) {
	case "go.mod":
		return parseGoMod
	case "go.sum":
		return parseGoSum
	case "package-lock.json", "npm-shrinkwrap.json":
		return parseNPMLock
	case "package.json":
		return parsePackageJSON
	case "yarn.lock":
		return parseYarnLock
	case "pnpm-lock.yaml":
		return parsePNPMLock
	case "poetry.lock":
		return parsePoetryLock
	case "Pipfile.lock":
		return parsePipfileLock
	case "Gemfile.lock":
		return parseGemfileLock
	case "composer.lock":
		return parseComposerLock
	case "pom.xml":
		return parsePOM
	case "Cargo.lock":
		return parseCargoLock
	}
	if strings.HasSuffix(p, ".txt") {
		return parseRequirements
	}
	return nil
}

// lineIndex answers "which line holds this byte offset" for one file.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range data {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the 1-based line of a byte offset.
func (li lineIndex) line(off int) int {
	lo, hi := 0, len(li)
	for lo < hi {
		m := (lo + hi) / 2
		if li[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
