package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/python"
)

func dumpTree(n Node, src []byte, depth int, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s%s", strings.Repeat("  ", depth), n.Type())
	if n.FieldName() != "" {
		fmt.Fprintf(sb, " [%s]", n.FieldName())
	}
	if n.ChildCount() == 0 {
		fmt.Fprintf(sb, " %q", Text(n, src))
	}
	sb.WriteByte('\n')
	for i := 0; i < n.ChildCount(); i++ {
		dumpTree(n.Child(i), src, depth+1, sb)
	}
}

func TestDumpProbe(t *testing.T) {
	p := os.Getenv("PROBE")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	tr, err := Parse(python.GetLanguage(), src)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpTree(tr, src, 0, &sb)
	fmt.Println(sb.String())
}
