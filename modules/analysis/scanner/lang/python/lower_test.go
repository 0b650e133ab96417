package python

import (
	"os"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t *testing.T, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(python.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("t.py", tr, []byte(src))
}

func TestLowerDumpProbe(t *testing.T) {
	p := os.Getenv("PROBE")
	if p == "" {
		t.Skip("set PROBE=file.py to print its IR")
	}
	src, _ := os.ReadFile(p)
	m := lower(t, string(src))
	var sb strings.Builder
	for _, f := range m.Funcs {
		sb.WriteString(ir.Dump(f))
	}
	t.Log("\n" + sb.String())
}
