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
