package scanner

import (
	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/lang/golang"
)

// Go on Scanner v2: the front end scanner/lang/golang lowers Go files to
// IR (canonical names are import paths: `os/exec.Command`,
// `net/http.Request.FormValue`), and the go-stdlib, gin, echo, chi and gorm
// model packs name its sources, sinks, sanitisers and propagators.
func init() {
	lowerers["go"] = func(path string, root *tnode, src []byte) *ir.Module { return golang.Lower(path, root, src) }
	engineV2["go"] = true
}
