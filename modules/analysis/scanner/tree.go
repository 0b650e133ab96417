package scanner

import (
	sitter "github.com/smacker/go-tree-sitter"
)

// tnode is a Go-side copy of a syntax tree node. The taint engine walks the
// tree many times (once per rule and fixpoint round); copying it once avoids
// a cgo call per node visit.
type tnode struct {
	typ      string
	field    string
	named    bool
	start    uint32
	end      uint32
	sp, ep   sitter.Point
	children []*tnode
	parent   *tnode
}

// maxTreeDepth bounds the copied tree so pathological nesting cannot blow
// the stack of the recursive taint walk; deeper subtrees are cut off.
const maxTreeDepth = 1500

func copyTree(root *sitter.Node) (*tnode, bool) {
	cur := sitter.NewTreeCursor(root)
	defer cur.Close()
	truncated := false
	var build func(parent *tnode, depth int) *tnode
	build = func(parent *tnode, depth int) *tnode {
		n := cur.CurrentNode()
		t := &tnode{typ: n.Type(), field: cur.CurrentFieldName(), named: n.IsNamed(), start: n.StartByte(), end: n.EndByte(),
			sp: n.StartPoint(), ep: n.EndPoint(), parent: parent}
		if depth >= maxTreeDepth {
			truncated = true
			return t
		}
		if cur.GoToFirstChild() {
			for {
				t.children = append(t.children, build(t, depth+1))
				if !cur.GoToNextSibling() {
					break
				}
			}
			cur.GoToParent()
		}
		return t
	}
	return build(nil, 0), truncated
}

func (n *tnode) child(field string) *tnode {
	for _, c := range n.children {
		if c.field == field {
			return c
		}
	}
	return nil
}

func (n *tnode) namedChildren() []*tnode {
	out := make([]*tnode, 0, len(n.children))
	for _, c := range n.children {
		if c.named && c.typ != "comment" && c.typ != "line_comment" && c.typ != "block_comment" {
			out = append(out, c)
		}
	}
	return out
}

func (n *tnode) text(src []byte) string { return string(src[n.start:n.end]) }
