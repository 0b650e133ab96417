package scanner

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

// Layouts as in go-tree-sitter's api.h (see tree_flat.go for why weak).
typedef struct TSTree TSTree;
typedef struct TSQuery TSQuery;
typedef struct TSQueryCursor TSQueryCursor;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { uint32_t row; uint32_t column; } TSPoint;
typedef struct { TSNode node; uint32_t index; } TSQueryCapture;
typedef struct { uint32_t id; uint16_t pattern_index; uint16_t capture_count; const TSQueryCapture *captures; } TSQueryMatch;

extern TSQueryCursor *ts_query_cursor_new(void) __attribute__((weak));
extern void ts_query_cursor_delete(TSQueryCursor *) __attribute__((weak));
extern void ts_query_cursor_exec(TSQueryCursor *, const TSQuery *, TSNode) __attribute__((weak));
extern bool ts_query_cursor_next_match(TSQueryCursor *, TSQueryMatch *) __attribute__((weak));
extern void ts_query_cursor_set_match_limit(TSQueryCursor *, uint32_t) __attribute__((weak));
extern uint32_t ts_node_start_byte(TSNode) __attribute__((weak));
extern uint32_t ts_node_end_byte(TSNode) __attribute__((weak));
extern TSPoint ts_node_start_point(TSNode) __attribute__((weak));
extern TSPoint ts_node_end_point(TSNode) __attribute__((weak));

static int vigil_cursor_available(void) {
	return ts_query_cursor_new && ts_query_cursor_delete && ts_query_cursor_exec && ts_query_cursor_next_match &&
		ts_query_cursor_set_match_limit &&
		ts_node_start_byte && ts_node_end_byte && ts_node_start_point && ts_node_end_point;
}

// One capture of a match, with its byte range.
typedef struct {
	TSNode node;
	uint32_t index;
	uint32_t start, end;
} vigil_cap;

// The runtime numbers a cursor's capture lists with 16 bits but, with no
// match limit, allocates one per in-progress match without bound: past
// 65,535 (a 16,000-call chain does it) ids wrap, two matches share one list
// and the cursor writes through freed memory (SIGSEGV). A limit keeps the
// pool far below that; when it is reached the runtime drops the oldest
// in-progress match instead.
static void vigil_set_match_limit(TSQueryCursor *c, uint32_t limit) {
	if (ts_query_cursor_set_match_limit) {
		ts_query_cursor_set_match_limit(c, limit);
	}
}

static TSQueryCursor *vigil_cursor_exec(const TSQuery *q, const TSNode *root, uint32_t match_limit) {
	TSQueryCursor *c = ts_query_cursor_new();
	ts_query_cursor_set_match_limit(c, match_limit);
	ts_query_cursor_exec(c, q, *root);
	return c;
}

// vigil_copy_caps copies up to cap captures of m into out.
static void vigil_copy_caps(const TSQueryMatch *m, vigil_cap *out, int cap) {
	int n = m->capture_count < cap ? m->capture_count : cap;
	for (int i = 0; i < n; i++) {
		out[i].node = m->captures[i].node;
		out[i].index = m->captures[i].index;
		out[i].start = ts_node_start_byte(m->captures[i].node);
		out[i].end = ts_node_end_byte(m->captures[i].node);
	}
}

// vigil_next_match advances to the next match (0 when there is none),
// stores it in *m and copies up to cap of its captures into out.
static int vigil_next_match(TSQueryCursor *c, TSQueryMatch *m, vigil_cap *out, int cap) {
	if (!ts_query_cursor_next_match(c, m)) {
		return 0;
	}
	vigil_copy_caps(m, out, cap);
	return 1;
}

