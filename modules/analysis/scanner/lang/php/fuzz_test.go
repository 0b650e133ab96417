package php

import (
	"testing"

	"github.com/smacker/go-tree-sitter/php"

	"vigil/modules/analysis/scanner/ir/irtest"
	"vigil/modules/analysis/scanner/syntax"
)

// FuzzLower: lowering any input must not panic, and every block must be
// well-formed (indexes in order, edges recorded on both ends, branches with
// two successors).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"<?php function f($a) { if ($a) { return 1; } foreach ($a as $k => $v) { break; } return [$a, 'k' => $v]; }",
		"<?php try { $x = 1; } catch (A|B $e) { } finally { $z = 3; }",
		"<?php switch ($x) { case 1: $y = 2; default: break 2; } $m = match($x) { 1, 2 => 'a', default => 'b' };",
		"<?php $x = $a ?: $b ?? $c; $x ??= $d; $y .= \"{$a['k']} $b[0] $o->p\"; list($p, [$q]) = $r;",
		"<?php namespace A\\B; use C\\D as E, F\\{G, H as I}; class K extends E { public function __construct(private E $e) {} }",
		"<?php $f = function ($a) use (&$b) { return fn($c) => $a . $b . $c; }; `ls $x`; include $y; exit(1);",
		"<p><?= $x ?></p><?php do { continue; } while (0); for (;;) { break; } while (true): endwhile;",
		"<?php $s = <<<EOT\n$x {$y->z}\nEOT;\n",
		"<?php (((((", "\xff\xfe\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := syntax.Parse(php.GetLanguage(), src)
		if err != nil {
			return
		}
		m := Lower("f.php", tr, src)
		if err := irtest.WellFormed(m); err != nil {
			t.Fatal(err)
		}
	})
}
