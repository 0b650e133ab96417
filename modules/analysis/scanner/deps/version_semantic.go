package deps

import (
	"regexp"
	"strings"

	"github.com/google/osv-scalibr/semantic"
)

// semanticComparer orders versions of eco with osv-scalibr's semantic
// package (the orderings OSV's own tools use) behind a well-formedness
// gate: semantic orders anything, "latest" and "" included, while a
// version we cannot read must compare as unknown (ok false) so that it
// is never taken for affected or fixed.
func semanticComparer(eco string) compareFunc {
	base := baseEcosystem(eco)
	valid := wellFormed(base)
	switch base {
	case EcosystemNPM, EcosystemGo, EcosystemCrates, EcosystemPyPI, EcosystemRubyGems, EcosystemPackagist, EcosystemMaven:
	default:
		base = EcosystemMaven // a sane generic fallback
	}
	return func(a, b string) (int, bool) {
		if tooLong(a, b) || !valid(a) || !valid(b) {
			return 0, false
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
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

// semverOrder orders SemVer 2.0 versions (OSV SEMVER ranges, npm ranges).
var semverOrder = semanticComparer(EcosystemNPM)

// wellFormed is the shape a version of the ecosystem must have to be
// compared.
func wellFormed(base string) func(string) bool {
	switch base {
	case EcosystemNPM, EcosystemGo, EcosystemCrates:
		return func(s string) bool { return semverRe.MatchString(strings.TrimSpace(s)) }
	case EcosystemPyPI:
		return func(s string) bool { return pep440Re.MatchString(strings.ToLower(strings.TrimSpace(s))) }
	case EcosystemRubyGems:
		return gemVersionRe.MatchString
	case EcosystemPackagist:
		return func(s string) bool { return qualifiedRe.MatchString(strings.TrimPrefix(strings.TrimSpace(s), "v")) }
	}
	return func(s string) bool { return qualifiedRe.MatchString(strings.TrimSpace(s)) }
}

// qualifiedRe: dotted numbers with qualifiers (Maven, Packagist) start
// with a number and hold only letters, digits and separators.
var qualifiedRe = regexp.MustCompile(`^[0-9][0-9A-Za-z._+-]*$`)

// trimStable drops a "-stable" suffix, as Composer's version normaliser
// does: 1.0.0-stable is the release 1.0.0 (semantic would take "stable"
// for an unknown pre-release word).
func trimStable(v string) string {
	if n := len(v) - len("-stable"); n > 0 && strings.EqualFold(v[n:], "-stable") {
		return v[:n]
	}
	return v
}
