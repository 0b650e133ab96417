// Package irtest holds the helpers the front ends' tests share to check the
// CFGs they build.
package irtest

import (
	"fmt"
	"slices"
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// Shape renders a CFG compactly: each block's successors, "?" before a
// two-way branch on an unknown condition, "c" before one on a condition
// ("0:c1,2 1:3 2:3 3:").
func Shape(f *ir.Func) string {
	var parts []string
	for _, b := range f.Blocks {
		var succ []string
		for _, s := range b.Succs {
			succ = append(succ, fmt.Sprint(s.Index))
		}
		mark := ""
		if len(b.Succs) == 2 {
			mark = "?"
			if b.Cond != nil {
				mark = "c"
			}
		}
		parts = append(parts, fmt.Sprintf("%d:%s%s", b.Index, mark, strings.Join(succ, ",")))
	}
	return strings.Join(parts, " ")
}

// FuncNamed is the first function of m named name, or nil.
func FuncNamed(m *ir.Module, name string) *ir.Func {
	for _, f := range m.Funcs {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// WellFormed checks the invariants every front end's CFGs keep, whatever
// the input: each function's exit is its last block, each block's Index is
// its position, a block with a condition has two successors, and every
// edge leads to a block of the same function that records it among its
// predecessors. It returns the first violation.
func WellFormed(m *ir.Module) error {
	for _, fn := range m.Funcs {
		if fn.Exit == nil || len(fn.Blocks) == 0 || fn.Blocks[len(fn.Blocks)-1] != fn.Exit {
			return fmt.Errorf("%s: exit block missing or not last", fn.Name)
		}
		for i, b := range fn.Blocks {
			if b.Index != i {
				return fmt.Errorf("%s: block %d has index %d", fn.Name, i, b.Index)
			}
			if b.Cond != nil && len(b.Succs) != 2 {
				return fmt.Errorf("%s: block %d branches to %d blocks", fn.Name, i, len(b.Succs))
			}
			for _, s := range b.Succs {
				if s.Index < 0 || s.Index >= len(fn.Blocks) || fn.Blocks[s.Index] != s {
					return fmt.Errorf("%s: edge b%d->b%d leads to a block not in the function", fn.Name, b.Index, s.Index)
				}
				if !slices.Contains(s.Preds, b) {
					return fmt.Errorf("%s: edge b%d->b%d missing its pred", fn.Name, b.Index, s.Index)
				}
			}
		}
	}
	return nil
}
