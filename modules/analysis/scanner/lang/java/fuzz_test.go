package java

import (
	"testing"

	"github.com/smacker/go-tree-sitter/java"

	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// FuzzLower: lowering any input must not panic, and every block must be
// well-formed (edges recorded on both ends, branches with two successors).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"class A { void f(int a) { if (a > 0) return; for (int i = 0; i < a; i++) { continue; } } }",
		"class A { void f() { outer: while (true) { do { break outer; } while (x); } } }",
		"class A { int f(String s) { switch (s) { case \"a\": case \"b\": return 1; default: return 2; } } }",
		"class A { int f(int k) { return switch (k) { case 1, 2 -> 3; default -> { yield 4; } }; } }",
		"class A { void f() { try (var in = new java.io.FileInputStream(p)) { g(); } catch (IOException | RuntimeException e) { } finally { h(); } } }",
		"class A { Runnable r = () -> g(this.x); Object o = new Object() { public String toString() { return s; } }; }",
		"enum E { A { void m() {} }, B; static { init(); } }",
		"record R(String a) { R { a = a.trim(); } }",
		"import static a.b.C.m; import a.b.*; class A { A() { super(); this.x = m(a ? b : c, d && e || !f); } }",
		"class A { void f() { l: { break l; } for (String s : xs) synchronized (this) { throw new E(s); } } }",
		"class A { void f() { try { if (a) { g(); } while (b) { h(); } } catch (E e) { } } }",
		"(((((", "\xff\xfe\x00", "class { void (",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(java.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("F.java", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
