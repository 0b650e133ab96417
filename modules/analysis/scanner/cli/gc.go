package cli

import (
	"os"
	"runtime/debug"
)

// Garbage collector settings for a local scan, unless the user set GOGC or
// GOMEMLIMIT. A scan allocates many short-lived syntax-tree copies while
// its live heap stays small (about 150 MB for a 1,000,000-line tree), so
// collecting at 4x the live heap instead of 2x saves about a tenth of the
// CPU; the soft limit keeps the process well under 1 GiB regardless.
const (
	scanGCPercent   = 400
	scanMemoryLimit = 768 << 20
)

// TuneGC applies the scan's garbage collector settings; the scan worker
// process (see isolate) calls it, as it does nothing but scan.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(scanGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(scanMemoryLimit)
	}
}
