package scanner

import "vigil/modules/analysis/scanner/syntax"

// tnode implements syntax.Node, so that the dataflow front ends
// (scanner/lang/...) lower the tree the scanner already copied.

// Type implements syntax.Node.
func (n *tnode) Type() string { return n.typ }

// FieldName implements syntax.Node.
func (n *tnode) FieldName() string { return n.field }

// IsNamed implements syntax.Node.
func (n *tnode) IsNamed() bool { return n.named }

// StartByte implements syntax.Node.
func (n *tnode) StartByte() uint32 { return n.start }

// EndByte implements syntax.Node.
func (n *tnode) EndByte() uint32 { return n.end }

// StartPoint implements syntax.Node.
func (n *tnode) StartPoint() (uint32, uint32) { return n.sp.Row, n.sp.Column }

// EndPoint implements syntax.Node.
func (n *tnode) EndPoint() (uint32, uint32) { return n.ep.Row, n.ep.Column }

// ChildCount implements syntax.Node.
func (n *tnode) ChildCount() int { return len(n.children) }

// Child implements syntax.Node.
func (n *tnode) Child(i int) syntax.Node { return n.children[i] }
