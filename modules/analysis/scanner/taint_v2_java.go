package scanner

import (
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/java"
)

// The Java front end of Scanner v2 (scanner/lang/java) and its model packs
// (models/packs/java-stdlib.yml, servlet.yml, spring.yml, jaxrs.yml).
func init() {
	lowerers["java"] = func(path string, root *tnode, src []byte) *ir.Module { return java.Lower(path, root, src) }
	engineV2["java"] = true
	typedCallees["java"] = true
}
