package deps

import (
	"regexp"
	"strconv"
	"strings"
)

// compareFunc orders two versions of one ecosystem; ok is false when
// either does not parse.
type compareFunc func(a, b string) (c int, ok bool)

// comparer returns the version ordering of an OSV ecosystem (used for
// ECOSYSTEM ranges). Ecosystems OSV ranges with SEMVER use compareSemver.
func comparer(eco string) compareFunc {
	switch baseEcosystem(eco) {
	case EcosystemNPM, EcosystemGo, EcosystemCrates:
		return compareSemver
	case EcosystemPyPI:
		return comparePEP440
	case EcosystemRubyGems:
		return compareGem
	case EcosystemPackagist:
		return comparePackagist
	}
	return compareMaven // Maven and a sane generic fallback
}

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

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpNumeric compares decimal digit strings of any length.
func cmpNumeric(a, b string) int {
	a = strings.TrimLeft(a, "0")
	b = strings.TrimLeft(b, "0")
	if c := cmpInt(len(a), len(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// --- SemVer 2.0 (npm, Go modules incl. pseudo-versions, Cargo) ---

var semverRe = regexp.MustCompile(`^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$`)

type semver struct {
	major, minor, patch string
	pre                 []string
}

func parseSemver(s string) (semver, bool) {
	m := semverRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return semver{}, false
	}
	v := semver{major: m[1], minor: m[2], patch: m[3]}
	if v.minor == "" {
		v.minor = "0"
	}
	if v.patch == "" {
		v.patch = "0"
	}
	if m[4] != "" {
		v.pre = strings.Split(m[4], ".")
	}
	return v, true
}

// compareSemver orders SemVer 2.0 versions; build metadata (Go's
// "+incompatible") is ignored, and Go pseudo-versions, being pre-releases
// of the next version, order correctly without special cases.
func compareSemver(a, b string) (int, bool) {
	va, vb, ok := parseBoth(a, b, parseSemver)
	if !ok {
		return 0, false
	}
	for _, p := range [][2]string{{va.major, vb.major}, {va.minor, vb.minor}, {va.patch, vb.patch}} {
		if c := cmpNumeric(p[0], p[1]); c != 0 {
			return c, true
		}
	}
	switch {
	case len(va.pre) == 0 && len(vb.pre) == 0:
		return 0, true
	case len(va.pre) == 0:
		return 1, true
	case len(vb.pre) == 0:
		return -1, true
	}
	// Numeric identifiers have lower precedence than alphanumeric ones.
	return cmpCommon(va.pre, vb.pre, func(x, y string) int { return cmpMixed(x, y, true, strings.Compare) }), true
}

// --- PEP 440 (PyPI) ---

var pep440Re = regexp.MustCompile(`^v?(?:(\d+)!)?(\d+(?:\.\d+)*)` +
	`(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?` +
	`(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?` +
	`(?:[-_.]?(dev)[-_.]?(\d*))?` +
	`(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$`)

type pep440 struct {
	epoch   int
	release []string
	// pre: phase -1 (dev-only release, before every pre-release), 0 a,
	// 1 b, 2 rc, 3 none (final)
	prePhase int
	preNum   int
	post     int // -1: none
	dev      int // max int: none
	local    []string
}

func atoi(s string) int {
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return int(^uint(0) >> 1)
	}
	return n
}

func parsePEP440(s string) (pep440, bool) {
	m := pep440Re.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return pep440{}, false
	}
	v := pep440{epoch: atoi(m[1]), release: strings.Split(m[2], "."), prePhase: 3, post: -1, dev: int(^uint(0) >> 1)}
	for len(v.release) > 1 && strings.Trim(v.release[len(v.release)-1], "0") == "" {
		v.release = v.release[:len(v.release)-1]
	}
	switch m[3] {
	case "a", "alpha":
		v.prePhase, v.preNum = 0, atoi(m[4])
	case "b", "beta":
		v.prePhase, v.preNum = 1, atoi(m[4])
	case "c", "rc", "pre", "preview":
		v.prePhase, v.preNum = 2, atoi(m[4])
	}
	switch {
	case m[5] != "":
		v.post = atoi(m[5])
	case m[6] != "":
		v.post = atoi(m[7])
	}
	if m[8] != "" {
		v.dev = atoi(m[9])
		if m[3] == "" && v.post < 0 {
			v.prePhase = -1 // 1.0.dev1 < 1.0a1
		}
	}
	if m[10] != "" {
		v.local = strings.FieldsFunc(m[10], func(r rune) bool { return r == '.' || r == '-' || r == '_' })
	}
	return v, true
}

// comparePEP440 orders Python versions per PEP 440: epoch, release
// (trailing zeros insignificant), dev < pre-releases < final < post,
// local labels last.
func comparePEP440(a, b string) (int, bool) {
	va, vb, ok := parseBoth(a, b, parsePEP440)
	if !ok {
		return 0, false
	}
	if c := cmpInt(va.epoch, vb.epoch); c != 0 {
		return c, true
	}
	if c := cmpPadded(va.release, vb.release, "0", cmpNumeric); c != 0 {
		return c, true
	}
	for _, p := range [][2]int{{va.prePhase, vb.prePhase}, {va.preNum, vb.preNum}, {va.post, vb.post}, {va.dev, vb.dev}} {
		if c := cmpInt(p[0], p[1]); c != 0 {
			return c, true
		}
	}
	// Local labels: numeric segments sort after alphanumeric ones.
	return cmpCommon(va.local, vb.local, func(x, y string) int { return cmpMixed(x, y, false, strings.Compare) }), true
}

