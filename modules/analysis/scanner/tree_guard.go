package scanner

/*
#include <stdint.h>
#include <stdbool.h>

// Weak declarations as in tree_flat.go (same layouts as the pinned api.h).
typedef struct TSTree TSTree;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

extern TSTreeCursor ts_tree_cursor_new(TSNode) __attribute__((weak));
extern void ts_tree_cursor_delete(TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *) __attribute__((weak));
extern uint32_t ts_node_descendant_count(TSNode) __attribute__((weak));

static int vigil_guard_available(void) {
	return ts_tree_cursor_new && ts_tree_cursor_delete && ts_tree_cursor_goto_first_child &&
		ts_tree_cursor_goto_next_sibling && ts_tree_cursor_goto_parent && ts_node_descendant_count;
}

static uint32_t vigil_node_count(const TSNode *root) { return ts_node_descendant_count(*root); }

// vigil_depth returns the depth of the deepest node under *root (the root
// is at depth 0), or limit+1 as soon as a node lies deeper than limit. The
// walk is iterative: it needs no stack however deep the tree.
static uint32_t vigil_depth(const TSNode *root, uint32_t limit) {
	TSTreeCursor c = ts_tree_cursor_new(*root);
	uint32_t depth = 0, deepest = 0;
	for (;;) {
		if (ts_tree_cursor_goto_first_child(&c)) {
			if (++depth > deepest) {
				deepest = depth;
				if (deepest > limit) {
					break;
				}
			}
			continue;
		}
		for (;;) {
			if (depth == 0) {
				ts_tree_cursor_delete(&c);
				return deepest;
			}
			if (ts_tree_cursor_goto_next_sibling(&c)) {
				break;
			}
			ts_tree_cursor_goto_parent(&c);
			depth--;
		}
	}
	ts_tree_cursor_delete(&c);
	return deepest;
}
*/
import "C"

import (
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"
)

// Limits on a syntax tree before any query runs over it. Query cursors
// keep one in-progress match per enclosing node that may still match, so
// their work grows with the square of the depth: a chain of 4,000 calls
// (8,000 levels) costs 15 s of CPU, a 16,000-call chain minutes. Written
// code nests a few dozen levels, generated tables reach a few hundred;
// beyond the limits the file is skipped (its secrets and dependencies are
// still checked) instead of holding a worker.
const (
	MaxSyntaxDepth = 1000
	MaxSyntaxNodes = 2_000_000
)

var vigilGuardAvailable = C.vigil_guard_available() != 0

// treeTooLarge reports why the tree under root is beyond what the rules
// may query ("" when it is not). It walks the tree once without recursion
// and stops as soon as the depth limit is crossed.
func treeTooLarge(root *sitter.Node, maxDepth, maxNodes uint32) string {
	if !vigilGuardAvailable {
		return ""
	}
	cn := cNode(root)
	if n := uint32(C.vigil_node_count(&cn)); n > maxNodes {
		return fmt.Sprintf("syntax tree too large: %d nodes (limit %d)", n, maxNodes)
	}
	if d := uint32(C.vigil_depth(&cn, C.uint32_t(maxDepth))); d > maxDepth {
		return fmt.Sprintf("syntax tree too deep: more than %d levels (limit %d)", maxDepth, maxDepth)
	}
	return ""
}
