package scanner

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// TestMatchCursorMatchesQueryCursor runs every language's combined rule
// query over the rule test data with our match cursor and with
// go-tree-sitter's QueryCursor: same matches, captures, ranges and points,
// and nodes wrapped back into *sitter.Node behave like the originals.
func TestMatchCursorMatchesQueryCursor(t *testing.T) {
	if !vigilCursorAvailable {
		t.Fatal("tree-sitter query functions did not resolve at link time")
	}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(rules)
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	matches := 0
	err = filepath.WalkDir(testdataDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		cl, err := e.lang(DetectLanguage(p))
		if err != nil || cl == nil || cl.query == nil {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		parser := sitter.NewParser()
		defer parser.Close()
		parser.SetLanguage(cl.ts)
		tree, err := parser.ParseCtx(context.Background(), nil, src)
		if err != nil {
			return err
		}
		defer tree.Close()
		root := tree.RootNode()
		if treeOf(root) != tree {
			t.Fatalf("%s: treeOf does not find the tree", p)
		}
		it := newMatchIter(cl.query, root)
		defer it.close()
		if _, fast := it.(*fastIter); !fast {
			t.Fatalf("fast cursor not used")
		}
		qc := sitter.NewQueryCursor()
		defer qc.Close()
		qc.Exec(cl.query, root)
		for {
			m, ok := qc.NextMatch()
			pat, caps, ok2 := it.next()
			if ok != ok2 {
				t.Fatalf("%s: match streams end differently (%v vs %v)", p, ok, ok2)
			}
			if !ok {
				break
			}
			matches++
			if pat != m.PatternIndex || len(caps) != len(m.Captures) {
				t.Fatalf("%s: pattern %d with %d captures, want %d with %d", p, pat, len(caps), m.PatternIndex, len(m.Captures))
			}
			for i, c := range m.Captures {
				got := &caps[i]
				if got.index != c.Index || got.start != c.Node.StartByte() || got.end != c.Node.EndByte() {
					t.Fatalf("%s: capture %d differs", p, i)
				}
				sp, ep := capPoints(got)
				if sp != c.Node.StartPoint() || ep != c.Node.EndPoint() {
					t.Fatalf("%s: capture %d points differ", p, i)
				}
				n := sitterNode(got.node, tree)
				if n.Type() != c.Node.Type() || n.NamedChildCount() != c.Node.NamedChildCount() || isLiteral(n) != isLiteral(c.Node) {
					t.Fatalf("%s: wrapped node %s differs from %s", p, n.Type(), c.Node.Type())
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 || matches < 100 {
		t.Fatalf("only %d files, %d matches compared", files, matches)
	}
}
