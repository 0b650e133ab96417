package scanner

/*
#include <stdint.h>
#include <stdbool.h>

// The tree-sitter runtime is compiled and linked by
// github.com/smacker/go-tree-sitter; this file only declares the few
// functions it calls (same layouts as that version's api.h). The
// declarations are weak so that cgo's own test link of this package alone,
// which lacks the runtime, succeeds; the final link resolves them to the
// runtime's definitions, and vigilFlatAvailable checks that it did.
typedef struct TSTree TSTree;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef uint16_t TSSymbol;

extern TSTreeCursor ts_tree_cursor_new(TSNode) __attribute__((weak));
extern void ts_tree_cursor_delete(TSTreeCursor *) __attribute__((weak));
extern TSNode ts_tree_cursor_current_node(const TSTreeCursor *) __attribute__((weak));
extern const char *ts_tree_cursor_current_field_name(const TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *) __attribute__((weak));
extern const char *ts_node_type(TSNode) __attribute__((weak));
extern TSSymbol ts_node_symbol(TSNode) __attribute__((weak));
extern bool ts_node_is_named(TSNode) __attribute__((weak));
extern uint32_t ts_node_start_byte(TSNode) __attribute__((weak));
extern uint32_t ts_node_end_byte(TSNode) __attribute__((weak));
extern TSPoint ts_node_start_point(TSNode) __attribute__((weak));
extern TSPoint ts_node_end_point(TSNode) __attribute__((weak));
extern uint32_t ts_node_descendant_count(TSNode) __attribute__((weak));

static int vigil_flat_available(void) {
	return ts_tree_cursor_new && ts_tree_cursor_delete && ts_tree_cursor_current_node &&
		ts_tree_cursor_current_field_name && ts_tree_cursor_goto_first_child &&
		ts_tree_cursor_goto_next_sibling && ts_tree_cursor_goto_parent && ts_node_type &&
		ts_node_symbol && ts_node_is_named && ts_node_start_byte && ts_node_end_byte &&
		ts_node_start_point && ts_node_end_point && ts_node_descendant_count;
}

// One node of a tree in pre-order.
// typ and field are pointers held as integers so that the buffer, in Go
// memory, holds no pointers for cgo to check on each call.
typedef struct {
	uintptr_t typ;     // ts_node_type
	uintptr_t field;   // field name in the parent, or 0
	uint32_t start, end;
	uint32_t srow, scol, erow, ecol;
	int32_t parent;    // index of the parent, -1 for the root
	uint32_t nchild;   // children copied
	TSSymbol sym;
	uint8_t named;
} vigil_flat_node;

static const char *vigil_str(uintptr_t p) { return (const char *)p; }

static uint32_t vigil_descendants(const TSNode *root) { return ts_node_descendant_count(*root); }

// vigil_flatten writes the tree under *root in pre-order into out (at most
// cap nodes), not descending below max_depth (*truncated is then set), and
// returns the number of nodes written.
static int64_t vigil_flatten(const TSNode *root, vigil_flat_node *out, int64_t cap, uint32_t max_depth, int *truncated) {
	TSTreeCursor c = ts_tree_cursor_new(*root);
	int64_t n = 0;
	int32_t parent = -1;
	uint32_t depth = 0;
	*truncated = 0;
	for (;;) {
		if (n >= cap) {
			break;
		}
		TSNode node = ts_tree_cursor_current_node(&c);
		vigil_flat_node *f = &out[n];
		TSPoint sp = ts_node_start_point(node), ep = ts_node_end_point(node);
		f->typ = (uintptr_t)ts_node_type(node);
		f->field = (uintptr_t)ts_tree_cursor_current_field_name(&c);
		f->start = ts_node_start_byte(node);
		f->end = ts_node_end_byte(node);
		f->srow = sp.row; f->scol = sp.column; f->erow = ep.row; f->ecol = ep.column;
		f->parent = parent;
		f->nchild = 0;
		f->sym = ts_node_symbol(node);
		f->named = ts_node_is_named(node);
		if (parent >= 0) {
			out[parent].nchild++;
		}
		int32_t idx = (int32_t)n++;
		if (depth >= max_depth) {
			*truncated = 1;
		} else if (ts_tree_cursor_goto_first_child(&c)) {
			parent = idx;
			depth++;
			continue;
		}
		// next sibling, climbing up as needed
		for (;;) {
			if (depth == 0) {
				ts_tree_cursor_delete(&c);
				return n;
			}
			if (ts_tree_cursor_goto_next_sibling(&c)) {
				break;
			}
			ts_tree_cursor_goto_parent(&c);
			depth--;
			parent = out[parent].parent;
		}
	}
	ts_tree_cursor_delete(&c);
	return n;
}
*/
import "C"

