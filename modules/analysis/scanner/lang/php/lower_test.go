package php

import (
	"fmt"
	"strings"
	"testing"

	"github.com/smacker/go-tree-sitter/php"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/syntax"
)

func lower(t testing.TB, src string) *ir.Module {
	t.Helper()
	tr, err := syntax.Parse(php.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Lower("t.php", tr, []byte(src))
}

// TestFormatText: which printf arguments are printed as text.
func TestFormatText(t *testing.T) {
	cases := []struct {
		f    string
		want map[int]bool
		ok   bool
	}{
		{"id = %d", map[int]bool{1: false}, true},
		{"%s and %05.2f and %%", map[int]bool{1: true, 2: false}, true},
		{"%2$d %1$s %2$x", map[int]bool{1: true, 2: false}, true},
		{"%'*10s|%-10u|%c", map[int]bool{1: true, 2: false, 3: true}, true},
		{"%1$d %1$s", map[int]bool{1: true}, true},
		{"100%", nil, false},
	}
	for _, tc := range cases {
		got, ok := formatText(tc.f)
		if ok != tc.ok || len(got) != len(tc.want) {
			t.Errorf("%q: %v %v, want %v %v", tc.f, got, ok, tc.want, tc.ok)
			continue
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("%q: argument %d text=%v, want %v", tc.f, k, got[k], v)
			}
		}
	}
}

// TestCollectConsts: which of the file's constants fold, and to what.
func TestCollectConsts(t *testing.T) {
	src := `<?php
namespace App;
const OFF = false, LIMIT = 10;
define('MODE', 'fast');
define('TWICE', 1);
define('TWICE', 2);
define('DYN', getenv('X'));
const LIST_ = ['a'];
class Flags { const RAW = false; const NAME = "n"; }
`
	tr, err := syntax.Parse(php.GetLanguage(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	l := &lowerer{classUse: map[string]string{}, funcUse: map[string]string{}}
	l.Src = []byte(src)
	got := collectConsts(l, tr)
	cases := []struct {
		name string
		want ir.Const
		ok   bool
	}{
		{"OFF", ir.Const{Kind: ir.Bool}, true},
		{"LIMIT", ir.Const{Kind: ir.Int, I: 10}, true},
		{"MODE", ir.Const{Kind: ir.Str, S: "fast"}, true},
		{`App\Flags::RAW`, ir.Const{Kind: ir.Bool}, true},
		{`App\Flags::NAME`, ir.Const{Kind: ir.Str, S: "n"}, true},
		{"TWICE", ir.Const{}, false}, // defined twice: no single value
		{"DYN", ir.Const{}, false},   // not a literal
		{"LIST_", ir.Const{}, false}, // arrays stay opaque
	}
	for _, tc := range cases {
		c, ok := got[tc.name]
		if ok != tc.ok || ok && c != tc.want {
			t.Errorf("%s: %+v %v, want %+v %v", tc.name, c, ok, tc.want, tc.ok)
		}
	}
}

// TestNoDataReturn: a declared bool/int return type returns no text; a
// returned check or constant stays as it is (validator summaries read it).
func TestNoDataReturn(t *testing.T) {
	cases := []struct {
		src    string
		opaque bool // the returned operand is a fresh Opaque without arguments
	}{
		{`<?php function f($p): bool { return unlink($p); }`, true},
		{`<?php function f($p): ?int { return $p; }`, true},
		{`<?php function f($p): int|float { return $p; }`, true},
		{`<?php function f($p): string { return $p; }`, false},
		{`<?php function f($p): int|string { return $p; }`, false},
		{`<?php function f($p) { return $p; }`, false},
		{`<?php function f($p): bool { return $p === 'a'; }`, false},
		{`<?php function f($p): bool { return in_array($p, ['a'], true); }`, false},
	}
	for _, tc := range cases {
		m := lower(t, tc.src)
		var ret *ir.Instr
		var f *ir.Func
		for _, fn := range m.Funcs {
			if fn.Name == "f" {
				f = fn
			}
		}
		if f == nil {
			t.Fatalf("%s: no function f", tc.src)
		}
		defs := map[string]*ir.Instr{}
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Dst != nil {
					defs[in.Dst.Base] = in
				}
				if in.Op == ir.Return {
					ret = in
				}
			}
		}
		if ret == nil || len(ret.Args) != 1 {
			t.Fatalf("%s: no return", tc.src)
		}
		a := ret.Args[0]
		d := defs[a.Place.Base]
		opaque := !a.IsConst() && a.Place.IsTemp() && d != nil && d.Op == ir.Opaque && len(d.Args) == 0
		if opaque != tc.opaque {
			t.Errorf("%s: opaque return %v, want %v", tc.src, opaque, tc.opaque)
		}
	}
}

// TestVariableFunctions: a variable every assignment of which names the same
// function, and call_user_func with a literal name, call that function.
func TestVariableFunctions(t *testing.T) {
	src := `<?php
$f = 'system';
$f($a);
call_user_func('exec', $b);
call_user_func_array('\passthru', [$c]);
call_user_func($d, $e);
function g($p) {
  $h = 'exec'; $h = 'strlen'; $h($p);
  $k = 'shell_exec'; foreach ($p as $k) {} $k($p);
  $p($p);
  $m = "sys$p"; $m($p);
}
`
	m := lower(t, src)
	var got []string
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Op == ir.Call {
					got = append(got, fmt.Sprintf("%s/%d", in.Callee, len(in.Args)))
				}
			}
		}
	}
	want := "system/1 exec/1 passthru/1 call_user_func/2 call_user_func/2 call_user_func/2 call_user_func/2 call_user_func/2"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("callees\n got %s\nwant %s", g, want)
	}
}

// TestIncludeScope: an include of a fixed .php file passes the includer's
// variables to it (a call named <include>path|vars), and a file that
// starts with markup echoes what its first <?= holds.
func TestIncludeScope(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<?php\nfunction f() { $b = $_GET['b']; $a = 1; include 'views/x.php'; }", "include(\"views/x.php\") <include>views/x.php|a,b(a,b)"},
		{"<?php\n$q = 1; require __DIR__ . '/v/r.php';", "require($2) <include>/v/r.php|q(q)"},
		// a path built from data names no file; no variables, nothing to pass
		{"<?php\n$p = $_GET['p']; include $p . '.php';", "include($1)"},
		{"<?php\ninclude 'header.php';", "include(\"header.php\")"},
		{"<p>Hi <?= $name ?></p>\n<?= $x ?>", "echo(name) echo(x)"},
	}
	for _, c := range cases {
		m := lower(t, c.src)
		var got []string
		for _, f := range m.Funcs {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					if in.Op == ir.Call {
						var args []string
						for _, a := range in.Args {
							args = append(args, a.String())
						}
						got = append(got, in.Text+"("+strings.Join(args, ",")+")")
					}
				}
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: calls %q, want %q", c.src, g, c.want)
		}
	}
}
