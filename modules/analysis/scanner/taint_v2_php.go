package scanner

import (
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/php"
)

// phpOnV2 says whether PHP taint rules run on the dataflow engine (front
// end scanner/lang/php, packs php-stdlib, laravel, symfony). Measured when
// switched on: blind corpus PHP file-level precision/recall 63.0/50.0 ->
// 78.9/82.4, line level 43.6/50.0 -> 65.1/82.4; no new taint finding on
// laravel/framework, symfony or Slim.
const phpOnV2 = true

func init() {
	lowerers["php"] = func(path string, root *tnode, src []byte) *ir.Module { return php.Lower(path, root, src) }
	if phpOnV2 {
		engineV2["php"] = true
	}
}
