package scanner

import (
	"bytes"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/php"
)

// phpOnV2 says whether PHP taint rules run on the dataflow engine (front
// end scanner/lang/php, packs php-stdlib, laravel, symfony). Measured when
// switched on: blind corpus PHP file-level precision/recall 63.0/50.0 ->
// 78.9/82.4, line level 43.6/50.0 -> 65.1/82.4; no new taint finding on
// laravel/framework, symfony or Slim.
const phpOnV2 = true

// sourcePrefilter holds, per language, a cheap test that a file may hold a
// source of a rule at all, for rules whose sources have no literal keyword
// (taintKeywords returns nil for them); false skips the rule on the file.
var sourcePrefilter = map[string]func(r *Rule, src []byte) bool{}

// phpSourceWords: every source of the built-in PHP rules and of the PHP
// model packs contains one of these (superglobals, request objects and
// helpers, the raw body, header and filter functions, route handlers and
// controller actions).
var phpSourceWords = [][]byte{[]byte("$_"), []byte("equest"), []byte("php://input"), []byte("getallheaders"),
	[]byte("filter_input"), []byte("getenv"), []byte("Input::"), []byte("Route"), []byte("Controller")}

func phpMayHaveSource(r *Rule, src []byte) bool {
	if !strings.HasPrefix(r.ID, "VGL-PHP-") {
		return true // a user's rule may name other sources
	}
	for _, w := range phpSourceWords {
		if bytes.Contains(src, w) {
			return true
		}
	}
	return false
}

func init() {
	sourcePrefilter["php"] = phpMayHaveSource
	typedCallees["php"] = true // Class->method from typed parameters, properties and new
	lowerers["php"] = func(path string, root *tnode, src []byte) *ir.Module { return php.Lower(path, root, src) }
	if phpOnV2 {
		engineV2["php"] = true
	}
}
