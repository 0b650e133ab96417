package cli

import "vigil/modules/analysis/scanner"

// defaultPasses lists the passes built into `vigil scan`.
func defaultPasses() []scanner.Pass { return nil }
