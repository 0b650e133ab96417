package cli

import (
	"os"
	"runtime/debug"
)

// Garbage collector settings for a local scan, unless the user set GOGC or
// GOMEMLIMIT. A scan allocates many short-lived syntax-tree copies while
// its live heap stays small (about 150 MB for a 1,000,000-line tree), so
// collecting at 4x the live heap instead of 2x saves about a tenth of the
// CPU. The soft limit is what bounds the worker's peak RSS: with 768 MiB
// the whole /tmp/rules-proj tree (3.5M lines, 22 projects) peaked at
// 885-902 MB, with 384 MiB at 549 MB for 2% more CPU (bench/scan-speed.md);
// the live heap stays far below it, so collections near the limit are
// cheap. scanMemoryLimit is the limit at the start: then ctrim.go moves it
// with the C heap's resident size, within scanMemoryBudget for the two.
// The scan worker's hard limit (isolate --mem) is separate.
const (
	scanGCPercent   = 400
	scanMemoryLimit = 384 << 20
)

// TuneGC applies the scan's garbage collector settings and returns the C
// heap's free pages to the system from time to time (ctrim.go); the scan
// worker process (see isolate) calls it, as it does nothing but scan.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(scanGCPercent)
	}
	own := os.Getenv("GOMEMLIMIT") == ""
	if own {
		debug.SetMemoryLimit(scanMemoryLimit)
	}
	startCTrim(own)
}
