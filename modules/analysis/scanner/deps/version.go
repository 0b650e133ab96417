package deps

import (
	"regexp"
	"strings"

	"github.com/google/osv-scalibr/semantic"
)

// Version orderings are osv-scalibr's semantic package (the orderings
// OSV's own tools use), behind a well-formedness gate per ecosystem:
// semantic orders anything, "latest" and "" included, while a version we
// cannot read must compare as unknown so that it is never taken for
// affected or fixed. The commit that brought semantic in compared it with
// the five comparers written here before, pair by pair.

// compareFunc orders two versions of one ecosystem; ok is false when
// either does not parse.
type compareFunc func(a, b string) (c int, ok bool)

// comparer returns the version ordering of an OSV ecosystem (used for
// ECOSYSTEM ranges). Ecosystems OSV ranges with SEMVER use compareSemver;
// one we do not know is ordered as Maven does (dotted numbers with
// qualifiers), a sane generic fallback.
func comparer(eco string) compareFunc {
	base := baseEcosystem(eco)
	switch base {
	case EcosystemNPM, EcosystemGo, EcosystemCrates, EcosystemPyPI, EcosystemRubyGems, EcosystemPackagist, EcosystemMaven:
	default:
		base = EcosystemMaven
	}
	valid := wellFormed(base)
	return func(a, b string) (int, bool) {
		if tooLong(a, b) {
			return 0, false
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if !valid(a) || !valid(b) {
			return 0, false
		}
		if base == EcosystemPackagist {
			a, b = trimStable(a), trimStable(b)
		}
		va, err := semantic.Parse(a, base)
		if err != nil {
			return 0, false
		}
		c, err := va.CompareStr(b)
		return c, err == nil
	}
}

// compareSemver orders SemVer 2.0 versions (OSV SEMVER ranges, npm
// ranges); build metadata (Go's "+incompatible") is ignored, and Go
// pseudo-versions, being pre-releases of the next version, order
// correctly without special cases.
var compareSemver = comparer(EcosystemNPM)

// maxVersionLen bounds the versions compared: real ones are short, and
// hostile manifests or advisories must not make comparisons slow.
const maxVersionLen = 256

func tooLong(a, b string) bool { return len(a) > maxVersionLen || len(b) > maxVersionLen }

// baseEcosystem drops an ecosystem suffix ("Debian:12" -> "Debian").
func baseEcosystem(eco string) string {
	if i := strings.IndexByte(eco, ':'); i > 0 {
		return eco[:i]
	}
	return eco
}

// wellFormed is the shape a (trimmed) version of the ecosystem must have
// to be compared.
func wellFormed(base string) func(string) bool {
	switch base {
	case EcosystemNPM, EcosystemGo, EcosystemCrates:
		return semverRe.MatchString
	case EcosystemPyPI:
		return func(s string) bool { return pep440Re.MatchString(strings.ToLower(s)) }
	case EcosystemRubyGems:
		return gemVersionRe.MatchString
	case EcosystemPackagist:
		return func(s string) bool { return qualifiedRe.MatchString(strings.TrimPrefix(s, "v")) }
	}
	return qualifiedRe.MatchString
}

var (
	// SemVer 2.0, with Go's v prefix, minor and patch optional.
	semverRe = regexp.MustCompile(`^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$`)
	// PEP 440, lower-cased, with the normalisations it allows.
	pep440Re = regexp.MustCompile(`^v?(?:(\d+)!)?(\d+(?:\.\d+)*)` +
		`(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?` +
		`(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?` +
		`(?:[-_.]?(dev)[-_.]?(\d*))?` +
		`(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$`)
	// Gem::Version: a number, then dotted numbers or words.
	gemVersionRe = regexp.MustCompile(`^[0-9]+(?:\.[0-9A-Za-z-]+)*$`)
	// Maven and Packagist: dotted numbers with qualifiers start with a
	// number and hold only letters, digits and separators.
	qualifiedRe = regexp.MustCompile(`^[0-9][0-9A-Za-z._+-]*$`)
)

// trimStable drops a "-stable" suffix, as Composer's version normaliser
// does: 1.0.0-stable is the release 1.0.0 (semantic would take "stable"
// for an unknown pre-release word).
func trimStable(v string) string {
	if n := len(v) - len("-stable"); n > 0 && strings.EqualFold(v[n:], "-stable") {
		return v[:n]
	}
	return v
}
