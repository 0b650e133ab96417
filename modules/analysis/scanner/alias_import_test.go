package scanner

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestAliasImportLines: the hand-written scan finds exactly the lines
// aliasImportRe matches, on tricky lines and on the Python corpus.
func TestAliasImportLines(t *testing.T) {
	srcs := []string{
		"import subprocess as sp\nfrom os import system as run\n",
		"  from a.b import c as d, e\n\tfrom . import x as y\nimport  as x\n",
		"from  os   import\tpath  as\tp\nfromx import a as b\nfrom os importx a as b\n",
		"import a\nfrom a import b\nimport has_as_inside\nimport a as\nimport a asb\nx = 1 # import a as b\n",
		"from (a) import b as c\r\nfrom a\timport b as c\nfrom\x0ca import b as c\nimport\x0ca as b\n",
		"from os import (\n    system as run,\n)\nimport a as b",
		"",
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "scanner", "corpus", "*", "*.py"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, string(b))
		}
	}
	for i, src := range srcs {
		want := aliasImportRe.FindAll([]byte(src), -1)
		got := aliasImportLines([]byte(src))
		if len(got) != len(want) {
			t.Errorf("source %d: %d lines %q, want %d %q", i, len(got), got, len(want), want)
			continue
		}
		for j := range got {
			if !bytes.Equal(bytes.TrimLeft(got[j], " \t"), bytes.TrimLeft(want[j], " \t")) {
				t.Errorf("source %d line %d: %q, want %q", i, j, got[j], want[j])
			}
		}
	}
}
