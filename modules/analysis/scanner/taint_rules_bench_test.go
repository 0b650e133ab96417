package scanner

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// BenchmarkTaintRules runs the taint rules of its language that pass the
// scan's prefilters (source keywords, sinks) on every file of a tree, as
// the per-file pass does once a file is parsed: the files are
// parsed and lowered before the timer starts, so the figure is the dataflow
// analyses alone (the v2Spec questions and the fixpoints), with the scan's
// model memos shared by all files as in a scan. The tree is
// VIGIL_BENCH_TAINT_DIR, or the labelled corpus.
//
//	VIGIL_BENCH_TAINT_DIR=/tmp/rules-proj/sqlalchemy \
//	  go test ./modules/analysis/scanner -run '^$' -bench TaintRules -count 5
func BenchmarkTaintRules(b *testing.B) {
	dir := os.Getenv("VIGIL_BENCH_TAINT_DIR")
	if dir == "" {
		dir = testdataDir + "/corpus"
	}
	rules, err := BuiltinRules()
	if err != nil {
		b.Fatal(err)
	}
	eng, err := NewEngine(rules)
	if err != nil {
		b.Fatal(err)
	}
	mods, err := defaultV2Models()
	if err != nil {
		b.Fatal(err)
	}
	s := &scanState{engine: eng, models: mods}
	type file struct {
		rules []*Rule
		tf    *taintFile
	}
	var files []file
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		cl, err := eng.lang(DetectLanguage(p))
		if err != nil || cl == nil || len(cl.taint) == 0 || !engineV2[cl.lang.name] {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil || len(src) > 1<<20 {
			return nil
		}
		ps := sitter.NewParser()
		defer ps.Close()
		ps.SetLanguage(cl.ts)
		tree, err := ps.ParseCtx(context.Background(), nil, src)
		if err != nil || tree == nil {
			return nil
		}
		defer tree.Close()
		root, _ := copyTree(tree.RootNode(), cl.lang, src, cl.ts, map[sitter.Symbol]symInfo{})
		tf := &taintFile{lang: cl.lang, root: root, src: src, path: p, models: mods}
		sinks := s.sinkMemo(cl).file(callees(root, src), tf)
		var run []*Rule
		for ri, r := range cl.taint {
			if kws := taintKeywords(r); kws != nil {
				if !slices.ContainsFunc(kws, func(k string) bool { return bytes.Contains(src, []byte(k)) }) && !v2SourceHint(r, tf) {
					continue
				}
			} else if hint := sourcePrefilter[cl.lang.name]; hint != nil && !hint(r, src) {
				continue
			}
			if sinks.may(ri, r) {
				run = append(run, r)
			}
		}
		tf.module()
		tf.root = nil
		files = append(files, file{run, tf})
		return nil
	})
	if len(files) == 0 {
		b.Fatalf("no taint files under %s", dir)
	}
	b.ResetTimer()
	runs := 0
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			for _, r := range f.rules {
				if _, err := runTaintExt(context.Background(), r, f.tf, nil, false); err != nil {
					b.Fatal(err)
				}
				runs++
			}
		}
	}
	b.ReportMetric(float64(runs)/float64(b.N), "analyses/op")
	b.ReportMetric(float64(len(files)), "files")
}
