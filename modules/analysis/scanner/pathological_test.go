package scanner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vigil/modules/analysis/scanner/pathological"
)

// TestPathologicalCorpusNeitherCrashesNorStalls scans, in this process,
// files built to hurt the parser in every language: at 16,000 links a
// Python call chain crashed the process inside the query cursor (SIGSEGV),
// and chains of a few thousand links held a core for minutes. Every file
// must now be scanned or skipped with a reason, quickly.
func TestPathologicalCorpusNeitherCrashesNorStalls(t *testing.T) {
	dir := t.TempDir()
	corpus := pathological.Corpus(16000)
	for _, f := range corpus {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	res, err := Scan(context.Background(), dir, Options{Workers: 2, NoGitignore: true})
	took := time.Since(start)
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	t.Logf("%d pathological files in %s: %d scanned, %d skipped", len(corpus), took.Round(time.Millisecond), res.Stats.FilesScanned, len(res.Skipped))
	skipped := map[string]string{}
	for _, s := range res.Skipped {
		skipped[s.Path] = s.Reason
	}
	for _, f := range corpus {
		if why, ok := skipped[f.Path]; ok && !strings.HasPrefix(why, "syntax tree too") && !strings.HasPrefix(why, "too large") {
			t.Errorf("%s skipped for an unexpected reason: %s", f.Path, why)
		}
	}
	// the deep shapes must be refused before any query runs
	for _, shape := range []string{"chain", "nesting", "binary"} {
		for _, lang := range pathological.Languages() {
			for _, f := range corpus {
				if f.Lang == lang && f.Shape == shape && !strings.HasPrefix(skipped[f.Path], "syntax tree too deep") {
					t.Errorf("%s: want skipped as too deep, got %q", f.Path, skipped[f.Path])
				}
			}
		}
	}
	if took > 60*time.Second {
		t.Errorf("the corpus took %s; want under a minute", took)
	}
}

// TestTreeTooLarge checks the guard's limits on small trees.
func TestTreeTooLarge(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := cachedEngine(rules)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := eng.lang("python")
	if err != nil || cl == nil {
		t.Fatalf("python: %v", err)
	}
	w := newWorker()
	defer w.close()
	cases := []struct {
		name    string
		src     string
		depth   uint32
		nodes   uint32
		wantWhy string
	}{
		{"shallow", "x = 1\n", 10, 100, ""},
		{"deep", "x = " + strings.Repeat("(", 50) + "1" + strings.Repeat(")", 50) + "\n", 20, 100000, "syntax tree too deep"},
		{"deep within limit", "x = " + strings.Repeat("(", 5) + "1" + strings.Repeat(")", 5) + "\n", 40, 100000, ""},
		{"many nodes", "x = [" + strings.Repeat("1, ", 200) + "]\n", 100, 50, "syntax tree too large"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tree, err := w.parser(cl).ParseCtx(context.Background(), nil, []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			defer tree.Close()
			why := treeTooLarge(tree.RootNode(), tc.depth, tc.nodes)
			if (tc.wantWhy == "") != (why == "") || !strings.HasPrefix(why, tc.wantWhy) {
				t.Errorf("treeTooLarge = %q, want prefix %q", why, tc.wantWhy)
			}
		})
	}
}
