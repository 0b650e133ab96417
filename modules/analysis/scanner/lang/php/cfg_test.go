package php

import (
	"fmt"
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
)

// TestLowerCFGShapes pins the control flow of each statement form.
func TestLowerCFGShapes(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"straight line", "<?php function f($a) { $b = $a; return $b; }", "0:1 1:"},
		{"if/else joins", "<?php function f($a) { if ($a) { $b = 1; } else { $b = 2; } return $b; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"if/elseif/else", "<?php function f($a) { if ($a) { $b = 1; } elseif ($a > 2) { $b = 2; } else { $b = 3; } }",
			"0:c1,2 1:5 2:c3,4 3:5 4:5 5:6 6:"},
		{"colon syntax", "<?php function f($a) { if ($a): $b = 1; else: $b = 2; endif; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"early return skips the join", "<?php function f($a) { if ($a) { return 1; } return 2; }",
			"0:c1,2 1:4 2:3 3:4 4:"},
		{"exit and die end their path", "<?php function f($a) { if ($a) { die('x'); } if (!$a) exit; return $a; }",
			"0:c1,2 1:7 2:3 3:c5,4 4:7 5:6 6:7 7:"},
		{"or die ends the path where it runs", "<?php function f($a) { $r = g($a) or die('no'); return $r; }",
			"0:c1,2 1:3 2:4 3:4 4:"},
		{"foreach with back edge and break", "<?php function f($xs) { foreach ($xs as $k => $x) { if ($x) { break; } } return $x; }",
			"0:1 1:?2,3 2:c4,5 3:7 4:7 5:6 6:1 7:8 8:"},
		{"while loop", "<?php function f($a) { while ($a > 0) { $a = $a - 1; } return $a; }",
			"0:1 1:c2,3 2:1 3:4 4:5 5:"},
		{"do-while runs its body first", "<?php function f($a) { do { $a--; } while ($a > 0); return $a; }",
			"0:1 1:2 2:c1,3 3:4 4:"},
		{"for with continue", "<?php function f($n) { for ($i = 0; $i < $n; $i++) { if ($i) continue; g($i); } }",
			"0:1 1:c2,7 2:c3,4 3:6 4:5 5:6 6:1 7:8 8:9 9:"},
		{"switch with fall-through and default", "<?php function f($a) { switch ($a) { case 1: $b = 1; case 2: $b = 2; break; default: $b = 3; } return $b; }",
			"0:c1,2 1:3 2:c3,4 3:5 4:5 5:6 6:"},
		{"match arms", "<?php function f($a) { return match ($a) { 1, 2 => 'x', default => 'y' }; }",
			"0:c1,2 1:5 2:c3,4 3:5 4:6 5:6 6:7 7:"},
		{"try/catch/finally: every try block may raise into the handler", "<?php function f($a) { try { $b = g($a); } catch (E $e) { $b = 0; } finally { h(); } return $b; }",
			"0:1 1:?3,2 2:3 3:4 4:5 5:"},
		{"&& in a condition branches on each side", "<?php function f($a, $b) { if ($a && $b) { g(); } else { h(); } }",
			"0:c1,3 1:c2,3 2:4 3:4 4:5 5:"},
		{"|| and ! in a condition", "<?php function f($a, $b) { if (!$a || $b) { g(); } }",
			"0:c1,2 1:c2,3 2:4 3:4 4:5 5:"},
		{"short-circuit &&", "<?php function f($a, $b) { $c = $a && $b; return $c; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"?? has no condition", "<?php function f($a) { $c = $a ?? 'x'; return $c; }",
			"0:?1,2 1:3 2:3 3:4 4:"},
		{"?: keeps the condition's value", "<?php function f($a) { return $a ?: 'x'; }",
			"0:c1,2 1:3 2:3 3:4 4:"},
		{"ternary", "<?php function f($a, $c) { return $c ? $a : 'x'; }",
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

// TestLowerTopLevel: a file's top level is a function of its own, and a
// PHP function does not see the top level's variables (unless it declares
// them global); closures defined there do.
func TestLowerTopLevel(t *testing.T) {
	m := lower(t, `<?php
$x = $_GET['x'];
if ($x) { echo $x; }
function f($a) { return $a; }
function g() { global $x; return $x; }
$c = function ($y) use ($x) { return $x . $y; };
$d = fn($y) => $x . $y;
class K { public function m() { return $this->p; } }
`)
	if got := irtest.Shape(m.Top); got != "0:c1,2 1:3 2:3 3:4 4:" {
		t.Errorf("top level shape %s\n%s", got, ir.Dump(m.Top))
	}
	var kids []string
	for _, c := range m.Top.Children {
		kids = append(kids, c.Name+"/"+fmt.Sprint(len(c.Params)))
	}
	if got := strings.Join(kids, " "); got != "g/0 /1 /1" {
		t.Errorf("top-level children %q, want g and the two closures", got)
	}
	k := irtest.FuncNamed(m, "m")
	if k == nil || k.Recv != "this" || k.Class != "K" {
		t.Fatalf("method m: %+v", k)
	}
	if d := ir.Dump(k); !strings.Contains(d, "return(this.p)") {
		t.Errorf("method body:\n%s", d)
	}
}

// TestLowerClosures: closures and arrow functions are functions of their
// own, bound where they are defined.
func TestLowerClosures(t *testing.T) {
	m := lower(t, "<?php function outer($a) { $f = function ($b) use ($a) { return $a . $b; }; $g = fn($y) => $y; return $f; }")
	outer := irtest.FuncNamed(m, "outer")
	if outer == nil || len(outer.Children) != 2 {
		t.Fatalf("outer should have 2 nested functions: %+v", outer)
	}
	d := ir.Dump(outer)
	if !strings.Contains(d, "= func") {
		t.Errorf("no binding of the closure:\n%s", d)
	}
	if got := outer.Children[1].Params; len(got) != 1 || got[0].Name != "y" {
		t.Errorf("arrow function params %+v", got)
	}
	if d := ir.Dump(outer.Children[1]); !strings.Contains(d, "return(y)") {
		t.Errorf("arrow function returns its body:\n%s", d)
	}
}

// TestLowerNames: namespaces, use clauses (aliases, groups, functions) and
// fully qualified names resolve to canonical symbols.
func TestLowerNames(t *testing.T) {
	src := `<?php
namespace App\Http;
use Illuminate\Http\Request as R, Illuminate\Support\Facades\DB;
use Symfony\Component\HttpFoundation\{Response, RedirectResponse as Redir};
use function Foo\helper as h;
class Ctl extends Base\Controller {
    public function m(R $req, \PDO $pdo, int $n) {
        $req->input('a');
        $req->query->get('b');
        $req
            ->query
            ->all();
        DB::select($n);
        \DB::raw($n);
        new Response('x');
        new Redir('/');
        $pdo->query($n);
        $m = new \mysqli();
        $m->query($n);
        $this->helper();
        self::make();
        parent::boot();
        h(1);
        mysqli_query($m, $n);
        \strtolower($n);
        Local\f();
        $other->query($n);
    }
}
`
	m := lower(t, src)
	var got []string
	for _, b := range irtest.FuncNamed(m, "m").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				got = append(got, in.Text+"="+in.Callee)
			}
		}
	}
	want := []string{
		`$req->input=Illuminate\Http\Request->input`,
		`$req->query->get=Illuminate\Http\Request->query->get`,
		`$req->query->all=Illuminate\Http\Request->query->all`,
		`DB::select=Illuminate\Support\Facades\DB::select`,
		`DB::raw=DB::raw`,
		`Response=Symfony\Component\HttpFoundation\Response`,
		`Redir=Symfony\Component\HttpFoundation\RedirectResponse`,
		`$pdo->query=PDO->query`,
		`mysqli=mysqli`,
		`$m->query=mysqli->query`,
		`$this->helper=App\Http\Ctl->helper`,
		`self::make=App\Http\Ctl::make`,
		`parent::boot=App\Http\Base\Controller::boot`,
		`h=Foo\helper`,
		`mysqli_query=mysqli_query`,
		`strtolower=strtolower`,
		`Local\f=App\Http\Local\f`,
		`$other->query=$other->query`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("callees\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
}

// TestLowerPlaces: superglobals, fields, constant keys, appends, static
// properties and the canonical names of superglobals.
func TestLowerPlaces(t *testing.T) {
	m := lower(t, `<?php
function f($a, $k) {
    $a->b->c = 1;
    $a['q'] = 2;
    $a[$k] = 3;
    $a[0]->x = 4;
    $a[] = 5;
    self::$s = 6;
    $a->b->c->d->e = 7;
}
`)
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Assign && in.Dst != nil && !in.Dst.IsTemp() {
				got = append(got, in.Dst.Key())
			}
		}
	}
	want := `a.b.c a["q"] a[*] a[0].x a[*] self::s a.b.c.d`
	if strings.Join(got, " ") != want {
		t.Errorf("places %q, want %q", strings.Join(got, " "), want)
	}
	if c := ir.Canonical(m.Imports, `_GET["id"]`); c != `$_GET["id"]` {
		t.Errorf("canonical superglobal %q", c)
	}
}

