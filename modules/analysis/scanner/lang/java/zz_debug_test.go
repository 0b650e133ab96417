package java

import (
	"fmt"
	"os"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

func TestZZDebug(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("ZZ"))
	m := lower(t, string(src))
	for _, f := range m.Funcs {
		fmt.Println(ir.Dump(f))
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Op == ir.Call {
					fmt.Println("  CALL", in.Text, "=>", in.Callee)
				}
			}
		}
	}
}
