package deps

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner"
)

// Vuln is an OSV advisory (the fields of the OSV schema the pass uses).
type Vuln struct {
	ID               string          `json:"id"`
	Modified         string          `json:"modified,omitempty"`
	Withdrawn        string          `json:"withdrawn,omitempty"`
	Aliases          []string        `json:"aliases,omitempty"`
	Summary          string          `json:"summary,omitempty"`
	Details          string          `json:"details,omitempty"`
	Severity         []Severity      `json:"severity,omitempty"`
	Affected         []Affected      `json:"affected,omitempty"`
	References       []Reference     `json:"references,omitempty"`
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"`
}

// Severity is a scored severity (CVSS vector) of an advisory.
type Severity struct {
	Type  string `json:"type"`
	Score string `json:"score"`
}

// Affected lists the affected versions of one package.
type Affected struct {
	Package           AffectedPackage `json:"package"`
	Severity          []Severity      `json:"severity,omitempty"`
	Ranges            []Range         `json:"ranges,omitempty"`
	Versions          []string        `json:"versions,omitempty"`
	EcosystemSpecific json.RawMessage `json:"ecosystem_specific,omitempty"`
	DatabaseSpecific  json.RawMessage `json:"database_specific,omitempty"`
}

// AffectedPackage names a package in an ecosystem.
type AffectedPackage struct {
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
	Purl      string `json:"purl,omitempty"`
}

// Range is a list of events over SEMVER, ECOSYSTEM or GIT versions.
type Range struct {
	Type   string  `json:"type"`
	Events []Event `json:"events"`
}

// Event is one of introduced, fixed, last_affected or limit.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
	Limit        string `json:"limit,omitempty"`
}

// Reference is a link about an advisory.
type Reference struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// matchesPackage reports whether an affected entry is about the package.
func (a Affected) matchesPackage(eco, name string) bool {
	return baseEcosystem(a.Package.Ecosystem) == eco && normalizeName(eco, a.Package.Name) == normalizeName(eco, name)
}

// Affects reports whether the advisory affects version of the package, and
// the lowest version that fixes it ("" when none is published).
func (v *Vuln) Affects(eco, name, version string) (affected bool, fixed string) {
	if v.Withdrawn != "" {
		return false, ""
	}
	cmp := comparer(eco)
	for _, a := range v.Affected {
		if !a.matchesPackage(eco, name) {
			continue
		}
		hit := false
		for _, av := range a.Versions {
			if sameVersion(eco, av, version) {
				hit = true
			}
		}
		var fixes []string
		for _, r := range a.Ranges {
			var c compareFunc
			switch r.Type {
			case "SEMVER":
				c = compareSemver
			case "ECOSYSTEM":
				c = cmp
			default:
				continue // GIT ranges are commits, not releases
			}
			in, fix := inRange(r.Events, version, c)
			if in {
				hit = true
				if fix != "" {
					fixes = append(fixes, fix)
				}
			}
		}
		if hit {
			affected = true
			for _, f := range fixes {
				if fixed == "" {
					fixed = f
				} else if c, ok := cmp(f, fixed); ok && c < 0 {
					fixed = f
				}
			}
		}
	}
	return affected, fixed
}

// FixedFor returns the lowest fix above version from the advisory's
// ranges for the package, without deciding whether version is affected
// (used when an OSV server made that decision).
func (v *Vuln) FixedFor(eco, name, version string) string {
	if ok, fixed := v.Affects(eco, name, version); ok {
		return fixed
	}
	cmp := comparer(eco)
	best := ""
	for _, a := range v.Affected {
		if !a.matchesPackage(eco, name) {
			continue
		}
		for _, r := range a.Ranges {
			for _, e := range r.Events {
				if e.Fixed == "" {
					continue
				}
				if c, ok := cmp(e.Fixed, version); !ok || c <= 0 {
					continue
				}
				if best == "" {
					best = e.Fixed
				} else if c, ok := cmp(e.Fixed, best); ok && c < 0 {
					best = e.Fixed
				}
			}
		}
	}
	return best
}

func sameVersion(eco, a, b string) bool {
	if a == b || strings.TrimPrefix(a, "v") == strings.TrimPrefix(b, "v") {
		return true
	}
	c, ok := comparer(eco)(a, b)
	return ok && c == 0
}

// inRange evaluates one OSV range: events are sorted by version
// (introduced "0" first) and walked in order, as the OSV schema defines;
// the version is affected after an introduced event it reaches, and no
// longer after a fixed event it reaches or a last_affected event it
// passes. fixed is the fix closing the interval that holds the version.
func inRange(events []Event, version string, cmp compareFunc) (affected bool, fixed string) {
	type ev struct {
		kind, v string
	}
	evs := make([]ev, 0, len(events))
	for _, e := range events {
		switch {
		case e.Introduced != "":
			evs = append(evs, ev{"introduced", e.Introduced})
		case e.Fixed != "":
			evs = append(evs, ev{"fixed", e.Fixed})
		case e.LastAffected != "":
			evs = append(evs, ev{"last_affected", e.LastAffected})
		case e.Limit != "":
			evs = append(evs, ev{"limit", e.Limit})
		}
	}
	valid := true
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].v == "0" && evs[i].kind == "introduced" {
			return evs[j].v != "0" || evs[j].kind != "introduced"
		}
		if evs[j].v == "0" && evs[j].kind == "introduced" {
			return false
		}
		c, ok := cmp(evs[i].v, evs[j].v)
		if !ok {
			valid = false
		}
		return c < 0
	})
	if !valid {
		return false, ""
	}
	for i, e := range evs {
		var c int
		if e.v == "0" && e.kind == "introduced" {
			c = 1 // every version is at or above "0"
		} else {
			var ok bool
			if c, ok = cmp(version, e.v); !ok {
				return false, ""
			}
		}
		switch e.kind {
		case "introduced":
			if c >= 0 {
				affected = true
				fixed = ""
				for _, n := range evs[i+1:] {
					if n.kind == "fixed" {
						fixed = n.v
						break
					}
					if n.kind == "introduced" {
						break
					}
				}
			}
		case "fixed":
			if c >= 0 {
				affected = false
			}
		case "last_affected":
			if c > 0 {
				affected = false
			}
		case "limit":
			if c >= 0 {
				affected = false
			}
		}
	}
	if !affected {
		fixed = ""
	}
	return affected, fixed
}

