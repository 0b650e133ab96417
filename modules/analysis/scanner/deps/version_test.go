package deps

import (
	"strings"
	"testing"
)

func TestCompareVersions(t *testing.T) {
	cases := []struct {
		eco, a, b string
		want      int
	}{
		// SemVer, npm and crates
		{EcosystemNPM, "1.2.3", "1.2.10", -1},
		{EcosystemNPM, "1.0.0-alpha", "1.0.0", -1},
		{EcosystemNPM, "1.0.0-alpha.1", "1.0.0-alpha.beta", -1},
		{EcosystemNPM, "1.0.0-beta.2", "1.0.0-beta.11", -1},
		{EcosystemNPM, "1.0.0-rc.1", "1.0.0-beta.11", 1},
		{EcosystemNPM, "1.0.0+build.5", "1.0.0", 0},
		{EcosystemCrates, "0.10.0", "0.9.9", 1},
		// Go: v prefix, pseudo-versions, +incompatible
		{EcosystemGo, "v1.2.3", "1.2.3", 0},
		{EcosystemGo, "v0.0.0-20220722155237-a158d28d115b", "0.0.0-20211209124913-491a49abca63", 1},
		{EcosystemGo, "v0.0.0-20220722155237-a158d28d115b", "0.1.0", -1},
		{EcosystemGo, "v1.2.4-0.20200101000000-abcdefabcdef", "1.2.3", 1},
		{EcosystemGo, "v1.2.4-0.20200101000000-abcdefabcdef", "1.2.4", -1},
		{EcosystemGo, "v2.0.0+incompatible", "2.0.0", 0},
		// PEP 440
		{EcosystemPyPI, "1.0", "1.0.0", 0},
		{EcosystemPyPI, "1.0.dev1", "1.0a1", -1},
		{EcosystemPyPI, "1.0a1", "1.0b1", -1},
		{EcosystemPyPI, "1.0rc1", "1.0", -1},
		{EcosystemPyPI, "1.0", "1.0.post1", -1},
		{EcosystemPyPI, "1.0.post1.dev1", "1.0.post1", -1},
		{EcosystemPyPI, "1.0a1.dev1", "1.0a1", -1},
		{EcosystemPyPI, "1!0.1", "2.0", 1},
		{EcosystemPyPI, "1.0+local.1", "1.0", 1},
		{EcosystemPyPI, "2.0.0-RC1", "2.0.0rc1", 0},
		{EcosystemPyPI, "1.10", "1.9", 1},
		{EcosystemPyPI, "1.0-1", "1.0.post1", 0},
		// RubyGems
		{EcosystemRubyGems, "1.2.3.pre", "1.2.3", -1},
		{EcosystemRubyGems, "1.2.3.rc1", "1.2.3.beta2", 1},
		{EcosystemRubyGems, "1.2", "1.2.0", 0},
		{EcosystemRubyGems, "1.11.1", "1.2.0", 1},
		// Maven
		{EcosystemMaven, "2.14.1", "2.15.0", -1},
		{EcosystemMaven, "1.0-alpha-1", "1.0", -1},
		{EcosystemMaven, "1.0-RC1", "1.0-beta", 1},
		{EcosystemMaven, "1.0-SNAPSHOT", "1.0", -1},
		{EcosystemMaven, "1.0.Final", "1.0", 0},
		{EcosystemMaven, "1.0-sp1", "1.0", 1},
		{EcosystemMaven, "2.9.10.1", "2.9.10", 1},
		// Packagist
		{EcosystemPackagist, "v5.2.1", "5.2.1", 0},
		{EcosystemPackagist, "5.2.0-RC1", "5.2.0", -1},
		{EcosystemPackagist, "5.2.0-beta2", "5.2.0-RC1", -1},
		{EcosystemPackagist, "1.8.1", "1.8.10", -1},
		{EcosystemPackagist, "1.0.0-stable", "1.0.0", 0},
		{EcosystemPackagist, "1.0.0-alpha", "1.0.0-STABLE", -1},
		{EcosystemPackagist, "1.0.0-dev", "1.0.0-alpha", -1},
		{EcosystemPackagist, "1.0.0-patch1", "1.0.0", 1},
		// An ecosystem we do not know is ordered as Maven
		{"Hex", "1.0-rc1", "1.0", -1},
	}
	for _, tc := range cases {
		c, ok := comparer(tc.eco)(tc.a, tc.b)
		if !ok || c != tc.want {
			t.Errorf("%s: compare(%q, %q) = %d, %v; want %d", tc.eco, tc.a, tc.b, c, ok, tc.want)
		}
		if r, ok := comparer(tc.eco)(tc.b, tc.a); !ok || r != -tc.want {
			t.Errorf("%s: compare(%q, %q) = %d, not antisymmetric", tc.eco, tc.b, tc.a, r)
		}
	}
	long := strings.Repeat("1.", 200) + "1"
	for _, bad := range [][2]string{{EcosystemNPM, "latest"}, {EcosystemPyPI, "not a version"}, {EcosystemMaven, "abc"},
		{EcosystemNPM, long}, {EcosystemPyPI, long}, {EcosystemRubyGems, long}, {EcosystemMaven, long},
		{EcosystemNPM, ""}, {EcosystemGo, "latest"}, {EcosystemRubyGems, "1.0 beta"}, {EcosystemPackagist, "dev-main"}, {EcosystemMaven, "1.0 || 2.0"},
		{EcosystemPyPI, "1.0~rc1"}, {EcosystemCrates, "*"}} {
		if _, ok := comparer(bad[0])(bad[1], "1.0"); ok {
			t.Errorf("%s: %q parsed", bad[0], bad[1])
		}
	}
}

