package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
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
	lang := python.GetLanguage()
	if strings.HasSuffix(p, ".js") {
		lang = javascript.GetLanguage()
	}
	var _ *sitter.Language = lang
	tr, err := Parse(lang, src)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpTree(tr, src, 0, &sb)
	fmt.Println(sb.String())
}