// severityOf ranks an advisory: the database's own label (GitHub's
// "severity"), else a CVSS v3 base score computed from the vector, else
// a label in the affected entry's data. source says which was used.
func (v *Vuln) severityOf() (sev scanner.Severity, score, source string) {
	if s := labelSeverity(v.DatabaseSpecific); s != "" {
		return s, cvssScore(v.Severity), "advisory database"
	}
	if sc := cvssScore(v.Severity); sc != "" {
		f, _ := strconv.ParseFloat(sc, 64)
		return scoreSeverity(f), sc, "CVSS"
	}
	for _, a := range v.Affected {
		if sc := cvssScore(a.Severity); sc != "" {
			f, _ := strconv.ParseFloat(sc, 64)
			return scoreSeverity(f), sc, "CVSS"
		}
		for _, raw := range []json.RawMessage{a.DatabaseSpecific, a.EcosystemSpecific} {
			if s := labelSeverity(raw); s != "" {
				return s, "", "advisory database"
			}
		}
	}
	return scanner.SeverityMedium, "", "unknown (not rated by the advisory)"
}

func labelSeverity(raw json.RawMessage) scanner.Severity {
	if len(raw) == 0 {
		return ""
	}
	var ds struct {
		Severity any `json:"severity"`
	}
	if json.Unmarshal(raw, &ds) != nil {
		return ""
	}
	s, _ := ds.Severity.(string)
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "CRITICAL":
		return scanner.SeverityCritical
	case "HIGH", "IMPORTANT":
		return scanner.SeverityHigh
	case "MODERATE", "MEDIUM":
		return scanner.SeverityMedium
	case "LOW", "NEGLIGIBLE":
		return scanner.SeverityLow
	}
	return ""
}

func (v *Vuln) cwes() []string {
	var ds struct {
		CWEIDs []string `json:"cwe_ids"`
	}
	if len(v.DatabaseSpecific) == 0 || json.Unmarshal(v.DatabaseSpecific, &ds) != nil {
		return nil
	}
	return ds.CWEIDs
}

func scoreSeverity(s float64) scanner.Severity {
	switch {
	case s >= 9:
		return scanner.SeverityCritical
	case s >= 7:
		return scanner.SeverityHigh
	case s >= 4:
		return scanner.SeverityMedium
	case s > 0:
		return scanner.SeverityLow
	}
	return scanner.SeverityInfo
}

// cvssScore returns the CVSS v3.x base score of the first v3 vector, as
// text with one decimal, or "".
func cvssScore(sevs []Severity) string {
	for _, s := range sevs {
		if s.Type != "CVSS_V3" {
			continue
		}
		if f, ok := CVSS3BaseScore(s.Score); ok {
			return strconv.FormatFloat(f, 'f', 1, 64)
		}
	}
	return ""
}

// CVSS3BaseScore computes the base score of a CVSS v3.0/v3.1 vector such
// as "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" (9.8).
func CVSS3BaseScore(vector string) (float64, bool) {
	parts := strings.Split(vector, "/")
	if len(parts) < 9 || !strings.HasPrefix(parts[0], "CVSS:3") {
		return 0, false
	}
	m := map[string]string{}
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, ":")
		if !ok {
			return 0, false
		}
		m[k] = v
	}
	av := map[string]float64{"N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2}[m["AV"]]
	ac := map[string]float64{"L": 0.77, "H": 0.44}[m["AC"]]
	ui := map[string]float64{"N": 0.85, "R": 0.62}[m["UI"]]
	cia := map[string]float64{"H": 0.56, "L": 0.22, "N": 0}
	scope := m["S"]
	pr := map[string]float64{"N": 0.85, "L": 0.62, "H": 0.27}[m["PR"]]
	if scope == "C" {
		pr = map[string]float64{"N": 0.85, "L": 0.68, "H": 0.5}[m["PR"]]
	}
	c, okc := cia[m["C"]]
	i, oki := cia[m["I"]]
	a, oka := cia[m["A"]]
	if av == 0 || ac == 0 || ui == 0 || pr == 0 || !okc || !oki || !oka || (scope != "U" && scope != "C") {
		return 0, false
	}
	iss := 1 - (1-c)*(1-i)*(1-a)
	var impact float64
	if scope == "U" {
		impact = 6.42 * iss
	} else {
		impact = 7.52*(iss-0.029) - 3.25*math.Pow(iss-0.02, 15)
	}
	expl := 8.22 * av * ac * pr * ui
	if impact <= 0 {
		return 0, true
	}
	if scope == "U" {
		return roundUp(math.Min(impact+expl, 10)), true
	}
	return roundUp(math.Min(1.08*(impact+expl), 10)), true
}

// roundUp is CVSS 3.1's Roundup: the smallest one-decimal number >= x,
// computed on integers to avoid floating-point artefacts.
func roundUp(x float64) float64 {
	n := int64(math.Round(x * 100000))
	if n%10000 == 0 {
		return float64(n) / 100000
	}
	return float64(n/10000+1) / 10
}