func TestInRange(t *testing.T) {
	ev := func(kv ...string) []Event {
		var out []Event
		for i := 0; i < len(kv); i += 2 {
			switch kv[i] {
			case "i":
				out = append(out, Event{Introduced: kv[i+1]})
			case "f":
				out = append(out, Event{Fixed: kv[i+1]})
			case "l":
				out = append(out, Event{LastAffected: kv[i+1]})
			case "x":
				out = append(out, Event{Limit: kv[i+1]})
			}
		}
		return out
	}
	cases := []struct {
		name     string
		events   []Event
		version  string
		affected bool
		fixed    string
	}{
		{"from zero, before fix", ev("i", "0", "f", "4.17.21"), "4.17.15", true, "4.17.21"},
		{"at fix", ev("i", "0", "f", "4.17.21"), "4.17.21", false, ""},
		{"after fix", ev("i", "0", "f", "4.17.21"), "4.18.0", false, ""},
		{"before introduced", ev("i", "2.0.0", "f", "2.3.0"), "1.9.0", false, ""},
		{"at introduced", ev("i", "2.0.0", "f", "2.3.0"), "2.0.0", true, "2.3.0"},
		{"last_affected inclusive", ev("i", "1.0.0", "l", "1.4.0"), "1.4.0", true, ""},
		{"after last_affected", ev("i", "1.0.0", "l", "1.4.0"), "1.4.1", false, ""},
		{"two intervals, first", ev("i", "1.0.0", "f", "1.2.5", "i", "2.0.0", "f", "2.1.3"), "1.1.0", true, "1.2.5"},
		{"two intervals, gap", ev("i", "1.0.0", "f", "1.2.5", "i", "2.0.0", "f", "2.1.3"), "1.5.0", false, ""},
		{"two intervals, second", ev("i", "1.0.0", "f", "1.2.5", "i", "2.0.0", "f", "2.1.3"), "2.1.0", true, "2.1.3"},
		{"events unsorted", ev("f", "2.1.3", "i", "2.0.0", "f", "1.2.5", "i", "1.0.0"), "2.1.0", true, "2.1.3"},
		{"open ended", ev("i", "3.0.0"), "9.9.9", true, ""},
		{"limit", ev("i", "0", "x", "2.0.0"), "2.0.0", false, ""},
		{"pre-release below fix", ev("i", "0", "f", "2.0.0"), "2.0.0-rc.1", true, "2.0.0"},
	}
	for _, tc := range cases {
		a, f := inRange(tc.events, tc.version, compareSemver)
		if a != tc.affected || f != tc.fixed {
			t.Errorf("%s: inRange(%s) = %v %q, want %v %q", tc.name, tc.version, a, f, tc.affected, tc.fixed)
		}
	}
}

func TestAffects(t *testing.T) {
	v := &Vuln{ID: "PYSEC-2099-1", Affected: []Affected{
		{Package: AffectedPackage{Ecosystem: "PyPI", Name: "Django"},
			Ranges:   []Range{{Type: "ECOSYSTEM", Events: []Event{{Introduced: "3.2"}, {Fixed: "3.2.5"}}}, {Type: "GIT", Events: []Event{{Introduced: "0"}, {Fixed: "abc123"}}}},
			Versions: []string{"2.2.24"}},
		{Package: AffectedPackage{Ecosystem: "Go", Name: "golang.org/x/net"},
			Ranges: []Range{{Type: "SEMVER", Events: []Event{{Introduced: "0"}, {Fixed: "0.0.0-20220906165146-f3363e06e74c"}}}}},
	}}
	cases := []struct {
		eco, name, version string
		affected           bool
		fixed              string
	}{
		{"PyPI", "django", "3.2.4", true, "3.2.5"},
		{"PyPI", "Django", "3.2.0", true, "3.2.5"},
		{"PyPI", "django", "3.2rc1", false, ""},
		{"PyPI", "django", "3.2.5", false, ""},
		{"PyPI", "django", "2.2.24", true, ""},
		{"PyPI", "flask", "3.2.4", false, ""},
		{"npm", "Django", "3.2.4", false, ""},
		{"Go", "golang.org/x/net", "v0.0.0-20220722155237-a158d28d115b", true, "0.0.0-20220906165146-f3363e06e74c"},
		{"Go", "golang.org/x/net", "v0.1.0", false, ""},
	}
	for _, tc := range cases {
		a, f := v.Affects(tc.eco, tc.name, tc.version)
		if a != tc.affected || f != tc.fixed {
			t.Errorf("Affects(%s %s %s) = %v %q, want %v %q", tc.eco, tc.name, tc.version, a, f, tc.affected, tc.fixed)
		}
	}
	v.Withdrawn = "2099-01-01T00:00:00Z"
	if a, _ := v.Affects("PyPI", "django", "3.2.4"); a {
		t.Error("withdrawn advisory still matches")
	}
}

func TestCVSS3BaseScore(t *testing.T) {
	cases := map[string]float64{
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H": 9.8,
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H": 10.0,
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N": 6.1,
		"CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N": 5.5,
		"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:N": 0,
		"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H": 6.5,
	}
	for vec, want := range cases {
		got, ok := CVSS3BaseScore(vec)
		if !ok || got != want {
			t.Errorf("CVSS3BaseScore(%s) = %v, %v; want %v", vec, got, ok, want)
		}
	}
	for _, bad := range []string{"", "CVSS:2.0/AV:N", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"} {
		if _, ok := CVSS3BaseScore(bad); ok {
			t.Errorf("CVSS3BaseScore(%q) accepted", bad)
		}
	}
}