import (
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// vigilFlatAvailable reports whether the tree-sitter functions resolved at
// link time (they always do when go-tree-sitter is linked, as here).
var vigilFlatAvailable = C.vigil_flat_available() != 0

// flatPool recycles the per-file buffers of flattened nodes.
var flatPool = sync.Pool{New: func() any { return new([]C.vigil_flat_node) }}

// cNode reads the C node out of a go-tree-sitter Node, whose first field it
// is (go-tree-sitter is pinned in go.mod; TestCopyTreeMatchesCursorWalk
// checks the layout on every grammar).
func cNode(n *sitter.Node) C.TSNode { return *(*C.TSNode)(unsafe.Pointer(n)) }

// copyTreeFlat copies the tree under root into Go memory with one cgo call
// for the whole tree (instead of several per node) and one allocation for
// all nodes and one for all child lists. ok is false when the fast path is
// unavailable or the node layout does not check out; the caller then walks
// the tree node by node.
func copyTreeFlat(root *sitter.Node, l *language, ts *sitter.Language, syms map[sitter.Symbol]symInfo) (t *tnode, truncated, ok bool) {
	return copyTreeFlatInto(root, l, ts, syms, nil)
}

// treeBuf holds the nodes and child lists of one copied tree, so that the
// next file's copy reuses them instead of allocating its own (the copied
// trees were a quarter of all the bytes a scan allocated). Between uses
// the buffers are zero (release clears what the copy wrote).
type treeBuf struct {
	nodes []tnode
	kids  []*tnode
	n     int // nodes[:n] and kids[:n-1] were written
}

// treeBufMax bounds the trees whose buffers are recycled (in nodes; a node
// is 120 bytes with its child pointer, a Python line ~13 nodes): a larger
// tree is allocated and left to the collector, so a buffer holds at most
// ~16 MB (files up to ~10,000 lines: sqlalchemy's largest is 8,529, and
// files over 3,000 lines hold 42% of its lines). Idle buffers in the
// sync.Pool go at the second collection after.
const treeBufMax = 1 << 17

var treePool = sync.Pool{New: func() any { return new(treeBuf) }}

// copyTreePooled is copyTree into a recycled buffer. release hands the
// buffer back for the next file: after it, no node of the tree may be
// used (nothing may keep a node past the file).
func copyTreePooled(root *sitter.Node, l *language, src []byte, ts *sitter.Language, syms map[sitter.Symbol]symInfo) (t *tnode, truncated bool, release func()) {
	b := treePool.Get().(*treeBuf)
	if t, truncated, ok := copyTreeFlatInto(root, l, ts, syms, b); ok {
		return t, truncated, b.release
	}
	treePool.Put(b)
	t, truncated = copyTreeCursor(root, l, src, ts, syms)
	return t, truncated, func() {}
}

// release clears what the last copy wrote and returns b to the pool.
func (b *treeBuf) release() {
	if b.n == 0 {
		return // a tree too large for the buffer was allocated apart
	}
	clear(b.nodes[:b.n])
	clear(b.kids[:b.n-1])
	b.n = 0
	treePool.Put(b)
}

// copyTreeFlatInto is copyTreeFlat writing the nodes into b when b is not
// nil and the tree fits treeBufMax (b.n is then set).
func copyTreeFlatInto(root *sitter.Node, l *language, ts *sitter.Language, syms map[sitter.Symbol]symInfo, b *treeBuf) (t *tnode, truncated, ok bool) {
	if !vigilFlatAvailable || root == nil {
		return nil, false, false
	}
	cn := cNode(root) // a copy: *root also holds Go pointers, which cgo may not pass
	cr := &cn
	total := int64(C.vigil_descendants(cr))
	if total <= 0 {
		return nil, false, false
	}
	bufp := flatPool.Get().(*[]C.vigil_flat_node)
	defer flatPool.Put(bufp)
	if int64(cap(*bufp)) < total {
		*bufp = make([]C.vigil_flat_node, total)
	}
	buf := (*bufp)[:total]
	var ctrunc C.int
	n := int64(C.vigil_flatten(cr, &buf[0], C.int64_t(total), C.uint32_t(maxTreeDepth), &ctrunc))
	if n <= 0 || uint32(buf[0].start) != root.StartByte() || uint32(buf[0].end) != root.EndByte() || sitter.Symbol(buf[0].sym) != root.Symbol() {
		return nil, false, false
	}
	buf = buf[:n]
	var nodes []tnode
	var kids []*tnode
	if b != nil && n <= treeBufMax {
		if int64(cap(b.nodes)) < n {
			// room for the next, somewhat larger files too
			c := min(max(n, int64(cap(b.nodes))*2, 1024), treeBufMax)
			b.nodes = make([]tnode, c)
			b.kids = make([]*tnode, c)
		}
		nodes, kids = b.nodes[:n], b.kids[:n-1]
		b.n = int(n)
	} else {
		nodes = make([]tnode, n)
		kids = make([]*tnode, n-1)
	}
	fields := map[C.uintptr_t]string{}
	kinds := map[string]nodeKind{}
	used := 0
	for i := range buf {
		f := &buf[i]
		t := &nodes[i]
		sym := sitter.Symbol(f.sym)
		named := f.named != 0
		si, hit := syms[sym]
		if !hit {
			si.typ = C.GoString(C.vigil_str(f.typ))
			si.named = named
			k, seen := kinds[si.typ]
			if !seen {
				k = l.kindOf(si.typ)
				kinds[si.typ] = k
			}
			si.kind = k
			// aliased symbols may differ from their base symbol: only cache
			// when the language's table agrees with the node
			if ts.SymbolName(sym) == si.typ && (ts.SymbolType(sym) == sitter.SymbolTypeRegular) == si.named {
				syms[sym] = si
			}
		}
		t.typ, t.kind, t.named = si.typ, si.kind, si.named
		if f.field != 0 {
			name, seen := fields[f.field]
			if !seen {
				name = C.GoString(C.vigil_str(f.field))
				fields[f.field] = name
			}
			t.field = name
		}
		t.start, t.end = uint32(f.start), uint32(f.end)
		t.sp = sitter.Point{Row: uint32(f.srow), Column: uint32(f.scol)}
		t.ep = sitter.Point{Row: uint32(f.erow), Column: uint32(f.ecol)}
		if f.nchild > 0 {
			nc := int(f.nchild)
			t.children = kids[used : used : used+nc]
			used += nc
		}
		if f.parent >= 0 {
			p := &nodes[f.parent]
			t.parent = p
			p.children = append(p.children, t)
		}
	}
	return &nodes[0], ctrunc != 0, true
}