// --- RubyGems ---

var gemSegRe = regexp.MustCompile(`[0-9]+|[A-Za-z]+`)

// compareGem orders versions like Gem::Version: numeric segments compare as
// numbers, a letter segment marks a pre-release and sorts before any number,
// missing segments count as zero.
func compareGem(a, b string) (int, bool) {
	if tooLong(a, b) {
		return 0, false
	}
	if !gemVersionRe.MatchString(a) || !gemVersionRe.MatchString(b) {
		return 0, false
	}
	sa, sb := gemSegRe.FindAllString(a, -1), gemSegRe.FindAllString(b, -1)
	return cmpPadded(sa, sb, "0", func(x, y string) int { return cmpMixed(x, y, false, strings.Compare) }), true
}

var gemVersionRe = regexp.MustCompile(`^\s*[0-9]+(?:\.[0-9A-Za-z-]+)*\s*$`)

// --- Maven and Packagist: dotted numbers with qualifiers ---

var mavenRanks = map[string]int{
	"alpha": 1, "a": 1, "beta": 2, "b": 2, "milestone": 3, "m": 3, "rc": 4, "cr": 4,
	"snapshot": 5, "": 6, "ga": 6, "final": 6, "release": 6, "sp": 7,
}

var packagistRanks = map[string]int{
	"dev": 0, "alpha": 1, "a": 1, "beta": 2, "b": 2, "rc": 4, "": 6, "stable": 6, "patch": 7, "pl": 7, "p": 7,
}

var qualTokRe = regexp.MustCompile(`[0-9]+|[A-Za-z]+`)

// compareMaven orders Maven versions like ComparableVersion for the common
// cases: numbers numerically, qualifiers alpha < beta < milestone < rc <
// snapshot < release < sp, unknown qualifiers after those (alphabetically)
// and before numbers.
func compareMaven(a, b string) (int, bool) { return compareQualified(a, b, mavenRanks) }

// comparePackagist orders Composer versions: dev < alpha < beta < RC <
// stable < patch.
func comparePackagist(a, b string) (int, bool) {
	return compareQualified(strings.TrimPrefix(a, "v"), strings.TrimPrefix(b, "v"), packagistRanks)
}

func compareQualified(a, b string, ranks map[string]int) (int, bool) {
	if tooLong(a, b) {
		return 0, false
	}
	ta, tb := qualTokens(a), qualTokens(b)
	if len(ta) == 0 || len(tb) == 0 || !isDigits(ta[0]) || !isDigits(tb[0]) {
		return 0, false
	}
	return cmpPadded(ta, tb, "", func(x, y string) int {
		switch {
		case x == "" && isDigits(y): // a missing number counts as zero
			x = "0"
		case y == "" && isDigits(x):
			y = "0"
		}
		return cmpMixed(x, y, false, func(x, y string) int { return cmpQualifier(x, y, ranks) })
	}), true
}

// parseBoth parses two versions with parse; ok is false when either is
// too long or does not parse.
func parseBoth[V any](a, b string, parse func(string) (V, bool)) (va, vb V, ok bool) {
	if tooLong(a, b) {
		return va, vb, false
	}
	va, ok1 := parse(a)
	vb, ok2 := parse(b)
	return va, vb, ok1 && ok2
}

// cmpPadded compares two segment lists pairwise with cmp, the shorter one
// padded with pad.
func cmpPadded(a, b []string, pad string, cmp func(x, y string) int) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		x, y := pad, pad
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if c := cmp(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// cmpCommon compares two segment lists pairwise with cmp over their common
// length; when that is equal, the longer list is the greater.
func cmpCommon(a, b []string, cmp func(x, y string) int) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := cmp(a[i], b[i]); c != 0 {
			return c
		}
	}
	return cmpInt(len(a), len(b))
}

// cmpMixed compares two segments that may be numbers or words: numbers
// numerically, words with words, and a number against a word as
// numbersFirst says (true: the number is the smaller).
func cmpMixed(x, y string, numbersFirst bool, words func(x, y string) int) int {
	low := 1
	if numbersFirst {
		low = -1
	}
	switch xn, yn := isDigits(x), isDigits(y); {
	case xn && yn:
		return cmpNumeric(x, y)
	case xn:
		return low
	case yn:
		return -low
	}
	return words(x, y)
}

func cmpQualifier(x, y string, ranks map[string]int) int {
	rx, okx := ranks[x]
	ry, oky := ranks[y]
	switch {
	case okx && oky:
		return cmpInt(rx, ry)
	case okx: // known qualifiers sort before unknown ones
		return -1
	case oky:
		return 1
	}
	return strings.Compare(x, y)
}

func qualTokens(s string) []string {
	toks := qualTokRe.FindAllString(strings.ToLower(strings.TrimSpace(s)), -1)
	// trailing zeros and release markers carry no order
	for len(toks) > 1 {
		t := toks[len(toks)-1]
		if t == "ga" || t == "final" || t == "release" || (isDigits(t) && strings.Trim(t, "0") == "") {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	return toks
}
