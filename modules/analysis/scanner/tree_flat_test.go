package scanner

import (
	"context"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestCopyTreeMatchesCursorWalk checks that the one-call tree copy gives
// exactly the tree the node-by-node cursor walk gives, on every file of the
// rule test data and the corpus (all grammars) and on awkward inputs.
func TestCopyTreeMatchesCursorWalk(t *testing.T) {
	if !vigilFlatAvailable {
		t.Fatal("tree-sitter functions did not resolve at link time")
	}
	type input struct {
		name string
		lang *language
		src  []byte
	}
	var inputs []input
	err := filepath.WalkDir(testdataDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		l := langByName[DetectLanguage(p)]
		if l == nil {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		inputs = append(inputs, input{p, l, src})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("(", maxTreeDepth+50) + "1" + strings.Repeat(")", maxTreeDepth+50)
	for _, l := range languages {
		for i, src := range []string{
			"", "\xff\xfe\x00 x = (((\n", "a = 1\r\nb = f(a)\r\n", "x = " + deep + "\n",
			"def f(:\n  if {\n", "package p\nfunc f() { g(`\n`) }\n",
		} {
			inputs = append(inputs, input{fmt.Sprintf("%s/extra%d", l.name, i), l, []byte(src)})
		}
	}
	seen := map[string]bool{}
	for _, in := range inputs {
		seen[in.lang.name] = true
		p := sitter.NewParser()
		ts := in.lang.grammar()
		p.SetLanguage(ts)
		tree, err := p.ParseCtx(context.Background(), nil, in.src)
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		root := tree.RootNode()
		fast, ftrunc, ok := copyTreeFlat(root, in.lang, ts, map[sitter.Symbol]symInfo{})
		if !ok {
			t.Fatalf("%s: fast copy unavailable", in.name)
		}
		slow, strunc := copyTreeCursor(root, in.lang, in.src, ts, map[sitter.Symbol]symInfo{})
		// the same tree through the recycled buffers of the files before
		pooled, ptrunc, release := copyTreePooled(root, in.lang, in.src, ts, map[sitter.Symbol]symInfo{})
		if ptrunc != strunc {
			t.Errorf("%s: pooled copy truncated %v, cursor walk says %v", in.name, ptrunc, strunc)
		}
		if diff := diffTnodes(pooled, slow, "root"); diff != "" {
			t.Errorf("%s: pooled copy: %s", in.name, diff)
		}
		dirtyTnodes(pooled) // what a scan leaves behind must not reach the next file's copy
		release()
		if ftrunc != strunc {
			t.Errorf("%s: truncated %v, cursor walk says %v", in.name, ftrunc, strunc)
		}
		if diff := diffTnodes(fast, slow, "root"); diff != "" {
			t.Errorf("%s: %s", in.name, diff)
		}
		tree.Close()
		p.Close()
	}
	for _, l := range languages {
		if !seen[l.name] {
			t.Errorf("no input for %s", l.name)
		}
	}
}

// dirtyTnodes sets the lazily computed callee of every node, as the taint
// engine does on use.
func dirtyTnodes(n *tnode) {
	n.callee, n.calleeDone = "stale", true
	for _, c := range n.children {
		dirtyTnodes(c)
	}
}

// TestCopyTreePooledReusesBuffers checks that copying a tree again after
// the last copy was released reuses the buffers (allocates much less than
// the nodes take).
func TestCopyTreePooledReusesBuffers(t *testing.T) {
	l := langByName["python"]
	ts := l.grammar()
	var sb strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&sb, "def f%d(a, b):\n    x = g(a, b[%d])\n    return x + h(b)\n", i, i)
	}
	src := []byte(sb.String())
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(ts)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	root := tree.RootNode()
	syms := map[sitter.Symbol]symInfo{}
	// no collection may empty the pools between the two copies
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	first, _, release := copyTreePooled(root, l, src, ts, syms)
	n := countTnodes(first)
	release()
	if n < 5000 || n > treeBufMax {
		t.Fatalf("%d nodes: wrong size for the test", n)
	}
	// The least of several copies: sync.Pool keeps the last buffer put in
	// a per-P slot that a goroutine moved to another P cannot see, so one
	// copy may miss the pool; a pool that never reuses misses every time.
	nodeBytes := uint64(n) * uint64(unsafe.Sizeof(tnode{}))
	least := uint64(math.MaxUint64)
	for range 8 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got, _, release := copyTreePooled(root, l, src, ts, syms)
		runtime.ReadMemStats(&after)
		if got == nil || len(got.children) == 0 {
			t.Fatal("empty copy")
		}
		release()
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	if least > nodeBytes/4 {
		t.Errorf("every later copy of %d nodes allocated at least %d bytes (nodes: %d)", n, least, nodeBytes)
	}
}

func countTnodes(n *tnode) int {
	c := 1
	for _, k := range n.children {
		c += countTnodes(k)
	}
	return c
}

func diffTnodes(a, b *tnode, at string) string {
	if (a == nil) != (b == nil) {
		return at + ": one side is nil"
	}
	if a == nil {
		return ""
	}
	if a.callee != "" || a.calleeDone {
		return at + ": callee left over from another file"
	}
	if a.typ != b.typ || a.field != b.field || a.named != b.named || a.kind != b.kind || a.start != b.start || a.end != b.end || a.sp != b.sp || a.ep != b.ep {
		return fmt.Sprintf("%s: %+v vs %+v", at, *a, *b)
	}
	if len(a.children) != len(b.children) {
		return fmt.Sprintf("%s (%s): %d children vs %d", at, a.typ, len(a.children), len(b.children))
	}
	for i := range a.children {
		if a.children[i].parent != a || b.children[i].parent != b {
			return fmt.Sprintf("%s/%d: wrong parent", at, i)
		}
		if d := diffTnodes(a.children[i], b.children[i], fmt.Sprintf("%s/%d:%s", at, i, a.children[i].typ)); d != "" {
			return d
		}
	}
	return ""
}

// TestTnodeSize: a copied node is 112 bytes (its fields packed without
// padding holes); every node of every file scanned is one.
func TestTnodeSize(t *testing.T) {
	if n := unsafe.Sizeof(tnode{}); n != 112 {
		t.Errorf("tnode is %d bytes, want 112", n)
	}
}
