package scanner

import (
	"context"
	"testing"
	"testing/fstest"
	"time"
)

// FuzzParseAllLanguages feeds the same random bytes to every language front
// end through the whole pipeline (parse, structural rules, taint): it must
// never panic, hang past the per-file budget or return an error.
func FuzzParseAllLanguages(f *testing.F) {
	for _, seed := range []string{
		sqliFile,
		"function f(req,res){ res.send(req.query.x) }",
		"const a = <div dangerouslySetInnerHTML={{__html: x}} />;",
		"package main\nfunc main() { exec.Command(os.Args[1]) }",
		"class A { void f(String s) { Runtime.getRuntime().exec(s); } }",
		"<?php echo $_GET['x']; system($_POST['c']);",
		"def f\n  system(params[:x])\nend",
		"int main(){ char b[8]; strcpy(b, getenv(\"X\")); }",
		"\xff\xfe\x00(((((",
		"x = f\"{a}{b}\" + `${c}`",
	} {
		f.Add([]byte(seed))
	}
	rules, err := BuiltinRules()
	if err != nil {
		f.Fatal(err)
	}
	exts := []string{".py", ".js", ".ts", ".tsx", ".go", ".java", ".php", ".rb", ".c", ".cpp"}
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{}
		for _, e := range exts {
			fsys["f"+e] = &fstest.MapFile{Data: data}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		res, err := ScanFS(ctx, fsys, Options{Rules: rules, Config: &Config{}, Workers: 1, FileTimeout: 2 * time.Second})
		if err != nil {
			t.Fatalf("scan failed: %v", err)
		}
		for _, pe := range res.ParseErrors {
			if len(pe.Message) > 9 && pe.Message[:9] == "analyser " {
				t.Fatalf("%s: %s", pe.Path, pe.Message)
			}
		}
	})
}
