package syntax

import (
	"context"
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"
)

// Tree is a plain Go copy of a syntax tree node (see FromSitter).
type Tree struct {
	typ, field     string
	named          bool
	start, end     uint32
	sr, sc, er, ec uint32
	kids           []*Tree
}

// Type implements Node.
func (t *Tree) Type() string { return t.typ }

// FieldName implements Node.
func (t *Tree) FieldName() string { return t.field }

// IsNamed implements Node.
func (t *Tree) IsNamed() bool { return t.named }

// StartByte implements Node.
func (t *Tree) StartByte() uint32 { return t.start }

// EndByte implements Node.
func (t *Tree) EndByte() uint32 { return t.end }

// StartPoint implements Node.
func (t *Tree) StartPoint() (uint32, uint32) { return t.sr, t.sc }

// EndPoint implements Node.
func (t *Tree) EndPoint() (uint32, uint32) { return t.er, t.ec }

// ChildCount implements Node.
func (t *Tree) ChildCount() int { return len(t.kids) }

// Child implements Node.
func (t *Tree) Child(i int) Node { return t.kids[i] }

// maxDepth bounds the copy like the scanner's own copy does, so that
// pathological nesting cannot exhaust the stack of a recursive front end.
const maxDepth = 1500

// FromSitter copies the tree under root node by node. It is the slow,
// simple path for tests, fuzzing and tools; the scanner uses its own copy.
func FromSitter(root *sitter.Node) *Tree {
	cur := sitter.NewTreeCursor(root)
	defer cur.Close()
	var build func(depth int) *Tree
	build = func(depth int) *Tree {
		n := cur.CurrentNode()
		sp, ep := n.StartPoint(), n.EndPoint()
		t := &Tree{typ: n.Type(), field: cur.CurrentFieldName(), named: n.IsNamed(), start: n.StartByte(), end: n.EndByte(),
			sr: sp.Row, sc: sp.Column, er: ep.Row, ec: ep.Column}
		if depth < maxDepth && cur.GoToFirstChild() {
			for {
				t.kids = append(t.kids, build(depth+1))
				if !cur.GoToNextSibling() {
					break
				}
			}
			cur.GoToParent()
		}
		return t
	}
	return build(0)
}

// parseLimitMicros bounds one parse (tree-sitter's own timeout).
const parseLimitMicros = 2_000_000

// Parse parses src with lang and copies the tree (tests and tools).
func Parse(lang *sitter.Language, src []byte) (*Tree, error) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(lang)
	p.SetOperationLimit(parseLimitMicros)
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return nil, fmt.Errorf("syntax: parse: %w", err)
	}
	if tree == nil {
		return nil, fmt.Errorf("syntax: parse abandoned")
	}
	defer tree.Close()
	return FromSitter(tree.RootNode()), nil
}
