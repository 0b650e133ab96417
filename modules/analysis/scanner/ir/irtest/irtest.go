// Package irtest holds the helpers the front ends' tests share to check the
// CFGs they build.
package irtest

import (
	"fmt"
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
