package scanner

import (
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/ruby"
)

// Ruby on Scanner v2: the front end scanner/lang/ruby with the model packs
// ruby-stdlib, rails and sinatra (models/packs).
func init() {
	lowerers["ruby"] = func(path string, root *tnode, src []byte) *ir.Module { return ruby.Lower(path, root, src) }
	engineV2["ruby"] = true
}
