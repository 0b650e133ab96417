package deps

import (
	"os"
	"path/filepath"
	"testing"
)

// diffVersions are versions of the shapes each ecosystem publishes, and
// strings that are no version at all.
var diffVersions = map[string][]string{
	EcosystemNPM: {"0.0.1", "0.9.9", "0.10.0", "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
		"1.0.0-beta.11", "1.0.0-rc.1", "1.0.0+build.5", "1.2.3", "1.2.10", "2.0.0", "10.1.0", "1.0.0-0", "1.0.0-x.7.z.92", "v1.2.3", "1.2", "1"},
	EcosystemCrates: {"0.1.0", "0.9.9", "0.10.0", "1.0.0", "1.0.0-alpha.1", "1.0.0-rc.1", "1.2.3+build", "2.0.0"},
	EcosystemGo: {"v0.0.0-20211209124913-491a49abca63", "v0.0.0-20220722155237-a158d28d115b", "v0.1.0", "v1.2.3", "1.2.3",
		"v1.2.4-0.20200101000000-abcdefabcdef", "v1.2.4", "v2.0.0+incompatible", "v2.0.0", "v1.10.0", "v1.9.9", "v1.0.0-rc.1", "v1.0.0-beta"},
	EcosystemPyPI: {"0.1", "1.0", "1.0.0", "1.0.dev1", "1.0a1", "1.0a1.dev1", "1.0b1", "1.0rc1", "1.0.post1", "1.0.post1.dev1",
		"1!0.1", "2.0", "1.0+local.1", "2.0.0-RC1", "2.0.0rc1", "1.10", "1.9", "1.0-1", "1.0c1", "1.0pre1", "1.0.0.0.1", "2.0.post0", "v1.0"},
	EcosystemRubyGems: {"1.2.3.pre", "1.2.3", "1.2.3.rc1", "1.2.3.beta2", "1.2", "1.2.0", "1.11.1", "1.2.0.a", "2.0.0.alpha", "0.9", "3.0.0.rc.1", "1.2.3.4"},
	EcosystemMaven: {"2.14.1", "2.15.0", "1.0-alpha-1", "1.0", "1.0-RC1", "1.0-beta", "1.0-SNAPSHOT", "1.0.Final", "1.0-sp1", "2.9.10.1",
		"2.9.10", "1.0-M1", "1.0-cr1", "1.0-ga", "1.0.0", "1.0-1", "1.0-alpha", "1.0-a1", "5.3.18.RELEASE", "1.0-jre", "31.1-jre", "31.1-android"},
	EcosystemPackagist: {"v5.2.1", "5.2.1", "5.2.0-RC1", "5.2.0", "5.2.0-beta2", "1.8.1", "1.8.10", "1.0.0-alpha", "1.0.0-dev", "1.0.0-patch1",
		"1.0.0-p1", "2.0.0.0", "1.0.0-stable", "1.0.0-STABLE"},
}

var notVersions = []string{"", "latest", "abc", "not a version", "*", "v", "-1", "=1.0", "x.y.z", ".1", "1.", "1..2", "1.0-", "1.0.0-",
	"1.0.0+", "1.0_1", "1.0~rc1", "1.0.0 || 2.0", "99999999999999999999.1", "1.0.0.0.0.0.0.0"}

// TestSemanticMatchesToday compares every pair of versions of each
// ecosystem (the shapes above and every version of the manifest fixtures)
// under today's comparers and under osv-scalibr's semantic package: they
// must agree on every order. Strings that are no version must not become
// comparable: whatever today refuses, semantic refuses too (the few that
// today orders, such as "1..2", may be ordered otherwise or refused).
func TestSemanticMatchesToday(t *testing.T) {
	seeds := map[string][]string{}
	for eco, vs := range diffVersions {
		seeds[eco] = append(seeds[eco], vs...)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "manifests", "*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parse := parserFor(f)
		if parse == nil {
			continue
		}
		pkgs, err := parse(f, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, k := range pkgs {
			seeds[k.Ecosystem] = append(seeds[k.Ecosystem], k.Version)
		}
	}
	pairs, differ := 0, 0
	for eco, vs := range seeds {
		today, next := comparer(eco), semanticComparer(eco)
		for _, a := range vs {
			for _, b := range vs {
				pairs++
				c1, ok1 := today(a, b)
				c2, ok2 := next(a, b)
				if !ok1 || ok1 != ok2 || c1 != c2 {
					t.Errorf("%s: %q vs %q: today %d,%v; semantic %d,%v", eco, a, b, c1, ok1, c2, ok2)
				}
			}
			for _, b := range notVersions {
				pairs++
				c1, ok1 := today(a, b)
				c2, ok2 := next(a, b)
				switch {
				case !ok1 && ok2:
					t.Errorf("%s: %q vs %q: today refused, semantic orders it %d", eco, a, b, c2)
				case ok1 && (!ok2 || c1 != c2):
					differ++
				}
			}
		}
	}
	t.Logf("%d pairs compared; on %d a string that is no version is ordered otherwise or refused", pairs, differ)
	for _, eco := range []string{EcosystemNPM, EcosystemGo, EcosystemCrates} {
		for _, a := range append(diffVersions[eco], notVersions...) {
			for _, b := range diffVersions[eco] {
				c1, ok1 := compareSemver(a, b)
				c2, ok2 := semverOrder(a, b)
				if ok1 != ok2 || c1 != c2 {
					t.Errorf("SEMVER %q vs %q: today %d,%v; semantic %d,%v", a, b, c1, ok1, c2, ok2)
				}
			}
		}
	}
}
