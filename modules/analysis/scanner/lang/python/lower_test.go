package python

import (
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
