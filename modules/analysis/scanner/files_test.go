package scanner

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestListFilesFollowsTheScanWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"app/main.py":          "print(1)\n",
		"app/big.py":           strings.Repeat("x = 1\n", 100),
		".gitignore":           "dist/\n*.log\n",
		"dist/bundle.py":       "print(2)\n",
		"debug.log":            "log\n",
		"vendor/lib/lib.go":    "package lib\n",
		"node_modules/m/i.js":  "1\n",
		"docs/readme.md":       "# hi\n",
		"app/sub/.gitignore":   "secret.py\n",
		"app/sub/secret.py":    "x\n",
		"app/sub/kept.py":      "y\n",
		"testdata/excluded.py": "z\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "app/escape.py")); err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseConfig([]byte("exclude: [\"testdata/**\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"gitignore, vendored dirs, config, symlinks", Options{Config: cfg},
			[]string{".gitignore", "app/big.py", "app/main.py", "app/sub/.gitignore", "app/sub/kept.py", "docs/readme.md"}},
		{"size limit", Options{Config: cfg, MaxFileSize: 100},
			[]string{".gitignore", "app/main.py", "app/sub/.gitignore", "app/sub/kept.py", "docs/readme.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ListFiles(context.Background(), dir, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Files, tt.want) {
				t.Fatalf("files %v, want %v (skipped %v)", got.Files, tt.want, got.Skipped)
			}
			var reasons []string
			for _, s := range got.Skipped {
				reasons = append(reasons, s.Path+": "+s.Reason)
			}
			all := strings.Join(reasons, "\n")
			for _, w := range []string{"dist/: ignored by .gitignore", "vendor/: vendored", "testdata/: excluded by config", "app/escape.py: symlink points outside"} {
				if !strings.Contains(all, w) {
					t.Errorf("skipped lacks %q:\n%s", w, all)
				}
			}
		})
	}
	t.Run("one file", func(t *testing.T) {
		got, err := ListFiles(context.Background(), filepath.Join(dir, "app/main.py"), Options{})
		if err != nil || got.Root != filepath.Join(dir, "app") || !slices.Equal(got.Files, []string{"main.py"}) {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("one file over the configured size limit", func(t *testing.T) {
		conf := filepath.Join(t.TempDir(), "vigil.yml")
		if err := os.WriteFile(conf, []byte("max_file_size: 100\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ListFiles(context.Background(), filepath.Join(dir, "app/big.py"), Options{ConfigPath: conf})
		if err != nil || len(got.Files) != 0 || len(got.Skipped) != 1 || !strings.Contains(got.Skipped[0].Reason, "limit 100") {
			t.Fatalf("%+v %v", got, err)
		}
	})
}

// TestGitignorePrefilterAgrees compares each .gitignore rule's matcher
// (a string every match holds, then the regexp) with the regexp alone on
// hand-written rules and paths and, when present, on every .gitignore and
// a spread of 2,000 paths (and their tails) under /tmp/rules-proj.
func TestGitignorePrefilterAgrees(t *testing.T) {
	ignores := []string{"*.pyc\nbuild/\n/dist\n**/node_modules\ndocs/**\n!keep.log\n*.log\n?.tmp\nfoo/**/bar\n.env*\n[ab].c\nx\n"}
	paths := []string{"a.pyc", "x/a.pyc", "a.pyc/b", "build", "build/x", "dist", "src/dist", "a/node_modules/b", "docs/a/b", "keep.log",
		"a.log", "z.tmp", "zz.tmp", "foo/a/b/bar", "foo/bar", ".env.local", "a/.ENV", "[ab].c", "a.c", "x", "y/x", "x/y", "é/x", "\xff.pyc"}
	hand := slices.Clone(paths)
	const root = "/tmp/rules-proj"
	if _, err := os.Stat(root); err == nil {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			if rel == "." {
				return nil
			}
			parts := strings.Split(filepath.ToSlash(rel), "/")
			for i := range parts {
				paths = append(paths, strings.Join(parts[i:], "/"))
			}
			if d.Name() == ".gitignore" {
				if b, err := os.ReadFile(p); err == nil {
					ignores = append(ignores, string(b))
				}
			}
			return nil
		})
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	if step := len(paths) / 2000; step > 1 {
		// a spread of them: every rule against every path takes minutes
		var some []string
		for i := 0; i < len(paths); i += step {
			some = append(some, paths[i])
		}
		paths = append(some, hand...)
	}
	rules, filtered := 0, 0
	for _, data := range ignores {
		for _, r := range parseGitignore("", []byte(data)).rules {
			rules++
			if r.m.need != nil {
				filtered++
			}
			for _, p := range paths {
				if got, want := r.m.MatchString(p), r.re.MatchString(p); got != want {
					t.Errorf("%s on %q: %v, regexp %v", r.re, p, got, want)
				}
			}
		}
	}
	if filtered < rules/2 {
		t.Errorf("only %d of %d rules have a prefilter", filtered, rules)
	}
	t.Logf("%d rules (%d with a prefilter), %d paths", rules, filtered, len(paths))
}
