package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// modulePrefix and platformPrefix are the two halves of the tree whose
// import direction docs/architecture.md fixes: modules never import each
// other, platform never imports a module, nothing imports the root.
const (
	rootPkg        = "vigil"
	modulePrefix   = "vigil/modules/"
	platformPrefix = "vigil/platform/"
)

// moduleOf names the module a package belongs to ("analysis" for
// vigil/modules/analysis/scanner/cli), or "" outside modules/.
func moduleOf(pkg string) string {
	rest, ok := strings.CutPrefix(pkg, modulePrefix)
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return name
}

// boundaryViolation says why pkg may not import imp, or "" when it may.
func boundaryViolation(pkg, imp string) string {
	switch {
	case imp == rootPkg:
		return "nothing imports the root package: it only composes"
	case strings.HasPrefix(pkg, platformPrefix) && moduleOf(imp) != "":
		return "platform/ holds infrastructure and never imports a module"
	case moduleOf(pkg) != "" && moduleOf(imp) != "" && moduleOf(pkg) != moduleOf(imp):
		return "a module never imports another module: declare the interface you need and let main.go wire it"
	}
	return ""
}

func TestBoundaryRules(t *testing.T) {
	tests := []struct {
		pkg, imp string
		bad      bool
	}{
		{"vigil/modules/analysis", "vigil/platform/errs", false},
		{"vigil/modules/analysis/scanner/cli", "vigil/modules/analysis/scanner", false},
		{"vigil/modules/analysis", "vigil/modules/auth", true},
		{"vigil/modules/credits/internal/store", "vigil/modules/auth/internal/token", true},
		{"vigil/platform/config", "vigil/modules/credits", true},
		{"vigil/platform/httpserver", "vigil/platform/errs", false},
		{"vigil/modules/auth", "vigil", true},
		{"vigil/bench/bareecho", "vigil", true},
		{"vigil", "vigil/modules/auth", false},
		{"vigil/modules/authz", "vigil/modules/auth", true},
	}
	for _, tc := range tests {
		if got := boundaryViolation(tc.pkg, tc.imp) != ""; got != tc.bad {
			t.Errorf("%s -> %s: violation %v, want %v", tc.pkg, tc.imp, got, tc.bad)
		}
	}
}

// TestModuleBoundaries walks every package of the repository (tests
// included) with `go list` and fails on any import that crosses a
// boundary the architecture forbids.
func TestModuleBoundaries(t *testing.T) {
	out, err := exec.Command("go", "list", "-f",
		`{{.ImportPath}} {{join .Imports " "}} {{join .TestImports " "}} {{join .XTestImports " "}}`,
		"./...").Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go list: %v\n%s", err, stderr)
	}
	pkgs := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		pkgs++
		pkg := fields[0]
		for _, imp := range fields[1:] {
			if why := boundaryViolation(pkg, imp); why != "" {
				t.Errorf("%s imports %s: %s", pkg, imp, why)
			}
		}
	}
	if pkgs < 10 {
		t.Fatalf("go list named %d packages; expected the whole tree", pkgs)
	}
}
