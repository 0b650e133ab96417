package deps

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParsers feeds arbitrary bytes to every manifest parser: none may
// panic, and every package found must point at a line of the input.
func FuzzParsers(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "manifests", "*"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\x00\xff{\"packages\":{\"node_modules/\":{\"version\":\"1\"}}}"))
	parsers := []parser{parseGoMod, parseGoSum, parseNPMLock, parseYarnLock, parsePNPMLock, parseRequirements, parsePoetryLock,
		parsePipfileLock, parseGemfileLock, parseComposerLock, parsePOM, parseCargoLock}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := strings.Count(string(data), "\n") + 1
		for _, parse := range parsers {
			pkgs, err := parse("m", data)
			if err != nil {
				continue
			}
			for _, p := range pkgs {
				if p.Line < 0 || p.Line > lines || p.Name == "" || p.Version == "" {
					t.Fatalf("bad package %+v from %q", p, data)
				}
			}
		}
	})
}

// FuzzCompare checks every version ordering for panics and antisymmetry.
func FuzzCompare(f *testing.F) {
	for _, s := range [][2]string{{"1.0.0-rc.1", "1.0.0"}, {"1!2.0.post1.dev3+local.7", "2.0a1"}, {"1.0-SNAPSHOT", "1.0.sp1"}, {"v0.0.0-2020-abc", "1.2.3.pre"}} {
		f.Add(s[0], s[1])
	}
	ecos := []string{EcosystemNPM, EcosystemPyPI, EcosystemRubyGems, EcosystemMaven, EcosystemPackagist, EcosystemGo}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, eco := range ecos {
			x, ok1 := comparer(eco)(a, b)
			y, ok2 := comparer(eco)(b, a)
			if ok1 != ok2 || (ok1 && x != -y) {
				t.Fatalf("%s: compare(%q,%q)=%d,%v but reversed %d,%v", eco, a, b, x, ok1, y, ok2)
			}
		}
	})
}