static void vigil_points(const TSNode *n, TSPoint *sp, TSPoint *ep) {
	*sp = ts_node_start_point(*n);
	*ep = ts_node_end_point(*n);
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

var vigilCursorAvailable = C.vigil_cursor_available() != 0

// queryMatchLimit bounds the in-progress matches of one query cursor (see
// vigil_cursor_exec). Real files keep a few dozen in progress; a limit of
// a few thousand changes no result on them and keeps the runtime's 16-bit
// capture-list ids from wrapping.
const queryMatchLimit = 4096

// capRef is one capture of a match: its capture id, byte range and node.
type capRef struct {
	index      uint32
	start, end uint32
	node       C.TSNode
}

func (c *capRef) text(src []byte) string { return string(src[c.start:c.end]) }

// matchIter runs a query over a tree and yields its matches; captures are
// valid until the next call of next.
type matchIter interface {
	next() (pattern uint16, caps []capRef, ok bool)
	close()
}

// nodeMirror has the layout of go-tree-sitter's Node (its C node, then its
// tree), so a captured C node can be handed to code written against
// *sitter.Node (isLiteral). TestMatchCursorMatchesQueryCursor checks it.
type nodeMirror struct {
	c C.TSNode
	t *sitter.Tree
}

// sitterNode wraps a C node of tree as a *sitter.Node.
func sitterNode(n C.TSNode, tree *sitter.Tree) *sitter.Node {
	return (*sitter.Node)(unsafe.Pointer(&nodeMirror{c: n, t: tree}))
}

// treeOf returns the tree a go-tree-sitter node belongs to.
func treeOf(n *sitter.Node) *sitter.Tree { return (*nodeMirror)(unsafe.Pointer(n)).t }

// capPoints returns a capture's start and end points.
func capPoints(c *capRef) (sp, ep sitter.Point) {
	var csp, cep C.TSPoint
	n := c.node
	C.vigil_points(&n, &csp, &cep)
	return sitter.Point{Row: uint32(csp.row), Column: uint32(csp.column)}, sitter.Point{Row: uint32(cep.row), Column: uint32(cep.column)}
}

// newMatchIter runs q over root: one cgo call per match when the runtime's
// functions resolved, go-tree-sitter's QueryCursor otherwise.
func newMatchIter(q *sitter.Query, root *sitter.Node) matchIter {
	if vigilCursorAvailable {
		cq := *(**C.TSQuery)(unsafe.Pointer(q)) // Query's first field is its C query
		cn := cNode(root)
		it := &fastIter{c: C.vigil_cursor_exec(cq, &cn, C.uint32_t(queryMatchLimit)), q: q}
		it.m = (*C.TSQueryMatch)(C.malloc(C.size_t(unsafe.Sizeof(C.TSQueryMatch{}))))
		it.grow(16)
		return it
	}
	qc := sitter.NewQueryCursor()
	C.vigil_set_match_limit(*(**C.TSQueryCursor)(unsafe.Pointer(qc)), C.uint32_t(queryMatchLimit)) // QueryCursor's first field is its C cursor
	qc.Exec(q, root)
	return &slowIter{qc: qc}
}

// fastIter keeps the current match and its copied captures in C memory:
// cgo checks every Go-memory argument holding pointers on every call.
type fastIter struct {
	c    *C.TSQueryCursor
	m    *C.TSQueryMatch
	buf  *C.vigil_cap
	size int // captures buf holds
	caps []capRef
	q    *sitter.Query // keeps the query alive while the cursor uses it
}

func (it *fastIter) grow(n int) {
	if it.buf != nil {
		C.free(unsafe.Pointer(it.buf))
	}
	it.buf = (*C.vigil_cap)(C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(C.vigil_cap{}))))
	it.size = n
}

func (it *fastIter) next() (uint16, []capRef, bool) {
	if C.vigil_next_match(it.c, it.m, it.buf, C.int(it.size)) == 0 {
		return 0, nil, false
	}
	n := int(it.m.capture_count)
	if n > it.size {
		it.grow(n)
		C.vigil_copy_caps(it.m, it.buf, C.int(n))
	}
	buf := unsafe.Slice(it.buf, n)
	it.caps = it.caps[:0]
	for i := 0; i < n; i++ {
		b := &buf[i]
		it.caps = append(it.caps, capRef{index: uint32(b.index), start: uint32(b.start), end: uint32(b.end), node: b.node})
	}
	return uint16(it.m.pattern_index), it.caps, true
}

func (it *fastIter) close() {
	if it.c != nil {
		C.ts_query_cursor_delete(it.c)
		C.free(unsafe.Pointer(it.m))
		C.free(unsafe.Pointer(it.buf))
		it.c, it.m, it.buf = nil, nil, nil
	}
}

type slowIter struct {
	qc   *sitter.QueryCursor
	caps []capRef
}

func (it *slowIter) next() (uint16, []capRef, bool) {
	m, ok := it.qc.NextMatch()
	if !ok {
		return 0, nil, false
	}
	it.caps = it.caps[:0]
	for _, c := range m.Captures {
		it.caps = append(it.caps, capRef{index: c.Index, start: c.Node.StartByte(), end: c.Node.EndByte(), node: cNode(c.Node)})
	}
	return m.PatternIndex, it.caps, true
}

func (it *slowIter) close() { it.qc.Close() }
