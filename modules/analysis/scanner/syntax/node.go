// Package syntax is the narrow view of a syntax tree that the scanner's
// language front ends lower to IR. The scanner's own Go-side copy of the
// tree-sitter tree implements it (one cgo call per file, not per node), and
// FromSitter builds one straight from go-tree-sitter for tests and tools.
package syntax

// Node is one node of a concrete syntax tree. Front ends only read it.
type Node interface {
	// Type is the grammar's node type ("call", "if_statement", ...).
	Type() string
	// FieldName is the field this node fills in its parent ("" if none).
	FieldName() string
	// IsNamed is false for punctuation and keywords.
	IsNamed() bool
	StartByte() uint32
	EndByte() uint32
	// StartPoint and EndPoint are 0-based rows and byte columns.
	StartPoint() (row, col uint32)
	EndPoint() (row, col uint32)
	ChildCount() int
	Child(i int) Node
}

// ChildByField returns the first child filling field, or nil.
func ChildByField(n Node, field string) Node {
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		if k.FieldName() == field {
			return k
		}
	}
	return nil
}

// ChildrenByField returns every child filling field.
func ChildrenByField(n Node, field string) []Node {
	var out []Node
	for i, c := 0, n.ChildCount(); i < c; i++ {
		k := n.Child(i)
		if k.FieldName() == field {
			out = append(out, k)
		}
	}
	return out
}

// NamedChildren returns the named children that are not comments.
func NamedChildren(n Node) []Node {
	c := n.ChildCount()
	out := make([]Node, 0, c)
	for i := 0; i < c; i++ {
		k := n.Child(i)
		if k.IsNamed() && k.Type() != "comment" {
			out = append(out, k)
		}
	}
	return out
}

// Text is the source text of n.
func Text(n Node, src []byte) string {
	s, e := n.StartByte(), n.EndByte()
	if int(e) > len(src) || s > e {
		return ""
	}
	return string(src[s:e])
}
