package javascript

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/javascript"

	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t testing.TB, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(javascript.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("t.js", tr, []byte(src))
}

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"if/else joins", "function f(a) { let b; if (a) { b = 1; } else { b = 2; } return b; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"early return: ! swaps the edges", "function f(a) { if (!a) return 1; return 2; }",
			"0:c2,1 1:4 2:3 3:4 4:"},
		{"|| in a condition: the right side is tested only where the left failed",
			"function f(a, b) { if (!a || b.includes('..')) return 1; return 2; }",
			"0:c1,2 1:c2,3 2:5 3:4 4:5 5:"},
		{"&& in a condition: the right side is tested only where the left held",
			"function f(a, b) { if (a && b) { g(); } }",
			"0:c1,3 1:c2,3 2:4 3:4 4:5 5:"},
		{"continue in a for loop runs the increment (then-branch 4 goes to the step block 7)",
			"function f(n) { for (let i = 0; i < n; i++) { if (i) continue; g(i); } }",
			"0:1 1:c2,3 2:c4,5 3:8 4:7 5:6 6:7 7:1 8:9 9:"},
		{"for loop: init, condition, body, increment in its own step block, back edge", "function f(n) { for (let i = 0; i < n; i++) { g(i); } }",
			"0:1 1:c2,3 2:4 3:5 4:1 5:6 6:"},
		{"for-of with continue", "function f(xs) { for (const x of xs) { if (x) continue; g(x); } }",
			"0:1 1:?2,3 2:c4,5 3:7 4:1 5:6 6:1 7:8 8:"},
		{"do-while runs the body first", "function f(a) { do { a = g(a); } while (a); return a; }",
			"0:1 1:c1,2 2:3 3:"},
		{"try/catch/finally", "function f() { try { g(); } catch (e) { h(e); } finally { k(); } }",
			"0:1 1:?3,2 2:3 3:4 4:5 5:"},
		{"switch: a comparison per case, break leaves", "function f(k) { switch (k) { case 1: a(); break; case 2: b(); default: c(); } }",
			"0:c1,2 1:5 2:c3,4 3:4 4:5 5:6 6:"},
		{"|| defaulting is a branch", "function f(a) { const b = a || ''; return b; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"?? may go either way", "function f(a) { return a ?? 'x'; }",
			"0:?1,2 1:3 2:3 3:4 4:"},
		{"ternary", "function f(a, c) { return c ? a : 'x'; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := lower(t, tc.src)
			f := irtest.FuncNamed(m, "f")
			if f == nil {
				t.Fatal("no function f")
			}
			if got := irtest.Shape(f); got != tc.want {
				t.Errorf("shape %s, want %s\n%s", got, tc.want, ir.Dump(f))
			}
		})
	}
}

