package scanner

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// lowerForTest parses and lowers one file as the per-file pass does.
func lowerForTest(t *testing.T, eng *Engine, mods *v2Models, name string, src []byte) *taintFile {
	t.Helper()
	cl, err := eng.lang(DetectLanguage(name))
	if err != nil || cl == nil || !engineV2[cl.lang.name] {
		return nil
	}
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(cl.ts)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer tree.Close()
	root, _ := copyTree(tree.RootNode(), cl.lang, src, cl.ts, map[sitter.Symbol]symInfo{})
	tf := &taintFile{lang: cl.lang, root: root, src: src, path: name, models: mods}
	tf.module()
	return tf
}

// TestFileShareAgrees checks what a file's analyses share (worked out once
// per file) against the per-rule questions it stands for: the callee a
// function is passed to (callbackOf, asked the slow way: a spec without the
// file), and the callee numbers (the same callee, the same number).
func TestFileShareAgrees(t *testing.T) {
	_, eng, mods := builtinEngine(t)
	type input struct {
		name string
		src  []byte
	}
	inputs := []input{
		{"a.js", []byte("$.post(u, d, function (x) { el.innerHTML = x; });\napp.get('/', (req, res) => res.send(req.query.q));\n")},
		// a declared function passed to two calls later in the block: the
		// first one counts
		{"b.js", []byte("function h(x) { return x; }\nlog(1);\nrun(h, 2);\nrun2(h);\nconst f = function (y) { eval(y); };\nrun3(f);\n")},
		// two functions in one block; the second call passes the first one
		{"c.js", []byte("register(function (a) {}, function (b) {});\nq.then(x => go(x)).catch(e => bad(e));\n")},
		// a function passed only in a nested function's block
		{"d.ts", []byte("export function outer(app: any) { app.use((req: any, res: any) => { res.send(req.body); }); }\n")},
	}
	_ = filepath.WalkDir(testdataDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, "/blind/") {
			return nil
		}
		switch filepath.Ext(p) {
		case ".js", ".ts", ".tsx", ".jsx", ".py", ".rb", ".php":
			if src, err := os.ReadFile(p); err == nil {
				inputs = append(inputs, input{p, src})
			}
		}
		return nil
	})
	passed, funcs := 0, 0
	for _, in := range inputs {
		tf := lowerForTest(t, eng, mods, in.name, in.src)
		if tf == nil {
			continue
		}
		m := tf.mod
		slow := &v2Spec{mod: m}
		for _, f := range m.Funcs {
			funcs++
			want := slow.callbackOf(f)
			if got := tf.callbackOf(f); got != want {
				t.Errorf("%s: callbackOf(%s at line %d) = %q, want %q", in.name, f.Name, f.Span.Line, got, want)
			}
			if want != "" {
				passed++
			}
		}
		nums := map[calleeKey]int32{}
		for _, f := range m.Funcs {
			for _, b := range f.Blocks {
				for _, ins := range b.Instrs {
					if ins.Op != 0 && ins.Callee == "" && ins.Text == "" {
						continue
					}
					n := tf.callNum(ins)
					k := keyOfCall(ins)
					if prev, ok := nums[k]; ok && prev != n {
						t.Errorf("%s: callee %v numbered %d and %d", in.name, k, prev, n)
					}
					nums[k] = n
					if id := mods.calleeID(tf.lang.name, k); tf.callIDs[n] != id {
						t.Errorf("%s: callee %v: scan number %d, want %d", in.name, k, tf.callIDs[n], id)
					}
				}
			}
		}
		if len(nums) != len(tf.callIDs) {
			t.Errorf("%s: %d callees numbered %d", in.name, len(nums), len(tf.callIDs))
		}
	}
	if funcs < 100 || passed < 5 {
		t.Fatalf("only %d functions (%d passed to a call) checked", funcs, passed)
	}
}

// TestCalleeNumbersPerLanguage: each language's callees are numbered from
// 0 apart from the other languages' (a rule's facts and a language's
// evaluators are tables indexed by these numbers; numbered across the
// languages of a mixed tree, every table grew with all of its callees).
func TestCalleeNumbersPerLanguage(t *testing.T) {
	_, eng, mods := builtinEngine(t)
	files := []struct{ name, src string }{
		{"a.py", "import os\nos.system(x)\nprint(y)\nrequests.get(u)\n"},
		{"b.js", "eval(a);\nconsole.log(b);\nfetch(c);\n"},
		{"c.py", "print(y)\nsubprocess.run(z)\n"},
	}
	seen := map[string]map[int32]bool{}
	for _, f := range files {
		tf := lowerForTest(t, eng, mods, f.name, []byte(f.src))
		if tf == nil {
			t.Fatalf("%s: not lowered", f.name)
		}
		for _, fn := range tf.mod.Funcs {
			for _, b := range fn.Blocks {
				for _, ins := range b.Instrs {
					if ins.Callee != "" || ins.Text != "" {
						tf.callNum(ins)
					}
				}
			}
		}
		if seen[tf.lang.name] == nil {
			seen[tf.lang.name] = map[int32]bool{}
		}
		for _, id := range tf.callIDs {
			seen[tf.lang.name][id] = true
		}
	}
	for lang, ids := range seen {
		for id := range ids {
			if int(id) >= len(ids) {
				t.Errorf("%s: callee number %d among %d callees: not dense for the language", lang, id, len(ids))
			}
		}
	}
	if len(seen["python"]) < 4 || len(seen["javascript"]) < 3 {
		t.Fatalf("too few callees numbered: %v", seen)
	}
}
