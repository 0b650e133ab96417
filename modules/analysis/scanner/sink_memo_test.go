package scanner

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestSinkMemoAgrees checks the scan's memo of sink matches against the
// functions it stands for, rule by rule, on every file of the labelled
// corpus and on a few hand-written files (one scan's memo shared by all,
// as in a scan).
func TestSinkMemoAgrees(t *testing.T) {
	_, eng, mods := builtinEngine(t)
	s := &scanState{engine: eng, models: mods}
	type input struct {
		name string
		src  []byte
	}
	inputs := []input{
		{"a.py", []byte("import os\nfrom subprocess import run as r\ndef f(x):\n    os.system(x)\n    r(x)\n")},
		{"b.py", []byte("x = 1\nprint(x)\n")},
		{"c.js", []byte("const cp = require('child_process');\nfunction f(q) { cp.exec(q); res.send(q); }\n")},
		{"d.go", []byte("package p\nimport \"os/exec\"\nfunc f(x string) { exec.Command(x).Run() }\n")},
		{"e.rb", []byte("def f(x)\n  system(x)\nend\n")},
	}
	root := testdataDir + "/corpus"
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if src, err := os.ReadFile(p); err == nil {
				inputs = append(inputs, input{p, src})
			}
		}
		return nil
	})
	checked := 0
	for _, in := range inputs {
		cl, err := eng.lang(DetectLanguage(in.name))
		if err != nil {
			t.Fatal(err)
		}
		if cl == nil || len(cl.taint) == 0 {
			continue
		}
		p := sitter.NewParser()
		p.SetLanguage(cl.ts)
		tree, err := p.ParseCtx(context.Background(), nil, in.src)
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		troot, _ := copyTree(tree.RootNode(), cl.lang, in.src, cl.ts, map[sitter.Symbol]symInfo{})
		calls := callees(troot, in.src)
		tf := &taintFile{lang: cl.lang, root: troot, src: in.src, path: in.name, models: mods}
		ref := &taintFile{lang: cl.lang, root: troot, src: in.src, path: in.name, models: mods}
		fsk := s.sinkMemo(cl).file(calls, tf)
		for i, r := range cl.taint {
			want1 := mayHaveSink(r, calls)
			if got := fsk.mayV1(i, r); got != want1 {
				t.Errorf("%s %s: mayV1 %v, mayHaveSink %v", in.name, r.ID, got, want1)
			}
			want := want1 || v2MayHaveSink(r, ref)
			if got := fsk.may(i, r); got != want {
				t.Errorf("%s %s: may %v, mayHaveSink||v2MayHaveSink %v", in.name, r.ID, got, want)
			}
			checked++
		}
		tree.Close()
		p.Close()
	}
	if checked < 100 {
		t.Fatalf("only %d file-rule pairs checked", checked)
	}
}