// TestLowerNames: import and require bindings resolve to canonical symbols.
func TestLowerNames(t *testing.T) {
	src := `import { exec as run } from 'child_process';
import * as fs from 'fs';
import express from 'express';
const cp = require('child_process');
const { spawn, execSync: es } = require('child_process');
const util = require('util');
const { promisify } = require('util');
const pexec = util.promisify(cp.exec);
const pread = promisify(fs.readFile);
const plocal = promisify(local);
function f(x) {
  run(x); fs.readFile(x); cp.exec(x); spawn(x); es(x); new express.Router(); local(x); obj?.m(x);
  pexec(x); pread(x); plocal(x);
}
`
	m := lower(t, src)
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				got = append(got, in.Text+"="+in.Callee)
			}
		}
	}
	want := "run=child_process.exec fs.readFile=fs.readFile cp.exec=child_process.exec spawn=child_process.spawn " +
		"es=child_process.execSync express.Router=express.Router local=local obj?.m=obj.m " +
		"pexec=child_process.exec pread=fs.readFile plocal=plocal"
	if strings.Join(got, " ") != want {
		t.Errorf("callees\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestLowerClientFactories: a client an HTTP client module's factory makes
// at the top level calls as the module; other modules' create() do not.
func TestLowerClientFactories(t *testing.T) {
	src := `const axios = require('axios');
import got from 'got';
const store = require('./store');
const api = axios.create({ baseURL: 'https://api.example.com' });
const g = got.extend({ timeout: 1000 });
const s = store.create();
const o = Object.create(null);
function f(x) { api.get(x); g.post(x); s.get(x); o.get(x); }
`
	m := lower(t, src)
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				got = append(got, in.Text+"="+in.Callee)
			}
		}
	}
	want := "api.get=axios.get g.post=got.post s.get=s.get o.get=o.get"
	if strings.Join(got, " ") != want {
		t.Errorf("callees\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestLowerClassesAndClosures: methods know their class and receiver,
// arrow functions are functions with their expression body as return value.
func TestLowerClassesAndClosures(t *testing.T) {
	m := lower(t, "class A { run(x) { this.q = x; } }\nconst g = (a) => a + 1;\nfunction h({ query }, [first]) { return query; }\n")
	run := irtest.FuncNamed(m, "run")
	if run == nil || run.Class != "A" || run.Recv != "this" || len(run.Params) != 1 {
		t.Fatalf("method: %+v", run)
	}
	var arrow *ir.Func
	for _, f := range m.Funcs {
		if f.Name == "" {
			arrow = f
		}
	}
	if arrow == nil || !strings.Contains(ir.Dump(arrow), "return($") {
		t.Errorf("arrow function should return its body:\n%s", ir.Dump(arrow))
	}
	h := irtest.FuncNamed(m, "h")
	if d := ir.Dump(h); !strings.Contains(d, "query = $p0.query") || !strings.Contains(d, "first = $p1[0]") {
		t.Errorf("destructured parameters:\n%s", d)
	}
}

// jsSpec: req.* is a source, exec() and res.send() are sinks, escape() cleans.
type jsSpec struct{}

func (jsSpec) SourcePlace(key, canon string) bool { return strings.HasPrefix(key, "req.query") }
func (jsSpec) SourceCall(in *ir.Instr) bool       { return false }
func (jsSpec) Sanitizer(in *ir.Instr) bool        { return in.Callee == "escape" }
func (jsSpec) Sinks(f *ir.Func, in *ir.Instr) []dataflow.Sink {
	if in.Callee == "child_process.exec" || in.Text == "res.send" {
		return []dataflow.Sink{{All: true, Desc: in.Text + "()"}}
	}
	return nil
}
func (jsSpec) AssignSink(key string) (string, bool) {
	return key, strings.HasSuffix(key, ".innerHTML")
}
func (jsSpec) ParamSource(f *ir.Func, i int) bool        { return false }
func (jsSpec) Propagator(in *ir.Instr) dataflow.PropKind { return dataflow.PropNone }
func (jsSpec) External(in *ir.Instr) *dataflow.Summary   { return nil }

// TestJavaScriptFlows runs the dataflow engine on lowered JavaScript: the
// issue's causes (defaulting idiom, aliases, constant conditions, escapers).
func TestJavaScriptFlows(t *testing.T) {
	src := `const { exec: run } = require('child_process');
function h(req, res, el) {
  let name = req.query.name;
  name = name || "";
  run("echo " + name);
  res.send(escape(name));
  const mode = 1;
  if (mode > 2) { run(req.query.c); }
  el.innerHTML = mode === 1 ? "<b>" + name + "</b>" : "";
  switch (mode) { case 5: res.send(req.query.x); break; default: res.send("ok"); }
}
`
	m := lower(t, src)
	res, err := dataflow.Analyze(context.Background(), m, jsSpec{}, dataflow.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, f := range res.Findings {
		got = append(got, f.Sink.Line)
	}
	if fmt.Sprint(got) != "[5 9]" {
		t.Errorf("sinks at lines %v, want [5 9]", got)
	}
}

// FuzzLower: lowering any input must not panic.
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"function f(a){ if(a) return; for(const x of a){ try{ g(x) }catch(e){} } switch(a){case 1: break; default:} }",
		"const g = async ({q}, [b]) => q ?? b || `x${q}`; class A { m(){ this.x = 1 } }",
		"do { x++ } while (x < 3); label: for(;;) { break label; }",
		"(((", "\xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(javascript.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("f.js", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