// TestLowerStrings: interpolation and heredocs are Format, constant
// strings fold, concatenation is a Binary +.
func TestLowerStrings(t *testing.T) {
	m := lower(t, `<?php
$a = "x $v {$w['k']} ${z}";
$b = <<<EOT
h $v
EOT;
$c = 'lit' . "eral";
$d = "plain\n";
$e = <<<'EOT'
now $v
EOT;
`)
	d := ir.Dump(m.Top)
	for _, want := range []string{`format("x ", v, " ", w["k"], " "`, `format("h ", v`, `binary +("lit", "eral")`, `d = "plain\n"`, `e = "now $v`} {
		if !strings.Contains(d, want) {
			t.Errorf("missing %s in\n%s", want, d)
		}
	}
}

// TestLowerConstructs: echo, print, include/require, backticks and
// <?= are calls named as the rules name them.
func TestLowerConstructs(t *testing.T) {
	m := lower(t, "<?php echo $a, $b; print $c; include $d; require_once 'x.php'; $e = `ls $f`; ?>\n<p><?= $g ?></p>\n")
	var got []string
	for _, b := range m.Top.Blocks {
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
	want := "echo(a,b) print(c) include(d) require_once(\"x.php\") <include>x.php|a,b,c,d,e,f,g(a,b,c,d,e,f,g) `($6) echo(g)"
	if strings.Join(got, " ") != want {
		t.Errorf("calls %q, want %q", strings.Join(got, " "), want)
	}
}

// TestLowerBadInput: syntax errors are skipped, never fatal.
func TestLowerBadInput(t *testing.T) {
	for _, src := range []string{"<?php function f( { $x = = 1;", "<?php ((((((", "\xff\xfe", "<?php if ($x): else:", "<?php fn() => throw", "no php at all", "<?php class { function"} {
		m := lower(t, src)
		if m.Top == nil {
			t.Errorf("%q: no module function", src)
		}
	}
}

// TestLowerHandlers: attributes and the call a closure is passed to are the
// function's decorators (route handlers for the models).
func TestLowerHandlers(t *testing.T) {
	m := lower(t, `<?php
use Illuminate\Support\Facades\Route;
use Symfony\Component\Routing\Attribute\Route as R;
Route::get('/u/{id}', function ($id) { return $id; });
$app->post('/x', fn ($request, $response, $args) => $args);
class C {
    #[R('/p/{slug}')]
    public function show(string $slug) {}
}
`)
	var got []string
	for _, f := range m.Funcs[1:] {
		got = append(got, f.Name+"="+strings.Join(f.Decorators, ","))
	}
	want := `=Illuminate\Support\Facades\Route::get =$app->post show=Symfony\Component\Routing\Attribute\Route`
	if strings.Join(got, " ") != want {
		t.Errorf("decorators %q, want %q", strings.Join(got, " "), want)
	}
}
