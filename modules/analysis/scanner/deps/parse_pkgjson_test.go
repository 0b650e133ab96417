package deps

import (
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"vigil/modules/analysis/scanner"
)

func TestRangeFloor(t *testing.T) {
	tests := []struct {
		spec, floor string
		ok          bool
	}{
		{"4.17.15", "4.17.15", true},
		{"^4.17.15", "4.17.15", true},
		{"~1.2", "1.2.0", true},
		{">=2.0.1 <3", "2.0.1", true},
		{"1.x", "1.0.0", true},
		{"1.2.*", "1.2.0", true},
		{"1.2.3 - 1.4", "1.2.3", true},
		{"^2.0.0 || ^1.5.0", "1.5.0", true},
		{"=v3.0.0", "3.0.0", true},
		{"^1.0.0-beta.2", "1.0.0-beta.2", true},
		{"*", "", false},
		{"latest", "", false},
		{"<2", "", false},
		{"^1.0.0 || *", "", false},
		{"github:user/repo#abc", "", false},
		{"file:../lib", "", false},
		{"workspace:^1.0.0", "", false},
		{"https://example.com/x.tgz", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			got, ok := rangeFloor(tc.spec)
			if got != tc.floor || ok != tc.ok {
				t.Errorf("rangeFloor(%q) = %q, %v; want %q, %v", tc.spec, got, ok, tc.floor, tc.ok)
			}
		})
	}
}

func TestRangeAllows(t *testing.T) {
	tests := []struct {
		spec, v string
		want    bool
	}{
		{"^4.17.15", "4.17.21", true},
		{"^4.17.15", "5.0.0", false},
		{"~4.17.15", "4.18.0", false},
		{"~4.17.15", "4.17.21", true},
		{"^0.21.0", "0.21.2", true},
		{"^0.21.0", "0.22.0", false},
		{"0.21.1", "0.21.2", false},
		{"1.x", "1.9.0", true},
		{">=1.0.0", "9.0.0", true},
		{"^1.0.0 || ^2.0.0", "2.3.0", true},
	}
	for _, tc := range tests {
		if got := rangeAllows(tc.spec, tc.v); got != tc.want {
			t.Errorf("rangeAllows(%q, %q) = %v, want %v", tc.spec, tc.v, got, tc.want)
		}
	}
}

const pkgJSONText = `{
  "name": "shop",
  "dependencies": {
    "lodash": "^4.17.15",
    "left-pad": "github:stevemao/left-pad",
    "ax": "npm:axios@0.21.1"
  },
  "devDependencies": {
    "typescript": "*"
  }
}
`

// A package.json without a lockfile is checked on the versions its
// ranges allow at the lowest, and says so; one a lockfile covers (beside
// it or at a workspace root above it) is not read.
func TestPassChecksPackageJSONWithoutLockfile(t *testing.T) {
	osv := newFakeOSV(t)
	osv.answers["npm|axios|0.21.1"] = []string{"GHSA-35jh-r3h4-6jhm"} // any advisory: only the query matters
	srv := httptest.NewServer(osv)
	defer srv.Close()

	res := run(t, fstest.MapFS{"shop/package.json": {Data: []byte(pkgJSONText)}}, Options{URL: srv.URL})
	byLine := map[int]scanner.Finding{}
	for _, f := range res.Findings {
		byLine[f.Location.StartLine] = f
	}
	if len(res.Findings) != 2 {
		t.Fatalf("findings: %d, want 2 (lodash, axios through an alias): %+v", len(res.Findings), res.Findings)
	}
	caret := byLine[4]
	if caret.Extra["declared_range"] != "^4.17.15" || caret.Extra["installed_version"] != "4.17.15" || caret.Confidence != scanner.ConfidenceLow ||
		!strings.Contains(caret.Message, `Declared as "^4.17.15" in package.json, which no lockfile pins`) ||
		!strings.Contains(caret.Message, "A fresh install may already get 4.17.21") {
		t.Errorf("caret range finding: %+v", caret)
	}
	exact := byLine[6]
	if exact.Extra["declared_range"] != "0.21.1" || exact.Extra["package"] != "axios" || exact.Confidence != scanner.ConfidenceMedium || strings.Contains(exact.Message, "fresh install") {
		t.Errorf("pinned declaration: %+v", exact)
	}

	for name, lock := range map[string]string{"beside": "shop/package-lock.json", "workspace root": "package-lock.json", "yarn": "shop/yarn.lock"} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"shop/package.json": {Data: []byte(pkgJSONText)}, lock: {Data: []byte(`{"lockfileVersion": 3, "packages": {}}`)}}
			if strings.HasSuffix(lock, "yarn.lock") {
				fsys[lock] = &fstest.MapFile{Data: []byte("# yarn lockfile v1\n")}
			}
			res := run(t, fsys, Options{URL: srv.URL})
			for _, f := range res.Findings {
				if f.Location.Path == "shop/package.json" {
					t.Errorf("package.json read although %s covers it: %+v", lock, f)
				}
			}
		})
	}
}
