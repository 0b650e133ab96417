package java

import (
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/java"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t testing.TB, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(java.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("T.java", tr, []byte(src))
}

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"straight line", "int b = a; g(b);", "0:1 1:"},
		{"if/else joins", "int b; if (a > 0) { b = 1; } else { b = 2; } g(b);",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"early return skips the join", "if (a > 0) return; g(a);",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"for: condition, body, update, back edge", "for (int i = 0; i < a; i++) { g(i); }",
			"0:1 1:c2,3 2:4 3:5 4:1 5:6 6:"},
		{"for with continue goes to the update", "for (int i = 0; i < a; i++) { if (i == 2) continue; g(i); }",
			"0:1 1:c2,3 2:c4,5 3:8 4:7 5:6 6:7 7:1 8:9 9:"},
		{"enhanced for: may run or not", "for (String s : xs) { g(s); }",
			"0:1 1:?2,3 2:1 3:4 4:5 5:"},
		{"while with break", "while (a > 0) { if (a == 3) break; a--; }",
			"0:1 1:c2,3 2:c4,5 3:7 4:7 5:6 6:1 7:8 8:"},
		{"do/while runs the body first", "do { a--; } while (a > 0); g(a);",
			"0:1 1:2 2:c3,4 3:1 4:5 5:6 6:"},
		{"labelled break leaves the outer loop", "outer: while (a > 0) { while (true) { break outer; } }",
			"0:1 1:c2,3 2:4 3:8 4:c5,6 5:8 6:7 7:1 8:9 9:"},
		{"switch: cases fall through, default last", "switch (a) { case 1: g(1); case 2: g(2); break; default: g(3); }",
			"0:c1,2 1:3 2:c3,4 3:5 4:5 5:6 6:"},
		{"switch arrow rules do not fall through", "switch (a) { case 1 -> g(1); case 2, 3 -> g(2); default -> g(3); }",
			"0:c1,2 1:5 2:c3,4 3:5 4:5 5:6 6:"},
		{"try/catch: every try block may raise into the handler", "int b = 0; try { b = g(a); } catch (Exception e) { b = 1; } g(b);",
			"0:1 1:?3,2 2:3 3:4 4:"},
		{"try/finally without catch", "try { g(a); } finally { g(1); }",
			"0:1 1:2 2:3 3:4 4:"},
		{"short-circuit &&", "boolean b = a > 0 && g(a); g(b);",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"|| in a condition: each operand branches, true edges join", "if (a == 0 || a == 1) { g(a); }",
			"0:c1,2 1:5 2:c3,4 3:5 4:6 5:6 6:7 7:"},
		{"&& and ! in a condition", "if (a > 0 && !(a > 9)) { g(a); }",
			"0:c1,2 1:c3,4 2:5 3:5 4:6 5:6 6:7 7:"},
		{"conditional expression", "String s = a > 0 ? \"x\" : \"y\"; g(s);",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"throw outside try leaves the function", "if (a < 0) throw new IllegalArgumentException(); g(a);",
			"0:c1,2 1:4 2:3 3:4 4:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := lower(t, "class T {\n  void f(int a) {\n    "+tc.body+"\n  }\n}\n")
			f := irtest.FuncNamed(m, "f")
			if f == nil {
				t.Fatal("no function f")
			}
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
			if m.Errors != 0 {
				t.Errorf("%d lowering errors", m.Errors)
			}
		})
	}
}

// TestLowerClosures: lambdas and anonymous classes' methods are functions
// of their own, children of the method that makes them; methods and
// constructors are children of the top level, with `this` as receiver.
func TestLowerClosures(t *testing.T) {
	m := lower(t, `class T {
  private String f;
  T(String s) { this.f = s; }
  static void st(String s) { }
  void m(String s) {
    Runnable r = () -> g(s);
    java.util.function.Function<String, String> h = (x) -> { return x + s; };
    Object o = new Object() { public String toString() { return s; } };
  }
}
`)
	mf := irtest.FuncNamed(m, "m")
	if mf == nil || mf.Recv != "this" || mf.Class != "T" {
		t.Fatalf("method m: %+v", mf)
	}
	if st := irtest.FuncNamed(m, "st"); st == nil || st.Recv != "" {
		t.Errorf("a static method has no receiver: %+v", st)
	}
	if c := irtest.FuncNamed(m, "<init>"); c == nil || c.Recv != "this" || len(c.Params) != 1 {
		t.Errorf("constructor: %+v", c)
	}
	if len(mf.Children) != 3 {
		t.Fatalf("m has %d children, want 2 lambdas and 1 anonymous-class method", len(mf.Children))
	}
	if lam := mf.Children[1]; len(lam.Params) != 1 || lam.Params[0].Name != "x" {
		t.Errorf("lambda params %+v", lam.Params)
	}
	if ts := mf.Children[2]; ts.Name != "toString" || ts.Recv != "this" {
		t.Errorf("anonymous class method %+v", ts)
	}
	found := 0
	for _, b := range mf.Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.MakeFunc {
				found++
			}
		}
	}
	if found != 3 {
		t.Errorf("%d MakeFunc in m, want 3\n%s", found, ir.Dump(mf))
	}
	for _, c := range m.Top.Children {
		if c.Name == "m" {
			return
		}
	}
	t.Errorf("m is not a child of the top level")
}

