package secrets

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
)

// TestPathAllowlistSameAsGitleaks: the split, prefiltered allowlist
// allows exactly the paths gitleaks' Allowlist.PathAllowed allows, for the
// default configuration's global allowlists (paths of the repository and
// of the trees in VIGIL_SECRETS_DIFF_DIRS, and made-up ones) and for a
// (?i) that carries over to later branches of the join.
func TestPathAllowlistSameAsGitleaks(t *testing.T) {
	c, err := defaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	leak := &config.Allowlist{Paths: []*regexp.Regexp{regexp.MustCompile(`a$`), regexp.MustCompile(`(?i)b$`), regexp.MustCompile(`(?:^|/)c\.txt$`)}}
	if err := leak.Validate(); err != nil {
		t.Fatal(err)
	}
	lists := []*config.Allowlist{leak}
	for _, a := range c.Allowlists {
		if len(a.Paths) > 0 {
			lists = append(lists, a)
		}
	}
	paths := []string{"", "x/C.TXT", "x/c.txt", "xB", "a", "go.mod", "vendor/modules.txt", "a/VENDOR/modules.txt",
		"web/node_modules/x/y.js", "Node_Modules/x.js", "node_modulesx", "lib/jquery-3.1.min.js", "lib/JQuery.min.js.map",
		"venv/lib/python3.11/site-packages/x.py", "VENV/LIB64/x", "lib/python3.9/x.py", "pkg/foo_bar-1.2.dist-info/RECORD",
		"a/.git", "img/x.PNG", "img/x.png", "fonts/a.woff2", "Pipfile.lock", "poetry.lock", "yarn.lock", "x/package-lock.json",
		"gradlew", "gradlew.bat", "mvnw.cmd", ".mvn/wrapper/MavenWrapperDownloader.java", "vendor/bundle/ruby/x.rb",
		"vendor/github.com/x/y.go", "a/gitleaks.toml", "x.gem", "verification-metadata.xml", "Database.refactorlog",
		"lib/pytHon3.10/x", "ſ/x.py", "venv/lib/ſ", "\u212A.png", "vendor/bundle", "x/javascript.json", "b/bower_components/x",
		"swagger-ui-bundle.js", "plotly.min.js", "x/angular.js.map", "a/VIRTUALENV/lib"}
	var dirs []string
	if d := os.Getenv("VIGIL_SECRETS_DIFF_DIRS"); d != "" {
		dirs = strings.Split(d, ":")
	}
	for _, dir := range append(dirs, "../../../..") {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil {
				paths = append(paths, filepath.ToSlash(p))
			}
			return nil
		})
	}
	for _, a := range lists {
		p := newPathAllowlist(a)
		prefiltered := 0
		for _, r := range p.rules {
			if r.lits != nil {
				prefiltered++
			}
		}
		if a != leak && prefiltered < len(p.rules)*3/4 {
			t.Errorf("%s: only %d of %d branches have literals", a.Description, prefiltered, len(p.rules))
		}
		allowed := 0
		for _, path := range paths {
			want := a.PathAllowed(path)
			if got := p.allowed(path); got != want {
				t.Errorf("%s: allowed(%q) = %v, gitleaks says %v", a.Description, path, got, want)
			}
			if want {
				allowed++
			}
		}
		t.Logf("%s: %d branches, %d with literals; %d of %d paths allowed", a.Description, len(p.rules), prefiltered, allowed, len(paths))
	}
}
