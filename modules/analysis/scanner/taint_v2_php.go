package scanner

import (
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/php"
)

// phpOnV2 says whether PHP taint rules run on the dataflow engine (front
// end scanner/lang/php, packs php-stdlib, laravel, symfony).
const phpOnV2 = false

func init() {
	lowerers["php"] = func(path string, root *tnode, src []byte) *ir.Module { return php.Lower(path, root, src) }
	if phpOnV2 {
		engineV2["php"] = true
	}
}