// calls lists "callee as written => canonical" for every call of f.
func calls(f *ir.Func) []string {
	var out []string
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				out = append(out, in.Text+" => "+in.Callee)
			}
		}
	}
	return out
}

// TestNameResolution: imports, wildcard imports of known packages, static
// imports, fully qualified names, java.lang, jakarta as javax, and calls
// through the declared type of locals, parameters, fields and results.
func TestNameResolution(t *testing.T) {
	m := lower(t, `package com.acme;
import java.io.*;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import static java.nio.file.Files.readAllBytes;
import org.springframework.jdbc.core.JdbcTemplate;
class T {
  private JdbcTemplate db;
  String m(HttpServletRequest req, List<String> xs) throws Exception {
    String p = req.getParameter("p");
    new File(p);
    new java.net.URL(p);
    readAllBytes(null);
    db.update(p);
    this.db.update(p);
    StringBuilder sb = new StringBuilder();
    sb.append(p).append("x");
    var w = req.getSession();
    w.setAttribute("k", p);
    xs.add(p);
    Runtime.getRuntime().exec(p);
    Helper.run(p);
    return String.valueOf(p.trim().length());
  }
}
`)
	got := strings.Join(calls(irtest.FuncNamed(m, "m")), "\n")
	for _, want := range []string{
		"req.getParameter => javax.servlet.http.HttpServletRequest.getParameter",
		"File => java.io.File",
		"java.net.URL => java.net.URL",
		"readAllBytes => java.nio.file.Files.readAllBytes",
		"db.update => org.springframework.jdbc.core.JdbcTemplate.update",
		"this.db.update => org.springframework.jdbc.core.JdbcTemplate.update",
		"StringBuilder => java.lang.StringBuilder",
		"sb.append(p).append => java.lang.StringBuilder.append",
		"w.setAttribute => javax.servlet.http.HttpSession.setAttribute",
		"xs.add => java.util.List.add",
		"Runtime.getRuntime().exec => java.lang.Runtime.exec",
		"Helper.run => Helper.run",
		"p.trim().length => java.lang.String.length",
		"String.valueOf => java.lang.String.valueOf",
	} {
		if !strings.Contains(got, want+"\n") && !strings.HasSuffix(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if m.Imports["HttpServletRequest"] != "javax.servlet.http.HttpServletRequest" {
		t.Errorf("jakarta import: %v", m.Imports)
	}
}

// TestLowerDetails: fields and static fields, primitives, builder chains,
// redirect views and parameter annotations.
func TestLowerDetails(t *testing.T) {
	m := lower(t, `import org.springframework.web.bind.annotation.*;
class T {
  static final String Q = "select";
  private String name;
  @GetMapping("/x")
  String m(@RequestParam("q") String q, int n) {
    String a = Q + name;
    int k = q.length();
    String s = new StringBuilder().append(q).toString();
    return "redirect:" + s;
  }
}
`)
	f := irtest.FuncNamed(m, "m")
	dump := ir.Dump(f)
	for _, want := range []string{
		`binary +(T.Q, this.name)`,                   // static and instance fields
		`compare (primitive)`,                        // int k = ... carries no data
		`call java.lang.StringBuilder.toString on $`, // the chain's builder
		`call org.springframework.web.servlet.view.RedirectView(`,
	} {
		if !strings.Contains(dump, want) {
			t.Errorf("missing %q in\n%s", want, dump)
		}
	}
	if top := ir.Dump(m.Top); !strings.Contains(top, `T.Q = "select"`) {
		t.Errorf("static initialiser not in the top level:\n%s", top)
	}
	if len(f.Params) != 2 || len(f.Params[0].Decorators) != 1 || f.Params[0].Decorators[0] != "org.springframework.web.bind.annotation.RequestParam" {
		t.Errorf("parameter annotations: %+v", f.Params)
	}
	if len(f.Decorators) != 1 || f.Decorators[0] != "org.springframework.web.bind.annotation.GetMapping" {
		t.Errorf("method annotations: %v", f.Decorators)
	}
	m = lower(t, "class O { void q(int a) {} void q(int a, int b) {} void r() {} }")
	for _, name := range []string{"q#1", "q#2", "r"} {
		if irtest.FuncNamed(m, name) == nil {
			t.Errorf("no function %s (overloads by arity)", name)
		}
	}
}
