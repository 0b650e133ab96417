package scanner

import (
	sitter "github.com/smacker/go-tree-sitter"

	"vigil/modules/analysis/scanner/textpos"
)

// tnode is a Go-side copy of a syntax tree node. The taint engine walks the
// tree many times (once per rule and fixpoint round); copying it once avoids
// a cgo call per node visit.
type tnode struct {
	typ        string
	field      string
	named      bool
	kind       nodeKind // role in the taint engine, resolved once per node
	calleeDone bool     // callee is set (kept with the small fields: 112 bytes a node, not 120)
	start      uint32
	end        uint32
	sp, ep     sitter.Point
	children   []*tnode
	parent     *tnode

	callee string // normalised callee text of a call node, computed on first use
}

type nodeKind uint8

const (
	kOther nodeKind = iota
	kFunc
	kAssign
	kCall
	kReturn
	kIdent
	kExpr
)

// maxTreeDepth bounds the copied tree so pathological nesting cannot blow
// the stack of the recursive taint walk; deeper subtrees are cut off.
const maxTreeDepth = 1500

// symInfo caches what a grammar symbol means, so copying a tree costs no
// per-node string conversion for the type name or extra cgo call for IsNamed.
type symInfo struct {
	typ   string
	named bool
	kind  nodeKind
}

// copyTree copies the syntax tree under root into Go memory (tnodes). It
// copies the whole tree in one cgo call when it can (copyTreeFlat) and
// falls back to walking it with a cursor, several cgo calls per node.
func copyTree(root *sitter.Node, l *language, src []byte, ts *sitter.Language, syms map[sitter.Symbol]symInfo) (*tnode, bool) {
	if t, truncated, ok := copyTreeFlat(root, l, ts, syms); ok {
		return t, truncated
	}
	return copyTreeCursor(root, l, src, ts, syms)
}

// kindOf is the taint engine's role for a node type of this language.
func (l *language) kindOf(typ string) nodeKind {
	switch {
	case l.funcTypes[typ]:
		return kFunc
	case l.assignTypes[typ] != [2]string{}:
		return kAssign
	case l.callTypes[typ]:
		return kCall
	case l.returnTypes[typ]:
		return kReturn
	case l.identTypes[typ]:
		return kIdent
	case l.exprTypes[typ]:
		return kExpr
	}
	return kOther
}

// copyTreeCursor is copyTree node by node through a tree cursor.
func copyTreeCursor(root *sitter.Node, l *language, src []byte, ts *sitter.Language, syms map[sitter.Symbol]symInfo) (*tnode, bool) {
	cur := sitter.NewTreeCursor(root)
	defer cur.Close()
	truncated := false
	lines := textpos.Starts(src)
	point := func(off uint32) sitter.Point {
		// columns are byte offsets as in tree-sitter
		line, col := textpos.Position(lines, int(off))
		return sitter.Point{Row: uint32(line - 1), Column: uint32(col - 1)}
	}
	kinds := map[string]nodeKind{}
	kindOf := func(typ string) nodeKind {
		if k, ok := kinds[typ]; ok {
			return k
		}
		k := l.kindOf(typ)
		kinds[typ] = k
		return k
	}
	var build func(parent *tnode, depth int) *tnode
	build = func(parent *tnode, depth int) *tnode {
		n := cur.CurrentNode()
		sym := n.Symbol()
		si, ok := syms[sym]
		if !ok {
			si.typ = n.Type()
			si.named = n.IsNamed()
			si.kind = kindOf(si.typ)
			// aliased symbols may differ from their base symbol: only cache
			// when the language's table agrees with the node
			if ts.SymbolName(sym) == si.typ && (ts.SymbolType(sym) == sitter.SymbolTypeRegular) == si.named {
				syms[sym] = si
			}
		}
		t := &tnode{typ: si.typ, kind: si.kind, field: cur.CurrentFieldName(), named: si.named, start: n.StartByte(), end: n.EndByte(),
			parent: parent}
		t.sp, t.ep = point(t.start), point(t.end)
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
