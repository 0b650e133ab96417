package scanner

import (
	"context"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/python"
)

// TestPredicatesHoldLikeFilterPredicates checks our precompiled predicates
// against go-tree-sitter's FilterPredicates on every match of queries using
// each operator, capture-to-capture and capture-to-string.
func TestPredicatesHoldLikeFilterPredicates(t *testing.T) {
	src := []byte(`os.system(x)
os.popen(x)
subprocess.call(y, y)
a.b(c, d)
sys.exit(sys)
eval("literal")
eval(data)
`)
	queries := []struct {
		name, q string
		want    int // matches kept
	}{
		{"eq string", `(call function: (attribute object: (identifier) @m) @f (#eq? @m "os")) @match`, 2},
		{"not-eq string", `(call function: (attribute object: (identifier) @m) (#not-eq? @m "os")) @match`, 3},
		{"match", `(call function: (attribute attribute: (identifier) @fn) (#match? @fn "^(system|call)$")) @match`, 2},
		{"not-match", `(call function: (attribute attribute: (identifier) @fn) (#not-match? @fn "^(system|call)$")) @match`, 3},
		{"eq captures", `(call function: (attribute object: (identifier) @o) arguments: (argument_list (identifier) @a) (#eq? @o @a)) @match`, 1},
		{"not-eq captures", `(call arguments: (argument_list (identifier) @a (identifier) @b) (#not-eq? @a @b)) @match`, 1},
		{"two predicates", `(call function: (identifier) @f arguments: (argument_list (_) @arg) (#eq? @f "eval") (#match? @arg "^\"")) @match`, 1},
		{"no predicate", `(call) @match`, 7},
	}
	lang := python.GetLanguage()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(lang)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	for _, tc := range queries {
		t.Run(tc.name, func(t *testing.T) {
			q, err := sitter.NewQuery([]byte(tc.q), lang)
			if err != nil {
				t.Fatal(err)
			}
			defer q.Close()
			preds, err := compilePredicates(q)
			if err != nil {
				t.Fatal(err)
			}
			qc := sitter.NewQueryCursor()
			defer qc.Close()
			qc.Exec(q, tree.RootNode())
			kept := 0
			for {
				m, ok := qc.NextMatch()
				if !ok {
					break
				}
				theirs := len(qc.FilterPredicates(m, src).Captures) > 0
				var caps []capRef
				for _, c := range m.Captures {
					caps = append(caps, capRef{index: c.Index, start: c.Node.StartByte(), end: c.Node.EndByte(), node: cNode(c.Node)})
				}
				ours := predicatesHold(preds[m.PatternIndex], caps, src)
				if ours != theirs {
					t.Errorf("match at %v: ours %v, FilterPredicates %v", m.Captures[0].Node.StartPoint(), ours, theirs)
				}
				if ours {
					kept++
				}
			}
			if kept != tc.want {
				t.Errorf("kept %d matches, want %d", kept, tc.want)
			}
		})
	}
}
